"""Full disk: a child with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) hits it mid-edit.

The write fails inside SQLite (EFBIG on the WAL or, when the WAL is folded in at the end of
a transaction, on the main file). The user gets `DiskFullError` with a Dutch message naming
the file; every acknowledged edit is still there, the failed one is not there at all, and the
workspace opens and passes `PRAGMA integrity_check`.
"""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store_helpers import make_workspace
from zorgdesk.store import DiskFullError, open_store
from zorgdesk.store.errors import WriteFailedError, as_store_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


CHILD_CODE = """
import resource, signal, sys
from zorgdesk.models import Organisation, Tag
from zorgdesk.store import DiskFullError, open_store

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so write() fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
store = open_store(sys.argv[1])
n = 0
try:
    while True:
        n += 1
        with store.transaction() as session:
            session.add(Organisation(name=f"org-{n}", notes="x" * 40_000))
            session.add(Tag(name=f"tag-{n}"))
        print(f"ack {n}", flush=True)
except DiskFullError as exc:
    print(f"full {exc.message}", flush=True)
finally:
    store.close()
"""


def run_child(path: Path, limit: int) -> list[str]:
    """A fresh interpreter with the file-size limit edits until the disk is 'full'."""
    result = subprocess.run([sys.executable, "-c", CHILD_CODE, str(path), str(limit)],
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.splitlines()


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

    with open_store(path, lock=True) as store, store.reader() as conn:
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
