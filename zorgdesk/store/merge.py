"""Field-level merge of another copy (THEIRS) into this one (MINE), for any number of copies.

Each field carries the dot of the write that set it and each copy a seen vector
(store/capture.py). Per field that differs: if MINE has seen THEIRS's write and not the other
way round, MINE's value is the newer; the reverse takes THEIRS's; if neither has seen the
other's it is a conflict; if both have (each resolved it) the higher dot wins on both sides
alike. An edit against a delete is decided the same way with the tombstone's dot. The merge
runs in one SQLite transaction on MINE; THEIRS is only read.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from zorgdesk.store.capture import (
    ANCIENT,
    BOOKKEEPING,
    captured_tables,
    columns_of,
    install_capture,
    new_epoch,
    seen_vector,
)
from zorgdesk.store.changes_file import check_not_older, record_received
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError
from zorgdesk.store.schema import read_facts, sqlite_uri

Choice = Literal["mine", "theirs", "both"]
RowMap = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Conflict:
    table: str
    key: str
    kind: Literal["field", "edit_delete", "delete_edit"]  # edit_delete: mine edited, theirs deleted
    column: str | None
    mine: Any
    theirs: Any
    base: Any  # not known: with more than two copies there is no single ancestor

    @property
    def ident(self) -> str:
        return f"{self.table}:{self.key}:{self.column or ''}"


@dataclass
class MergeResult:
    merged: list[tuple[str, str, str]] = field(default_factory=list)  # (table, key, what)
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: list[str] = field(default_factory=list)  # Dutch messages

    def as_json(self) -> dict[str, Any]:
        return {
            "merged": len(self.merged),
            "conflicts": len(self.conflicts),
            "renumbered": self.renumbered,
            "changes": [{"table": t, "key": k, "what": w} for t, k, w in self.merged],
            "conflict_list": [
                {"table": c.table, "key": c.key, "kind": c.kind, "column": c.column,
                 "mine": c.mine, "theirs": c.theirs, "base": c.base} for c in self.conflicts],
        }


def _rows(conn: sqlite3.Connection, schema: str, table: str, keys: list[str]) -> RowMap:
    cur = conn.execute(f'SELECT * FROM {schema}."{table}"')
    names = [d[0] for d in cur.description]
    out: RowMap = {}
    for raw in cur:
        row = dict(zip(names, raw, strict=True))
        out[json.dumps([row[k] for k in keys], separators=(",", ":"))] = row
    return out


Dot = tuple[str, int]
Dots = dict[str, dict[str, Dot]]  # row key -> column ('' for the row) -> dot


def _dots(conn: sqlite3.Connection, schema: str, table: str) -> Dots:
    out: Dots = {}
    for key, column, copy, counter in conn.execute(
            f"SELECT row_key, column_name, copy_id, counter FROM {schema}.sync_dot "
            "WHERE table_name = ?", (table,)):
        out.setdefault(str(key), {})[str(column)] = (str(copy), int(counter))
    return out


def _tombs(conn: sqlite3.Connection, schema: str) -> dict[tuple[str, str], Dot]:
    return {(str(t), str(k)): (str(c), int(n)) for t, k, c, n in conn.execute(
        f"SELECT table_name, row_key, copy_id, counter FROM {schema}.sync_tomb")}


def _dot(dots: Dots, key: str, column: str) -> Dot:
    row = dots.get(key)
    if not row:
        return ANCIENT
    return row.get(column) or row.get("") or ANCIENT


def _row_dots(dots: Dots, key: str) -> list[Dot]:
    return list(dots.get(key, {}).values()) or [ANCIENT]


def _order(dot: Dot) -> tuple[int, str]:
    return dot[1], dot[0]


class _Clock:
    """Both seen vectors, and fresh dots for values this merge makes itself."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.mine = seen_vector(conn, "main")
        self.theirs = seen_vector(conn, "theirs")

    def seen_by_me(self, dot: Dot) -> bool:
        return dot[1] <= self.mine.get(dot[0], 0)

    def seen_by_them(self, dot: Dot) -> bool:
        return dot[1] <= self.theirs.get(dot[0], 0)

    def fresh(self) -> Dot:
        self.conn.execute("UPDATE main.sync_self SET counter = counter + 1")
        me, counter = self.conn.execute("SELECT copy_id, counter FROM main.sync_self").fetchone()
        return str(me), int(counter)


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


