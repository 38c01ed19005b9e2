"""`zorgdesk report KIND FILE --out X.pdf [--meeting BODY@YYYY-MM-DD] [--since YYYY-MM-DD]
[--theme THEMA] [--version VERSIE] [--public] [--lang nl|en]`: make a printable report
(PDF/A-2b)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force
from zorgdesk.store.server import workspace_location

KINDS = ("agenda", "meeting-pack", "minutes", "werkagenda", "progress", "matrix", "timeline",
         "changes")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2022-03-14."
        ) from None


def meeting_ref(text: str) -> tuple[str, date]:
    """`AST@2022-02-03` as (body, day), for every command that names one meeting."""
    body, sep, day = text.rpartition("@")
    if not sep or not body:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen vergadering; schrijf OVERLEG@JJJJ-MM-DD, bijvoorbeeld "
            "AST@2022-03-14."
        )
    return body, _day(day)


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "report", help="maak een rapport (PDF/A)",
        description="Maak een afdrukbaar rapport van een werkruimte als PDF/A-2b.",
    )
    parser.add_argument("kind", choices=KINDS, metavar="SOORT", help="een van: " + ", ".join(KINDS))
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL",
                        help="de werkruimte (.zorgdesk) of een postgresql://-adres")
    parser.add_argument("--out", required=True, type=Path, help="het PDF-bestand dat ontstaat")
    parser.add_argument("--meeting", type=meeting_ref, metavar="OVERLEG@JJJJ-MM-DD",
                        help="de vergadering (agenda, vergaderset, verslag); standaard de "
                        "eerstvolgende met een agenda")
    parser.add_argument("--since", type=_day, metavar="JJJJ-MM-DD",
                        help="voortgang: wat er veranderde sinds deze datum")
    parser.add_argument("--theme", metavar="THEMA", help="alleen dit thema (code of naam)")
    parser.add_argument("--version", metavar="VERSIE",
                        help="een vastgestelde versie (naam): 'changes' vergelijkt daarmee, "
                        "de andere rapporten tonen de werkagenda zoals die is vastgesteld")
    parser.add_argument("--public", action="store_true",
                        help="publieksversie: zonder interne notities, vertrouwelijke punten "
                        "en namen van wie niet genoemd mag worden")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl",
                        help="de taal van het rapport: nl (Nederlands, standaard) of en (Engels)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.reports import ReportOptions, build_report
    from zorgdesk.services.errors import ReportDataError

    if isinstance(args.file, Path) and not args.file.exists():
        print(f"zorgdesk: werkruimte {args.file} niet gevonden.", file=sys.stderr)
        return 1
    check_target(args.out, [args.file] if isinstance(args.file, Path) else [], force=args.force)
    options = ReportOptions(public=args.public, meeting=args.meeting, since=args.since,
                            theme=args.theme, version=args.version, language=args.lang)
    try:
        out = build_report(args.kind, args.file, args.out, options)
    except ReportDataError as exc:
        print(f"zorgdesk: {exc}", file=sys.stderr)
        return 1
    for warning in options.warnings:
        print(f"zorgdesk: let op: {warning}", file=sys.stderr)
    if args.public:
        names = _unregistered_names(args.file, out)
        if names:
            print("zorgdesk: let op: de publieksversie noemt mogelijk personen die niet als "
                  "persoon zijn geregistreerd: " + ", ".join(names) + ". Registreer ze (niet "
                  "openbaar) of pas de tekst aan; geregistreerde namen worden altijd "
                  "vervangen.", file=sys.stderr)
    edition = "publieksversie" if args.public else "interne versie"
    print(f"Rapport '{args.kind}' ({edition}) geschreven naar {out}")
    return 0


def _unregistered_names(location: Path | str, pdf: Path) -> list[str]:
    """Likely names of people in the public PDF who are no registered person (the app's
    privacy check asks about them; the CLI only warns, it cannot ask)."""
    from pypdf import PdfReader

    from zorgdesk.services.privacy import load_name_context, unchecked_names
    from zorgdesk.store import open_store
    from zorgdesk.store.server import workspace_location

    store = open_store(workspace_location(str(location)), readonly=True, hold=False)
    try:
        context = load_name_context(store)
    finally:
        store.close()
    return unchecked_names([page.extract_text() or "" for page in PdfReader(pdf).pages],
                           context)
