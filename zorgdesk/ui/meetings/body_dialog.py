"""A body (gremium): name, kind, theme, meeting rule, standard items and members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.agenda import DEFAULT_CLOSING, DEFAULT_OPENING
from zorgdesk.services.meetings.bodies import BodyInfo, Choice, MemberLine
from zorgdesk.ui.meetings.meeting_dialogs import (
    from_qtime,
    months_suffix,
    to_qtime,
    weekday_combo,
)

# The values of zorgdesk.models.MemberRole (the models load only when an edit is made).
MEMBER_ROLES = ("voorzitter", "secretaris", "lid", "agendalid")
KINDS = ("bestuurlijk", "ambtelijk", "themagroep", "coördinatieteam", "dialoogtafel", "PHO")


@dataclass(frozen=True, slots=True)
class MemberValue:
    person_id: str | None
    organisation_id: str | None
    role: str  # a value of zorgdesk.models.MemberRole
    label: str = ""


@dataclass(slots=True)
class BodyValues:
    fields: dict[str, Any] = field(default_factory=dict)
    members: list[MemberValue] = field(default_factory=list)


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "voorzitter": QCoreApplication.translate("body", "voorzitter"),
        "secretaris": QCoreApplication.translate("body", "secretaris"),
        "lid": QCoreApplication.translate("body", "lid"),
        "agendalid": QCoreApplication.translate("body", "agendalid"),
    }.get(role, role)


def kind_label(kind: str) -> str:
    """A listed kind of body in the UI's language; a kind typed by the user as typed."""
    from PySide6.QtCore import QCoreApplication

    return {
        "bestuurlijk": QCoreApplication.translate("body", "bestuurlijk"),
        "ambtelijk": QCoreApplication.translate("body", "ambtelijk"),
        "themagroep": QCoreApplication.translate("body", "themagroep"),
        "coördinatieteam": QCoreApplication.translate("body", "coördinatieteam"),
        "dialoogtafel": QCoreApplication.translate("body", "dialoogtafel"),
        "PHO": QCoreApplication.translate("body", "PHO"),
    }.get(kind, kind)


