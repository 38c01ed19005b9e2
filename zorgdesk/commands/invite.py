"""`zorgdesk invite FILE --meeting OVERLEG@JJJJ-MM-DD --out X.eml [--pack] [--public]`: the
invitation as a draft e-mail with the agenda (or meeting pack) and the calendar request."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.report import meeting_ref
from zorgdesk.commands.targets import add_force
from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "invite", help="maak een uitnodiging (.eml) om vanuit Outlook of Thunderbird te versturen",
        description="Schrijf de uitnodiging voor één vergadering als concept-e-mail (.eml): "
        "onderwerp, tekst met tijd, plaats en agenda, de agenda-PDF (of de vergaderset) en de "
        "vergadering als agendaverzoek (.ics). ZorgDesk verstuurt zelf niets.",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--meeting", required=True, type=meeting_ref,
                        metavar="OVERLEG@JJJJ-MM-DD", help="de vergadering, bijv. AST@2022-02-03")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.eml)")
    parser.add_argument("--pack", action="store_true",
                        help="de hele vergaderset bijvoegen in plaats van alleen de agenda")
    parser.add_argument("--public", action="store_true", help="de publieksversie bijvoegen")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.services.meetings.invitation import write_invitation
    from zorgdesk.services.meetings.meeting_data import find_meeting
    from zorgdesk.store import open_store

    check_target(args.out, [args.file] if isinstance(args.file, Path) else [], force=args.force)
    store = open_store(args.file, readonly=True)
    try:
        meeting_id = find_meeting(store, *args.meeting)
        invitation = write_invitation(store, meeting_id, args.out, pack=args.pack,
                                      public=args.public)
    finally:
        store.close()
    print(f"Uitnodiging '{invitation.subject}' geschreven naar {args.out} "
          f"({len(invitation.recipients)} geadresseerde(n); bijlagen: "
          f"{', '.join(invitation.attachments)})")
    if invitation.missing:
        print("Zonder e-mailadres (zelf toevoegen): " + ", ".join(invitation.missing))
    return 0
