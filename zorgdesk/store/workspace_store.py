"""Open, create and close one workspace file; the only place that turns a path into a Session."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.backup import make_backup
from zorgdesk.store.engine import make_engine
from zorgdesk.store.errors import StoreError
from zorgdesk.store.migrate import create_schema, upgrade_to_head
from zorgdesk.store.schema import HEAD_VERSION, read_facts


class Store:
    """An open workspace. Sessions are short-lived: one per use case, never shared by threads."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = Path(path)
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One edit, one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def raw(self) -> sqlite3.Connection:
        """A plain read-only sqlite3 connection for fast read paths (the overview at start-up)."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, migrate: bool = True) -> Store:
    """Open an existing workspace, upgrading it (after a backup) when it is older than the app."""
    path = Path(path)
    facts = read_facts(path)
    engine = make_engine(path)
    if facts.user_version < HEAD_VERSION:
        if not migrate:
            engine.dispose()
            raise StoreError(f"De werkruimte {path.name} moet eerst worden bijgewerkt.")
        make_backup(path, "voor-migratie")
        try:
            upgrade_to_head(engine, facts.user_version)
        except Exception:
            engine.dispose()
            raise
    return Store(path, engine)


def create_store(path: Path) -> Store:
    """Create an empty workspace at `path` (atomically: the file appears complete or not at all)."""
    path = Path(path)
    with atomic_path(path) as tmp:
        engine = make_engine(tmp)
        try:
            create_schema(engine)
        finally:
            engine.dispose()
        finalize_file(tmp)
    return open_store(path)


def finalize_file(path: Path) -> None:
    """Fold the WAL into the main file so that the file alone is the whole workspace."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
