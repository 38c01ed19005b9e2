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
    from zorgdesk.store.schema import read_facts
    from zorgdesk.store.server import display_name

    if isinstance(args.file, str):
        counts, name, version = _server_info(args.file)
    else:
        version = read_facts(args.file).user_version
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


def _server_info(url: str) -> tuple[dict[str, int], str, int]:
    """Counts, name and schema version of a server workspace, through SQLAlchemy Core."""
    from sqlalchemy import func, select

    from zorgdesk.models import Base
    from zorgdesk.services.workspace.counts import KINDS
    from zorgdesk.store import open_store
    from zorgdesk.store.schema import HEAD_VERSION

    tables = Base.metadata.tables
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            counts = {table: int(conn.execute(
                select(func.count()).select_from(tables[table])).scalar_one())
                for table, _label in KINDS}
            name = conn.execute(select(tables["workspace"].c.name).limit(1)).scalar()
    finally:
        store.close()
    return counts, str(name or store.path.name), HEAD_VERSION
