"""Schema versions: the Alembic revisions in order, and how a file says which one it has.

The file's `PRAGMA user_version` mirrors its Alembic revision so that opening a file at the
current version needs no Alembic import at all (it costs ~100 ms of start-up).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zorgdesk.store.errors import NewerThanAppError, NotAWorkspaceError

APPLICATION_ID = 0x5A44_4B31  # "ZDK1"
SQLITE_HEADER = b"SQLite format 3\x00"

# Alembic revision ids in order; user_version = index + 1.
REVISIONS: tuple[str, ...] = ("0001",)
HEAD_VERSION = len(REVISIONS)
HEAD_REVISION = REVISIONS[-1]


def version_of(revision: str) -> int:
    return REVISIONS.index(revision) + 1


@dataclass(frozen=True)
class FileFacts:
    application_id: int
    user_version: int


def read_facts(path: Path) -> FileFacts:
    """Check that `path` is a ZorgDesk workspace without opening it for writing."""
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise NotAWorkspaceError(f"Het bestand {name} bestaat niet.") from None
    except IsADirectoryError:
        raise NotAWorkspaceError(f"{name} is een map, geen werkruimte.") from None
    except OSError as exc:
        raise NotAWorkspaceError(f"Het bestand {name} kan niet worden gelezen ({exc.strerror}).") from None
    if not header:
        raise NotAWorkspaceError(f"Het bestand {name} is leeg; het is geen ZorgDesk-werkruimte.")
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise NotAWorkspaceError(f"Het bestand {name} is geen ZorgDesk-werkruimte.")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            f"Het bestand {name} is een database, maar geen ZorgDesk-werkruimte."
        )
    if user_version > HEAD_VERSION:
        raise NewerThanAppError(
            f"De werkruimte {name} is gemaakt met een nieuwere versie van ZorgDesk "
            f"(schemaversie {user_version}; deze versie kent tot en met {HEAD_VERSION}). "
            "Werk ZorgDesk bij om dit bestand te openen; het bestand is niet gewijzigd."
        )
    return FileFacts(application_id=application_id, user_version=user_version)


def stamp(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(version)}")