def _workspace_id(conn: sqlite3.Connection, schema: str) -> str | None:
    row = conn.execute(f"SELECT id FROM {schema}.workspace LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def check_same_workspace(mine: Path, theirs: Path) -> None:
    """Refuse, in Dutch and before anything is written, a copy that cannot be merged."""
    facts_mine = read_facts(mine)
    facts = read_facts(theirs)  # refuses damaged, foreign and newer files
    if facts.user_version != facts_mine.user_version:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} heeft een oudere schemaversie; open het eerst met deze versie "
            "van ZorgDesk. Er is niets gewijzigd."), name=theirs.name)


def merge_files(mine: Path, theirs: Path, *, resolve: dict[str, Choice] | None = None,
                prefer: Choice = "mine", dry_run: bool = False) -> MergeResult:
    """Merge THEIRS into MINE in one transaction; conflicts take `resolve[ident]` or `prefer`."""
    mine, theirs = Path(mine), Path(theirs)
    check_same_workspace(mine, theirs)
    with _with_dots(theirs) as readable:
        return _merge_files(mine, readable, theirs.name, resolve=resolve, prefer=prefer,
                            dry_run=dry_run)


@contextmanager
def _with_dots(path: Path) -> Iterator[Path]:
    """THEIRS as it is, or, made before dots, a temporary copy with its bases made dots."""
    probe = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        has = probe.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'sync_dot'").fetchone() is not None
    finally:
        probe.close()
    if has:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="zorgdesk-samenvoegen-") as folder:
        copy = Path(folder) / path.name
        src = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        dst = sqlite3.connect(copy, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("BEGIN")
            install_capture(dst)
            dst.execute("COMMIT")
        finally:
            src.close()
            dst.close()
        yield copy


def _merge_files(mine: Path, theirs: Path, name: str, *, resolve: dict[str, Choice] | None,
                 prefer: Choice, dry_run: bool) -> MergeResult:
    conn = sqlite3.connect(sqlite_uri(mine, "rw"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("ATTACH DATABASE ? AS theirs", (sqlite_uri(theirs, "ro"),))
        conn.execute("BEGIN IMMEDIATE")
        try:
            ours_id, their_id = _workspace_id(conn, "main"), _workspace_id(conn, "theirs")
            if ours_id != their_id:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "{name} is een andere werkruimte, geen kopie van deze. "
                    "Er is niets gewijzigd."), name=name)
            install_capture(conn)
            new_epoch(conn)
            received = check_not_older(conn, name)
            conn.execute("PRAGMA defer_foreign_keys=ON")
            conn.execute("UPDATE main.sync_self SET merging = 1")
            result = _merge(conn, resolve or {}, prefer)
            conn.execute("UPDATE main.sync_self SET merging = 0")
            if received is not None:
                record_received(conn, received)
            if dry_run:
                conn.execute("ROLLBACK")
            else:
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Samenvoegen met {name} is mislukt; er is niets gewijzigd. "
            "Technische reden: {reason}"), name=name, reason=str(exc)) from exc
    finally:
        conn.close()
    return result


