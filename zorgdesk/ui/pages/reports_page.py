"""Rapporten: choosing and making the printable reports (the reports package does the work)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.pages.base import Page, heading


class ReportsPage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading(self.tr("Rapporten")))
        note = QLabel(self.tr("Rapporten maken kan ook via de opdrachtregel: "
                              "zorgdesk report SOORT BESTAND --out X.pdf"))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
