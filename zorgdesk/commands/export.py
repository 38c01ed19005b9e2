"""`zorgdesk export FILE --out X.json`: the full, versioned JSON export of a workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force
from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "export", help="exporteer een werkruimte volledig als JSON",
        description="Schrijf de hele werkruimte als JSON (formaat: docs/export-format.md).",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.json)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target
    from zorgdesk.services.workspace.export import export_json
    from zorgdesk.store import open_store

    check_target(args.out, [args.file], force=args.force)
    store = open_store(args.file, readonly=True)
    try:
        export_json(store, args.out)
    finally:
        store.close()
    print(f"Export geschreven naar {args.out}")
    return 0
