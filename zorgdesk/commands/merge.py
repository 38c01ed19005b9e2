"""`zorgdesk merge MINE THEIRS [--json]`: merge a colleague's copy into this workspace."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "merge", help="voeg een kopie van dezelfde werkruimte samen",
        description="Voeg de wijzigingen van THEIRS samen in MINE (THEIRS blijft ongewijzigd). "
        "Eerst wordt een gecontroleerde reservekopie van MINE gemaakt.")
    parser.add_argument("mine", type=Path, metavar="MINE")
    parser.add_argument("theirs", type=Path, metavar="THEIRS", nargs="?",
                        help="kopie van een collega of wijzigingenbestand")
    parser.add_argument("--send", metavar="COLLEGA",
                        help="schrijf een wijzigingenbestand voor COLLEGA (met --out)")
    parser.add_argument("--out", type=Path, metavar="BESTAND")
    parser.add_argument("--prefer", choices=("mine", "theirs", "both"), default="mine",
                        help="keuze bij conflicten (standaard: mine)")
    parser.add_argument("--dry-run", action="store_true", help="alleen tonen, niets wijzigen")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.sync.session import merge_workspace

    if args.send:
        return _send(args)
    if args.theirs is None:
        print("zorgdesk merge: geef THEIRS, of --send COLLEGA --out BESTAND")
        return 2

    result = merge_workspace(args.mine, args.theirs, prefer=args.prefer, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"Samengevoegd: {len(result.merged)} wijziging(en); "
          f"conflicten: {len(result.conflicts)}.")
    for table, key, what in result.merged:
        print(f"  {table} {key}: {what}")
    for message in result.renumbered:
        print(f"  {message}")
    kinds = {"field": "beide gewijzigd", "edit_delete": "hier gewijzigd, daar verwijderd",
             "delete_edit": "hier verwijderd, daar gewijzigd"}
    for c in result.conflicts:
        column = f".{c.column}" if c.column else ""
        print(f"  CONFLICT {c.table} {c.key}{column}: {kinds[c.kind]} "
              f"(gekozen: {args.prefer})")
    return 0


def _send(args: argparse.Namespace) -> int:
    from zorgdesk.store import open_store
    from zorgdesk.store.changes_file import write_changes

    if args.out is None:
        print("zorgdesk merge: --send heeft --out BESTAND nodig")
        return 2
    open_store(args.mine, lock=True).close()  # refusals and upgrade as for every open
    rows = write_changes(args.mine, args.out, args.send)
    size = args.out.stat().st_size
    if args.json:
        print(json.dumps({"file": str(args.out), "rows": rows, "bytes": size}))
    else:
        print(f"Wijzigingen voor {args.send}: {rows} rij(en), {size:,} bytes in "
              f"{args.out}".replace(",", "."))
    return 0
