"""Partners: the organisations, the partner matrix, the IZA theme matrix and coalition table,
and the funding with its cost split."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from zorgdesk.services.partners_read import OrganisationRow, load_organisations
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.formatting import number
from zorgdesk.ui.itemmodels.rows_model import Column, RowsTableModel
from zorgdesk.ui.pages.base import Page
from zorgdesk.ui.partners.coalition_panel import CoalitionPanel
from zorgdesk.ui.partners.funding_panel import FundingPanel
from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel
from zorgdesk.ui.partners.theme_matrix_panel import ThemeMatrixPanel


class PartnersPage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.organisations: RowsTableModel[OrganisationRow] = RowsTableModel(
            [
                Column(self.tr("Organisatie"), lambda o: o.name),
                Column(self.tr("Soort"), lambda o: o.kind),
                Column(self.tr("Sector"), lambda o: o.sector or ""),
                Column(self.tr("Coalitie"), lambda o: o.coalition or ""),
                Column(self.tr("Inwoners"), lambda o: number(o.population) if o.population else "",
                       lambda o: o.population or 0, align_right=True),
                Column(self.tr("Rollen"), lambda o: number(o.roles), lambda o: o.roles,
                       align_right=True),
            ],
            row_id=lambda o: o.id,
            parent=self,
        )
        self.org_view = QTableView()
        self.org_view.setObjectName("organisationList")
        self.org_view.setModel(self.organisations)
        self.org_view.verticalHeader().hide()
        self.org_view.setAlternatingRowColors(True)
        self.org_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.org_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.matrix = PartnerMatrixPanel(ctx)
        self.theme_matrix = ThemeMatrixPanel(ctx)
        self.coalitions = CoalitionPanel(ctx)
        self.funding = FundingPanel(ctx)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnerTabs")
        self.tabs.addTab(self.matrix, self.tr("Partnermatrix"))
        self.tabs.addTab(self.org_view, self.tr("Organisaties"))
        self.tabs.addTab(self.theme_matrix, self.tr("Thema's en partners"))
        self.tabs.addTab(self.coalitions, self.tr("Sectoren en coalitie"))
        self.tabs.addTab(self.funding, self.tr("Financiering"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.organisations.set_rows(load_organisations(self.ctx.store))  # the panels read
        # themselves when their tab is shown (ShownPanel)
