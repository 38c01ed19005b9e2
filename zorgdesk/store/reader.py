"""Plain reads that run the same SQL on a workspace file and on a workspace server.

The services read lists (the goal tree, the timeline, the agenda) through hand-written SQL in
the subset SQLite and PostgreSQL share, with rows as tuples: no ORM objects for 10,000
milestones. On a file the connection is sqlite3 itself, so the first paint never pays the
~290 ms import of SQLAlchemy; on a server the same text runs through SQLAlchemy and psycopg.
A server answers with `date`, `datetime`, `bool` and `memoryview` where SQLite gives text,
0/1 and bytes; `ServerReader` hands them back in SQLite's shape, so a service reads one shape
whichever holds the workspace, and a query that only one of the two understands fails in the
tests of both (tests/test_portable_reads.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Parameters = Sequence[Any] | Mapping[str, Any]


class Rows(Protocol):
    """What a read returns: sqlite3's cursor, or a server result in the same shape."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Reader(Protocol):
    """A read-only connection to a workspace (see `Store.reader()`); close it after use."""

    def execute(self, sql: str, parameters: Parameters = (), /) -> Rows: ...

    def close(self) -> None: ...

    def __enter__(self) -> Reader: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None, /) -> bool | None: ...


# A `?` outside quoted text; quoted text ('...' or "...") is passed over whole.
_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?")


def named_placeholders(sql: str, count: int) -> tuple[str, dict[str, int]]:
    """`?` -> `:p0, :p1, ...` (SQLAlchemy's `text()` knows only named parameters)."""
    index = 0

    def _name(match: re.Match[str]) -> str:
        nonlocal index
        if match.group(0) != "?":
            return match.group(0)
        index += 1
        return f":p{index - 1}"

    converted = _PLACEHOLDER.sub(_name, sql)
    if index != count:
        raise ValueError(f"{index} placeholders for {count} parameters in: {sql}")
    return converted, {f"p{i}": i for i in range(count)}


def sqlite_shape(value: Any) -> Any:
    """A server value as SQLite returns it (SQLAlchemy's own text format for timestamps)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return value.tobytes()
    return value


class ServerRows:
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._next = 0

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        rest = self._rows[self._next:]
        self._next = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class ServerReader:
    """The `Reader` of a server workspace: one pooled connection, one read transaction."""

    def __init__(self, engine: Engine) -> None:
        self._conn: Connection = engine.connect()

    def execute(self, sql: str, parameters: Parameters = (), /) -> ServerRows:
        from sqlalchemy import text

        if isinstance(parameters, Mapping):
            statement, params = sql, dict(parameters)
        else:
            values = list(parameters)
            statement, names = named_placeholders(sql, len(values))
            params = {name: values[i] for name, i in names.items()}
        result = self._conn.execute(text(statement), params)
        if not result.returns_rows:
            return ServerRows([])
        return ServerRows([tuple(sqlite_shape(v) for v in row) for row in result])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ServerReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None, /) -> bool | None:
        self.close()
        return None
