"""The partner matrix: goals against organisations with a role per cell.

Roles are set for the whole selection at once (a key, or the right-click menu) as one
undoable step. In a column collapsed per kind a role applies to every shown member of that
kind; the column's tooltip and the undo label (number of cells) say so.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.partners.matrix import (
    ROLE_ORDER,
    RoleMatrixData,
    capture,
    load_matrix,
    set_roles,
)
from zorgdesk.ui.kit.after_paint import after_next_paint
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.formatting import number
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.partners.matrix_model import (
    FILL,
    LETTER,
    PartnerMatrixModel,
    args,
    kind_label,
    role_label,
)
from zorgdesk.ui.partners.matrix_view import MatrixView
from zorgdesk.ui.partners.transposed_matrix_model import TransposedMatrixModel

FIRST_ROWS = 80  # rows whose roles are read before the first paint: more than a tall screen


class PartnerMatrixPanel(Page):
    # Goals against organisations and people, with their roles.
    concerns = frozenset({ChangeKind.GOALS, ChangeKind.PARTNERS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PartnerMatrixModel(self)
        self.transposed_model = TransposedMatrixModel(self)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Doelen en organisaties zoeken"))
        self.search.setPlaceholderText(self.tr("Zoek doel op code of titel"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.kinds_button = QToolButton()
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kinds_button.setMenu(self.kinds_menu)
        self.kind_actions: dict[str, QAction] = {}
        self.coalition = QComboBox()
        self.coalition.addItem(self.tr("Alle coalities"), None)
        self.coalition.addItem(self.tr("Leidende coalitie"), "leidend")
        self.coalition.addItem(self.tr("Brede coalitie"), "breed")
        self.coalition.currentIndexChanged.connect(self._refilter)
        self.collapse = QCheckBox(self.tr("Kolommen samenvoegen per soort"))
        self.collapse.toggled.connect(self._refilter)
        self.without_trekker = QCheckBox(self.tr("Alleen doelen zonder trekker"))
        self.without_trekker.toggled.connect(self._refilter)
        self.transposed = QCheckBox(self.tr("Per organisatie"))
        self.transposed.setToolTip(self.tr("Toon per organisatie de doelen waarop zij een rol "
                                           "heeft"))
        self.transposed.toggled.connect(self._show_transposed)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kinds_button)
        bar.addWidget(self.coalition)
        bar.addWidget(self.collapse)
        bar.addWidget(self.without_trekker)
        bar.addWidget(self.transposed)
        bar.addStretch(1)

        self.view = MatrixView()
        self.view.setModel(self.model)
        self.view.roleRequested.connect(self._role_key)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.role_actions: dict[str, QAction] = {}
        for role in (*ROLE_ORDER, ""):
            text = (f"{role_label(role).capitalize()}\t{LETTER[role]}" if role
                    else self.tr("Geen rol") + "\t" + self.tr("Delete"))
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, r=role: self.set_role(r or None))
            self.role_actions[role] = action
        self.tree = QTreeView()
        self.tree.setObjectName("partnerMatrixTransposed")
        self.tree.setModel(self.transposed_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(0, 560)
        self.tree.header().resizeSection(1, 180)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.tree)

        self.legend = QLabel(self._legend())
        self.legend.setObjectName("muted")
        self.note = QLabel()
        self.note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self._update_kinds_button()

    def _legend(self) -> str:
        swatches = " ".join(
            f"<span style='background:{FILL[r]}'>&nbsp;{LETTER[r]}&nbsp;</span>&nbsp;"
            f"{role_label(r)}&nbsp;&nbsp;" for r in ROLE_ORDER)
        return swatches + self.tr(
            "&nbsp;&nbsp;Kies cellen en typ T, I, B, F of G; Delete wist. "
            "Rechtsklik voor het menu. <span style='color:#c62828'>●</span> geen trekker.")

    # -- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the matrix again; filters, and the selection when the shape stays, are kept.

        The first time, with the filters as they start, the roles of the first screens are
        read first and the rest once they are painted (`load_matrix`)."""
        first = not self.model.data_source.rows and not self._filtered()
        data = load_matrix(self.ctx.store, first=FIRST_ROWS if first else None)
        if not data.complete:
            after_next_paint(self.view.viewport(), self._complete)
        self._show(data)

    def _filtered(self) -> bool:
        return bool(self.search.text() or self.coalition.currentData()
                    or self.collapse.isChecked() or self.without_trekker.isChecked()
                    or self.transposed.isChecked()
                    or any(not a.isChecked() for a in self.kind_actions.values()))

    def _complete(self) -> None:
        """Read the whole matrix after a partial first read; what needs every role (a
        filter, the totals, an edit) asks for it first."""
        if not self.model.data_source.complete:
            self._show(load_matrix(self.ctx.store))

    def _show(self, data: RoleMatrixData) -> None:
        kinds = list(dict.fromkeys(o.kind for o in data.orgs))
        if kinds != list(self.kind_actions):
            self._fill_kinds(kinds)
        self.model.set_data(data)
        self._refresh_transposed()
        self._update_note()

    def _fill_kinds(self, kinds: list[str]) -> None:
        self.kinds_menu.clear()
        self.kind_actions = {}
        for kind in kinds:
            action = self.kinds_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._refilter)
            self.kind_actions[kind] = action
        self._update_kinds_button()

    def _update_kinds_button(self) -> None:
        chosen = [k for k, a in self.kind_actions.items() if a.isChecked()]
        if len(chosen) == len(self.kind_actions):
            self.kinds_button.setText(self.tr("Alle soorten"))
        else:
            self.kinds_button.setText(args(self.tr("Soorten: %1 van %2"),
                                          number(len(chosen)), number(len(self.kind_actions))))

    def _refilter(self, *_args: object) -> None:
        self._complete()
        chosen = {k for k, a in self.kind_actions.items() if a.isChecked()}
        self.model.set_filter(
            kinds=None if len(chosen) == len(self.kind_actions) else chosen,
            coalition=self.coalition.currentData(),
            text=self.search.text(),
            only_without_trekker=self.without_trekker.isChecked(),
            collapsed=self.collapse.isChecked())
        self.view.set_wide(self.collapse.isChecked())
        self._update_kinds_button()
        self._refresh_transposed()
        self._update_note()

    def _show_transposed(self, on: bool) -> None:
        self._complete()
        self.stack.setCurrentWidget(self.tree if on else self.view)
        self._refresh_transposed()

    def _refresh_transposed(self) -> None:
        if not self.transposed.isChecked():
            return
        data = self.model.data_source
        orgs = [i for i, o in enumerate(data.orgs)
                if (self.model.kinds is None or o.kind in self.model.kinds)
                and (self.model.coalition is None or o.coalition == self.model.coalition)]
        self.transposed_model.set_data(data, orgs)

    def _update_note(self) -> None:
        data = self.model.data_source
        if not data.complete:  # counted over every role: once the rest is read
            self.note.clear()
            return
        missing = len(data.without_trekker())
        goals = sum(1 for r in data.rows if r.is_goal)
        self.note.setText(args(self.tr("%1 doelen, %2 zonder trekker; %3 organisaties, %4 rollen"),
                               number(goals), number(missing), number(len(data.orgs)),
                               number(len(data.cells))))

    # -- editing ---------------------------------------------------------------------------

    def _role_key(self, role: str) -> None:
        self.set_role(role or None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if self.model.goal_row(index.row()) is None or self.model.column(index.column()) is None:
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for role in ROLE_ORDER:
            menu.addAction(self.role_actions[role])
        menu.addSeparator()
        menu.addAction(self.role_actions[""])
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _would_change(self, pairs: list[tuple[str, str]], role: str | None) -> bool:
        """False when every cell already holds exactly `role`: no empty step on the stack."""
        data = self.model.data_source
        row_of = {r.id: i for i, r in enumerate(data.rows) if r.is_goal}
        col_of = {o.id: i for i, o in enumerate(data.orgs)}
        wanted = (role,) if role else ()
        return any(data.cells.get((row_of.get(g, -1), col_of.get(o, -1)), ()) != wanted
                   for g, o in pairs)

    def set_role(self, role: str | None) -> None:
        """Give every selected cell `role` (None clears), as one undoable step."""
        pairs = self.model.cells_at(self.view.selectionModel().selectedIndexes())
        if not pairs:
            self.note.setText(self.tr("Kies eerst een of meer cellen van een doel."))
            return
        self._complete()  # what the cells hold now, also those below the first screens
        if not self._would_change(pairs, role):
            self.note.setText(self.tr("Deze cellen hebben die rol al; er is niets gewijzigd."))
            return
        store = self.ctx.store
        goals = {g for g, _ in pairs}
        orgs = {o for _, o in pairs}
        count = number(len(pairs))
        if role is None:
            label = args(self.tr("Rol gewist (%1 cellen)"), count) if len(pairs) > 1 \
                else self.tr("Rol gewist")
        elif len(pairs) > 1:
            label = args(self.tr("Rol gezet: %1 (%2 cellen)"), role_label(role), count)
        else:
            label = args(self.tr("Rol gezet: %1"), role_label(role))
        run_edit(self.ctx, self, label, lambda: capture(store, goals, orgs),
                 lambda: set_roles(store, pairs, role), what=ChangeKind.PARTNERS)