class BodyDialog(QDialog):
    def __init__(self, body: BodyInfo | None, members: list[MemberLine],
                 themes: list[Choice], people: list[Choice], organisations: list[Choice],
                 *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overleg") if body else self.tr("Nieuw overleg"))
        self.resize(620, 600)
        self.people = people
        self.organisations = organisations
        self.name = QLineEdit(body.name if body else "")
        self.abbreviation = QLineEdit(body.abbreviation or "" if body else "")
        self.abbreviation.setMaxLength(20)
        self.kind = QComboBox()
        self.kind.setEditable(True)  # a kind of the region's own may be typed
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentText(kind_label(body.kind) if body and body.kind else "")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("(geen thema)"), None)
        for theme in themes:
            self.theme.addItem(theme.label, theme.id)
        if body and body.theme_id:
            self.theme.setCurrentIndex(max(0, self.theme.findData(body.theme_id)))
        self.frequency = QLineEdit(body.frequency or "" if body else "")
        self.frequency.setPlaceholderText(self.tr("zoals de bron het zegt: eens per 2 maanden"))
        self.interval = QSpinBox()
        self.interval.setRange(0, 12)
        self.interval.setSpecialValueText(self.tr("geen vast ritme"))
        self.interval.setPrefix(self.tr("elke "))
        self.interval.setValue(body.interval_months or 0 if body else 2)
        months_suffix(self.interval)
        self.weekday = weekday_combo(body.weekday if body else None)
        self.at = QTimeEdit()
        self.at.setDisplayFormat("HH:mm")
        if body and body.usual_time:
            self.at.setTime(to_qtime(body.usual_time))
        else:
            self.at.setTime(to_qtime(time(14, 0)))
        self.duration = QSpinBox()
        self.duration.setRange(15, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(body.duration_minutes or 120 if body else 120)
        self.location = QLineEdit(body.location or "" if body else "")
        self.description = QPlainTextEdit(body.description or "" if body else "")
        self.description.setTabChangesFocus(True)
        self.opening = QPlainTextEdit(
            body.opening_items if body and body.opening_items is not None
            else "\n".join(DEFAULT_OPENING))
        self.opening.setTabChangesFocus(True)
        self.closing = QPlainTextEdit(
            body.closing_items if body and body.closing_items is not None
            else "\n".join(DEFAULT_CLOSING))
        self.closing.setTabChangesFocus(True)

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Afkorting"), self.abbreviation)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Thema"), self.theme)
        form.addRow(self.tr("Frequentie"), self.frequency)
        form.addRow(self.tr("Ritme"), self.interval)
        form.addRow(self.tr("Weekdag"), self.weekday)
        form.addRow(self.tr("Begintijd"), self.at)
        form.addRow(self.tr("Duur"), self.duration)
        form.addRow(self.tr("Locatie"), self.location)
        form.addRow(self.tr("Doel"), self.description)

        template = QWidget()
        template_form = QFormLayout(template)
        template_form.addRow(self.tr("Opening (één punt per regel)"), self.opening)
        template_form.addRow(self.tr("Afsluiting"), self.closing)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("bodyMembers")
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Organisatie"),
                                              self.tr("Rol")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 160)
        self.table.horizontalHeader().resizeSection(2, 120)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.person_pick = QComboBox()
        self.person_pick.addItem(self.tr("Persoon toevoegen…"), None)
        for person in people:
            self.person_pick.addItem(f"{person.label} ({person.detail})" if person.detail
                                     else person.label, person.id)
        self.person_pick.activated.connect(self._add_person)
        self.org_pick = QComboBox()
        self.org_pick.addItem(self.tr("Organisatie toevoegen…"), None)
        for org in organisations:
            self.org_pick.addItem(org.label, org.id)
        self.org_pick.activated.connect(self._add_org)
        remove = QPushButton(self.tr("Verwijderen"))
        remove.clicked.connect(self._remove)
        picks = QHBoxLayout()
        picks.addWidget(self.person_pick, 1)
        picks.addWidget(self.org_pick, 1)
        picks.addWidget(remove)
        members_tab = QWidget()
        members_layout = QVBoxLayout(members_tab)
        members_layout.addWidget(self.table)
        members_layout.addLayout(picks)
        for member in members:
            self._append(MemberValue(member.person_id if member.person_id else None,
                                     None if member.person_id else member.organisation_id,
                                     member.role, member.name),
                         member.organisation or "")

        tabs = QTabWidget()
        tabs.addTab(general, self.tr("Algemeen"))
        tabs.addTab(members_tab, self.tr("Leden (%n)", "", len(members)))
        tabs.addTab(template, self.tr("Standaardpunten"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _append(self, member: MemberValue, organisation: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(member.label)
        name.setData(256, (member.person_id or "", member.organisation_id or ""))
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(organisation))
        role = QComboBox()
        for value in MEMBER_ROLES:
            role.addItem(role_label(value), value)
        role.setCurrentIndex(max(0, role.findData(str(member.role))))
        self.table.setCellWidget(row, 2, role)

    def _cell(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _present(self, person_id: str | None, org_id: str | None) -> bool:
        for row in range(self.table.rowCount()):
            pid, oid = self._cell(row).data(256)
            if (person_id and pid == person_id) or (org_id and oid == org_id and not pid):
                return True
        return False

    def _add_person(self, index: int) -> None:
        person_id = self.person_pick.itemData(index)
        self.person_pick.setCurrentIndex(0)
        if person_id and not self._present(person_id, None):
            person = next(p for p in self.people if p.id == person_id)
            self._append(MemberValue(person_id, None, "lid", person.label),
                         person.detail or "")

    def _add_org(self, index: int) -> None:
        org_id = self.org_pick.itemData(index)
        self.org_pick.setCurrentIndex(0)
        if org_id and not self._present(None, org_id):
            org = next(o for o in self.organisations if o.id == org_id)
            self._append(MemberValue(None, org_id, "lid", org.label), "")

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def stored_kind(self) -> str | None:
        """A listed kind is stored in Dutch whatever the UI language; a typed one as typed."""
        text = self.kind.currentText().strip()
        found = self.kind.findText(text)
        return str(self.kind.itemData(found)) if found >= 0 else text or None

    def values(self) -> BodyValues:
        values = BodyValues()
        interval = self.interval.value() or None
        values.fields = {
            "name": self.name.text().strip(),
            "abbreviation": self.abbreviation.text().strip() or None,
            "kind": self.stored_kind(),
            "theme_id": self.theme.currentData(),
            "frequency": self.frequency.text().strip() or None,
            "interval_months": interval,
            "weekday": int(self.weekday.currentData()),
            "usual_time": from_qtime(self.at.time()),
            "duration_minutes": self.duration.value(),
            "location": self.location.text().strip() or None,
            "description": self.description.toPlainText().strip() or None,
            "opening_items": self.opening.toPlainText().strip(),
            "closing_items": self.closing.toPlainText().strip(),
        }
        for row in range(self.table.rowCount()):
            pid, oid = self._cell(row).data(256)
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            values.members.append(MemberValue(pid or None, oid or None,
                                              str(combo.currentData()),
                                              self._cell(row).text()))
        return values
