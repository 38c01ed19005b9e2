"""Full disk: a child with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) hits it mid-edit.

The write fails inside SQLite (EFBIG on the WAL or, when the WAL is folded in at the end of
a transaction, on the main file). The user gets `DiskFullError` with a Dutch message naming
the file; every acknowledged edit is still there, the failed one is not there at all, and the
workspace opens and passes `PRAGMA integrity_check`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from store_helpers import make_workspace

from zorgdesk.models import Organisation, Tag
from zorgdesk.store import DiskFullError, open_store
from zorgdesk.store.errors import WriteFailedError, as_store_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def child_edits_until_full(path: Path, limit: int, write_fd: int) -> None:
    import resource
    import signal

    out = os.fdopen(write_fd, "w", buffering=1)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    store = open_store(path)
    n = 0
    try:
        while True:
            n += 1
            with store.transaction() as session:
                session.add(Organisation(name=f"org-{n}", notes="x" * 40_000))
                session.add(Tag(name=f"tag-{n}"))
            print(f"ack {n}", file=out)
    except DiskFullError as exc:
        print(f"full {exc.message}", file=out)
    except Exception as exc:  # a test failure, reported to the parent
        print(f"other {type(exc).__name__}: {exc}", file=out)
    finally:
        store.close()
        out.close()


def run_child(path: Path, limit: int) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_fd)
            child_edits_until_full(path, limit, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        lines = reader.read().splitlines()
    os.waitpid(pid, 0)
    return lines


@pytest.mark.parametrize("headroom", [150_000, 400_000, 1_000_000])
def test_file_size_limit_mid_edit(tmp_path: Path, headroom: int) -> None:
    path = make_workspace(tmp_path / "vol.zorgdesk")
    lines = run_child(path, path.stat().st_size + headroom)
    acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    last = lines[-1]
    assert last.startswith("full "), lines[-3:]
    message = last[5:]
    assert "vol.zorgdesk" in message and "de schijf is vol" in message
    assert "Maak ruimte vrij" in message

    with open_store(path, lock=True) as store, store.raw() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        orgs = {row[0] for row in conn.execute("SELECT name FROM organisation")}
        tags = {row[0] for row in conn.execute("SELECT name FROM tag")}
    numbered = {int(name[4:]) for name in orgs if name.startswith("org-")}
    assert numbered == set(range(1, len(acks) + 1)), "a lost or a half-applied edit"
    assert {int(t[4:]) for t in tags if t.startswith("tag-")} == numbered


def test_translation_of_low_level_errors(tmp_path: Path) -> None:
    path = tmp_path / "w.zorgdesk"
    full = sqlite3.OperationalError("database or disk is full")
    assert isinstance(as_store_error(full, path), DiskFullError)
    assert isinstance(as_store_error(OSError(errno.ENOSPC, "No space"), path), DiskFullError)
    assert isinstance(as_store_error(OSError(errno.EFBIG, "File too large"), path), DiskFullError)
    io_error = sqlite3.OperationalError("disk I/O error")
    assert isinstance(as_store_error(io_error, path), WriteFailedError)
    assert as_store_error(ValueError("x"), path) is None

    class WrappedError(Exception):
        orig = full

    translated = as_store_error(WrappedError(), path)
    assert isinstance(translated, DiskFullError) and "w.zorgdesk" in translated.message
