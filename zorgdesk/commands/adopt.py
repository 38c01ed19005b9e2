"""`zorgdesk adopt FILE NAAM [--by WIE] [--on JJJJ-MM-DD]`: freeze a "vastgestelde versie";
without NAAM: list the adopted versions."""

from __future__ import annotations

import argparse
from typing import Any

from zorgdesk.commands.report import _day
from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "adopt", help="leg een vastgestelde versie van de werkagenda vast (of toon ze)",
        description="Bewaar de werkagenda zoals die nu is als vastgestelde versie, bijvoorbeeld "
        "'Werkagenda 2025' vastgesteld door de BST. Later toont 'zorgdesk report changes "
        "--version NAAM' wat er sindsdien veranderde. Zonder NAAM: de lijst van versies.",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("name", nargs="?", metavar="NAAM", help="naam van de versie")
    parser.add_argument("--by", metavar="WIE", help="wie vaststelde, bijvoorbeeld 'de BST'")
    parser.add_argument("--on", type=_day, metavar="JJJJ-MM-DD", help="datum (standaard vandaag)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.workspace.versions import adopt_version, list_versions
    from zorgdesk.store import open_store

    store = (open_store(args.file, lock=True) if args.name
             else open_store(args.file, readonly=True))
    try:
        if args.name:
            adopt_version(store, args.name, args.by, args.on)
            print(f"Versie '{args.name}' vastgelegd in {store.path.name}.")
        versions = list_versions(store)
    finally:
        store.close()
    if not args.name:
        if not versions:
            print("Nog geen vastgestelde versie.")
        for version in versions:
            print(version.label())
    return 0
