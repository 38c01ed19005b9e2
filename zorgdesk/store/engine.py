"""SQLAlchemy engine for one workspace file, with the pragmas every connection needs.

WAL with synchronous=FULL: an acknowledged commit survives a power cut; foreign keys on; a busy
timeout so a reader never fails at once. The pysqlite recipe makes BEGIN explicit so that DDL
inside a migration rolls back with everything else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    # A URL object, not a string: a '?' or '#' in a file name must not become URL syntax.
    engine = create_engine(
        URL.create("sqlite", database=str(Path(path))),
        poolclass=NullPool,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    _new_epoch_on_first_write(engine)
    return engine


def _new_epoch_on_first_write(engine: Engine) -> None:
    """The first write of this opening goes under a new copy id (store/capture.py), so a
    copied or restored file never stamps dots under its origin's id. Not on opening: a
    workspace that is only read stays untouched."""
    state = ["none"]  # none -> pending (in the open transaction) -> kept (committed)

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if state[0] == "none" and statement.lstrip()[:6].upper() in (
                "INSERT", "UPDATE", "DELETE"):
            from zorgdesk.store.capture import has_dots, install_capture, new_epoch

            state[0] = "pending"
            dbapi = conn.connection.dbapi_connection
            if not has_dots(dbapi):  # a file of an earlier version: this version's capture
                install_capture(dbapi)
            new_epoch(dbapi)

    @event.listens_for(engine, "commit")
    def _on_commit(_conn: Any) -> None:
        if state[0] == "pending":
            state[0] = "kept"

    @event.listens_for(engine, "rollback")
    def _on_rollback(_conn: Any) -> None:
        if state[0] == "pending":
            state[0] = "none"  # the new id went with the transaction
