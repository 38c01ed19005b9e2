"""A panel that reads again after a change only when it is seen, like a Page."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from zorgdesk.ui.kit.context import WorkspaceContext


class ShownPanel(QWidget):
    """Tabs of the Partners page: hidden tabs only note a change and read when shown."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._mark_stale)
        ctx.workspaceChanged.connect(self._mark_stale)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read again from the open workspace (nothing when none is open)."""
        self._stale = False
        if self.ctx.has_store:
            self.load()

    def load(self) -> None:
        """What the panel reads and shows."""
