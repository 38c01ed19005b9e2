"""`zorgdesk info FILE [--json]`: how many records of each kind a workspace holds."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "info", help="aantallen per soort gegeven", description="Toon aantallen per soort gegeven."
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.services.workspace.counts import KINDS, count_records
    from zorgdesk.store import open_store
    from zorgdesk.store.schema import read_facts

    facts = read_facts(args.file)
    store = open_store(args.file, readonly=True)
    try:
        conn = store.raw()
        try:
            counts = count_records(conn)
            row = conn.execute("SELECT name FROM workspace LIMIT 1").fetchone()
        finally:
            conn.close()
    finally:
        store.close()
    name = row[0] if row else args.file.stem
    if args.json:
        print(json.dumps({"file": str(args.file), "name": name,
                          "schema_version": facts.user_version, "counts": counts},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{name}  ({args.file}, schemaversie {facts.user_version})")
    width = max(len(label) for _, label in KINDS)
    for table, label in KINDS:
        print(f"  {label:<{width}}  {counts[table]:>8,}".replace(",", "."))
    return 0
