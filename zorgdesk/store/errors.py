"""Errors the store and the services raise, each carrying a Dutch message for the user.

A message is a template marked with `QT_TRANSLATE_NOOP("StoreError", ...)` plus its values
as keyword arguments: `message` is the Dutch sentence (the CLI prints it), and the app shows
`zorgdesk.ui.kit.error_text.error_text(exc)`, the template translated and then filled in.

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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; only marks it for translation.

    Qt's lupdate finds translatable strings by this name, so the store and the services mark
    their messages without importing Qt (they never do). Call it by exactly this name, with a
    literal context and literal text (implicit concatenation is fine): lupdate reads the
    source, not the running program.
    """
    return text


class Phrase:
    """A Dutch piece of a message (a reason, a hint) that is translated on its own.

    Pass it as a value of a `StoreError`; `str()` gives the Dutch text, and `error_text`
    translates it before filling it in. Mark `template` with `QT_TRANSLATE_NOOP` too.
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class StoreError(Exception):
    """Base: `template` with `values` makes `message`, a complete Dutch sentence for the user.

    `template` has {name} placeholders and is marked with `QT_TRANSLATE_NOOP("StoreError",
    ...)` where it is written; the values are already formatted for a reader (euros, dates).
    (`values`, not `args`: `Exception.args` is the tuple `(message,)`.)
    """

    def __init__(self, template: str, **values: object) -> None:
        message = template.format(**values)
        super().__init__(message)
        self.template = template
        self.values = values
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


def disk_full_error(path: Path) -> DiskFullError:
    return DiskFullError(QT_TRANSLATE_NOOP(
        "StoreError", "De wijziging kon niet worden opgeslagen in {name}: de schijf is vol (of "
        "het bestand mag niet groter worden). De werkruimte zelf is in orde; alleen deze laatste "
        "wijziging is niet bewaard. Maak ruimte vrij op de schijf en probeer het opnieuw."),
        name=Path(path).name)


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
            return disk_full_error(path)
        if code in _WRITE_IOERRS or "disk i/o error" in text:
            if _limit_reached(path) or _space_low(path):
                return disk_full_error(path)
            return WriteFailedError(QT_TRANSLATE_NOOP(
                "StoreError", "De wijziging kon niet worden opgeslagen in {name}: schrijven naar "
                "de schijf mislukte. De werkruimte zelf is in orde; alleen deze laatste wijziging "
                "is niet bewaard. Controleer of de schijf of map nog bereikbaar is en probeer het "
                "opnieuw."), name=name)
        if isinstance(exc, sqlite3.IntegrityError):
            return StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Deze wijziging past niet bij de regels van de werkruimte {name} "
                "({reason}); er is niets opgeslagen."), name=name, reason=_integrity_nl(text))
        if code.startswith("SQLITE_READONLY") or "readonly database" in text:
            return WriteFailedError(QT_TRANSLATE_NOOP(
                "StoreError", "De werkruimte {name} kan niet worden gewijzigd: het bestand of de "
                "map is alleen-lezen. Er is niets opgeslagen."), name=name)
        return None
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return disk_full_error(path)
    return None


def _integrity_nl(text: str) -> Phrase:
    if "unique" in text:
        return Phrase(QT_TRANSLATE_NOOP("StoreError", "die waarde bestaat al"))
    if "not null" in text:
        return Phrase(QT_TRANSLATE_NOOP("StoreError", "een verplicht veld is leeg"))
    if "foreign key" in text:
        return Phrase(QT_TRANSLATE_NOOP("StoreError", "het verwijst naar iets dat niet "
                                        "(meer) bestaat"))
    return Phrase(QT_TRANSLATE_NOOP("StoreError", "een controle van de werkruimte faalt"))


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


def is_unreadable_data(exc: BaseException) -> bool:
    """A workspace whose bytes cannot be read as what they claim to be (damaged pages, text
    that is not UTF-8): the store's driver knows, the commands only ask."""
    import sqlite3

    return isinstance(exc, UnicodeError | sqlite3.DatabaseError)
