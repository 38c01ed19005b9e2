"""Tijdlijn: the year (or quarter) grid of marks and milestones per goal."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from zorgdesk.services.year_grid import load_year_grid
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.itemmodels.year_grid_model import YearGridModel
from zorgdesk.ui.pages.base import Page


class TimelinePage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = YearGridModel(self)
        self.view = QTableView()
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(92)
        vheader = self.view.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(24)
        vheader.setFixedWidth(460)
        vheader.setDefaultAlignment(vheader.defaultAlignment())
        self.legend = QLabel(self.tr("■ werk of resultaat in dat jaar   ◆ mijlpaal   "
                                     "(groen: gereed, rood: vertraagd)"))
        self.legend.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.legend)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_grid(load_year_grid(self.ctx.store))
