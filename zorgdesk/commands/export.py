"""`zorgdesk export FILE --out X.json`: the full, versioned JSON export of a workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "export", help="exporteer een werkruimte volledig als JSON",
        description="Schrijf de hele werkruimte als JSON (formaat: docs/export-format.md).",
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.json)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.workspace.export import export_json
    from zorgdesk.store import open_store

    store = open_store(args.file)
    try:
        export_json(store, args.out)
    finally:
        store.close()
    print(f"Export geschreven naar {args.out}")
    return 0
