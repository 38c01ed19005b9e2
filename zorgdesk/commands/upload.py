"""`zorgdesk upload FILE --to URL`: put a workspace file onto an empty PostgreSQL database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "upload", help="zet een werkruimte op een PostgreSQL-server",
        description="Kopieer FILE naar een lege PostgreSQL-database (schema en alle rijen, "
        "in één transactie). Het wachtwoord komt uit ~/.pgpass, PGPASSFILE of een "
        "servicebestand.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--to", required=True, metavar="URL",
                        help="postgresql://server/database")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.store.server import display_name
    from zorgdesk.store.transfer import upload

    counts = upload(args.file, args.to)
    print(f"{sum(counts.values())} rijen uit {args.file} staan nu op {display_name(args.to)}")
    return 0
