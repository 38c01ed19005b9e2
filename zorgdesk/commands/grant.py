"""`zorgdesk grant URL --user NAME --role lezer|bewerker|beheerder`: rights on a server."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "grant", help="geef iemand een rol in een serverwerkruimte",
        description="Maak gebruiker NAME lezer, bewerker of beheerder van de werkruimte op "
        "URL. De server dwingt de rol af.",
    )
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument("--role", required=True, choices=["lezer", "bewerker", "beheerder"])
    parser.add_argument("--name", metavar="WEERGAVENAAM",
                        help="de naam waaronder de wijzigingen van NAME getoond worden "
                        "(bijvoorbeeld \"Fatma Öztürk\")")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.store import open_store
    from zorgdesk.store.rights import grant_role, set_display_name
    from zorgdesk.store.server import database_name

    store = open_store(args.url)
    try:
        with store.engine.begin() as conn:
            grant_role(conn, database_name(args.url), args.user, args.role)
            if args.name:
                set_display_name(conn, args.user, args.name)
    finally:
        store.close()
    print(f"{args.user} is nu {args.role} van {store.path.name}")
    return 0
