"""`zorgdesk ical FILE --out X.ics [--body ABBR] [--year JAAR]`: meetings as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "ical", help="exporteer vergaderingen als iCalendar (.ics) voor Outlook",
        description="Schrijf de vergaderingen van één overleg of van alle overleggen als "
        "iCalendar-bestand (tijden in Europe/Amsterdam), te importeren in Outlook.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.ics)")
    parser.add_argument("--body", metavar="AFKORTING",
                        help="alleen dit overleg (afkorting of naam, bijvoorbeeld AST)")
    parser.add_argument("--year", type=int, metavar="JAAR", help="alleen dit jaar")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.services.meetings.calendar import export_ical
    from zorgdesk.store import open_store

    check_target(args.out, [args.file], force=args.force)
    store = open_store(args.file, readonly=True)
    try:
        result = export_ical(store, args.out, body=args.body, year=args.year)
    finally:
        store.close()
    print(f"{result.events} vergadering(en) van '{result.calendar_name}' geschreven naar "
          f"{args.out}")
    return 0
