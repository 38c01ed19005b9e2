"""Change capture for merging copies: who wrote each field, and what each copy has seen.

Every write stamps the fields it changed with a *dot*: (copy, counter), the writing
copy's id and its next counter (`sync_dot`). A field without a dot of its own has its row's
(column ''), and a row without one the dot every copy has seen: rows are made without
dots, so a new file carries none and a changed one only as many as it has edits. Every
copy keeps a *seen vector*: per copy id the highest counter whose writes it holds
(`sync_seen`, plus its own counter in `sync_self`). A merge then needs no common ancestor:
a field whose dot the other copy has seen was overwritten there knowingly; a field whose
dot neither copy has seen of the other's is a conflict. That holds for any number of
copies merged in any order (a per-row base only works between two). A deleted row leaves
a tombstone with the delete's dot (`sync_tomb`).

The copy id changes on every opening for writing (`new_epoch`), so a file copied by a file
manager, e-mailed or restored from a backup never writes dots under another file's name.

Triggers, not ORM events, because they see every write: ORM sessions, Core statements of
undo, and rows removed by ON DELETE CASCADE, which no ORM event reports. While a merge
writes (`sync_self.merging = 1`) the merge sets the dots itself.

`sync_base` keeps, only in a copy taken offline from a server (`sync_origin`), each row as
it was at the last synchronisation: the server is one peer, so the two-party base is exact.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

SYNC_TABLES = frozenset({"sync_base", "sync_touched", "sync_peer", "sync_changes",
                         "sync_self", "sync_dot", "sync_seen", "sync_tomb", "sync_origin"})
SKIP_TABLES = SYNC_TABLES | {"alembic_version"}
BOOKKEEPING = frozenset({"updated_at", "revision", "changed_by"})
ANCIENT = ("", 0)  # the dot of a value older than capture: every copy has seen it


def captured_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name") if r[0] not in SKIP_TABLES]


def columns_of(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """All column names and the primary-key column names, in key order."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    names = [r[1] for r in info]
    keys = [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    return names, keys


def _create_tables(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_base (table_name VARCHAR(60) NOT NULL, "
        "row_key VARCHAR(120) NOT NULL, revision INTEGER NOT NULL, row_values TEXT NOT NULL, "
        "CONSTRAINT pk_sync_base PRIMARY KEY (table_name, row_key))")
    # Which rows changed when, by a local sequence number: what a changes file for a peer
    # holds is every row touched after the number that peer last received.
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_touched (table_name VARCHAR(60) NOT NULL, "
        "row_key VARCHAR(120) NOT NULL, seq INTEGER NOT NULL, "
        "CONSTRAINT pk_sync_touched PRIMARY KEY (table_name, row_key))")
    conn.execute("CREATE INDEX IF NOT EXISTS ix_sync_touched_seq ON sync_touched (seq)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_peer (name VARCHAR(200) NOT NULL PRIMARY KEY, "
        "last_seq INTEGER NOT NULL, exchanged_at VARCHAR(32) NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS sync_self (copy_id VARCHAR(36) NOT NULL)")
    have = {r[1] for r in conn.execute("PRAGMA table_info(sync_self)")}
    for column in ("counter", "merging"):
        if column not in have:
            conn.execute(f"ALTER TABLE sync_self ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    if "sender" not in have:  # the name on changes files: stays when the copy id turns
        conn.execute("ALTER TABLE sync_self ADD COLUMN sender VARCHAR(36) NOT NULL DEFAULT ''")
        conn.execute("UPDATE sync_self SET sender = copy_id")
    if conn.execute("SELECT count(*) FROM sync_self").fetchone()[0] == 0:
        first = str(uuid.uuid4())
        conn.execute("INSERT INTO sync_self (copy_id, sender) VALUES (?, ?)", (first, first))
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_dot (table_name VARCHAR(60) NOT NULL, "
        "row_key VARCHAR(120) NOT NULL, column_name VARCHAR(60) NOT NULL, "
        "copy_id VARCHAR(36) NOT NULL, counter INTEGER NOT NULL, "
        "CONSTRAINT pk_sync_dot PRIMARY KEY (table_name, row_key, column_name))")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_seen (copy_id VARCHAR(36) NOT NULL PRIMARY KEY, "
        "counter INTEGER NOT NULL)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_tomb (table_name VARCHAR(60) NOT NULL, "
        "row_key VARCHAR(120) NOT NULL, copy_id VARCHAR(36) NOT NULL, "
        "counter INTEGER NOT NULL, CONSTRAINT pk_sync_tomb PRIMARY KEY (table_name, row_key))")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_origin (url TEXT NOT NULL, seen TEXT NOT NULL, "
        "synced_at VARCHAR(32) NOT NULL)")


def install_capture(conn: sqlite3.Connection) -> None:
    """(Re)create the capture tables and their triggers on every table; idempotent.

    Called by the "sync" migration, by `create_schema` and before every merge, so tables
    added by later migrations are covered too.
    """
    had_dots = has_dots(conn)
    _create_tables(conn)
    if not had_dots:
        # Copies of one older file share its id: what each changed becomes dots of its own.
        new_epoch(conn)
        _dots_from_bases(conn)
    drop_capture(conn)
    touch_seq = "(SELECT coalesce(max(seq), 0) + 1 FROM sync_touched)"
    local = "(SELECT merging FROM sync_self) = 0"
    bump = "UPDATE sync_self SET counter = counter + 1; "
    for table in captured_tables(conn):
        names, keys = columns_of(conn, table)
        new_key = "json_array(" + ", ".join(f'NEW."{k}"' for k in keys) + ")"
        old_key = "json_array(" + ", ".join(f'OLD."{k}"' for k in keys) + ")"
        values = "json_object(" + ", ".join(f"'{n}', {json_safe(f'OLD.\"{n}\"')}"
                                            for n in names) + ")"
        revision = 'OLD."revision"' if "revision" in names else "0"
        touched = ("INSERT INTO sync_touched VALUES ('{t}', {k}, " + touch_seq + ") "
                   "ON CONFLICT (table_name, row_key) DO UPDATE SET seq = excluded.seq; ")
        base = (f"INSERT INTO sync_base SELECT '{table}', {old_key}, {revision}, {values} "
                "WHERE EXISTS (SELECT 1 FROM sync_origin) ON CONFLICT DO NOTHING; ")
        fields = "".join(
            f"INSERT INTO sync_dot SELECT '{table}', {new_key}, '{n}', copy_id, counter "
            f'FROM sync_self WHERE OLD."{n}" IS NOT NEW."{n}" ON CONFLICT DO UPDATE SET '
            "copy_id = excluded.copy_id, counter = excluded.counter; "
            for n in names if n not in BOOKKEEPING and n not in keys)
        tomb = (f"SELECT 1 FROM sync_tomb WHERE table_name = '{table}' AND row_key = {{k}}")
        bodies = {
            # A new row needs no dot (no copy can have seen it deleted); a row put back
            # where a tombstone lies (undo of a delete) gets one: newer than that delete.
            "insert": ("AFTER INSERT", touched.format(t=table, k=new_key)
                       + f"UPDATE sync_self SET counter = counter + 1 WHERE merging = 0 "
                         f"AND EXISTS ({tomb.format(k=new_key)}); "
                       + f"INSERT OR REPLACE INTO sync_dot SELECT '{table}', {new_key}, '', "
                         f"copy_id, counter FROM sync_self WHERE merging = 0 "
                         f"AND EXISTS ({tomb.format(k=new_key)}); "
                       + f"DELETE FROM sync_tomb WHERE table_name = '{table}' "
                         f"AND row_key = {new_key}; "
                       # made since the last synchronisation with the server: not a row
                       # the server deleted when the server does not have it
                       + f"INSERT INTO sync_base SELECT '{table}', {new_key}, -1, 'null' "
                         "WHERE EXISTS (SELECT 1 FROM sync_origin) ON CONFLICT DO NOTHING; "),
            "update": ("BEFORE UPDATE", base + touched.format(t=table, k=old_key)),
            "update_dot": ("AFTER UPDATE", bump + fields),
            "delete": ("BEFORE DELETE", base + touched.format(t=table, k=old_key)
                       + f"DELETE FROM sync_dot WHERE table_name = '{table}' "
                         f"AND row_key = {old_key}; "
                       # a merge writes the delete's true dot afterwards; a cascade it
                       # did not plan keeps the old one: everyone has seen that delete
                       + f"INSERT OR REPLACE INTO sync_tomb SELECT '{table}', {old_key}, "
                         f"CASE WHEN merging = 0 THEN copy_id ELSE '' END, "
                         f"CASE WHEN merging = 0 THEN counter + 1 ELSE 0 END FROM sync_self; "
                       + "UPDATE sync_self SET counter = counter + 1 WHERE merging = 0; "),
        }
        for event, (when, body) in bodies.items():
            only = f" WHEN {local}" if event.endswith("_dot") else ""
            conn.execute(f'CREATE TRIGGER "sync_{event}_{table}" {when} ON "{table}"{only} '
                         f"BEGIN {body}END")


def _dots_from_bases(conn: sqlite3.Connection) -> None:
    """A file merged before dots kept, per row changed since its last merge, the row as it
    was (`sync_base`): its changed fields get a dot of their own, its deleted rows a
    tombstone, so no edit of that time is taken for one every copy has seen."""
    import json

    if conn.execute("SELECT 1 FROM sync_origin").fetchone() is not None:
        return
    me = str(conn.execute("SELECT copy_id FROM sync_self").fetchone()[0])
    counter = int(conn.execute("SELECT counter FROM sync_self").fetchone()[0])
    for table in captured_tables(conn):
        names, keys = columns_of(conn, table)
        key = "json_array(" + ", ".join(f'"{k}"' for k in keys) + ")"
        row_json = "json_object(" + ", ".join(
            f"'{n}', " + json_safe('"' + n + '"') for n in names) + ")"
        rows = {str(k): v for k, v in conn.execute(f'SELECT {key}, {row_json} FROM "{table}"')}
        for row_key, values in conn.execute(
                "SELECT row_key, row_values FROM sync_base WHERE table_name = ?",
                (table,)).fetchall():
            counter += 1
            if row_key not in rows:
                conn.execute("INSERT OR IGNORE INTO sync_tomb VALUES (?, ?, ?, ?)",
                             (table, row_key, me, counter))
                continue
            now, then = json.loads(rows[row_key]), json.loads(values)
            for column in names:
                if column not in BOOKKEEPING and now.get(column) != then.get(column):
                    conn.execute("INSERT OR REPLACE INTO sync_dot VALUES (?, ?, ?, ?, ?)",
                                 (table, row_key, column, me, counter))
    conn.execute("UPDATE sync_self SET counter = ?", (counter,))
    conn.execute("DELETE FROM sync_base")


def has_dots(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'sync_dot'").fetchone() is not None


def new_epoch(conn: sqlite3.Connection) -> None:
    """This opening writes under a new copy id; what the old id wrote counts as seen."""
    if not has_dots(conn):
        return  # a file from before the dots: install_capture makes them on its upgrade
    conn.execute("INSERT INTO sync_seen SELECT copy_id, counter FROM sync_self WHERE counter > 0 "
                 "ON CONFLICT (copy_id) DO UPDATE SET counter = max(counter, excluded.counter)")
    conn.execute("UPDATE sync_self SET copy_id = ?, counter = 0, merging = 0",
                 (str(uuid.uuid4()),))


def seen_vector(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    seen = {str(c): int(n) for c, n in conn.execute(f"SELECT * FROM {schema}.sync_seen")}
    me, counter = conn.execute(f"SELECT copy_id, counter FROM {schema}.sync_self").fetchone()
    seen[str(me)] = max(seen.get(str(me), 0), int(counter))
    return seen


BOOKKEEPING_TABLES = ("sync_dot", "sync_seen", "sync_tomb")


def read_bookkeeping(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Who wrote what and who saw what, as it is now (only edits: small)."""
    from zorgdesk.store.schema import sqlite_uri

    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in BOOKKEEPING_TABLES}
    finally:
        conn.close()


def write_bookkeeping(path: Path, book: dict[str, list[tuple[Any, ...]]]) -> None:
    """Put the bookkeeping back as `read_bookkeeping` read it, in one transaction. The
    counter stays: a dot once handed out is never handed out again."""
    from zorgdesk.store.schema import sqlite_uri

    conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in BOOKKEEPING_TABLES:
                conn.execute(f"DELETE FROM {table}")
                for row in book.get(table, []):
                    conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})",
                                 row)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def json_safe(expr: str) -> str:
    """JSON holds no BLOB: bytes go in as 'x:' + hex, the form `blob_text` gives them."""
    return f"CASE WHEN typeof({expr}) = 'blob' THEN 'x:' || hex({expr}) ELSE {expr} END"


def drop_capture(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync\\_%' "
            "ESCAPE '\\'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
