"""Storage of a workspace: one SQLite file, its engine, migrations, backups and locking."""

from zorgdesk.store.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    MigrationFailedError,
    NewerThanAppError,
    NotAWorkspaceError,
    StoreError,
    WorkspaceLockedError,
)
from zorgdesk.store.workspace_store import Store, create_store, finalize_file, open_store

__all__ = [
    "CorruptWorkspaceError", "DiskFullError", "MigrationFailedError", "NewerThanAppError",
    "NotAWorkspaceError", "Store", "StoreError", "WorkspaceLockedError", "create_store",
    "finalize_file", "open_store",
]
