"""Errors the store raises, each carrying a Dutch message fit to show a user as it is.

`as_store_error` turns the low-level errors of a failed write (sqlite3 "database or disk is
full", "disk I/O error" when a file-size limit is hit, OSError ENOSPC/EFBIG, and the same
wrapped by SQLAlchemy) into a `DiskFullError` with a message that names the file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class StoreError(Exception):
    """Base: `message` is a complete Dutch sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAWorkspaceError(StoreError):
    pass


class NewerThanAppError(StoreError):
    pass


class CorruptWorkspaceError(StoreError):
    pass


class WorkspaceLockedError(StoreError):
    pass


class MigrationFailedError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class WriteFailedError(StoreError):
    """Writing failed for another reason than a full disk (permissions, a vanished drive)."""


# Free space below this counts as "full" when SQLite only reports a generic write error.
LOW_SPACE_BYTES = 16 * 1024 * 1024
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_WRITE_IOERRS = {
    "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_DIR_FSYNC", "SQLITE_IOERR",
}


def disk_full_message(path: Path) -> str:
    name = Path(path).name
    return (
        f"De wijziging kon niet worden opgeslagen in {name}: de schijf is vol (of het bestand "
        "mag niet groter worden). De werkruimte zelf is in orde; alleen deze laatste wijziging "
        "is niet bewaard. Maak ruimte vrij op de schijf en probeer het opnieuw."
    )


def _limit_reached(path: Path) -> bool:
    """True when a file-size limit (RLIMIT_FSIZE) explains a failed write to `path`."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    for suffix in ("", "-wal", "-journal", "-shm"):
        try:
            size = os.path.getsize(f"{path}{suffix}")
        except OSError:
            continue
        if size + 65536 >= soft:
            return True
    return False


def _space_low(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def as_store_error(exc: BaseException, path: Path) -> StoreError | None:
    """The Dutch `StoreError` for a failed write to the workspace `path`, or None if unrelated."""
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the sqlite3 error
    if isinstance(orig, BaseException):
        exc = orig
    name = Path(path).name
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        if code == "SQLITE_FULL" or "database or disk is full" in text:
            return DiskFullError(disk_full_message(path))
        if code in _WRITE_IOERRS or "disk i/o error" in text:
            if _limit_reached(path) or _space_low(path):
                return DiskFullError(disk_full_message(path))
            return WriteFailedError(
                f"De wijziging kon niet worden opgeslagen in {name}: schrijven naar de schijf "
                "mislukte. De werkruimte zelf is in orde; alleen deze laatste wijziging is niet "
                "bewaard. Controleer of de schijf of map nog bereikbaar is en probeer het opnieuw."
            )
        if code.startswith("SQLITE_READONLY") or "readonly database" in text:
            return WriteFailedError(
                f"De werkruimte {name} kan niet worden gewijzigd: het bestand of de map is "
                "alleen-lezen. Er is niets opgeslagen."
            )
        return None
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return DiskFullError(disk_full_message(path))
    return None


@contextmanager
def translated_write_errors(path: Path) -> Iterator[None]:
    """Raise the Dutch `StoreError` instead of a raw disk-full or write error."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        translated = as_store_error(exc, path)
        if translated is None:
            raise
        raise translated from exc
    except Exception as exc:
        if getattr(exc, "orig", None) is None:
            raise
        translated = as_store_error(exc, path)
        if translated is None:
            raise
        raise translated from exc
