"""Undo commands over services: each edit knows how to do and undo exactly its own rows.

An undo restores a snapshot of only the rows the edit touched, so undoing can never remove
data that was not part of the edit; the stack is cleared when another workspace opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext


class EditCommand(QUndoCommand):
    """A labelled edit ("Mijlpaal verplaatst") made of a do and an undo callable.

    `what` names what changed, so open pages refresh (see WorkspaceContext.changed).
    """

    def __init__(
        self,
        ctx: WorkspaceContext,
        label: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        what: ChangeKind,
    ) -> None:
        super().__init__(label)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._what = what

    def redo(self) -> None:
        self._do()
        self._ctx.notify(self._what)

    def undo(self) -> None:
        self._undo()
        self._ctx.notify(self._what)


def push_edit(
    ctx: WorkspaceContext,
    label: str,
    do: Callable[[], object],
    undo: Callable[[], object],
    what: ChangeKind,
) -> None:
    """Run an edit now and put it on the workspace's undo stack."""
    ctx.undo_stack.push(EditCommand(ctx, label, do, undo, what))
