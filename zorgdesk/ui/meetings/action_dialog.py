"""One action: what, who (a person or an organisation), due date and a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.bodies import Choice
from zorgdesk.services.meetings.minutes import ActionLine
from zorgdesk.ui.kit.date_field import DateField, dates_ok


@dataclass(frozen=True, slots=True)
class ActionValues:
    text: str
    owner_person_id: str | None
    owner_organisation_id: str | None
    due: date | None
    notes: str | None

    def fields(self) -> dict[str, object]:
        return {"text": self.text, "owner_person_id": self.owner_person_id,
                "owner_organisation_id": self.owner_organisation_id, "due": self.due,
                "notes": self.notes}


class ActionDialog(QDialog):
    def __init__(self, action: ActionLine | None, people: list[Choice],
                 organisations: list[Choice], default_due: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actiepunt") if action else self.tr("Nieuw actiepunt"))
        self.resize(480, 320)
        self.text = QLineEdit(action.text if action else "")
        self.text.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nog niemand)"), None)
        for person in people:
            self.owner.addItem(f"{person.label} ({person.detail})" if person.detail
                               else person.label, f"p:{person.id}")
        for org in organisations:
            self.owner.addItem(org.label, f"o:{org.id}")
        if action and action.owner_person_id:
            self.owner.setCurrentIndex(max(0, self.owner.findData(f"p:{action.owner_person_id}")))
        elif action and action.owner_organisation_id:
            self.owner.setCurrentIndex(
                max(0, self.owner.findData(f"o:{action.owner_organisation_id}")))
        due = action.due if action else default_due
        self.has_due = QCheckBox(self.tr("Uiterlijk"))
        self.has_due.setChecked(due is not None)
        self.due = DateField(due or date.today() + timedelta(days=28), name=self.tr("Uiterlijk"))
        self.due.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.notes = QPlainTextEdit(action.notes or "" if action else "")
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Actie"), self.text)
        form.addRow(self.tr("Wie"), self.owner)
        form.addRow(self.tr("Datum"), due_row)
        form.addRow(self.tr("Notitie"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if dates_ok(self.due):
            super().accept()

    def values(self) -> ActionValues:
        owner = str(self.owner.currentData() or "")
        person = owner[2:] if owner.startswith("p:") else None
        org = owner[2:] if owner.startswith("o:") else None
        return ActionValues(self.text.text().strip(), person, org,
                            self.due.date() if self.has_due.isChecked() else None,
                            self.notes.toPlainText().strip() or None)
