"""Copy a whole workspace between two databases (file to server and back), row for row.

Rows go through SQLAlchemy Core with the models' column types, so each side stores its own
way (SQLite text dates, PostgreSQL timestamps) and the values stay the same. Tables go in
the models' dependency order; within a table that refers to itself (goals under goals) a
parent always goes before its children, so no foreign key has to be switched off, which on
PostgreSQL would need a superuser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

CHUNK = 1000


def workspace_tables() -> list[Table]:
    from zorgdesk.models import Base

    return list(Base.metadata.sorted_tables)


def _self_reference(table: Table) -> tuple[str, str] | None:
    for fk in table.foreign_keys:
        if fk.column.table is table:
            return fk.parent.name, fk.column.name
    return None


def parents_first(rows: Sequence[Mapping[str, Any]], child: str, parent: str
                  ) -> list[Mapping[str, Any]]:
    """Rows ordered so that each one comes after the row it points to (stable otherwise)."""
    by_key = {row[parent]: row for row in rows}
    placed: set[Any] = set()
    out: list[Mapping[str, Any]] = []

    def place(row: Mapping[str, Any], trail: set[Any]) -> None:
        key = row[parent]
        if key in placed:
            return
        ref = row[child]
        if ref is not None and ref in by_key and ref not in placed and ref not in trail:
            place(by_key[ref], trail | {key})
        placed.add(key)
        out.append(row)

    for row in rows:
        place(row, set())
    return out


def table_rows(conn: Connection, table: Table) -> list[Mapping[str, Any]]:
    from sqlalchemy import select

    order = list(table.primary_key.columns) or list(table.columns)
    rows = [dict(row) for row in conn.execute(select(table).order_by(*order)).mappings()]
    ref = _self_reference(table)
    return parents_first(rows, *ref) if ref else list(rows)


def copy_rows(source: Connection, target: Connection,
              progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Insert every row of `source` into the (empty) `target`; returns rows per table."""
    from sqlalchemy import insert

    counts: dict[str, int] = {}
    for table in workspace_tables():
        rows = table_rows(source, table)
        for start in range(0, len(rows), CHUNK):
            target.execute(insert(table), list(rows[start:start + CHUNK]))
        counts[table.name] = len(rows)
        if progress is not None:
            progress(table.name, len(rows))
    return counts


def stored_rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """A table's rows as the SQLite file stores them (text dates, 0/1 booleans), any engine.

    The export reads a file's raw values; a server's rows are turned into the same form by
    the SQLite dialect's own converters, so the two exports are equal row for row.
    """
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    convert = {column.name: column.type.dialect_impl(dialect).bind_processor(dialect)
               for column in table.columns}
    order = [table.c.id] if "id" in table.c else list(table.columns)
    for row in conn.execute(select(table).order_by(*order)).mappings():
        out: dict[str, Any] = {}
        for name, value in row.items():
            process = convert[name]
            out[name] = process(value) if process is not None and value is not None else value
        yield out
