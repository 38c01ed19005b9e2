"""Changes files for e-mail: a sparse copy of the workspace with only what a peer has not seen.

A changes file is an ordinary workspace file (same header, same schema) holding the rows
touched since the last exchange with that peer, the tombstones of rows deleted since, and the
workspace row (so another workspace's file is recognised). Because absent rows without a
tombstone mean "not changed", the same three-way merge applies it: no second code path.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.capture import captured_tables, columns_of, drop_capture, install_capture
from zorgdesk.store.schema import sqlite_uri

FORMAT = 1


def peer_seq(conn: sqlite3.Connection, peer: str) -> int:
    row = conn.execute("SELECT last_seq FROM sync_peer WHERE name = ?", (peer,)).fetchone()
    return int(row[0]) if row else 0


def write_changes(workspace: Path, out: Path, peer: str) -> int:
    """Write what changed since the last exchange with `peer`; returns the rows written.

    The first exchange with a peer sends everything (rows made before the "sync" migration
    carry no sequence number).
    """
    workspace, out = Path(workspace), Path(out)
    src = sqlite3.connect(sqlite_uri(workspace, "rw"), uri=True, isolation_level=None)
    try:
        install_capture(src)
        since = peer_seq(src, peer)
        upto = int(src.execute("SELECT coalesce(max(seq), 0) FROM sync_touched").fetchone()[0])
        with atomic_path(out) as tmp:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(dst)
                rows = _thin(dst, since)
                sender = str(src.execute("SELECT sender FROM sync_self").fetchone()[0])
                dst.execute("CREATE TABLE sync_changes (format INTEGER, peer TEXT, since INTEGER, "
                            "upto INTEGER, made_at TEXT, sender TEXT)")
                dst.execute("INSERT INTO sync_changes VALUES (?, ?, ?, ?, ?, ?)",
                            (FORMAT, peer, since, upto, datetime.now(UTC).isoformat(), sender))
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.execute("VACUUM")
            finally:
                dst.close()
        src.execute("INSERT OR REPLACE INTO sync_peer VALUES (?, ?, ?)",
                    (peer, upto, datetime.now(UTC).isoformat()))
    finally:
        src.close()
    return rows


def _thin(conn: sqlite3.Connection, since: int) -> int:
    """Keep only rows touched after `since` (and the workspace row, and tombstones)."""
    conn.execute("PRAGMA foreign_keys=OFF")
    drop_capture(conn)
    conn.execute("BEGIN")
    kept = 0
    for table in captured_tables(conn):
        _names, keys = columns_of(conn, table)
        key = "json_array(" + ", ".join(f'"{k}"' for k in keys) + ")"
        if since and table != "workspace":
            conn.execute(
                f'DELETE FROM "{table}" WHERE {key} NOT IN (SELECT row_key FROM sync_touched '
                "WHERE table_name = ? AND seq > ?)", (table, since))
        kept += int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    if since:  # the dots of the rows sent, and the tombstones since, travel along
        touched = "(SELECT table_name, row_key FROM sync_touched WHERE seq > ?)"
        conn.execute(f"DELETE FROM sync_dot WHERE (table_name, row_key) NOT IN {touched}",
                     (since,))
        conn.execute(f"DELETE FROM sync_tomb WHERE (table_name, row_key) NOT IN {touched}",
                     (since,))
    conn.execute("DELETE FROM sync_base")
    conn.execute("DELETE FROM sync_origin")
    conn.execute("DELETE FROM sync_touched")
    conn.execute("DELETE FROM sync_peer")
    conn.execute("COMMIT")
    return kept


def is_changes_file(conn: sqlite3.Connection, schema: str = "main") -> bool:
    return conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE name = 'sync_changes'").fetchone() is not None


def check_not_older(conn: sqlite3.Connection, name: str) -> tuple[str, int] | None:
    """Refuse a changes file older than one already applied from the same sender.

    The same file again is fine (the merge makes it a no-op). An older one would change
    nothing either (this copy has seen every write in it), but applying it would say so
    less clearly than this refusal. A copy of the sender's file has the same sender name;
    a file that brings anything this copy has not seen is therefore never refused.
    Returns the (sender, upto) to record afterwards.
    """
    from zorgdesk.store.capture import seen_vector
    from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError

    if not is_changes_file(conn, "theirs"):
        return None
    sender, upto = conn.execute("SELECT sender, upto FROM theirs.sync_changes").fetchone()
    seen = peer_seq(conn, f"van:{sender}")
    mine = seen_vector(conn, "main")
    news = any(n > mine.get(c, 0) for c, n in seen_vector(conn, "theirs").items())
    if int(upto) < seen and not news:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is ouder dan een wijzigingenbestand van dezelfde afzender dat "
            "hier al is verwerkt; het wordt niet toegepast. Er is niets gewijzigd."), name=name)
    return str(sender), int(upto)


def record_received(conn: sqlite3.Connection, received: tuple[str, int]) -> None:
    conn.execute("INSERT OR REPLACE INTO main.sync_peer VALUES (?, ?, ?)",
                 (f"van:{received[0]}", received[1], datetime.now(UTC).isoformat()))