def _ordered_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables parent-first (from the models), then any the models do not know."""
    from zorgdesk.models import Base

    present = set(captured_tables(conn))
    ordered = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    return ordered + sorted(present - set(ordered))


def _merge(conn: sqlite3.Connection, resolve: dict[str, Choice], prefer: Choice) -> MergeResult:
    result = MergeResult()
    clock = _Clock(conn)
    tomb_mine, tomb_theirs = _tombs(conn, "main"), _tombs(conn, "theirs")
    tables = _ordered_tables(conn)
    deletes: list[tuple[str, list[str], str, Dot]] = []
    before: dict[str, tuple[list[str], RowMap]] = {}
    for table in tables:
        _names, keys = columns_of(conn, table)
        mine, theirs = _rows(conn, "main", table, keys), _rows(conn, "theirs", table, keys)
        dots = (_dots(conn, "main", table), _dots(conn, "theirs", table))
        before[table] = (keys, mine)
        where = _TableMerge(conn, table, keys, dots, clock)
        for key in sorted(set(mine) | set(theirs)):
            m, t = mine.get(key), theirs.get(key)
            if m is not None and t is not None:
                _merge_row(where, key, (m, t), resolve=resolve, prefer=prefer, result=result)
            elif t is not None:  # only theirs has it: new there, or deleted here
                tomb = tomb_mine.get((table, key))
                if tomb is None:
                    where.insert(t, key)
                    result.merged.append((table, key, "nieuw"))
                    continue
                restore = _edit_against_delete(
                    clock.seen_by_them, clock.seen_by_me, _row_dots(dots[1], key), tomb)
                if restore is None:
                    c = Conflict(table, key, "delete_edit", None, None, _content(t), None)
                    result.conflicts.append(c)
                    restore = resolve.get(c.ident, prefer) != "mine"
                    if restore:
                        where.insert(t, key, fresh=True)
                        result.merged.append((table, key, "teruggezet"))
                elif restore:
                    where.insert(t, key)
                    result.merged.append((table, key, "teruggezet"))
            elif m is not None and (table, key) in tomb_theirs:  # deleted there
                tomb = tomb_theirs[(table, key)]
                keep = _edit_against_delete(
                    clock.seen_by_me, clock.seen_by_them, _row_dots(dots[0], key), tomb)
                if keep is None:
                    c = Conflict(table, key, "edit_delete", None, _content(m), None, None)
                    result.conflicts.append(c)
                    keep = resolve.get(c.ident, prefer) != "theirs"
                    if keep:
                        where.set_dot(key, "", clock.fresh())
                if not keep:
                    deletes.append((table, keys, key, tomb))
    for table, keys, key, tomb in reversed(deletes):
        where_key = " AND ".join(f'"{k}" IS ?' for k in keys)
        conn.execute(f'DELETE FROM main."{table}" WHERE {where_key}', json.loads(key))
        conn.execute("INSERT OR REPLACE INTO main.sync_tomb VALUES (?, ?, ?, ?)",
                     (table, key, *tomb))
        result.merged.append((table, key, "verwijderd"))
    _report_cascades(conn, before, {(t, k) for t, _keys, k, _r in deletes}, result)
    _drop_orphans(conn, result)
    # Tombstones THEIRS keeps of rows this copy never had are news for a third copy.
    conn.execute("INSERT OR IGNORE INTO main.sync_tomb SELECT * FROM theirs.sync_tomb")
    for table in tables:
        _names, keys = columns_of(conn, table)
        key = "json_array(" + ", ".join(f'"{k}"' for k in keys) + ")"
        conn.execute(f"DELETE FROM main.sync_tomb WHERE table_name = ? AND row_key IN "
                     f'(SELECT {key} FROM main."{table}")', (table,))
    conn.execute("UPDATE main.sync_self SET merging = 0")
    _renumber(conn, result)  # as local edits: the new numbers get dots of their own
    conn.execute("UPDATE main.sync_self SET merging = 1")
    for copy, counter in clock.theirs.items():
        conn.execute("INSERT INTO main.sync_seen VALUES (?, ?) ON CONFLICT (copy_id) DO UPDATE "
                     "SET counter = max(counter, excluded.counter)", (copy, counter))
    return result


def _edit_against_delete(row_side_seen: Any, tomb_side_seen: Any, row_dots: list[Dot],
                         tomb: Dot) -> bool | None:
    """True: the row stays (its side saw the delete and wrote after); False: the delete
    wins (its side saw every write of the row); None: neither saw the other, a conflict.
    `tomb_side_seen(dot)`: has the deleting copy seen this write of the row?"""
    delete_saw_row = all(tomb_side_seen(d) for d in row_dots)
    row_saw_delete = row_side_seen(tomb)
    if delete_saw_row:
        return False  # also when both saw each other: the delete wins on every copy alike
    if row_saw_delete:
        return True
    return None


class _TableMerge:
    """One table of the merge: its rows' dots on both sides and the writes to MINE."""

    def __init__(self, conn: sqlite3.Connection, table: str, keys: list[str],
                 dots: tuple[Dots, Dots], clock: _Clock) -> None:
        self.conn, self.table, self.keys, self.clock = conn, table, keys, clock
        self.mine, self.theirs = dots

    def insert(self, row: dict[str, Any], key: str, *, fresh: bool = False) -> None:
        cols = ", ".join(f'"{c}"' for c in row)
        self.conn.execute(
            f'INSERT INTO main."{self.table}" ({cols}) VALUES ({", ".join("?" * len(row))})',
            list(row.values()))
        for column, dot in self.theirs.get(key, {}).items():
            self.set_dot(key, column, dot)
        if fresh:  # restored against a delete: newer than that delete for every copy
            self.set_dot(key, "", self.clock.fresh())

    def set_dot(self, key: str, column: str, dot: Dot) -> None:
        self.conn.execute("INSERT OR REPLACE INTO main.sync_dot VALUES (?, ?, ?, ?, ?)",
                          (self.table, key, column, *dot))

    def update(self, key: str, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        where = " AND ".join(f'"{k}" IS ?' for k in self.keys)
        self.conn.execute(f'UPDATE main."{self.table}" SET {sets} WHERE {where}',
                          [*changes.values(), *json.loads(key)])


def _report_cascades(conn: sqlite3.Connection, before: dict[str, tuple[list[str], RowMap]],
                     planned: set[tuple[str, str]], result: MergeResult) -> None:
    """Rows of MINE that a delete took along (ON DELETE CASCADE) are reported, never silent."""
    for table, (keys, rows) in before.items():
        now = set(_rows(conn, "main", table, keys))
        for key, row in rows.items():
            if key not in now and (table, key) not in planned:
                result.conflicts.append(
                    Conflict(table, key, "edit_delete", None, _content(row), None, None))


def _drop_orphans(conn: sqlite3.Connection, result: MergeResult) -> None:
    """A row that arrived under a parent deleted here cannot stay: it is dropped, reported."""
    for _round in range(50):
        broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, _fk in broken:
            _names, keys = columns_of(conn, table)
            row = conn.execute(f'SELECT * FROM main."{table}" WHERE rowid = ?', (rowid,))
            names = [d[0] for d in row.description]
            found = row.fetchone()
            if found is None:
                continue
            values = dict(zip(names, found, strict=True))
            key = json.dumps([values[k] for k in keys], separators=(",", ":"))
            conn.execute(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))
            result.conflicts.append(
                Conflict(table, key, "delete_edit", None, None, _content(values), None))
            result.merged = [m for m in result.merged if m[:2] != (table, key)]


