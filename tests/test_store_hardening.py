"""Damage is seen (text and index damage, disagreeing versions, circular trees), stale temp
files and unreadable lock files are cleaned up, failed migrations do not pile up backups,
and synced or network folders are recognised through symlinks and by more clients."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text as sqlite_text

from tests.store_helpers import make_workspace
from tests.test_migrations import EXTRA, fixture_copy, migrations_with
from zorgdesk import cli
from zorgdesk.store import CorruptWorkspaceError, MigrationFailedError, open_store
from zorgdesk.store.atomic import clean_stale_temps, write_text_atomic
from zorgdesk.store.backup import is_good, list_backups, make_backup, newest_good_backup
from zorgdesk.store.integrity import check_file
from zorgdesk.store.location import check_location
from zorgdesk.store.lock import lock_path_for
from zorgdesk.store.migrate import migrate_workspace
from zorgdesk.store.schema import HEAD_VERSION

# --- damage ---------------------------------------------------------------------------------


def damage_text(path: Path, text: bytes = b"Doel 3") -> None:
    """Flip one byte inside a stored text value so that it is no longer UTF-8."""
    data = path.read_bytes()
    at = data.index(text)
    path.write_bytes(data[:at + len(text) - 1] + b"\xff" + data[at + len(text):])


def damage_index(path: Path) -> None:
    """Swap the b-trees of two indexes of `goal`: every page stays sound (quick_check is
    happy), but the indexes no longer match the table (row N missing from index)."""
    conn = sqlite3.connect(path)
    try:
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN "
                                  "('ix_goal_theme_id', 'ix_goal_parent_id')").fetchall())
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_goal_theme_id'",
                     (roots["ix_goal_parent_id"],))
        conn.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_goal_parent_id'",
                     (roots["ix_goal_theme_id"],))
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def disagree_versions(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.commit()
    finally:
        conn.close()


def make_cycle(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM goal ORDER BY code LIMIT 3")]
        for child, parent in zip(ids, ids[1:] + ids[:1], strict=True):
            conn.execute("UPDATE goal SET parent_id=? WHERE id=?", (parent, child))
        conn.commit()
    finally:
        conn.close()


DAMAGE = {
    "text": (damage_text, "onleesbare tekst in goal.title"),
    "index": (damage_index, "missing from index"),
    "versions": (disagree_versions, "schemarevisie"),
    "cycle": (make_cycle, "kring"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_refused_on_open_and_unchanged(kind: str, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "w.zorgdesk")
    damage, words = DAMAGE[kind]
    damage(ws)
    before = ws.read_bytes()
    for readonly in (False, True):
        with pytest.raises(CorruptWorkspaceError) as caught:
            open_store(ws, lock=not readonly, readonly=readonly)
        assert words in caught.value.message and "reservekopie" in caught.value.message
    assert ws.read_bytes() == before


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_check_reports_damage_and_backup_is_not_good(kind: str, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "w.zorgdesk")
    good = make_backup(ws, "handmatig")
    damaged = make_backup(ws, "automatisch")
    DAMAGE[kind][0](damaged)
    assert not is_good(damaged)
    best = newest_good_backup(ws)
    assert best is not None and best.path == good
    DAMAGE[kind][0](ws)
    report = check_file(ws)
    assert not report.ok
    assert DAMAGE[kind][1] in " ".join(report.problems)


@pytest.mark.parametrize("command", ["export", "report", "info", "ical"])
def test_reading_commands_on_damaged_text_say_so_in_dutch(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = make_workspace(tmp_path / "w.zorgdesk")
    damage_text(ws)
    argv = {"export": ["export", str(ws), "--out", str(tmp_path / "x.json")],
            "report": ["report", "werkagenda", str(ws), "--out", str(tmp_path / "x.pdf")],
            "info": ["info", str(ws)],
            "ical": ["ical", str(ws), "--out", str(tmp_path / "x.ics")]}[command]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "w.zorgdesk is beschadigd" in err and "Traceback" not in err
    assert "decode" not in err
    assert not any(p.suffix in (".json", ".pdf", ".ics") for p in tmp_path.iterdir())


# --- temporary files and locks --------------------------------------------------------------


def test_stale_temp_files_of_our_naming_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "uit.json"
    dead = 2**22 + 12345  # above pid_max on Linux: never a running process
    stale = [tmp_path / f".uit.json.{dead}.ab12cd34.tmp{s}" for s in ("", "-wal", "-shm")]
    legacy = tmp_path / ".uit.json.k3j4h5g6.tmp"
    alive = tmp_path / f".uit.json.{os.getpid()}.0a0b0c0d.tmp"
    young_legacy = tmp_path / ".uit.json.zz99yy88.tmp"
    foreign = [tmp_path / ".uit.json.notities", tmp_path / ".ander.json.1.ab12cd34.tmp"]
    for path in [*stale, legacy, alive, young_legacy, *foreign]:
        path.write_bytes(b"x")
    old = time.time() - 7200
    os.utime(legacy, (old, old))
    write_text_atomic(target, "{}")
    left = {p.name for p in tmp_path.iterdir()}
    assert not any(p.name in left for p in [*stale, legacy])
    assert {alive.name, young_legacy.name, *(p.name for p in foreign), "uit.json"} <= left


def test_opening_a_workspace_removes_its_stale_temp_files(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "w.zorgdesk")
    leftover = tmp_path / ".w.zorgdesk.4206969.deadbeef.tmp-wal"
    leftover.write_bytes(b"x")
    open_store(ws, lock=True).close()
    assert not leftover.exists()
    assert clean_stale_temps(ws) == []


@pytest.mark.parametrize("content", ["", "rommel", "0\nzorgdesk\nlaptop\n", "\x00\x00\x00"])
def test_unreadable_lock_file_is_stale(content: str, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "w.zorgdesk")
    lock_path_for(ws).write_text(content, encoding="utf-8")
    store = open_store(ws, lock=True)
    try:
        assert store.lock is not None and store.lock.held
    finally:
        store.close()


# --- migrations -----------------------------------------------------------------------------


def test_failed_migration_attempts_keep_one_backup_per_hour(tmp_path: Path) -> None:
    path = fixture_copy(tmp_path)
    folder = migrations_with(tmp_path, "    raise RuntimeError('stap 0002 mislukt')\n")
    for _ in range(4):
        with pytest.raises(MigrationFailedError) as caught:
            migrate_workspace(path, HEAD_VERSION, migrations_dir=folder)
        assert "Traceback" not in caught.value.message
    assert [b.reason for b in list_backups(path)] == ["voor-migratie"]


def test_failed_migration_message_has_no_sql(tmp_path: Path,
                                             capfd: pytest.CaptureFixture[str]) -> None:
    path = fixture_copy(tmp_path)
    folder = migrations_with(tmp_path, "    op.execute('SELECT * FROM bestaat_niet')\n")
    with pytest.raises(MigrationFailedError) as caught:
        migrate_workspace(path, HEAD_VERSION, migrations_dir=folder)
    assert "bestaat_niet" in caught.value.message  # the reason ...
    assert "[SQL:" not in caught.value.message  # ... without the statement dump
    assert "Traceback" not in capfd.readouterr().err


# --- locations ------------------------------------------------------------------------------


@pytest.mark.parametrize(("folder", "client"), [
    ("Sync", "Sync"), ("Tresorit", "Tresorit"), ("Tresorit Drive", "Tresorit"),
    ("SynologyDrive", "Synology Drive"), ("SURFdrive", "SURFdrive"),
])
def test_more_sync_clients(folder: str, client: str) -> None:
    warning = check_location(Path(f"/home/an/{folder}/a.zorgdesk"), mounts_text="")
    assert warning is not None and (warning.kind, warning.detail) == ("sync", client)


def test_symlink_into_synced_folder_is_resolved(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    ws = make_workspace(synced / "a.zorgdesk")
    link = tmp_path / "werk" / "a.zorgdesk"
    link.parent.mkdir()
    link.symlink_to(ws)
    warning = check_location(link, mounts_text="")
    assert warning is not None and warning.detail == "Dropbox"


@pytest.mark.parametrize(("fstype", "remote"), [
    ("fuse.rclone", True), ("fuse.smbnetfs", True), ("fuse.gcsfuse", True),
    ("fuse.onbekendecloud", True), ("fuse.mergerfs", False), ("fuse.gocryptfs", False),
    ("ext4", False),
])
def test_fuse_network_file_systems(fstype: str, remote: bool) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\nbron /mnt/gedeeld {fstype} rw 0 0\n"
    warning = check_location(Path("/mnt/gedeeld/a.zorgdesk"), mounts_text=mounts)
    assert (warning is not None) == remote


def test_cli_warns_about_a_synced_folder(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "OneDrive" / "a.zorgdesk"
    assert cli.main(["sample", "drenthe-werkagenda", "--out", str(out)]) == 0
    assert "let op" in capsys.readouterr().err and "OneDrive" in out.parts


# --- an older file: readers leave it alone, the app migrates it under the lock ---------------


def app_knows_0002(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The app as it will be one revision later (the test migration on top of the head)."""
    from zorgdesk.store import integrity, migrate, schema, workspace_store

    revisions = (*schema.REVISIONS, EXTRA)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    for module in (schema, integrity, migrate):
        monkeypatch.setattr(module, "REVISIONS", revisions)
    for module in (schema, integrity, migrate, workspace_store):
        monkeypatch.setattr(module, "HEAD_VERSION", len(revisions))
    monkeypatch.setattr(migrate, "HEAD_REVISION", EXTRA)


