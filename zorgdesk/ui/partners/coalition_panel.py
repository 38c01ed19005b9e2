"""Appendix B of an IZA plan: per sector the organisations in the leading and broad coalition."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from zorgdesk.ui.context import WorkspaceContext


class CoalitionPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self)

    def reload(self) -> None:
        """Read again from the open workspace."""
