"""Backups: made through the backup API and verified, kept daily for a week and weekly for two
months, made every 30 minutes while there are changes, listed and restored."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.store_helpers import dump, make_workspace
from zorgdesk.models import Tag
from zorgdesk.store import CorruptWorkspaceError, WorkspaceLockedError, open_store
from zorgdesk.store.backup import (
    AutoBackup,
    copy_database,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from zorgdesk.store.lock import WorkspaceLock
from zorgdesk.store.retention import BackupSchedule, to_keep

NOW = datetime(2026, 11, 23, 12, 0)


def test_retention_policy() -> None:
    stamps = [NOW - timedelta(minutes=30 * i) for i in range(48 * 90)]  # every 30 min, 90 days
    kept = to_keep(stamps, NOW)
    last_day = [s for s in kept if NOW - s <= timedelta(hours=24)]
    assert len(last_day) == 49  # everything of the last 24 hours
    days = {s.date() for s in kept if timedelta(hours=24) < NOW - s <= timedelta(days=7)}
    per_day = [s for s in kept if timedelta(hours=24) < NOW - s <= timedelta(days=7)]
    assert len(per_day) == len(days) and len(days) >= 6  # one per day for a week
    older = [s for s in kept if NOW - s > timedelta(days=7)]
    weeks = {s.isocalendar()[:2] for s in older}
    assert len(older) == len(weeks) and 7 <= len(weeks) <= 10  # one per week, two months
    assert all(NOW - s <= timedelta(days=62) for s in kept)
    assert max(stamps) in kept


def test_retention_keeps_the_newest_even_when_old() -> None:
    old = [NOW - timedelta(days=200), NOW - timedelta(days=300)]
    assert to_keep(old, NOW) == {NOW - timedelta(days=200)}


def test_schedule_every_30_minutes_while_changes() -> None:
    schedule = BackupSchedule(started=NOW)
    assert not schedule.due(NOW + timedelta(hours=2), changes=0)  # no changes: never
    assert not schedule.due(NOW + timedelta(minutes=29), changes=3)
    assert schedule.due(NOW + timedelta(minutes=30), changes=3)
    schedule.done(NOW + timedelta(minutes=30), changes=3)
    assert not schedule.due(NOW + timedelta(hours=5), changes=3)
    assert not schedule.due(NOW + timedelta(minutes=50), changes=4)
    assert schedule.due(NOW + timedelta(minutes=60), changes=4)


def test_auto_backup_follows_commits(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "auto.zorgdesk")
    clock = [NOW]
    store = open_store(ws, lock=True)
    auto = AutoBackup(store, clock=lambda: clock[0])
    clock[0] += timedelta(minutes=45)
    assert auto.tick() is None  # nothing changed yet
    with store.transaction() as session:
        session.add(Tag(name="Na openen"))
    first = auto.tick()
    assert first is not None and first.is_file()
    with store.transaction() as session:
        session.add(Tag(name="Nog een"))
    clock[0] += timedelta(minutes=10)
    assert auto.tick() is None  # too soon
    last = auto.final()
    assert last is not None
    assert [b.reason for b in list_backups(ws)] == ["bij-sluiten", "automatisch"]
    store.close()
    assert {r[0] for r in dump(last)[1]["tag"]} >= {"Na openen", "Nog een"}


def test_backup_is_verified_copy_via_api(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "bron.zorgdesk")
    store = open_store(ws)
    with store.transaction() as session:
        session.add(Tag(name="In de WAL"))
    backup = make_backup(ws, "handmatig")
    store.close()
    assert backup.parent.name.startswith("bron-")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert dump(backup)[1]["tag"] == dump(ws)[1]["tag"]


def test_same_name_in_other_folder_has_its_own_backups(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_workspace(tmp_path / "a" / "agenda.zorgdesk")
    second = make_workspace(tmp_path / "b" / "agenda.zorgdesk")
    make_backup(first, "handmatig")
    assert len(list_backups(first)) == 1
    assert list_backups(second) == [] and newest_good_backup(second) is None


def test_prune_applies_policy_to_files(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "veel.zorgdesk")
    one = make_backup(ws, "handmatig", prune=False)
    folder = one.parent
    for days in (3, 3.1, 20, 21, 100, 101):
        stamp = (NOW - timedelta(days=days)).strftime("%Y%m%d-%H%M%S-%f")
        copy_database(one, folder / f"{stamp}-automatisch.zorgdesk")
    gone = prune_backups(ws, now=NOW)
    # the older of the two on one day (3.1), the older of one week (-21 d: Monday 2 Nov,
    # -20 d: Tuesday), and both older than two months
    assert len(gone) == 4
    assert len(list_backups(ws)) == 3


def test_prune_removes_leftovers_of_interrupted_backups(tmp_path: Path) -> None:
    import os

    ws = make_workspace(tmp_path / "rest.zorgdesk")
    folder = make_backup(ws, "handmatig").parent
    old = folder / ".20261120-101010-000000-automatisch.zorgdesk.abc123.tmp"
    fresh = folder / ".20261123-101010-000000-automatisch.zorgdesk.def456.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half")
    os.utime(old, (0, 0))
    prune_backups(ws)
    assert not old.exists() and fresh.exists()  # a backup may be in progress right now


def test_restore_puts_backup_in_place_and_keeps_current(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "terug.zorgdesk")
    good = make_backup(ws, "handmatig")
    store = open_store(ws)
    with store.transaction() as session:
        session.add(Tag(name="Later toegevoegd"))
    store.close()
    restore_backup(good, ws)
    assert dump(ws)[1]["tag"] == dump(good)[1]["tag"]
    reasons = [b.reason for b in list_backups(ws)]
    assert "voor-terugzetten" in reasons
    before_restore = next(b for b in list_backups(ws) if b.reason == "voor-terugzetten")
    assert any(r[0] == "Later toegevoegd" for r in dump(before_restore.path)[1]["tag"])


def test_restore_over_corrupt_file_moves_it_aside(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "stuk.zorgdesk", goals=200)
    make_backup(ws, "automatisch")
    data = bytearray(ws.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xff" * 4096
    ws.write_bytes(bytes(data))
    Path(f"{ws}-wal").write_bytes(b"rommel")  # a stale WAL must never be replayed
    with pytest.raises(CorruptWorkspaceError, match=r"stuk\.zorgdesk is beschadigd"):
        open_store(ws)
    best = newest_good_backup(ws)
    assert best is not None
    restore_backup(best.path, ws)
    assert not Path(f"{ws}-wal").exists()
    with open_store(ws) as store, store.reader() as conn:
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 200
    assert any(p.name.endswith(".bad") for p in best.path.parent.iterdir())


def test_newest_good_backup_skips_damaged_ones(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "reeks.zorgdesk", goals=200)
    older = make_backup(ws, "automatisch")
    newer = make_backup(ws, "automatisch")
    newer.write_bytes(newer.read_bytes()[:8192])
    best = newest_good_backup(ws)
    assert best is not None and best.path == older


def test_restore_refuses_while_open_elsewhere(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "bezet.zorgdesk")
    good = make_backup(ws, "handmatig")
    with WorkspaceLock(ws), pytest.raises(WorkspaceLockedError):
        restore_backup(good, ws)


def test_restore_refuses_damaged_backup(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "x.zorgdesk")
    bad = tmp_path / "kapot.zorgdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = dump(ws)
    with pytest.raises(CorruptWorkspaceError, match="niet in orde"):
        restore_backup(bad, ws)
    assert dump(ws) == before


@pytest.mark.parametrize("name", ["met spatie.zorgdesk", "vraag?en#hekje%25.zorgdesk",
                                  "Zorg & Welzijn (2026).zorgdesk"])
def test_odd_file_names(tmp_path: Path, name: str) -> None:
    from zorgdesk.store.integrity import check_file
    from zorgdesk.store.schema import sqlite_uri

    ws = make_workspace(tmp_path / name)
    assert check_file(ws).ok
    backup = make_backup(ws, "handmatig")
    with open_store(ws, lock=True) as store, store.reader() as conn:
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 5
    restore_backup(backup, ws)
    conn = sqlite3.connect(sqlite_uri(ws), uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
