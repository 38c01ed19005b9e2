"""One writer per workspace: a QLockFile beside the file, taken when the app opens it.

QLockFile writes the pid, host and program name into `<file>.lock`. A lock left by a process
that no longer runs on this computer is stale and is taken over at once (QLockFile checks the
pid); the age-based takeover is switched off (`setStaleLockTime(0)`), because a second
instance must never steal the lock of a live one that just has not saved for a while.
Only QtCore is used here; the store stays free of widgets.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from types import TracebackType

from zorgdesk.store.errors import WorkspaceLockedError


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


def holder_description(info: object) -> str:
    """'proces 123 (zorgdesk) op computer laptop-2' from QLockFile.getLockInfo()."""
    if isinstance(info, tuple) and len(info) >= 3:
        pid, host, app = info[-3], info[-2], info[-1]
        program = f" ({app})" if app else ""
        where = f" op computer {host}" if host else ""
        return f"proces {pid}{program}{where}"
    return "een ander programma"


class WorkspaceLock:
    """Exclusive right to write one workspace; `acquire()` raises `WorkspaceLockedError`."""

    def __init__(self, workspace: Path) -> None:
        from PySide6.QtCore import QLockFile

        self.workspace = Path(workspace)
        self.lock_path = lock_path_for(self.workspace)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def acquire(self) -> None:
        if self.held:
            return
        if self._lock.tryLock(0):
            return
        from PySide6.QtCore import QLockFile

        name = self.workspace.name
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            holder = holder_description(self._lock.getLockInfo())
            raise WorkspaceLockedError(
                f"De werkruimte {name} is al geopend door {holder}. Sluit de werkruimte daar "
                "eerst: twee vensters tegelijk zouden elkaars wijzigingen overschrijven. Is die "
                f"computer uitgezet of vastgelopen, verwijder dan het bestand "
                f"{self.lock_path.name} in {self.lock_path.parent} en probeer het opnieuw."
            )
        raise WorkspaceLockedError(
            f"De werkruimte {name} kan niet worden vergrendeld: het slotbestand "
            f"{self.lock_path} kan niet worden aangemaakt (geen schrijfrechten?)."
        )

    def release(self) -> None:
        if self.held:
            self._lock.unlock()

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
