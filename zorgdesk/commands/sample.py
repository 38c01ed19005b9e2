"""`zorgdesk sample NAME --out FILE`: write a sample workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force


def register(sub: Any) -> None:
    from zorgdesk.samples import SAMPLES

    parser: argparse.ArgumentParser = sub.add_parser(
        "sample", help="schrijf een voorbeeldwerkruimte",
        description="Schrijf een voorbeeldwerkruimte naar een bestand.",
    )
    parser.add_argument("name", choices=list(SAMPLES), metavar="NAAM",
                        help="een van: " + ", ".join(SAMPLES))
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.zorgdesk)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import warn_location, workspace_target
    from zorgdesk.samples import write_sample

    with workspace_target(args.out, force=args.force) as replacing:
        path = write_sample(args.name, args.out, replace_workspace=replacing)
    print(f"Voorbeeld '{args.name}' geschreven naar {path}")
    warn_location(path)
    return 0
