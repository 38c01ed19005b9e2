"""`zorgdesk info FILE [--json]`: how many records of each kind a workspace holds."""

from __future__ import annotations

import argparse
import json
from typing import Any

from zorgdesk.store.server import workspace_location


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "info", help="aantallen per soort gegeven", description="Toon aantallen per soort gegeven."
    )
    parser.add_argument("file", type=workspace_location, metavar="FILE|URL")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.workspace.counts import KINDS, count_records
    from zorgdesk.store import open_store
    from zorgdesk.store.schema import HEAD_VERSION, read_facts
    from zorgdesk.store.server import display_name

    # One read for a file and a server: the counts are plain SQL both understand.
    version = HEAD_VERSION if isinstance(args.file, str) else read_facts(args.file).user_version
    store = open_store(args.file, readonly=True)
    try:
        conn = store.reader()
        try:
            counts = count_records(conn)
            row = conn.execute("SELECT name FROM workspace LIMIT 1").fetchone()
        finally:
            conn.close()
    finally:
        store.close()
    name = row[0] if row else store.path.stem
    shown = display_name(args.file) if isinstance(args.file, str) else args.file
    if args.json:
        print(json.dumps({"file": str(shown), "name": name,
                          "schema_version": version, "counts": counts},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{name}  ({shown}, schemaversie {version})")
    width = max(len(label) for _, label in KINDS)
    for table, label in KINDS:
        print(f"  {label:<{width}}  {counts[table]:>8,}".replace(",", "."))
    return 0

