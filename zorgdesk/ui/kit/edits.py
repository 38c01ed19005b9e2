"""Every edit as one undoable step: capture the rows it may touch, run it, capture again.

The swap between the two captures goes on the undo stack (services/undo.py), so undo and
redo write exactly the rows of this edit. A refused edit (a `StoreError`) is shown to the user
in the app's language (`error_text`) and leaves no step on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from zorgdesk.services.undo import State, apply_state, merge
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.undo import push_edit

T = TypeVar("T")


def run_edit(ctx: WorkspaceContext, parent: QWidget | None, label: str,
             capture: Callable[[], State], op: Callable[[], T], *, what: ChangeKind,
             capture_new: Callable[[T], State] | None = None) -> T | None:
    """Run `op` as one undoable edit labelled `label`; None when it was refused.

    `capture` reads the rows the edit may change (it runs before and after); `capture_new`
    reads rows the edit made, once its result is known (a new goal and what hangs on it).
    """
    store = ctx.store
    before = capture()
    try:
        result = op()
    except StoreError as exc:
        QMessageBox.warning(parent, label, error_text(exc))
        return None
    after = capture()
    if capture_new is not None:
        after = merge(after, capture_new(result))
    first = True

    def do() -> None:
        nonlocal first
        if first:
            first = False
            return
        apply_state(store, before, after)

    push_edit(ctx, label, do, lambda: apply_state(store, after, before), what)
    return result
