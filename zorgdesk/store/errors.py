"""Errors the store raises, each carrying a Dutch message fit to show a user as it is."""

from __future__ import annotations


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
