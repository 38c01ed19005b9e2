"""Financiering: the funding lines with totals per year and per source, and the cost split."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals.progress import parse_number
from zorgdesk.services.partners import funding
from zorgdesk.services.partners.funding import FundingRow
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.formatting import euros, number
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.kit.rows_model import Column, RowsTableModel

# For lupdate: the states are translated where they are shown (self.tr(row.status)).
_STATES = [QT_TRANSLATE_NOOP("FundingPanel", "toegezegd"),
           QT_TRANSLATE_NOOP("FundingPanel", "beoogd")]


def parse_cents(text: str) -> int:
    """An amount as typed in Dutch (7.300, 7300,50, € 7.300,00) in cents."""
    return round(parse_number(text) * 100)


class FundingLineDialog(QDialog):
    def __init__(self, ctx: WorkspaceContext, line: FundingRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Financieringsregel"))
        self.setMinimumWidth(520)
        store = ctx.store
        self.source = QComboBox()
        self.source.setObjectName("fundingSource")
        self.source.addItem(self.tr("(geen organisatie)"), None)
        for org in funding.organisations(store):
            self.source.addItem(org.label, org.id)
        self.goal = QComboBox()
        self.goal.addItem(self.tr("Hele werkagenda"), None)
        for goal in funding.goals(store):
            self.goal.addItem(goal.label[:90], goal.id)
        self.amount = QLineEdit(number(line.amount_cents / 100, 2) if line else "")
        self.amount.setObjectName("fundingAmount")
        self.amount.setPlaceholderText(self.tr("bijvoorbeeld 7.300 of 7.300,50"))
        self.year = QSpinBox()
        self.year.setRange(1989, 2100)
        self.year.setSpecialValueText(self.tr("elk jaar"))
        self.year.setValue(line.year or 1989 if line else 1989)
        self.status = QComboBox()
        self.status.addItem(self.tr("toegezegd"), "toegezegd")
        self.status.addItem(self.tr("beoogd"), "beoogd")
        self.description = QLineEdit(line.description or "" if line else "")
        if line:
            self.source.setCurrentIndex(max(0, self.source.findData(line.source_id)))
            self.goal.setCurrentIndex(max(0, self.goal.findData(line.goal_id)))
            self.status.setCurrentIndex(self.status.findData(line.status))
        form = QFormLayout(self)
        form.addRow(self.tr("Bron"), self.source)
        form.addRow(self.tr("Voor"), self.goal)
        form.addRow(self.tr("Bedrag (€)"), self.amount)
        form.addRow(self.tr("Jaar"), self.year)
        form.addRow(self.tr("Stand"), self.status)
        form.addRow(self.tr("Toelichting"), self.description)
        form.addRow(ok_cancel(self, self._check))
        self.values: dict[str, object] = {}

    def _check(self) -> None:
        try:
            cents = parse_cents(self.amount.text())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Financieringsregel"), error_text(exc))
            return
        self.values = {"source_id": self.source.currentData(), "amount_cents": cents,
                       "year": None if self.year.value() == 1989 else self.year.value(),
                       "status": self.status.currentData(), "goal_id": self.goal.currentData(),
                       "description": self.description.text()}
        self.accept()


class FundingPanel(Page):
    # Funding lines with their funders and goals.
    concerns = frozenset({ChangeKind.FUNDING, ChangeKind.PARTNERS, ChangeKind.GOALS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsTableModel[FundingRow] = RowsTableModel(
            [
                Column(self.tr("Bron"), lambda r: r.source),
                Column(self.tr("Voor"), lambda r: r.goal or self.tr("hele werkagenda"),
                       tooltip=lambda r: r.description or ""),
                Column(self.tr("Jaar"), lambda r: str(r.year) if r.year else self.tr("elk jaar")),
                Column(self.tr("Bedrag"), lambda r: euros(r.amount_cents),
                       lambda r: r.amount_cents, align_right=True),
                Column(self.tr("Stand"), lambda r: self.tr(r.status)),
            ],
            row_id=lambda r: r.id, parent=self)
        self.view = QTableView()
        self.view.setObjectName("fundingList")
        self.view.setAccessibleName(self.tr("Financieringsregels"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 80), (3, 130), (4, 100)):
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_line())
        self.totals = QLabel()
        self.totals.setObjectName("panel")
        self.totals.setWordWrap(True)
        self.totals.setMinimumWidth(280)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        for label, slot, name in ((self.tr("Nieuwe regel…"), self.add_line, "addFunding"),
                                  (self.tr("Wijzigen…"), self.edit_line, "editFunding"),
                                  (self.tr("Verwijderen"), self.delete_lines, "deleteFunding"),
                                  (self.tr("Kosten verdelen…"), self.split_costs, "splitCosts")):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(body)

    def refresh(self) -> None:
        rows = funding.list_funding(self.ctx.store)
        self.model.set_rows(rows)
        per_year, per_source = funding.totals(rows)
        # tr() outside the f-strings: Qt's lupdate does not look inside them.
        total, by_year, by_source = self.tr("Totaal"), self.tr("Per jaar"), self.tr("Per bron")
        every_year, unknown = self.tr("elk jaar"), self.tr("onbekend")
        lines = [f"<b>{total}: {euros(sum(r.amount_cents for r in rows))}</b>",
                 f"<br><b>{by_year}</b>"]
        for year in sorted(per_year, key=lambda y: (y is None, y or 0)):
            lines.append(f"{year or every_year}: {euros(per_year[year])}")
        lines.append(f"<br><b>{by_source}</b>")
        for source, cents in sorted(per_source.items(), key=lambda item: -item[1]):
            lines.append(f"{source or unknown}: {euros(cents)}")
        self.totals.setText("<br>".join(lines))

    def selected(self) -> list[FundingRow]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(rows)]

    def add_line(self) -> None:
        dialog = FundingLineDialog(self.ctx, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        values = dialog.values
        run_edit(self.ctx, self, self.tr("Financieringsregel toegevoegd"),
                 lambda: funding.capture_lines(store, []),
                 lambda: funding.add_line(store, **values),  # type: ignore[arg-type]
                 what=ChangeKind.FUNDING,
                 capture_new=lambda new_id: funding.capture_lines(store, [new_id]))

    def edit_line(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        line = chosen[0]
        dialog = FundingLineDialog(self.ctx, line, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        values = dialog.values
        run_edit(self.ctx, self, self.tr("Financieringsregel gewijzigd"),
                 lambda: funding.capture_lines(store, [line.id]),
                 lambda: funding.update_line(store, line.id, **values),  # type: ignore[arg-type]
                 what=ChangeKind.FUNDING)

    def delete_lines(self) -> None:
        ids = [r.id for r in self.selected()]
        if not ids:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Financiering verwijderd"),
                 lambda: funding.capture_lines(store, ids),
                 lambda: funding.delete_lines(store, ids), what=ChangeKind.FUNDING)

    def split_costs(self) -> None:
        from zorgdesk.ui.partners.cost_split_dialog import CostSplitDialog

        dialog = CostSplitDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.shares:
            return
        store = self.ctx.store
        shares, options = dialog.shares, dialog.options()
        run_edit(self.ctx, self, self.tr("Kosten verdeeld"),
                 lambda: funding.capture_lines(store, []),
                 lambda: funding.store_split(store, shares, **options),  # type: ignore[arg-type]
                 what=ChangeKind.FUNDING,
                 capture_new=lambda ids: funding.capture_lines(store, ids))
