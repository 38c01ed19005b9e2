"""Partners: the organisations, and the partner matrix of goals against organisations."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from zorgdesk.services.partners_read import OrganisationRow, load_organisations, load_role_matrix
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.formatting import number
from zorgdesk.ui.itemmodels.role_matrix_model import RoleMatrixModel
from zorgdesk.ui.itemmodels.rows_model import Column, RowsTableModel
from zorgdesk.ui.pages.base import Page


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

        self.matrix = RoleMatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setObjectName("partnerMatrix")
        self.matrix_view.setModel(self.matrix)
        hh = self.matrix_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setDefaultSectionSize(96)
        vh = self.matrix_view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        vh.setFixedWidth(380)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.org_view, self.tr("Organisaties"))
        self.tabs.addTab(self.matrix_view, self.tr("Partnermatrix"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.organisations.set_rows(load_organisations(self.ctx.store))
        self.matrix.set_matrix(load_role_matrix(self.ctx.store))