def test_readers_never_migrate_the_app_does_under_the_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = fixture_copy(tmp_path)
    folder = migrations_with(
        tmp_path, "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n")
    app_knows_0002(monkeypatch, folder)
    before = path.read_bytes()
    out = tmp_path / "uit"
    out.mkdir()
    for argv in (["info", str(path)], ["export", str(path), "--out", str(out / "x.json")],
                 ["report", "werkagenda", str(path), "--out", str(out / "x.pdf")],
                 ["ical", str(path), "--out", str(out / "x.ics")]):
        assert cli.main(argv) == 0, capsys.readouterr().err
        assert path.read_bytes() == before
    assert list_backups(path) == []
    store = open_store(path, lock=True)
    try:
        assert store.path == path
    finally:
        store.close()
    assert [b.reason for b in list_backups(path)] == ["voor-migratie"]
    assert int.from_bytes(path.read_bytes()[60:64], "big") == HEAD_VERSION + 1


def test_a_file_the_app_closed_cleanly_opens_without_the_deep_check_until_touched(
        tmp_path: Path) -> None:
    """The deep open check is skipped only for the app's own file exactly as it left it."""
    from zorgdesk.store.verified import fingerprint, unchanged_since_clean_close

    ws = make_workspace(tmp_path / "w.zorgdesk")
    store = open_store(ws, lock=True)
    with store.transaction() as session:  # the app writes, then closes cleanly
        session.execute(sqlite_text("UPDATE goal SET title = title"))
    store.close()
    assert fingerprint(ws) is not None and unchanged_since_clean_close(ws)
    open_store(ws, lock=True).close()
    damage_text(ws)  # anything else that writes the file: the full check is back
    assert not unchanged_since_clean_close(ws)
    with pytest.raises(CorruptWorkspaceError):
        open_store(ws, lock=True)


