"""`zorgdesk ical FILE --out X.ics [--body ABBR] [--year JAAR] [--meeting OVERLEG@JJJJ-MM-DD]`:
meetings as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.report import meeting_ref
from zorgdesk.commands.targets import add_force
from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "ical", help="exporteer vergaderingen als iCalendar (.ics) voor Outlook",
        description="Schrijf de vergaderingen van één overleg of van alle overleggen als "
        "iCalendar-bestand (tijden in Europe/Amsterdam), te importeren in Outlook.",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.ics)")
    parser.add_argument("--body", metavar="AFKORTING",
                        help="alleen dit overleg (afkorting of naam, bijvoorbeeld AST)")
    parser.add_argument("--year", type=int, metavar="JAAR", help="alleen dit jaar")
    parser.add_argument("--meeting", type=meeting_ref, metavar="OVERLEG@JJJJ-MM-DD",
                        help="alleen deze ene vergadering, bijvoorbeeld AST@2022-02-03")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.services.meetings.calendar import export_ical
    from zorgdesk.store import open_store

    check_target(args.out, [args.file] if isinstance(args.file, Path) else [], force=args.force)
    store = open_store(args.file, readonly=True)
    try:
        meeting_id = None
        if args.meeting is not None:
            from zorgdesk.services.meetings.meeting_data import find_meeting

            meeting_id = find_meeting(store, *args.meeting)
        result = export_ical(store, args.out, body=args.body, year=args.year,
                             meeting_id=meeting_id)
    finally:
        store.close()
    print(f"{result.events} vergadering(en) van '{result.calendar_name}' geschreven naar "
          f"{args.out}")
    return 0