def _merge_row(where: _TableMerge, key: str, sides: tuple[dict[str, Any], dict[str, Any]], *,
               resolve: dict[str, Choice], prefer: Choice, result: MergeResult) -> None:
    """Field by field, by who has seen whose write (see the module's docstring)."""
    m, t = sides
    clock = where.clock
    same_dots = where.mine.get(key) == where.theirs.get(key)
    if _content(m) == _content(t):
        if "revision" in m and (m["revision"], str(m["updated_at"])) < (
                t["revision"], str(t["updated_at"])):  # same content, newer bookkeeping
            where.update(key, {"revision": t["revision"], "updated_at": t["updated_at"]})
        if same_dots:
            return
    changes: dict[str, Any] = {}
    for col, mine in m.items():
        if col in BOOKKEEPING or col in where.keys:
            continue
        theirs = t[col]
        dm, dt = _dot(where.mine, key, col), _dot(where.theirs, key, col)
        if mine == theirs and dm == dt:
            continue
        they_saw, i_saw = clock.seen_by_them(dm), clock.seen_by_me(dt)
        if mine == theirs or (they_saw and i_saw):
            if _order(dt) > _order(dm) or (dt == dm and repr(theirs) > repr(mine)):
                where.set_dot(key, col, dt)  # settled on both sides: one answer for all
                if mine != theirs:
                    changes[col] = theirs
        elif i_saw:
            continue
        elif they_saw:
            changes[col] = theirs
            where.set_dot(key, col, dt)
        else:
            c = Conflict(where.table, key, "field", col, mine, theirs, None)
            result.conflicts.append(c)
            choice = resolve.get(c.ident, prefer)
            if choice == "theirs":
                changes[col] = theirs
                where.set_dot(key, col, dt)
            elif choice == "both" and isinstance(mine, str) and isinstance(theirs, str):
                changes[col] = f"{mine}\n\n{theirs}"
                where.set_dot(key, col, clock.fresh())
    if not changes:
        return
    if all(changes.get(c, m[c]) == t[c] for c in m if c not in BOOKKEEPING):
        changes["revision"], changes["updated_at"] = t["revision"], t["updated_at"]
    elif "revision" in m:
        changes["revision"] = max(m["revision"], t["revision"]) + 1
        changes["updated_at"] = max(str(m["updated_at"]), str(t["updated_at"]))
    where.update(key, changes)
    result.merged.append((where.table, key, "bijgewerkt: " + ", ".join(
        c for c in changes if c not in BOOKKEEPING)))