def test_a_report_of_a_file_the_app_closed_cleanly_skips_the_deep_check(
        tmp_path: Path) -> None:
    """A report reads beside any writer (no lock) and still trusts the app's clean close:
    the fingerprint (size, time, inode) decides, and a touched file gets the full check."""
    import os

    ws = make_workspace(tmp_path / "w.zorgdesk")
    store = open_store(ws, lock=True)
    with store.transaction() as session:
        session.execute(sqlite_text("UPDATE goal SET title = title"))
    store.close()
    before = ws.stat()
    damage_text(ws)  # a flipped byte, time put back: to the fingerprint the file is as left
    os.utime(ws, ns=(before.st_atime_ns, before.st_mtime_ns))
    open_store(ws, readonly=True, hold=False).close()  # no deep check: the damage unseen
    os.utime(ws, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    with pytest.raises(CorruptWorkspaceError):
        open_store(ws, readonly=True, hold=False)


def test_a_sample_is_checked_as_it_is_written_and_opens_as_closed_cleanly(
        tmp_path: Path) -> None:
    """`zorgdesk sample` runs the deep check itself, before the file appears; the first
    opening (the app on its sample, a report) then skips it, until anything touches the file."""
    import os

    from zorgdesk.samples import write_sample
    from zorgdesk.store.verified import unchanged_since_clean_close

    ws = write_sample("iza-drenthe", tmp_path / "iza.zorgdesk")
    assert unchanged_since_clean_close(ws)
    os.utime(ws)  # touched by something else: the full check is back
    assert not unchanged_since_clean_close(ws)
