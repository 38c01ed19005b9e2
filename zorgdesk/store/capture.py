"""Change capture for merging copies: a per-row base in `sync_base`, kept by SQLite triggers.

Triggers, not ORM events, because they see every write: ORM sessions, Core statements of
undo, and rows removed by ON DELETE CASCADE, which no ORM event reports. The first update or
delete of a row after the last common state with a peer stores the row as it was (its base);
later writes keep that base. A deleted row whose base remains is the tombstone.
"""

from __future__ import annotations

import sqlite3

SYNC_TABLES = frozenset({"sync_base", "sync_touched", "sync_peer", "sync_changes",
                         "sync_self"})
SKIP_TABLES = SYNC_TABLES | {"alembic_version"}


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


def install_capture(conn: sqlite3.Connection) -> None:
    """(Re)create the base table and its triggers on every table; idempotent.

    Called by the "sync" migration, by `create_schema` and before every merge, so tables
    added by later migrations are covered too.
    """
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
    if conn.execute("SELECT count(*) FROM sync_self").fetchone()[0] == 0:
        import uuid

        conn.execute("INSERT INTO sync_self VALUES (?)", (str(uuid.uuid4()),))
    touch_seq = "(SELECT coalesce(max(seq), 0) + 1 FROM sync_touched)"
    for table in captured_tables(conn):
        names, keys = columns_of(conn, table)
        values = "json_object(" + ", ".join(f"'{n}', {json_safe(f'OLD.\"{n}\"')}"
                                            for n in names) + ")"
        revision = 'OLD."revision"' if "revision" in names else "0"
        for event in ("UPDATE", "DELETE", "INSERT"):
            row = "NEW" if event == "INSERT" else "OLD"
            key = "json_array(" + ", ".join(f'{row}."{k}"' for k in keys) + ")"
            base = ("" if event == "INSERT" else
                    f"INSERT INTO sync_base VALUES "
                    f"('{table}', {key}, {revision}, {values}) ON CONFLICT DO NOTHING; ")
            name = f"sync_base_{table}_{event.lower()}"
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(
                f'CREATE TRIGGER "{name}" {"AFTER" if event == "INSERT" else "BEFORE"} '
                f'{event} ON "{table}" BEGIN {base}'
                f"INSERT INTO sync_touched VALUES ('{table}', {key}, {touch_seq}) "
                "ON CONFLICT (table_name, row_key) DO UPDATE SET seq = excluded.seq; "
                "END")


def json_safe(expr: str) -> str:
    """JSON holds no BLOB: bytes go in as 'x:' + hex, the form `blob_text` gives them."""
    return f"CASE WHEN typeof({expr}) = 'blob' THEN 'x:' || hex({expr}) ELSE {expr} END"


def drop_capture(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync_base_%'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
