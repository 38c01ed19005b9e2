"""Partners: the partner matrix, organisations and people with what they take part in, the IZA
theme matrix and coalition table, and the funding with its cost split.

Each tab is a `Page` of its own: it reads the workspace when it is shown after a change."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.partners.coalition_panel import CoalitionPanel
from zorgdesk.ui.partners.directory_panels import OrganisationPanel, PeoplePanel
from zorgdesk.ui.partners.funding_panel import FundingPanel
from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel
from zorgdesk.ui.partners.theme_matrix_panel import ThemeMatrixPanel


class PartnersPage(Page):
    # Nothing of its own: each tab is a Page with its own concerns.
    concerns: frozenset[ChangeKind] = frozenset()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.matrix = PartnerMatrixPanel(ctx)
        self.organisations = OrganisationPanel(ctx)
        self.people = PeoplePanel(ctx)
        self.theme_matrix = ThemeMatrixPanel(ctx)
        self.coalitions = CoalitionPanel(ctx)
        self.funding = FundingPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnerTabs")
        for panel, label in ((self.matrix, self.tr("Partnermatrix")),
                             (self.organisations, self.tr("Organisaties")),
                             (self.people, self.tr("Personen")),
                             (self.theme_matrix, self.tr("Thema's en partners")),
                             (self.coalitions, self.tr("Sectoren en coalitie")),
                             (self.funding, self.tr("Financiering"))):
            self.tabs.addTab(panel, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
