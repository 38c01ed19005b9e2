"""Three-way, field-level merge of another copy (THEIRS) into this one (MINE).

The ancestor of a row is its base (store/capture.py): the row as it was at the last state
both copies shared. Of the two copies' bases the one with the higher revision is the newer
common state. Per field: equal on both sides, or changed on one side only, merges by itself;
changed differently on both sides is a conflict, as is an edit against a delete. The merge
runs in one SQLite transaction on MINE; THEIRS is only read.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from zorgdesk.store.capture import captured_tables, columns_of, install_capture, json_safe
from zorgdesk.store.changes_file import check_not_older, record_received
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError
from zorgdesk.store.schema import read_facts, sqlite_uri

BOOKKEEPING = frozenset({"updated_at", "revision", "changed_by"})
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
    base: Any

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


Bases = dict[tuple[str, str], tuple[int, dict[str, Any]]]


def _bases(conn: sqlite3.Connection, schema: str) -> Bases:
    return {(t, k): (rev, json.loads(v)) for t, k, rev, v in conn.execute(
        f"SELECT table_name, row_key, revision, row_values FROM {schema}.sync_base")}


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
                    "Er is niets gewijzigd."), name=theirs.name)
            install_capture(conn)
            received = check_not_older(conn, theirs.name)
            conn.execute("PRAGMA defer_foreign_keys=ON")
            result = _merge(conn, resolve or {}, prefer)
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
            "Technische reden: {reason}"), name=theirs.name, reason=str(exc)) from exc
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
    base_mine, base_theirs = _bases(conn, "main"), _bases(conn, "theirs")
    tables = _ordered_tables(conn)
    deletes: list[tuple[str, list[str], str, dict[str, Any]]] = []
    before: dict[str, tuple[list[str], RowMap]] = {}
    for table in tables:
        _names, keys = columns_of(conn, table)
        mine, theirs = _rows(conn, "main", table, keys), _rows(conn, "theirs", table, keys)
        before[table] = (keys, mine)
        for key in sorted(set(mine) | set(theirs)):
            a, b = base_mine.get((table, key)), base_theirs.get((table, key))
            anc = max((x for x in (a, b) if x is not None), key=lambda x: x[0], default=None)
            base = anc[1] if anc else None
            m, t = mine.get(key), theirs.get(key)
            if m is not None and t is not None:
                _merge_row(conn, (table, keys, key), (m, t, base),
                           resolve=resolve, prefer=prefer, result=result)
            elif t is not None:  # only theirs has it: new there, or deleted here
                if a is None:
                    _insert(conn, table, t)
                    result.merged.append((table, key, "nieuw"))
                elif _content(t) == _content(a[1]):
                    continue  # deleted here, untouched there: stays deleted (tombstone)
                else:
                    c = Conflict(table, key, "delete_edit", None, None, _content(t), None)
                    result.conflicts.append(c)
                    if resolve.get(c.ident, prefer) != "mine":
                        _insert(conn, table, t)
                        result.merged.append((table, key, "teruggezet"))
            elif m is not None and b is not None:  # deleted there
                if _content(m) == _content(b[1]):
                    deletes.append((table, keys, key, m))
                else:
                    c = Conflict(table, key, "edit_delete", None, _content(m), None, None)
                    result.conflicts.append(c)
                    if resolve.get(c.ident, prefer) == "theirs":
                        deletes.append((table, keys, key, m))
    for table, keys, key, _row in reversed(deletes):
        where = " AND ".join(f'"{k}" IS ?' for k in keys)
        conn.execute(f'DELETE FROM main."{table}" WHERE {where}', json.loads(key))
        result.merged.append((table, key, "verwijderd"))
    _report_cascades(conn, before, {(t, k) for t, _keys, k, _r in deletes}, result)
    _drop_orphans(conn, result)
    _renumber(conn, result)
    _record_common_state(conn, tables)
    return result


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


def _merge_row(conn: sqlite3.Connection, where_row: tuple[str, list[str], str],
               sides: tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None],
               *, resolve: dict[str, Choice], prefer: Choice, result: MergeResult) -> None:
    """Field by field; without a known ancestor every difference is a conflict."""
    table, keys, key = where_row
    m, t, base = sides
    if _content(m) == _content(t):
        if "revision" in m and (m["revision"], str(m["updated_at"])) < (
                t["revision"], str(t["updated_at"])):  # same content, newer bookkeeping
            conn.execute(
                f'UPDATE main."{table}" SET revision = ?, updated_at = ? WHERE id = ?',
                (t["revision"], t["updated_at"], m["id"]))
        return
    changes: dict[str, Any] = {}
    for col, mine in m.items():
        theirs = t[col]
        if col in BOOKKEEPING or mine == theirs:
            continue
        anc = base.get(col) if base is not None else None
        if base is not None and mine == anc:
            changes[col] = theirs
        elif base is not None and theirs == anc:
            continue
        else:
            c = Conflict(table, key, "field", col, mine, theirs, anc)
            result.conflicts.append(c)
            choice = resolve.get(c.ident, prefer)
            if choice == "theirs":
                changes[col] = theirs
            elif choice == "both" and isinstance(mine, str) and isinstance(theirs, str):
                changes[col] = f"{mine}\n\n{theirs}"
    if not changes:
        return
    if all(changes.get(c, m[c]) == t[c] for c in m if c not in BOOKKEEPING):
        changes["revision"], changes["updated_at"] = t["revision"], t["updated_at"]
    elif "revision" in m:
        changes["revision"] = max(m["revision"], t["revision"]) + 1
        changes["updated_at"] = max(str(m["updated_at"]), str(t["updated_at"]))
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    where = " AND ".join(f'"{k}" IS ?' for k in keys)
    conn.execute(f'UPDATE main."{table}" SET {sets} WHERE {where}',
                 [*changes.values(), *json.loads(key)])
    result.merged.append((table, key, "bijgewerkt: " + ", ".join(
        c for c in changes if c not in BOOKKEEPING)))


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(f'"{c}"' for c in row)
    conn.execute(f'INSERT INTO main."{table}" ({cols}) VALUES ({", ".join("?" * len(row))})',
                 list(row.values()))


def _record_common_state(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Every row THEIRS has now is a state both copies have seen: it becomes the base.

    Only for rows that have a base on either side: a row changed on neither side needs none
    (equal on both), and so the base table stays the size of what changed, not of the file.
    """
    for table in tables:
        names, keys = columns_of(conn, table)
        key = "json_array(" + ", ".join(f't."{k}"' for k in keys) + ")"
        values = "json_object(" + ", ".join(f"'{n}', {json_safe(f't.\"{n}\"')}"
                                            for n in names) + ")"
        revision = 't."revision"' if "revision" in names else "0"
        conn.execute(
            f"INSERT INTO main.sync_base SELECT '{table}', {key}, {revision}, "
            f'{values} FROM theirs."{table}" AS t WHERE {key} IN (SELECT row_key FROM '
            "main.sync_base WHERE table_name = ? UNION SELECT row_key FROM theirs.sync_base "
            "WHERE table_name = ?) "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET revision = excluded.revision, "
            "row_values = excluded.row_values", (table, table))
    # Tombstones THEIRS keeps are common knowledge too.
    conn.execute(
        "INSERT OR IGNORE INTO main.sync_base SELECT * FROM theirs.sync_base")


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
