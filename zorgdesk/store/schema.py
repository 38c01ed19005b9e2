"""Schema versions: the Alembic revisions in order, and how a file says which one it has.

The file's `PRAGMA user_version` mirrors its Alembic revision so that opening a file at the
current version needs no Alembic import at all (it costs ~100 ms of start-up).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zorgdesk.store.errors import (
    QT_TRANSLATE_NOOP,
    CorruptWorkspaceError,
    NewerThanAppError,
    NotAWorkspaceError,
    Phrase,
)

APPLICATION_ID = 0x5A44_4B31  # "ZDK1"
SQLITE_HEADER = b"SQLite format 3\x00"

# Alembic revision ids in order; user_version = index + 1.
REVISIONS: tuple[str, ...] = (
    "0001", "meeting_cycle", "sync", "authors", "timeline_years", "light_order",
)
HEAD_VERSION = len(REVISIONS)
HEAD_REVISION = REVISIONS[-1]


def version_of(revision: str) -> int:
    return REVISIONS.index(revision) + 1


@dataclass(frozen=True)
class FileFacts:
    application_id: int
    user_version: int
    wal: bool = False  # the header asks for a write-ahead log (readers then make -wal/-shm)


def read_facts(path: Path) -> FileFacts:
    """Check that `path` is a ZorgDesk workspace without opening it for writing."""
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} bestaat niet."), name=name) from None
    except IsADirectoryError:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is een map, geen werkruimte."), name=name) from None
    except OSError as exc:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} kan niet worden gelezen ({reason})."),
            name=name, reason=exc.strerror) from None
    if not header:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is leeg; het is geen ZorgDesk-werkruimte."),
            name=name)
    if header.startswith(SQLITE_HEADER) and len(header) < 100:
        raise CorruptWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is afgebroken: er staat alleen het begin van een "
            "database in. ZorgDesk opent het niet en wijzigt het niet."), name=name)
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is geen ZorgDesk-werkruimte{hint}. ZorgDesk opent "
            "het niet en wijzigt het niet."), name=name, hint=_looks_like(header))
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is een database, maar geen ZorgDesk-werkruimte."),
            name=name)
    problem = header_problem(header, path)
    if problem:
        raise CorruptWorkspaceError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} is beschadigd: {problem}. ZorgDesk opent het "
            "bestand niet en wijzigt het niet."), name=name, problem=problem)
    if user_version > HEAD_VERSION:
        raise NewerThanAppError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} is gemaakt met een nieuwere versie van ZorgDesk "
            "(schemaversie {version}; deze versie kent tot en met {newest}). Werk ZorgDesk bij "
            "om dit bestand te openen; het bestand is niet gewijzigd."),
            name=name, version=user_version, newest=HEAD_VERSION)
    return FileFacts(application_id=application_id, user_version=user_version,
                     wal=header[18] == 2)


def _looks_like(header: bytes) -> Phrase | str:
    """A hint at what the file is instead, for the message (empty when unknown)."""
    if header.startswith(b"%PDF"):
        return Phrase(QT_TRANSLATE_NOOP("StoreError", " (het is een PDF-document)"))
    if header.startswith(b"PK\x03\x04"):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", " (het is een zip-bestand of een Office-document)"))
    stripped = header.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", " (het lijkt een JSON-bestand; gebruik 'Importeren' of 'zorgdesk "
            "import' om een export in te lezen)"))
    try:
        header.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return Phrase(QT_TRANSLATE_NOOP("StoreError", " (het is een tekstbestand)"))


def header_problem(header: bytes, path: Path) -> Phrase | None:
    """What is wrong with the 100-byte SQLite header of `path`, in Dutch, or None.

    Only cheap facts: field values the file format fixes, and, when no write-ahead log
    holds newer pages, whether the file is as long as its header says (a truncated copy).
    """
    raw_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_size == 1 else raw_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "de kop van het bestand noemt een onmogelijke paginagrootte"))
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "de kop van het bestand noemt een onbekende bestandsversie"))
    if header[21:24] != b"\x40\x20\x20":
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "de kop van het bestand bevat ongeldige waarden"))
    if int.from_bytes(header[44:48], "big") not in (1, 2, 3, 4):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "de kop van het bestand noemt een onbekend schemaformaat"))
    if int.from_bytes(header[56:60], "big") not in (1, 2, 3):
        return Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "de kop van het bestand noemt een onbekende tekstcodering"))
    try:
        size = path.stat().st_size
        wal = Path(f"{path}-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError:
        return None
    if wal_size == 0:
        if size % page_size:
            return Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "het bestand is afgebroken (het eindigt midden in een pagina)"))
        pages = int.from_bytes(header[28:32], "big")
        counter_ok = header[24:28] == header[92:96]
        if counter_ok and pages and pages * page_size > size:
            return Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "het bestand is afgebroken ({size} van de {expected} bytes zijn "
                "er)"), size=size, expected=pages * page_size)
    return None


def sqlite_uri(path: Path, mode: str = "ro", *, immutable: bool = False) -> str:
    """A SQLite URI for `path` that survives '?', '#' and '%' in names and UNC paths.

    `immutable` reads without locks and without creating -wal/-shm files; only safe when
    nobody can write the file meanwhile (the caller holds the workspace lock).
    """
    from urllib.parse import quote

    posix = Path(path).absolute().as_posix()
    if posix.startswith("//"):  # \\server\share: keep the authority empty
        posix = "//" + posix
    elif len(posix) > 1 and posix[1] == ":":  # C:/...: SQLite drops the '/' before a drive
        posix = "/" + posix
    return f"file:{quote(posix, safe='/:')}?mode={mode}" + ("&immutable=1" if immutable else "")


def at_rest(path: Path) -> bool:
    """No write-ahead log or rollback journal beside `path`: the file alone is the database."""
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def stamp(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(version)}")
