"""`zorgdesk offline URL --out FILE`: take a server workspace along, to synchronise later."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "offline", help="neem een serverwerkruimte mee om offline te werken",
        description="Kopieer de werkruimte op URL naar een nieuw bestand FILE dat onthoudt waar "
        "het vandaan komt; 'zorgdesk sync FILE' brengt later beide kanten bij elkaar.",
    )
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.sync.session import take_offline

    counts = take_offline(args.url, args.out)
    print(f"{sum(counts.values())} rijen meegenomen in {args.out}; synchroniseer later met "
          f"'zorgdesk sync {args.out}'")
    return 0
