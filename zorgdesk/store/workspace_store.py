"""Open, create and close one workspace file; the only place that turns a path into a Session.

Opening is cheap and never writes to a file it refuses: the 100-byte header is read first
(is it a ZorgDesk workspace, of a version this app knows, not visibly damaged or
truncated?), then `PRAGMA quick_check` runs on a read-only connection (30 ms on 28 MB).
Only then may a migration (Alembic, after a backup) or the first write touch the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError, translated_write_errors
from zorgdesk.store.reader_pool import ReaderPool
from zorgdesk.store.schema import HEAD_VERSION, read_facts, sqlite_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from zorgdesk.store.lock import WorkspaceLock
    from zorgdesk.store.reader import Reader


class Store:
    """An open workspace. Sessions are short-lived: one per use case, never shared by threads.

    SQLAlchemy costs ~290 ms to import, more than Qt itself, so the engine is made on first
    use: the first paint of the overview reads through `reader()` and never needs it.
    `change_count` grows with every commit (the automatic backup watches it).
    """

    def __init__(self, path: Path, engine: Engine | None = None,
                 lock: WorkspaceLock | None = None, *, readonly: bool = False,
                 immutable: bool = False, cleanup: Path | None = None,
                 url: str | None = None) -> None:
        self.path = Path(path)
        self.lock = lock
        # A server workspace (PostgreSQL): `path` is then only its database name, for messages;
        # no lock file, no backup timer (backups are the server's job).
        self.url = url
        self.change_count = 0
        self._batch: ContextVar[Session | None] = ContextVar(f"batch-{id(self)}", default=None)
        # Read-only (store/readonly.py): `immutable` reads without -wal/-shm; `cleanup` is
        # the temporary folder of a migrated copy, removed on close.
        self.readonly = readonly
        self.immutable = immutable
        self._cleanup = cleanup
        self._readers = ReaderPool(self._connect_reader)
        if engine is not None:
            self._watch(engine)
            self.__dict__["engine"] = engine

    def _watch(self, engine: Engine) -> None:
        from sqlalchemy import event

        def _on_commit(_conn: Any) -> None:
            self.change_count += 1
            self._readers.drop_idle()  # so that the writer's close folds the log in (see pool)

        event.listen(engine, "commit", _on_commit)

    @cached_property
    def engine(self) -> Engine:
        if self.url is not None:
            from zorgdesk.store.server import make_server_engine

            engine = make_server_engine(self.url)
        elif self.readonly:
            from zorgdesk.store.readonly import make_readonly_engine

            return make_readonly_engine(self.path, immutable=self.immutable)
        else:
            from zorgdesk.store.engine import make_engine

            engine = make_engine(self.path)
        self._watch(engine)
        return engine

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from zorgdesk.store.rules import install

        maker = sessionmaker(self.engine, expire_on_commit=False, info={"store": self})
        install(maker)  # every edit passes the rules of store/rules.py and names its author
        return maker

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @cached_property
    def author(self) -> str:
        """The name this store's edits record in `changed_by` (store/authors.py)."""
        if self.url is None:
            from zorgdesk.store.authors import local_author

            return local_author()
        from zorgdesk.store.authors import server_author

        with self.engine.connect() as conn:
            return server_author(conn)

    @cached_property
    def may_write(self) -> bool:
        """False for a lezer of a server workspace (and for a file opened read-only)."""
        if self.url is None:
            return not self.readonly
        from zorgdesk.store.server import may_write

        with self.engine.connect() as conn:
            return may_write(conn)

    @property
    def location(self) -> str:
        """What opened it, for the recent list and the title: the file or the URL (no password)."""
        if self.url is not None:
            from zorgdesk.store.server import display_name

            return display_name(self.url)
        return str(self.path)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One edit, one transaction: committed on success, rolled back on any error.

        A full disk or a failed write surfaces as `DiskFullError`/`WriteFailedError` with a
        Dutch message; the transaction is rolled back, earlier commits are untouched.
        """
        batch = self._batch.get()
        if batch is not None:
            yield batch
            return
        if self.url is not None:
            from zorgdesk.store.server import translated_server_errors

            with (translated_server_errors(self.path.name), self._sessions() as session,
                  session.begin()):
                yield session
            return
        with translated_write_errors(self.path), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Many edits as one transaction: every `transaction()` inside joins this one.

        An import calls the ordinary service commands row after row; they all commit together
        or, on the first refusal, not at all.
        """
        if self._batch.get() is not None:
            raise RuntimeError("batch() does not nest")
        with translated_write_errors(self.path), self._sessions() as session, session.begin():
            token = self._batch.set(session)
            try:
                yield session
            finally:
                self._batch.reset(token)

    def reader(self) -> Reader:
        """A read-only connection for the services' plain SQL reads (see store/reader.py).

        On a file it is sqlite3 itself (the overview's first paint imports no SQLAlchemy), on a
        connection kept between reads (store/reader_pool.py); on a server the same SQL runs
        through the engine.
        """
        if self.url is not None:
            from zorgdesk.store.reader import ServerReader

            return ServerReader(self.engine)
        if self.immutable and self.lock is None:
            # Immutable without our lock (a read-only folder): SQLite would not notice a
            # change someone else makes, so no connection is kept beyond one read.
            return self._connect_reader()
        return self._readers.take()

    def offline_origin(self) -> tuple[str, str] | None:
        """(server without password, last synchronised at) when this file is a copy taken
        offline from a server workspace (store/server_sync.py), else None.

        Asked at every opening (the sync timer, the menu): read on a kept connection, so that
        start-up neither imports the sync code nor opens and parses a connection for it.
        """
        if self.url is not None:
            return None
        with self.reader() as conn:
            try:
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_origin'"
                                ).fetchone() is None:
                    return None
                row = conn.execute("SELECT url, synced_at FROM sync_origin").fetchone()
            except sqlite3.Error:
                return None
        return None if row is None else (str(row[0]), str(row[1]))

    def _connect_reader(self) -> sqlite3.Connection:
        conn = sqlite3.connect(sqlite_uri(self.path, immutable=self.immutable), uri=True,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def close(self) -> None:
        self._readers.close()
        if "engine" in self.__dict__:
            self.engine.dispose()
        if self.lock is not None:
            # The app's own file, every connection closed: the next start may skip the deep
            # open check while nothing else touches it (store/verified.py).
            from zorgdesk.store.verified import remember

            remember(self.path)
            self.lock.release()
        if self._cleanup is not None:
            import shutil

            shutil.rmtree(self._cleanup, ignore_errors=True)
            self._cleanup = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(path: Path | str, *, migrate: bool = True, lock: bool = False,
               verify: bool = True, readonly: bool = False, hold: bool = True) -> Store:
    """Open an existing workspace, upgrading it (after a backup) when it is older than the app.

    `lock=True` (the app) takes the one-writer lock first and raises `WorkspaceLockedError`
    naming the other instance; this process may hold the same workspace open more than once
    (the lock is shared within the process). `verify` runs the read-only integrity check.
    A migration always runs under the lock (taken for it when the caller did not ask).
    `readonly=True` (the reading commands) never changes the file: see store/readonly.py.
    It takes the workspace lock while it reads when it can (then the file is read as it lies,
    without SQLite's locks); `hold=False` reads beside a writer instead, as it does anyway
    when the app has the file open: a report then needs no QLockFile, so no Qt (40 ms). A
    file whose header asks for a write-ahead log is still read under the lock: a plain reader
    would leave -wal and -shm files beside it that only a writer can remove.
    A `postgresql://` URL opens a server workspace instead (see `open_server_store`); its
    schema is never upgraded on the way (a beheerder's explicit step).
    """
    from zorgdesk.store.server import is_server_url

    if is_server_url(path):
        return open_server_store(str(path))
    path = Path(path)
    header = read_facts(path)  # cheap refusals first: not a workspace, newer, damaged header
    if readonly:
        return _open_readonly(path, verify=verify, hold=hold or header.wal)
    refuse_readonly_place(path)
    guard = None
    if lock:
        from zorgdesk.store.lock import WorkspaceLock

        guard = WorkspaceLock(path, shared=True)
        guard.acquire()
    try:
        from zorgdesk.store.atomic import clean_stale_temps

        clean_stale_temps(path)
        if verify:
            from zorgdesk.store.integrity import quick_verify

            quick_verify(path, locked=guard is not None)
        facts = read_facts(path)
        if facts.user_version < HEAD_VERSION:
            if not migrate:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De werkruimte {name} moet eerst worden bijgewerkt."),
                    name=path.name)
            from zorgdesk.store.lock import WorkspaceLock
            from zorgdesk.store.migrate import migrate_workspace

            with WorkspaceLock(path, shared=True):
                migrate_workspace(path, facts.user_version)
    except BaseException:
        if guard is not None:
            guard.release()
        raise
    return Store(path, lock=guard)


