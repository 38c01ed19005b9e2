"""Consistent copies of a live workspace through SQLite's backup API (never a raw file copy).

Backups live in `<data>/backups/<name>-<folder hash>/<YYYYmmdd-HHMMSS-ffffff>-<reason>.zorgdesk`.
Each is verified with `PRAGMA quick_check` before it appears under its name. They are made
before every migration, import, merge and restore, and every 30 minutes while there are
changes (`AutoBackup`); `prune_backups` applies the retention policy of `retention.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zorgdesk import paths
from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import (
    QT_TRANSLATE_NOOP,
    CorruptWorkspaceError,
    StoreError,
    as_store_error,
)
from zorgdesk.store.retention import BackupSchedule, to_delete
from zorgdesk.store.schema import read_facts, sqlite_uri

if TYPE_CHECKING:
    from zorgdesk.store.workspace_store import Store

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.[^.]+$")

REASONS = {
    "voor-migratie": "voor het bijwerken naar een nieuwe versie",
    "voor-import": "voor een import",
    "voor-samenvoegen": "voor het samenvoegen",
    "voor-synchroniseren": "voor het synchroniseren met de server",
    "voor-terugzetten": "voor het terugzetten van een reservekopie",
    "automatisch": "automatisch (elk half uur bij wijzigingen)",
    "handmatig": "handmatig",
    "voor-vervangen": "voor het vervangen door een ander bestand",
    "bij-sluiten": "bij het sluiten",
}


def copy_database(source: Path, target: Path, *, replace_workspace: bool = False) -> Path:
    """Write a closed, self-contained copy of `source` at `target`, atomically, and verify it.

    An existing workspace at `target` is refused unless `replace_workspace` (see atomic_path).
    """
    source, target = Path(source), Path(target)
    try:
        with atomic_path(target, replace_workspace=replace_workspace) as tmp:
            src = sqlite3.connect(sqlite_uri(source), uri=True)
            try:
                src.execute("PRAGMA busy_timeout=5000")
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                    verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
                finally:
                    dst.close()
            finally:
                src.close()
            if verdict != "ok":
                raise CorruptWorkspaceError(QT_TRANSLATE_NOOP(
                    "StoreError", "De kopie van {name} is niet in orde ({verdict}); er is niets "
                    "weggeschreven."), name=source.name, verdict=verdict)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        translated = as_store_error(exc, target)
        if translated is not None:
            raise translated from exc
        raise CorruptWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Van {name} kan geen kopie worden gemaakt: het bestand is beschadigd "
            "of geen database ({reason}). Er is niets weggeschreven."),
            name=source.name, reason=str(exc)) from exc
    except OSError as exc:
        translated = as_store_error(exc, target)
        if translated is not None:
            raise translated from exc
        raise
    return target


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def drop_sidecars(workspace: Path) -> None:
    """Remove -wal/-shm/-journal of a closed workspace about to be replaced: an old log must
    never be replayed onto the file that takes its place."""
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{workspace}{suffix}").unlink()


def backup_folder_name(workspace: Path) -> str:
    """'<name>-<8 hex of its folder>': two workspaces with the same name in different folders
    never share backups, so a restore can never put another workspace in place of this one."""
    folder = Path(workspace).absolute().parent
    with contextlib.suppress(OSError):
        folder = folder.resolve()
    digest = hashlib.sha1(str(folder).encode("utf-8")).hexdigest()[:8]
    return f"{Path(workspace).stem}-{digest}"


def backup_folder_for(workspace: Path, *, create: bool = True) -> Path:
    folder = paths.backups_dir() / backup_folder_name(workspace)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def recent_unchanged_backup(workspace: Path, reason: str, *,
                            within_seconds: float = 3600) -> Path | None:
    """A backup for `reason` made in the last hour after which `workspace` did not change.

    A failed migration leaves the file exactly as it was, so a retry needs no new copy:
    25 attempts on a 36 MB file used to keep 25 copies (740 MB); now one per hour.
    """
    try:
        changed = Path(workspace).stat().st_mtime
    except OSError:
        return None
    now = datetime.now()
    for backup in list_backups(workspace):
        if backup.reason != reason:
            continue
        age = (now - backup.made_at).total_seconds()
        with contextlib.suppress(OSError):  # its mtime: when it was last known to be current
            if 0 <= age <= within_seconds and backup.path.stat().st_mtime >= changed:
                return backup.path
    return None


def still_current(backup: Path) -> None:
    """Mark `backup` as still equal to its workspace (after a rolled-back attempt touched
    the workspace's file without changing its content)."""
    with contextlib.suppress(OSError):
        os.utime(backup)


def make_backup(workspace: Path, reason: str, *, prune: bool = True) -> Path:
    """A verified copy in the backups folder, named by time and reason (e.g. 'voor-migratie')."""
    workspace = Path(workspace)
    folder = backup_folder_for(workspace)
    stamp = datetime.now()
    target = folder / f"{stamp.strftime(STAMP_FORMAT)}-{reason}{workspace.suffix}"
    while target.exists():  # two backups in one microsecond (tests): keep both
        stamp = stamp.replace(microsecond=(stamp.microsecond + 1) % 1_000_000)
        target = folder / f"{stamp.strftime(STAMP_FORMAT)}-{reason}{workspace.suffix}"
    copy_database(workspace, target)
    if prune:
        prune_backups(workspace, now=stamp)
    return target


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def list_backups(workspace: Path) -> list[BackupInfo]:
    """Backups of `workspace`, newest first (without creating the folder)."""
    folder = backup_folder_for(workspace, create=False)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            made_at = datetime.strptime(match.group(1), STAMP_FORMAT)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(entry, made_at, match.group(2), size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune_backups(workspace: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention policy no longer keeps, and temporary files of
    backups that were interrupted (a crash, a full disk) over an hour ago; returns what went."""
    folder = backup_folder_for(workspace, create=False)
    if folder.is_dir():
        hour_ago = datetime.now().timestamp() - 3600
        for entry in folder.glob(".*.tmp*"):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < hour_ago:
                    entry.unlink()
    backups = list_backups(workspace)
    by_stamp = {b.made_at: b for b in backups}
    gone: list[Path] = []
    for stamp in to_delete(list(by_stamp), now or datetime.now()):
        with contextlib.suppress(OSError):
            by_stamp[stamp].path.unlink()
            gone.append(by_stamp[stamp].path)
    return gone


def is_good(path: Path) -> bool:
    """A readable ZorgDesk workspace that passes the same checks as opening one."""
    from zorgdesk.store.integrity import verify_connection

    try:
        read_facts(path)
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            verify_connection(conn, Path(path))
        finally:
            conn.close()
    except (StoreError, sqlite3.Error, UnicodeDecodeError):
        return False
    return True


def newest_good_backup(workspace: Path) -> BackupInfo | None:
    for backup in list_backups(workspace):
        if is_good(backup.path):
            return backup
    return None


def restore_backup(backup: Path, workspace: Path, *, lock: bool = True) -> Path:
    """Put `backup` in place of `workspace`, which must not be open.

    The current file is first saved as a backup ('voor-terugzetten'); when it is too damaged
    for that, it is moved aside into the backups folder as '...-beschadigd'. Leftover -wal and
    -shm files of the old file are removed so they can never be replayed onto the restored one.
    """
    backup, workspace = Path(backup), Path(workspace)
    if not is_good(backup):
        raise CorruptWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "De reservekopie {name} is zelf niet in orde en wordt niet teruggezet."),
            name=backup.name)
    from zorgdesk.store.lock import WorkspaceLock

    guard = WorkspaceLock(workspace) if lock else None
    if guard is not None:
        guard.acquire()
    try:
        if workspace.exists():
            try:
                make_backup(workspace, "voor-terugzetten", prune=False)
            except StoreError:
                stamp = datetime.now().strftime(STAMP_FORMAT)
                aside = backup_folder_for(workspace) / f"{stamp}-beschadigd{workspace.suffix}.bad"
                os.replace(workspace, aside)
                log.warning("beschadigde werkruimte %s bewaard als %s", workspace, aside)
        with atomic_path(workspace, replace_workspace=True) as tmp:
            copy_database(backup, tmp)  # verified copy beside the target, on disk
            fsync_file(tmp)
            drop_sidecars(workspace)  # only now, right before the file is swapped in
    finally:
        if guard is not None:
            guard.release()
    return workspace


class AutoBackup:
    """Every 30 minutes while there are changes; the UI calls `tick()` from a timer.

    `clock` is injectable for tests. `final()` makes one more backup on closing when there
    were changes since the last one.
    """

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self.store = store
        self.clock = clock
        self.schedule = BackupSchedule(started=clock())

    def tick(self) -> Path | None:
        now = self.clock()
        changes = self.store.change_count
        if not self.schedule.due(now, changes):
            return None
        return self._backup("automatisch", now, changes)

    def final(self) -> Path | None:
        changes = self.store.change_count
        if changes == self.schedule.changes_at_last_backup:
            return None
        return self._backup("bij-sluiten", self.clock(), changes)

    def _backup(self, reason: str, now: datetime, changes: int) -> Path | None:
        try:
            path = make_backup(self.store.path, reason)
        except StoreError:
            log.exception("automatische reservekopie van %s mislukt", self.store.path)
            return None
        self.schedule.done(now, changes)
        return path
