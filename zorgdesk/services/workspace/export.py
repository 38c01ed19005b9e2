"""The full JSON export of a workspace: every table, every column, versioned.

Format (documented in docs/export-format.md, checked against the models by a test):
    {"format": "zorgdesk-workspace", "format_version": 1, "schema_version": N,
     "app_version": "0.1.0", "exported_at": "2026-11-23T10:00:00",
     "tables": {"workspace": [{"id": ..., ...}], "theme": [...], ...}}
Dates and times are ISO 8601 strings (meeting times are Europe/Amsterdam wall-clock),
binary content (attachment.content) is base64, booleans are JSON booleans, amounts are
integer euro cents. Tables appear parents first, so an importer can insert in order.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from zorgdesk import __version__
from zorgdesk.store import Store
from zorgdesk.store.atomic import write_text_atomic
from zorgdesk.store.schema import HEAD_VERSION

FORMAT_NAME = "zorgdesk-workspace"
FORMAT_VERSION = 1


def table_order() -> list[str]:
    from zorgdesk.models import Base

    return [table.name for table in Base.metadata.sorted_tables]


def column_types() -> dict[str, dict[str, str]]:
    from zorgdesk.models import Base

    out: dict[str, dict[str, str]] = {}
    for table in Base.metadata.sorted_tables:
        out[table.name] = {column.name: column.type.__class__.__name__ for column in table.columns}
    return out


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "Boolean":
        return bool(value)
    if kind == "LargeBinary":
        return base64.b64encode(bytes(value)).decode("ascii")
    if kind == "DateTime" and isinstance(value, str):
        return value.replace(" ", "T")
    return value


def export_document(store: Store) -> dict[str, Any]:
    types = column_types()
    tables: dict[str, list[dict[str, Any]]] = {}
    if store.is_server:
        from zorgdesk.store.copy import stored_rows, workspace_tables

        with store.engine.connect() as server:
            for model_table in workspace_tables():
                names = types[model_table.name]
                tables[model_table.name] = [
                    {col: _value(names[col], val) for col, val in row.items()}
                    for row in stored_rows(server, model_table)
                ]
        return _document(tables)
    conn = store.reader()
    try:
        for table in table_order():
            columns = list(types[table])
            order = "id" if "id" in columns else ", ".join(columns)
            rows = conn.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"
            ).fetchall()
            tables[table] = [
                {col: _value(types[table][col], val) for col, val in zip(columns, row, strict=True)}
                for row in rows
            ]
    finally:
        conn.close()
    return _document(tables)


def _document(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": HEAD_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "tables": tables,
    }


def export_json(store: Store, out: Path) -> Path:
    """Write the export atomically: the file appears complete or not at all."""
    text = json.dumps(export_document(store), ensure_ascii=False, indent=1)
    write_text_atomic(Path(out), text + "\n")
    return Path(out)
