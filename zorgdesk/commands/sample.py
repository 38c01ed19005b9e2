"""`zorgdesk sample NAME --out FILE`: write a sample workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    from zorgdesk.samples import SAMPLES

    parser: argparse.ArgumentParser = sub.add_parser(
        "sample", help="schrijf een voorbeeldwerkruimte",
        description="Schrijf een voorbeeldwerkruimte naar een bestand.",
    )
    parser.add_argument("name", choices=list(SAMPLES), metavar="NAAM",
                        help="een van: " + ", ".join(SAMPLES))
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.zorgdesk)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.samples import write_sample

    path = write_sample(args.name, args.out)
    print(f"Voorbeeld '{args.name}' geschreven naar {path}")
    return 0
