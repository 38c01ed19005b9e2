"""Row snapshots: the one undo mechanism under every editor.

An editor captures the rows an edit may touch before and after it; undo and redo turn the
rows of one capture into those of the other in one transaction. Rows outside the capture are
never written, so an undo cannot remove data that was not part of its edit, and because the
rows themselves are stored (not a diff of the UI), undo stays correct whatever else changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zorgdesk.store import Store

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session


@dataclass
class State:
    """The captured rows per table name, keyed by primary key."""

    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = field(default_factory=dict)
    with_content: bool = False
    # The merge bookkeeping of a file (store/capture.py: who wrote what, who saw what),
    # captured only around a merge: undoing one must also forget what it learnt, or the
    # rows put back would count as newer than the copy they came from.
    bookkeeping: Any = None

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())

    def add(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        keyed = self.rows.setdefault(table.name, {})
        for row in rows:
            keyed.setdefault(row_key(table, row), row)


def row_key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def read_rows(session: Session, table: Table, where: Any,
              content: bool = True) -> list[dict[str, Any]]:
    """Every row of `table` matching `where`; `content=False` leaves out a `content` blob."""
    from sqlalchemy import select

    columns = [c for c in table.columns if content or c.name != "content"]
    return [dict(r) for r in session.execute(select(*columns).where(where)).mappings()]


def among(column: Any, values: Iterable[Any]) -> Any:
    return column.in_(list(values))


def ids_of(state: State, table: str) -> Sequence[tuple[Any, ...]]:
    return list(state.rows.get(table, {}))


def _tables(names: Iterable[str]) -> list[Table]:
    """The named tables, parents before children (inserts in this order, deletes reversed)."""
    from zorgdesk.models import Base

    wanted = set(names)
    return [t for t in Base.metadata.sorted_tables if t.name in wanted]


def _self_parent(table: Table) -> str | None:
    """The column through which a row points to a row of its own table (a goal's parent)."""
    for fk in table.foreign_keys:
        if fk.column.table is table:
            return str(fk.parent.name)
    return None


def _parents_first(table: Table, rows: dict[tuple[Any, ...], dict[str, Any]],
                   ) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    parent = _self_parent(table)
    items = list(rows.items())
    if parent is None or len(table.primary_key.columns) != 1:
        return items
    by_id = {key[0]: row for key, row in items}

    def depth(row: dict[str, Any]) -> int:
        level, seen = 0, set()
        while row.get(parent) in by_id and row[parent] not in seen:
            seen.add(row[parent])
            row = by_id[row[parent]]
            level += 1
        return level

    return sorted(items, key=lambda item: depth(item[1]))


def apply_state(store: Store, current: State, target: State) -> None:
    """Make the rows of `current` look like `target` (one transaction)."""
    _apply_rows(store, current, target)
    if target.bookkeeping is not None:
        from zorgdesk.store.capture import write_bookkeeping

        write_bookkeeping(store.path, target.bookkeeping)


def _apply_rows(store: Store, current: State, target: State) -> None:
    from sqlalchemy import delete, select, tuple_, update

    tables = _tables(set(current.rows) | set(target.rows))
    with store.transaction() as session:
        for table in reversed(tables):
            gone = set(current.rows.get(table.name, {})) - set(target.rows.get(table.name, {}))
            if gone:
                pk = list(table.primary_key.columns)
                if len(pk) == 1:
                    session.execute(delete(table).where(pk[0].in_([k[0] for k in gone])))
                else:
                    session.execute(delete(table).where(tuple_(*pk).in_(list(gone))))
        for table in tables:
            rows = target.rows.get(table.name, {})
            if not rows:
                continue
            pk = list(table.primary_key.columns)
            pk_names = {c.name for c in pk}
            now = current.rows.get(table.name, {})
            for key, row in _parents_first(table, rows):
                if now.get(key) == row:
                    continue  # untouched by the edit
                condition = [c == v for c, v in zip(pk, key, strict=True)]
                values = {k: v for k, v in row.items() if k not in pk_names}
                exists = session.execute(select(pk[0]).where(*condition)).first()
                if exists is not None:
                    if values:
                        session.execute(update(table).where(*condition).values(**values))
                else:
                    session.execute(table.insert().values(**row))


def capture_dependents(store: Store, table_name: str, ids: Iterable[str]) -> State:
    """The rows `ids` of a table with every row that a delete of them would change.

    Follows the foreign keys of the schema: rows that cascade go along (and their own
    dependents), rows that are set to NULL are captured so that undo can point them back.
    Used for whole-object edits (delete a goal, merge two organisations).
    """
    from zorgdesk.models import Base

    tables = {t.name: t for t in Base.metadata.sorted_tables}
    state = State()
    with store.transaction() as session:
        todo: list[tuple[str, str, set[Any]]] = [(table_name, "id", set(ids))]
        seen: set[tuple[str, str, Any]] = set()
        while todo:
            name, column, keys = todo.pop()
            keys = {k for k in keys if (name, column, k) not in seen}
            if not keys:
                continue
            seen.update((name, column, k) for k in keys)
            table = tables[name]
            rows = read_rows(session, table, among(table.c[column], keys))
            state.add(table, rows)
            if "id" not in table.c:
                continue
            row_ids = {r["id"] for r in rows}
            for other in tables.values():
                for fk in other.foreign_keys:
                    if fk.column.table is not table:
                        continue
                    if fk.ondelete == "CASCADE":
                        todo.append((other.name, str(fk.parent.name), row_ids))
                    else:
                        state.add(other, read_rows(session, other,
                                                   among(other.c[fk.parent.name], row_ids)))
    return state


def capture_rows(store: Store, table_name: str, ids: Iterable[str]) -> State:
    """Only the rows `ids` of one table: for edits that change fields and nothing else."""
    from zorgdesk.models import Base

    table = Base.metadata.tables[table_name]
    state = State()
    with store.transaction() as session:
        state.add(table, read_rows(session, table, among(table.c.id, list(ids))))
    return state


def merge(*states: State) -> State:
    """One capture made of several (rows captured twice keep their first reading)."""
    out = State(with_content=any(s.with_content for s in states))
    for state in states:
        for name, rows in state.rows.items():
            keyed = out.rows.setdefault(name, {})
            for key, row in rows.items():
                keyed.setdefault(key, row)
    return out


def capture_workspace(store: Store, *, bookkeeping: bool = False) -> State:
    """Every row of every table: for an edit that may touch anything (merging a copy in).

    Read twice per such edit; on the large sample (2,000 goals, 10,000 milestones) that is a
    fraction of a second, and it makes undo of a whole merge exact.
    """
    from sqlalchemy import true

    from zorgdesk.models import Base

    state = State(with_content=True)
    with store.transaction() as session:
        for table in Base.metadata.sorted_tables:
            state.add(table, read_rows(session, table, true()))
    if bookkeeping and not store.is_server:
        from zorgdesk.store.capture import read_bookkeeping

        state.bookkeeping = read_bookkeeping(store.path)
    return state
