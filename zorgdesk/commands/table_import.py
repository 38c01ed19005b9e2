"""`zorgdesk table-import FILE X.xlsx --what goals|... [--dry-run]`: a list from Excel or CSV.

Every problem is printed with its sheet and cell, and nothing is written while any remains
(exit code 1). Otherwise a backup is made and the import is written in one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

WHAT = ("goals", "organisations", "people", "actions", "roles")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "table-import", help="lees een lijst in uit Excel (.xlsx) of CSV",
        description="Lees doelen (met mijlpalen), organisaties, personen, acties of rollen in "
        "uit .xlsx of CSV. Rijen die bij een bestaand gegeven horen (id, anders code of naam) "
        "wijzigen het; de rest wordt toegevoegd. Bij een fout wordt niets geschreven.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("source", type=Path, metavar="BRON", help="het .xlsx- of .csv-bestand")
    parser.add_argument("--what", required=True, choices=WHAT, help="welke lijst")
    parser.add_argument("--dry-run", action="store_true",
                        help="laat alleen zien wat er zou veranderen")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.store import open_store
    from zorgdesk.tables.import_ import TableImportError, import_file

    store = (open_store(args.file, readonly=True) if args.dry_run
             else open_store(args.file, lock=True))
    try:
        plan = import_file(store, args.source, args.what, dry_run=args.dry_run)
    except TableImportError as exc:
        for problem in exc.problems:
            print(problem.message, file=sys.stderr)
        print(f"zorgdesk: {exc.message}", file=sys.stderr)
        return 1
    finally:
        store.close()
    for change in plan.changes:
        verb = "nieuw" if change.added else "gewijzigd"
        fields = f" ({', '.join(change.fields)})" if change.fields else ""
        print(f"rij {change.row}: {change.what} {verb}: {change.name}{fields}")
    head = "Zou inlezen" if args.dry_run else "Ingelezen"
    print(f"{head}: {plan.added} nieuw, {plan.changed} gewijzigd, "
          f"{plan.rows_read - plan.added - plan.changed} ongewijzigd.")
    return 0
