"""A merge as the user runs it: lock, upgrade, verified backup, then the one-transaction merge."""

from __future__ import annotations

from pathlib import Path

from zorgdesk.services.sync.merge import Choice, MergeResult, merge_files
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError


def merge_workspace(mine: Path, theirs: Path, *, resolve: dict[str, Choice] | None = None,
                    prefer: Choice = "mine", dry_run: bool = False,
                    backup: bool = True) -> MergeResult:
    """Merge THEIRS into MINE; a verified backup of MINE comes first (not for a dry run)."""
    from zorgdesk.store import open_store
    from zorgdesk.store.backup import is_good, make_backup
    from zorgdesk.store.schema import read_facts

    mine, theirs = Path(mine), Path(theirs)
    if mine.resolve() == theirs.resolve():
        return MergeResult()  # a copy merged with itself: nothing to do, nothing touched
    read_facts(theirs)  # refuses foreign, newer and cut-off files, each with its own message
    if not _intact(theirs):
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is beschadigd of onleesbaar; er is niets samengevoegd."),
            name=theirs.name)
    store = open_store(mine, lock=True)  # upgrades an older file (after its own backup)
    try:
        if backup and not dry_run:
            copy = make_backup(mine, "voor-samenvoegen")
            if not is_good(copy):
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De reservekopie van {name} voor het samenvoegen kon niet "
                    "worden gecontroleerd; er is niets samengevoegd."), name=mine.name)
        return merge_files(mine, theirs, resolve=resolve, prefer=prefer, dry_run=dry_run)
    finally:
        store.close()


def _intact(path: Path) -> bool:
    """Pages and indexes sound. Not the foreign-key check of opening a workspace: a changes
    file holds only some rows, so its references may point at rows it does not carry."""
    import sqlite3

    from zorgdesk.store.schema import sqlite_uri

    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False
