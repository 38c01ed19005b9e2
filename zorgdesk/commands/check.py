"""`zorgdesk check FILE`: integrity, foreign keys, schema version and row counts, read-only."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check", help="controleer een werkruimte (alleen lezen)",
        description="Controleer FILE: integriteit, verwijzingen, schemaversie en aantallen. "
        "Het bestand wordt niet gewijzigd. Geeft 0 als alles in orde is, anders 1.",
    )
    parser.add_argument("file", metavar="FILE|URL", type=workspace_location)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.store.integrity import check_file
    from zorgdesk.store.server import check_server

    report = check_server(args.file) if isinstance(args.file, str) else check_file(args.file)
    stream = sys.stdout if report.ok else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return 0 if report.ok else 1
