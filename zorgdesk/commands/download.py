"""`zorgdesk download URL --out FILE`: a verified local copy of a server workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "download", help="maak een lokaal bestand van een serverwerkruimte",
        description="Kopieer de werkruimte op URL naar een nieuw bestand FILE; het bestand "
        "verschijnt pas als de controle erop geslaagd is.",
    )
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.store.transfer import download

    counts = download(args.url, args.out)
    print(f"{sum(counts.values())} rijen gecontroleerd en bewaard in {args.out}")
    return 0