def open_server_store(url: str, *, migrate: bool = False) -> Store:
    """Open the workspace in one PostgreSQL database; refuses empty and newer databases.

    An older schema is upgraded only with `migrate=True` (the CLI's and a beheerder's
    choice, after a confirmation in the app); otherwise it is refused.
    """
    from zorgdesk.store.server import database_name, make_server_engine, server_version

    name = database_name(url)
    engine = make_server_engine(url)
    try:
        version = server_version(engine, name)
        if version < HEAD_VERSION:
            if not migrate:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De werkruimte {name} moet eerst worden bijgewerkt."),
                    name=name)
            from zorgdesk.store.server import upgrade_server

            upgrade_server(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(Path(name), engine=engine, url=url)


def _open_readonly(path: Path, *, verify: bool, hold: bool = True) -> Store:
    """A Store that reads `path` and changes nothing (a migrated copy when it is older)."""
    import contextlib

    from zorgdesk.store.schema import at_rest

    guard: WorkspaceLock | None = None
    if hold:
        from zorgdesk.store.lock import WorkspaceLock

        guard = WorkspaceLock(path)
        with contextlib.suppress(StoreError):  # open in the app: read beside the writer
            guard.acquire()
    held = guard is not None and guard.held
    try:
        immutable = held and at_rest(path)
        if not immutable and not held and not _writable(path.parent):
            immutable = at_rest(path)
        if verify:
            from zorgdesk.store.integrity import quick_verify

            quick_verify(path, locked=immutable, reader=not hold)
        facts = read_facts(path)
        if facts.user_version < HEAD_VERSION:
            from zorgdesk.store.readonly import migrated_copy

            copy, folder = migrated_copy(path, facts.user_version)
            if guard is not None:
                guard.release()
            return Store(copy, readonly=True, immutable=True, cleanup=folder)
    except BaseException:
        if guard is not None:
            guard.release()
        raise
    return Store(path, lock=guard if held else None, readonly=True, immutable=immutable)


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)


def refuse_readonly_place(path: Path) -> None:
    """Explain a read-only file or folder as such (SQLite would say 'unable to open')."""
    import os

    from zorgdesk.store.errors import WriteFailedError

    folder = path.absolute().parent
    if not os.access(path, os.W_OK) or not _writable(folder):
        raise WriteFailedError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} staat in een alleen-lezen map of is zelf "
            "alleen-lezen ({folder}); ZorgDesk kan er niets in opslaan. Kopieer het bestand "
            "naar een map waarin u mag schrijven (bijvoorbeeld Documenten) en open die kopie. "
            "Lezen kan wel: 'zorgdesk report', 'export' en 'info' werken ook hier."),
            name=path.name, folder=folder)


def create_store(path: Path) -> Store:
    """Create an empty workspace at `path` (atomically: the file appears complete or not at all)."""
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.migrate import create_schema

    path = Path(path)
    with translated_write_errors(path), atomic_path(path) as tmp:
        engine = make_engine(tmp)
        try:
            create_schema(engine)
        finally:
            engine.dispose()
        finalize_file(tmp)
    return open_store(path, verify=False)


def finalize_file(path: Path) -> None:
    """Fold the WAL into the main file so that the file alone is the whole workspace."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
