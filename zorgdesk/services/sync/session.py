"""A merge as the user runs it: lock, upgrade, verified backup, then the one-transaction merge;
the same for synchronising a copy taken offline with its server."""

from __future__ import annotations

from pathlib import Path

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError
from zorgdesk.store.merge import Choice, MergeResult, merge_files, quick_check_ok
from zorgdesk.store.server_sync import SyncResult


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
    if not quick_check_ok(theirs):
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



def take_offline(url: str, out: Path) -> dict[str, int]:
    """Werkruimte › Offline meenemen: a verified local copy that can be synchronised."""
    from zorgdesk.store.server_sync import take_offline as take

    return take(url, Path(out))


def synchronise_workspace(mine: Path, url: str, *, resolve: dict[str, Choice] | None = None,
                          prefer: Choice = "mine", dry_run: bool = False) -> SyncResult:
    """Werkruimte › Synchroniseren: as a merge, behind the lock and a verified backup."""
    from zorgdesk.store import open_store
    from zorgdesk.store.backup import is_good, make_backup
    from zorgdesk.store.server_sync import synchronise

    mine = Path(mine)
    store = open_store(mine, lock=True)
    try:
        if not dry_run:
            copy = make_backup(mine, "voor-synchroniseren")
            if not is_good(copy):
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De reservekopie van {name} voor het synchroniseren kon niet "
                    "worden gecontroleerd; er is niets gewijzigd."), name=mine.name)
        return synchronise(mine, url, resolve=resolve, prefer=prefer, dry_run=dry_run)
    finally:
        store.close()
