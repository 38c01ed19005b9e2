"""A private PostgreSQL 16 for the tests, started by the tests themselves (pgserver).

pgserver ships the server binaries in its wheel, so a fresh machine needs no apt and no
manual step. Run as root, PostgreSQL refuses to start; pgserver then creates a system user
`pgserver`, makes the data folder's parents traversable and runs the server as that user.
The data folder lives under a short /tmp path because the server's Unix socket sits in it
and socket paths are limited to ~100 bytes.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, make_url

_numbers = itertools.count(1)


@contextmanager
def private_server() -> Iterator[str]:
    """Start a server on a Unix socket; yields its admin URL; stops and deletes it after."""
    from pgserver.postgres_server import get_server

    folder = Path(tempfile.mkdtemp(prefix="zdpg"))
    server = get_server(folder / "data", cleanup_mode="delete")
    try:
        yield str(server.get_uri())
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def with_database(admin_url: str, database: str) -> str:
    url: URL = make_url(admin_url).set(database=database)
    return url.render_as_string(hide_password=False)


def fresh_database(admin_url: str, prefix: str = "ws") -> str:
    """CREATE DATABASE with a new name; returns a postgresql:// URL for it."""
    import psycopg

    name = f"{prefix}_{next(_numbers)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(admin_url, name)
