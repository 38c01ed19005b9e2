"""The IZA matrix: themes against partners with their capacity (bestuurlijk trekker...).

Laid out as in the plan's appendix B: a column per theme, a row per capacity, the names in
the cells. Read-only: these roles describe who wrote the plan, they are set on import.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from zorgdesk.services.partners.matrix import load_theme_matrix
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.partners.theme_matrix_model import ThemeMatrixModel


class ThemeMatrixPanel(Page):
    # Themes against the organisations with a role in their goals.
    concerns = frozenset({ChangeKind.GOALS, ChangeKind.PARTNERS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ThemeMatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("themeMatrix")
        self.view.setAccessibleName(self.tr("Themamatrix"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(150)
        # a handful of rows: sizing them to their names is cheap and keeps every name visible
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setMaximumWidth(280)
        self.note = QLabel(self.tr(
            "Per thema wie welke rol heeft; in een IZA-regioplan de bestuurlijke trekkers, de "
            "schrijfteams en de facilitator, zoals in de IZA-matrix. Alleen te lezen."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.empty = QLabel(self.tr("Deze werkruimte heeft geen rollen op thema's."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Read the theme roles again from the open workspace."""
        matrix = load_theme_matrix(self.ctx.store)
        self.model.set_matrix(matrix)
        self.empty.setVisible(not matrix.themes)
        self.view.setVisible(bool(matrix.themes))
