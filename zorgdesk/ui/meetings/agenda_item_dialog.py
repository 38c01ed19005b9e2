"""One agenda item: title, kind, presenter, minutes, confidentiality, notes and goals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.agenda import AgendaLine
from zorgdesk.services.meetings.bodies import Choice
from zorgdesk.ui.meetings.agenda_model import kind_label

# The values of zorgdesk.models.ItemKind (the models load only when an edit is made).
ITEM_KINDS = ("ter informatie", "ter bespreking", "ter besluitvorming", "hamerstuk")


@dataclass(frozen=True, slots=True)
class ItemValues:
    title: str
    kind: str | None  # a value of zorgdesk.models.ItemKind
    presenter_person_id: str | None
    presenter: str | None
    minutes_allotted: int | None
    confidential: bool
    notes: str | None
    goal_ids: tuple[str, ...]

    def fields(self) -> dict[str, object]:
        return {"title": self.title, "kind": self.kind,
                "presenter_person_id": self.presenter_person_id, "presenter": self.presenter,
                "minutes_allotted": self.minutes_allotted, "confidential": self.confidential,
                "notes": self.notes}


class AgendaItemDialog(QDialog):
    def __init__(self, line: AgendaLine | None, people: list[Choice],
                 goals: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agendapunt") if line else self.tr("Nieuw agendapunt"))
        self.resize(560, 560)
        self.title = QLineEdit(line.title if line else "")
        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in ITEM_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        if line and line.kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(line.kind)))
        self.person = QComboBox()
        self.person.addItem(self.tr("(geen persoon – vrije tekst)"), None)
        for person in people:
            self.person.addItem(f"{person.label} ({person.detail})" if person.detail
                                else person.label, person.id)
        self.presenter = QLineEdit()
        self.presenter.setAccessibleName(self.tr("Inbreng (vrije tekst)"))
        self.presenter.setPlaceholderText(self.tr("bijvoorbeeld: trekker thema Preventie"))
        if line and line.presenter_person_id:
            self.person.setCurrentIndex(max(0, self.person.findData(line.presenter_person_id)))
        elif line and line.presenter:
            self.presenter.setText(line.presenter)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("geen"))
        self.minutes.setValue(line.minutes or 0 if line else 10)
        self.confidential = QCheckBox(self.tr("Vertrouwelijk (niet in de publieksversie)"))
        self.confidential.setChecked(bool(line and line.confidential))
        self.notes = QPlainTextEdit(line.notes or "" if line else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Toelichting en voorstel"))
        self.goal_model = QStandardItemModel(self)
        linked = set(line.goal_ids) if line else set()
        for goal_id, label in goals:
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(goal_id, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if goal_id in linked
                               else Qt.CheckState.Unchecked)
            self.goal_model.appendRow(item)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.goal_model)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.goal_search = QLineEdit()
        self.goal_search.setAccessibleName(self.tr("Doelen zoeken"))
        self.goal_search.setPlaceholderText(self.tr("Zoek een doel…"))
        self.goal_search.setClearButtonEnabled(True)
        self.goal_search.textChanged.connect(proxy.setFilterFixedString)
        goal_view = QListView()
        goal_view.setAccessibleName(self.tr("Gekoppelde doelen"))
        goal_view.setModel(proxy)
        goal_view.setUniformItemSizes(True)
        form = QFormLayout()
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Inbrenger"), self.person)
        form.addRow("", self.presenter)
        form.addRow(self.tr("Tijd"), self.minutes)
        form.addRow("", self.confidential)
        form.addRow(self.tr("Toelichting"), self.notes)
        form.addRow(self.tr("Doelen"), self.goal_search)
        form.addRow("", goal_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> ItemValues:
        person = self.person.currentData()
        goal_ids = tuple(
            str(self.goal_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.goal_model.rowCount())
            if self.goal_model.item(row).checkState() == Qt.CheckState.Checked)
        return ItemValues(
            self.title.text().strip(),
            str(self.kind.currentData()) if self.kind.currentData() else None,
            str(person) if person else None,
            None if person else (self.presenter.text().strip() or None),
            self.minutes.value() or None, self.confidential.isChecked(),
            self.notes.toPlainText().strip() or None, goal_ids)
