"""Appendix B of an IZA plan: per sector the organisations in the leading and broad coalition.

Read-only: the coalition of an organisation is edited with the organisation itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from zorgdesk.services.partners.matrix import load_coalitions
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.formatting import number
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.partners.coalition_model import CoalitionModel
from zorgdesk.ui.partners.matrix_model import args


class CoalitionPanel(Page):
    # Organisations per sector with their roles in goals.
    concerns = frozenset({ChangeKind.GOALS, ChangeKind.PARTNERS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CoalitionModel(self)
        self.view = QTableView()
        self.view.setObjectName("coalitionTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        hh.resizeSection(0, 260)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # one row per sector (a dozen or two): rows grow to show every name
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Read the coalitions again from the open workspace."""
        rows = load_coalitions(self.ctx.store)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        if not rows:
            self.summary.setText(self.tr("Geen organisatie in deze werkruimte hoort bij een "
                                         "coalitie."))
            return
        self.summary.setText(args(self.tr(
            "%1 sectoren; %2 organisaties in de leidende en %3 in de brede coalitie."),
            number(len(rows)), number(sum(len(r.leading) for r in rows)),
            number(sum(len(r.broad) for r in rows))))
