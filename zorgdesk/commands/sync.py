"""`zorgdesk sync FILE [--url URL] [--json]`: synchronise a copy taken offline with its server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sync", help="synchroniseer een offline kopie met haar server",
        description="Haal de wijzigingen van de server op in FILE (samenvoegen, met conflicten "
        "zoals bij 'merge') en stuur daarna wat FILE nieuw heeft naar de server, in één "
        "transactie. Eerst wordt een gecontroleerde reservekopie van FILE gemaakt.")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--url", metavar="URL",
                        help="de server (standaard: waar FILE vandaan komt; het wachtwoord uit "
                        "PGPASSWORD of ~/.pgpass)")
    parser.add_argument("--prefer", choices=("mine", "theirs", "both"), default="mine",
                        help="keuze bij conflicten (standaard: mine)")
    parser.add_argument("--dry-run", action="store_true", help="alleen tonen, niets wijzigen")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.sync.session import synchronise_workspace
    from zorgdesk.store.server_sync import origin_of

    origin = origin_of(args.file)
    url = args.url or (origin[0] if origin else None)
    if url is None:
        print(f"zorgdesk sync: {args.file} is geen offline kopie van een serverwerkruimte")
        return 2
    result = synchronise_workspace(args.file, url, prefer=args.prefer, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2, default=str))
        return 0
    sent = result.sent
    print(f"Opgehaald: {len(result.merge.merged)} wijziging(en); conflicten: "
          f"{len(result.merge.conflicts)} (gekozen: {args.prefer}). Verstuurd: "
          f"{sent.get('nieuw', 0)} nieuw, {sent.get('bijgewerkt', 0)} bijgewerkt, "
          f"{sent.get('verwijderd', 0)} verwijderd.")
    for message in result.merge.renumbered:
        print(f"  {message}")
    return 0
