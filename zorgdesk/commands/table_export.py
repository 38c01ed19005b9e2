"""`zorgdesk table-export FILE --what goals|...|all --out X.xlsx|X.csv`: a list as a sheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force
from zorgdesk.store.server import workspace_location

WHAT = ("goals", "milestones", "yearmarks", "roles", "matrix", "organisations", "people",
        "funding", "meetings", "agenda", "decisions", "actions", "all")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "table-export", help="exporteer een lijst naar Excel (.xlsx) of CSV",
        description="Schrijf een lijst van de werkruimte als Excel-blad (.xlsx) of als CSV "
        "zoals Nederlands Excel het opent (;, UTF-8 met BOM, decimale komma). "
        "--what all schrijft één werkmap met elke lijst als blad.",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--what", required=True, choices=WHAT, help="welke lijst")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.xlsx of .csv)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.store import open_store
    from zorgdesk.tables.export import export_tables

    check_target(args.out, [args.file] if isinstance(args.file, Path) else [], force=args.force)
    store = open_store(args.file, readonly=True)
    try:
        tables = export_tables(store, args.what, args.out)
    finally:
        store.close()
    rows = sum(len(t.rows) for t in tables)
    print(f"{rows} rijen in {len(tables)} " + ("blad" if len(tables) == 1 else "bladen")
          + f" geschreven naar {args.out}")
    return 0
