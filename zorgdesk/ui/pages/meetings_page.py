"""Overleggen: every meeting of every body, in date order."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from zorgdesk.services.meetings_read import MeetingRow, load_meetings
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.formatting import date_time, number
from zorgdesk.ui.itemmodels.rows_model import Column, RowsTableModel
from zorgdesk.ui.pages.base import Page


class MeetingsPage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsTableModel[MeetingRow] = RowsTableModel(
            [
                Column(self.tr("Datum en tijd"), lambda m: date_time(m.starts_at),
                       lambda m: m.starts_at.isoformat()),
                Column(self.tr("Overleg"), lambda m: m.body, tooltip=lambda m: m.body_name),
                Column(self.tr("Naam"), lambda m: m.body_name),
                Column(self.tr("Locatie"), lambda m: m.location or ""),
                Column(self.tr("Agendapunten"), lambda m: number(m.items), lambda m: m.items,
                       align_right=True),
            ],
            row_id=lambda m: m.id,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("meetingList")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 190)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_rows(load_meetings(self.ctx.store))
