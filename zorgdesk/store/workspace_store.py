"""Open, create and close one workspace file; the only place that turns a path into a Session."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from functools import cached_property
from typing import TYPE_CHECKING

from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import StoreError
from zorgdesk.store.schema import HEAD_VERSION, read_facts

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Store:
    """An open workspace. Sessions are short-lived: one per use case, never shared by threads.

    SQLAlchemy costs ~290 ms to import, more than Qt itself, so the engine is made on first
    use: the first paint of the overview reads through `raw()` and never needs it.
    """

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        if engine is not None:
            self.__dict__["engine"] = engine

    @cached_property
    def engine(self) -> Engine:
        from zorgdesk.store.engine import make_engine

        return make_engine(self.path)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

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
        if "engine" in self.__dict__:
            self.engine.dispose()


def open_store(path: Path, *, migrate: bool = True) -> Store:
    """Open an existing workspace, upgrading it (after a backup) when it is older than the app."""
    path = Path(path)
    facts = read_facts(path)
    if facts.user_version < HEAD_VERSION:
        if not migrate:
            raise StoreError(f"De werkruimte {path.name} moet eerst worden bijgewerkt.")
        from zorgdesk.store.backup import make_backup
        from zorgdesk.store.engine import make_engine
        from zorgdesk.store.migrate import upgrade_to_head

        make_backup(path, "voor-migratie")
        engine = make_engine(path)
        try:
            upgrade_to_head(engine, facts.user_version)
        except Exception:
            engine.dispose()
            raise
        return Store(path, engine)
    return Store(path)


def create_store(path: Path) -> Store:
    """Create an empty workspace at `path` (atomically: the file appears complete or not at all)."""
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.migrate import create_schema

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
