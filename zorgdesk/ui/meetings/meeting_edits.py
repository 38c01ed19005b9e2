"""Every edit of the Overleggen page as one undoable step over the meeting services.

`run_edit` reads the rows an edit may touch (a `Scope` of meeting rows) before and after the
service runs; see zorgdesk/ui/kit/edits.py for the undo step itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from zorgdesk.services.meetings.bodies import Scope, capture
from zorgdesk.ui.kit import edits
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext

T = TypeVar("T")
WHAT = ChangeKind.MEETINGS


def run_edit(ctx: WorkspaceContext, parent: QWidget | None, label: str, scope: Scope,
             op: Callable[[], T], *,
             after_scope: Callable[[T], Scope] | None = None) -> T | None:
    """Run `op` as one undoable edit labelled `label`; None when it was refused.

    `after_scope` widens the scope with rows the edit made (a new body) once it is known.
    """
    store = ctx.store
    return edits.run_edit(
        ctx, parent, label, lambda: capture(store, scope), op, what=WHAT,
        capture_new=(lambda result: capture(store, after_scope(result))) if after_scope else None)
