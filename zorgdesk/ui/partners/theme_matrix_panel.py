"""The IZA matrix: themes against partners with their capacity (bestuurlijk trekker...)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from zorgdesk.ui.context import WorkspaceContext


class ThemeMatrixPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self)

    def reload(self) -> None:
        """Read again from the open workspace."""
