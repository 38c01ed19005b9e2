"""Reading a workspace without changing a single byte of it (report, info, export, ical).

The ordinary engine switches a file to WAL and so bumps its change counter; a reader must
not. A read-only engine connects with `mode=ro` and `query_only`. When this process holds
the workspace lock (nobody else can write) and no -wal or -journal lies beside the file, it
reads the file as immutable: no -wal/-shm files appear, also not in a read-only folder.
A file older than the app is never migrated by a reader: it reads a migrated copy in a
temporary folder, and the file itself waits for the app to open it for editing.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.store.schema import sqlite_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine


def connect_readonly(path: Path, *, immutable: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True,
                           check_same_thread=False)
    conn.isolation_level = None
    conn.execute("PRAGMA query_only=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def make_readonly_engine(path: Path, *, immutable: bool) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine("sqlite://", poolclass=NullPool,
                           creator=lambda: connect_readonly(path, immutable=immutable))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def migrated_copy(path: Path, from_version: int) -> tuple[Path, Path]:
    """(copy, its folder): `path` copied to a temporary folder and brought to head there."""
    from zorgdesk.store.backup import copy_database
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.migrate import upgrade_to_head
    from zorgdesk.store.workspace_store import finalize_file

    folder = Path(tempfile.mkdtemp(prefix="zorgdesk-lezen-"))
    try:
        copy = copy_database(path, folder / path.name)
        engine = make_engine(copy)
        try:
            upgrade_to_head(engine, from_version, file_name=path.name)
        finally:
            engine.dispose()
        finalize_file(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy, folder
