"""Read connections to a workspace file kept between reads, so SQLite parses the schema once.

Opening a sqlite3 connection is cheap, but its first statement makes SQLite parse the whole
schema, and with the sync triggers (over a hundred, ~200 KB of SQL) that costs ~5 ms: more
than most reads themselves. The first paint of the Tijdlijn opened four readers, start-up
more. An idle connection holds no lock and no snapshot (every read is its own autocommit
transaction), so keeping one open changes nothing for readers or writers.

It would keep the write-ahead log from being folded into the file when the writer closes its
connection (SQLite does that only when the last connection closes), and users copy workspace
files while the app runs. So every commit first closes the idle connections, and a connection
that was in use during a commit is closed when it is given back: after an edit the file on
disk is as complete as before this pool existed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from zorgdesk.store.reader import Parameters

KEEP = 4  # idle connections kept; nested reads rarely need more than two


class ReaderPool:
    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._generation = 0  # grows with every commit (and on close)
        self._closed = False

    def take(self) -> PooledReader:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
            generation = self._generation
        return PooledReader(conn if conn is not None else self._connect(), self, generation)

    def give_back(self, conn: sqlite3.Connection, generation: int) -> None:
        with self._lock:
            keep = (not self._closed and generation == self._generation
                    and not conn.in_transaction and len(self._idle) < KEEP)
            if keep:
                self._idle.append(conn)
        if not keep:
            conn.close()

    def drop_idle(self) -> None:
        """Close the idle connections (before a commit); those in use close when given back."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for conn in idle:
            conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self.drop_idle()


class PooledReader:
    """A `Reader` (store/reader.py) on a kept connection; `close()` gives the connection back."""

    __slots__ = ("_conn", "_generation", "_pool")

    def __init__(self, conn: sqlite3.Connection, pool: ReaderPool, generation: int) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._pool = pool
        self._generation = generation

    def execute(self, sql: str, parameters: Parameters = (), /) -> sqlite3.Cursor:
        if self._conn is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return self._conn.execute(sql, parameters)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._pool.give_back(conn, self._generation)

    def __enter__(self) -> PooledReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None, /) -> bool | None:
        self.close()
        return None

    def __getattr__(self, name: str) -> Any:
        """What else a caller asks of sqlite3's connection (e.g. `in_transaction`)."""
        if self._conn is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return getattr(self._conn, name)
