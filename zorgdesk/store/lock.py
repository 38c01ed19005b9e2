"""One writer per workspace: a QLockFile beside the file, taken when the app opens it.

QLockFile writes the pid, host and program name into `<file>.lock`. A lock left by a process
that no longer runs on this computer is stale and is taken over at once (QLockFile checks the
pid), and so is a lock file that names no process at all (empty or garbage, after a
short wait in case it is just being written); the age-based takeover is switched off
(`setStaleLockTime(0)`), because a second instance must never steal the lock of a live
one that just has not saved for a while. Only QtCore is used here; the store stays free of widgets.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase, WorkspaceLockedError


def lock_path_for(workspace: Path) -> Path:
    """`<file>.lock` beside the workspace; in the app's data folder when that is read-only."""
    workspace = Path(workspace).absolute()
    beside = workspace.with_name(workspace.name + ".lock")
    if os.access(workspace.parent, os.W_OK):
        return beside
    from zorgdesk import paths

    folder = paths.data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(str(workspace).encode("utf-8")).hexdigest()[:16]
    return folder / f"{workspace.stem}-{digest}.lock"


def holder_description(info: object) -> Phrase:
    """'proces 123 (zorgdesk) op computer laptop-2' from QLockFile.getLockInfo()."""
    if isinstance(info, tuple) and len(info) >= 3:
        pid, host, app = info[-3], info[-2], info[-1]
        if app and host:
            return Phrase(QT_TRANSLATE_NOOP("StoreError", "proces {pid} ({app}) op computer "
                                            "{host}"), pid=pid, app=app, host=host)
        if app:
            return Phrase(QT_TRANSLATE_NOOP("StoreError", "proces {pid} ({app})"),
                          pid=pid, app=app)
        if host:
            return Phrase(QT_TRANSLATE_NOOP("StoreError", "proces {pid} op computer {host}"),
                          pid=pid, host=host)
        return Phrase(QT_TRANSLATE_NOOP("StoreError", "proces {pid}"), pid=pid)
    return Phrase(QT_TRANSLATE_NOOP("StoreError", "een ander programma"))


def _unreadable(lock: Any) -> bool:
    """A lock file that names no process (empty, garbage, pid 0): QLockFile would refuse it
    forever ("geopend door proces 0"), since it cannot check a process it cannot read."""
    info = lock.getLockInfo()
    return not (isinstance(info, tuple) and len(info) >= 3 and int(info[-3] or 0) > 0)


def _take_over(lock: Any) -> bool:
    """Take over an unreadable lock file, unless it turns readable meanwhile (a lock that
    another process is just writing is empty for a moment)."""
    import time

    time.sleep(0.2)
    if lock.tryLock(0):
        return True
    if not _unreadable(lock):
        return False
    lock.removeStaleLockFile()
    return bool(lock.tryLock(0))


# Locks this process holds, by lock-file path: [QLockFile, holders, shareable].
_HELD: dict[str, list[Any]] = {}


class WorkspaceLock:
    """Exclusive right to write one workspace; `acquire()` raises `WorkspaceLockedError`.

    `shared=True` (how the app opens a workspace) lets this same process open the file again
    (reopening the workspace that is already open, a page that opens its own Store); other
    instances are still refused. Restore and import take it unshared: they are refused while
    the workspace is open anywhere, this process included.
    """

    def __init__(self, workspace: Path, *, shared: bool = False) -> None:
        self.workspace = Path(workspace)
        self.lock_path = lock_path_for(self.workspace)
        self.shared = shared
        self._key = str(self.lock_path)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> None:
        if self._held:
            return
        entry = _HELD.get(self._key)
        if entry is not None:
            if self.shared and entry[2]:
                entry[1] += 1
                self._held = True
                return
            raise WorkspaceLockedError(QT_TRANSLATE_NOOP(
                "StoreError", "De werkruimte {name} is in deze ZorgDesk nog geopend. Sluit haar "
                "eerst (open een andere werkruimte) en probeer het dan opnieuw."),
                name=self.workspace.name)
        from PySide6.QtCore import QLockFile

        lock = QLockFile(self._key)
        lock.setStaleLockTime(0)
        if lock.tryLock(0) or (_unreadable(lock) and _take_over(lock)):
            _HELD[self._key] = [lock, 1, self.shared]
            self._held = True
            return
        name = self.workspace.name
        if lock.error() == QLockFile.LockError.LockFailedError:
            holder = holder_description(lock.getLockInfo())
            raise WorkspaceLockedError(QT_TRANSLATE_NOOP(
                "StoreError", "De werkruimte {name} is al geopend door {holder}. Sluit de "
                "werkruimte daar eerst: twee vensters tegelijk zouden elkaars wijzigingen "
                "overschrijven. Is die computer uitgezet of vastgelopen, verwijder dan het "
                "bestand {lock_name} in {folder} en probeer het opnieuw."),
                name=name, holder=holder, lock_name=self.lock_path.name,
                folder=self.lock_path.parent)
        raise WorkspaceLockedError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} kan niet worden vergrendeld: het slotbestand "
            "{lock_file} kan niet worden aangemaakt (geen schrijfrechten?)."),
            name=name, lock_file=self.lock_path)

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        entry = _HELD.get(self._key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del _HELD[self._key]
            entry[0].unlock()

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:  # a Store dropped without close() still lets go
        with contextlib.suppress(Exception):
            self.release()
