"""Every edit of the Overleggen page as one undoable step over the meeting services.

`run_edit` reads the rows an edit may touch (a `Scope`), runs the service, reads them again
and puts the swap between the two on the undo stack. A refused edit (a `StoreError` with a
Dutch message) is shown to the user and leaves no step on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from zorgdesk.services.bodies import Scope, apply_state, capture
from zorgdesk.store import StoreError
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.undo import push_edit

T = TypeVar("T")
WHAT = "meetings"


def run_edit(ctx: WorkspaceContext, parent: QWidget | None, label: str, scope: Scope,
             op: Callable[[], T], *,
             after_scope: Callable[[T], Scope] | None = None) -> T | None:
    """Run `op` as one undoable edit labelled `label`; None when it was refused.

    `after_scope` widens the scope with rows the edit made (a new body) once it is known.
    """
    store = ctx.store
    before = capture(store, scope)
    try:
        result = op()
    except StoreError as exc:
        QMessageBox.warning(parent, label, exc.message)
        return None
    after = capture(store, scope | after_scope(result) if after_scope else scope)
    first = True

    def do() -> None:
        nonlocal first
        if first:
            first = False
            return
        apply_state(store, before, after)

    push_edit(ctx, label, do, lambda: apply_state(store, after, before), WHAT)
    return result
