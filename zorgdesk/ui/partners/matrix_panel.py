"""The partner matrix: goals against organisations with a role per cell."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from zorgdesk.ui.context import WorkspaceContext


class PartnerMatrixPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.view = QTableView()
        self.view.setObjectName("partnerMatrix")
        layout.addWidget(self.view)

    def reload(self) -> None:
        """Read again from the open workspace."""
