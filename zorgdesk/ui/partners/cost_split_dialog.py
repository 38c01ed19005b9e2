"""Kosten verdelen: an amount over chosen organisations by inhabitants, equally or by fixed
shares, previewed in whole euros that add up exactly before anything is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.partners import cost_split, funding
from zorgdesk.store import StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.formatting import euros, number
from zorgdesk.ui.partners.funding_panel import parse_cents


class CostSplitDialog(QDialog):
    """A small fixed table (the organisations of one region), so a QTableWidget is fine."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kosten verdelen"))
        self.resize(720, 640)
        self.organisations = funding.organisations(ctx.store)
        self.total = QLineEdit()
        self.total.setObjectName("splitTotal")
        self.total.setPlaceholderText(self.tr("bijvoorbeeld 115.000"))
        self.covered = QLineEdit()
        self.covered.setObjectName("splitCovered")
        self.covered.setPlaceholderText(self.tr("al gedekt, bijvoorbeeld 40.000 + 10.000"))
        self.by_population = QRadioButton(self.tr("naar inwoners"))
        self.equally = QRadioButton(self.tr("gelijk"))
        self.fixed = QRadioButton(self.tr("vaste aandelen"))
        self.by_population.setChecked(True)
        methods = QButtonGroup(self)
        method_row = QHBoxLayout()
        for button in (self.by_population, self.equally, self.fixed):
            methods.addButton(button)
            method_row.addWidget(button)
            button.toggled.connect(self.preview)
        method_row.addStretch(1)
        self.year = QSpinBox()
        self.year.setRange(1989, 2100)
        self.year.setSpecialValueText(self.tr("elk jaar"))
        self.year.setValue(1989)
        self.status = QComboBox()
        self.status.addItem(self.tr("beoogd"), "beoogd")
        self.status.addItem(self.tr("toegezegd"), "toegezegd")
        self.description = QLineEdit(self.tr("Kostenverdeling"))

        self.table = QTableWidget(len(self.organisations), 4)
        self.table.setObjectName("splitTable")
        self.table.setAccessibleName(self.tr("Verdeling per organisatie"))
        self.table.setHorizontalHeaderLabels([self.tr("Organisatie"), self.tr("Inwoners"),
                                              self.tr("Aandeel"), self.tr("Bedrag")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, org in enumerate(self.organisations):
            name = QTableWidgetItem(org.label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if org.kind == "gemeente"
                               else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            people = QTableWidgetItem(number(org.population) if org.population else "")
            people.setFlags(Qt.ItemFlag.ItemIsEnabled)
            people.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, people)
            self.table.setItem(row, 2, QTableWidgetItem("1"))
            amount = QTableWidgetItem("")
            amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, amount)
        self.table.itemChanged.connect(lambda _item: self.preview())
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Totaal"), self.total)
        form.addRow(self.tr("Waarvan al gedekt"), self.covered)
        form.addRow(self.tr("Verdelen"), method_row)
        form.addRow(self.tr("Jaar"), self.year)
        form.addRow(self.tr("Stand"), self.status)
        form.addRow(self.tr("Toelichting"), self.description)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.total.textChanged.connect(self.preview)
        self.covered.textChanged.connect(self.preview)
        self.shares: dict[str, int] = {}
        self.preview()

    def rest_euros(self) -> int:
        total = parse_cents(self.total.text()) if self.total.text().strip() else 0
        covered = sum(parse_cents(part) for part in self.covered.text().split("+")
                      if part.strip())
        rest = total - covered
        if rest < 0:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Er is meer gedekt dan het totaal."))
        return rest // 100

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in __init__
        return item

    def chosen(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if self._item(row, 0).checkState() == Qt.CheckState.Checked]

    def preview(self) -> None:
        self.shares = {}
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self._item(row, 3).setText("")
        try:
            rest = self.rest_euros()
            rows = self.chosen()
            orgs = {self.organisations[r].id: r for r in rows}
            if self.by_population.isChecked():
                shares = cost_split.split_by_population(
                    rest, {o.id: o.population for o in self.organisations if o.id in orgs},
                    {o.id: o.label for o in self.organisations})
            elif self.equally.isChecked():
                shares = cost_split.split_equally(rest, list(orgs))
            else:
                shares = cost_split.split_by_weights(rest, {
                    org_id: int(parse_cents(self._item(row, 2).text()) // 100)
                    for org_id, row in orgs.items()})
            for org_id, euros_share in shares.items():
                self._item(orgs[org_id], 3).setText(euros(euros_share * 100))
            self.shares = shares
            self.message.setText(self.tr("%1 verdeeld over %2 organisaties, tot op de euro.")
                                 .replace("%1", euros(rest * 100)).replace("%2", str(len(orgs))))
        except StoreError as exc:
            self.message.setText(error_text(exc))
        finally:
            self.table.blockSignals(False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.shares) and any(self.shares.values()))

    def options(self) -> dict[str, object]:
        return {"year": None if self.year.value() == 1989 else self.year.value(),
                "status": self.status.currentData(), "goal_id": None,
                "description": self.description.text()}
