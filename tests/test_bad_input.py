"""Bad input: files that are not workspaces (empty, text, PDF, random bytes, a truncated or
damaged workspace, a foreign database) are refused with a Dutch message naming the file, and
are left exactly as they were: not a byte changed, no -wal or -shm file created."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store_helpers import make_workspace
from zorgdesk.store import (
    CorruptWorkspaceError,
    NotAWorkspaceError,
    StoreError,
    open_store,
)
from zorgdesk.store.integrity import check_file
from zorgdesk.store.schema import SQLITE_HEADER

_WORKSPACE: dict[str, bytes] = {}


def workspace_bytes() -> bytes:
    """A small real workspace (made once) to cut and damage."""
    if "bytes" not in _WORKSPACE:
        with tempfile.TemporaryDirectory() as folder:
            path = make_workspace(Path(folder) / "bron.zorgdesk", goals=60)
            _WORKSPACE["bytes"] = path.read_bytes()
    return _WORKSPACE["bytes"]


def assert_refused_unchanged(content: bytes, name: str = "invoer.zorgdesk") -> StoreError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        with pytest.raises(StoreError) as caught:
            open_store(path, lock=True)
        assert path.read_bytes() == content
        assert sorted(p.name for p in Path(folder).iterdir()) == [name]  # no -wal/-shm/lock
        message = caught.value.message
        assert name in message and "Traceback" not in message
        report = check_file(path)
        assert not report.ok and path.read_bytes() == content
        return caught.value


@pytest.mark.parametrize(("content", "hint"), [
    (b"", "is leeg"),
    (b"Agenda stuurgroep\n1. Opening\n", "tekstbestand"),
    ("Één, twee, drie\n".encode(), "tekstbestand"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF-document"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "zip-bestand"),
    (b'{"format": "zorgdesk-export", "version": 1}', "JSON-bestand"),
    (b"\x00\x01\x02\x03" * 64, "geen ZorgDesk-werkruimte"),
])
def test_not_a_workspace(content: bytes, hint: str) -> None:
    error = assert_refused_unchanged(content)
    assert isinstance(error, NotAWorkspaceError)
    assert hint in error.message


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    error = assert_refused_unchanged(path.read_bytes(), "ander.db")
    assert "een database, maar geen ZorgDesk-werkruimte" in error.message


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspaceError, match="is een map"):
        open_store(tmp_path)
    with pytest.raises(NotAWorkspaceError, match="bestaat niet"):
        open_store(tmp_path / "nergens.zorgdesk")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=5000))
def test_random_bytes_are_refused(content: bytes) -> None:
    assert_refused_unchanged(content)


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=84, max_size=4000))
def test_random_bytes_behind_a_sqlite_header_are_refused(tail: bytes) -> None:
    assert_refused_unchanged(SQLITE_HEADER + tail)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_truncated_workspace_is_refused(data: st.DataObject) -> None:
    full = workspace_bytes()
    cut = data.draw(st.integers(min_value=1, max_value=len(full) - 1), label="lengte")
    error = assert_refused_unchanged(full[:cut])
    assert isinstance(error, CorruptWorkspaceError | NotAWorkspaceError)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_workspace_is_refused_or_opens(data: st.DataObject) -> None:
    """Random bytes over a random stretch: either refused unchanged, or opened as sound."""
    full = bytearray(workspace_bytes())
    start = data.draw(st.integers(min_value=0, max_value=len(full) - 1), label="begin")
    noise = data.draw(st.binary(min_size=1, max_size=600), label="ruis")
    full[start:start + len(noise)] = noise
    content = bytes(full[: len(workspace_bytes())])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "beschadigd.zorgdesk"
        path.write_bytes(content)
        try:
            store = open_store(path, lock=True)
        except StoreError as exc:
            assert path.read_bytes() == content
            assert "beschadigd.zorgdesk" in exc.message
            return
        with store, store.reader() as conn:  # opened: damage was in unused space or row data
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_damaged_page_refused_at_open(tmp_path: Path) -> None:
    full = bytearray(workspace_bytes())
    full[4096 * 5: 4096 * 6] = bytes(range(256)) * 16
    error = assert_refused_unchanged(bytes(full), "pagina.zorgdesk")
    assert isinstance(error, CorruptWorkspaceError)
    assert "reservekopie" in error.message