_NUMBERED = (("decision", "number", "NULL"), ("goal", "code", "theme_id"))


def _renumber(conn: sqlite3.Connection, result: MergeResult) -> None:
    """A number given out on both copies offline: the copy merged in gets the next free one.

    Only pairs where one row arrived in this merge count; duplicates the workspace already
    had (codes repeat across themes in some regions) are left alone.
    """
    new_ids = {json.loads(k)[0] for t, k, w in result.merged if w == "nieuw"}
    for table, column, scope in _NUMBERED:
        rows = conn.execute(
            f'SELECT id, "{column}", {scope} FROM main."{table}" WHERE "{column}" IS NOT NULL '
            "ORDER BY created_at, id").fetchall()
        taken: dict[Any, set[str]] = {}
        for _id, value, group in rows:
            taken.setdefault(group, set()).add(value)
        seen: dict[tuple[Any, str], str] = {}
        for row_id, value, group in rows:
            first = seen.setdefault((group, value), row_id)
            if first == row_id or (row_id not in new_ids and first not in new_ids):
                continue
            loser = row_id if row_id in new_ids else first
            seen[(group, value)] = first if loser == row_id else row_id
            fresh = _next_free(value, taken[group])
            taken[group].add(fresh)
            conn.execute(f'UPDATE main."{table}" SET "{column}" = ?, revision = revision + 1 '
                         "WHERE id = ?", (fresh, loser))
            label = "Besluit" if table == "decision" else "Doel"
            result.renumbered.append(
                f"{label} {value} was offline twee keer uitgegeven; het binnengekomen "
                f"exemplaar heet nu {fresh}.")


def _next_free(value: str, taken: set[str]) -> str:
    match = re.search(r"(\d+)(?!.*\d)", value)
    if match is None:
        n = 2
        while f"{value}-{n}" in taken:
            n += 1
        return f"{value}-{n}"
    start, end = match.span(1)
    width, number = end - start, int(match.group(1))
    while True:
        number += 1
        candidate = f"{value[:start]}{number:0{width}d}{value[end:]}"
        if candidate not in taken:
            return candidate


def quick_check_ok(path: Path) -> bool:
    """Pages and indexes sound. Not the foreign-key check of opening a workspace: a changes
    file holds only some rows, so its references may point at rows it does not carry."""
    from zorgdesk.store.schema import sqlite_uri

    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False
