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

    return engine
