"""Refusals of a read that a user asked for by name (a report of a meeting that is not there)."""

from __future__ import annotations

from zorgdesk.store.errors import StoreError


class ReportDataError(StoreError):
    """A report cannot be made from this workspace (no such meeting, no data).

    A StoreError, so its message is a marked template that the app shows translated."""


def value_text(value: object) -> str:
    """An enum member or plain value as the text it is stored as ("" for None)."""
    return str(getattr(value, "value", value)) if value is not None else ""
