"""`zorgdesk open FILE`: start the app on a workspace file."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "open", help="start de app met een werkruimte", description="Start ZorgDesk met FILE."
    )
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.app import run_app

    return run_app(file=args.file, smoke=False, page="overview", lang=None)
