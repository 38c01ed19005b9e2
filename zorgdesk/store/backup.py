"""Consistent copies of a live workspace through SQLite's backup API (never a raw file copy)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from zorgdesk import paths
from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import CorruptWorkspaceError


def copy_database(source: Path, target: Path) -> Path:
    """Write a closed, self-contained copy of `source` at `target`, atomically, and verify it."""
    with atomic_path(Path(target)) as tmp:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
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
            raise CorruptWorkspaceError(
                f"De kopie van {Path(source).name} is niet in orde ({verdict}); er is niets "
                "weggeschreven."
            )
    return Path(target)


def backup_folder_for(workspace: Path) -> Path:
    folder = paths.backups_dir() / Path(workspace).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_backup(workspace: Path, reason: str) -> Path:
    """A verified copy in the backups folder, named by time and reason (e.g. 'migratie')."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_folder_for(workspace) / f"{stamp}-{reason}{Path(workspace).suffix}"
    return copy_database(Path(workspace), target)
