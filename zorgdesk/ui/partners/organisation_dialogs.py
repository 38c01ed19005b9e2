"""The forms for an organisation and a person, and the 'what are they involved in' view."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from zorgdesk.services.partners.organisations import Involvement
from zorgdesk.services.partners.queries import OrganisationRow
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.formatting import euros

KINDS = tuple(str(k) for k in (  # marked for lupdate; translated where shown (self.tr(kind))
    QT_TRANSLATE_NOOP("OrganisationDialog", "gemeente"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "zorgverzekeraar"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "zorgkantoor"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "provincie"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "GGD"), QT_TRANSLATE_NOOP("OrganisationDialog", "VVT"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "GGZ"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "ziekenhuis"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "huisartsen"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "gehandicaptenzorg"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "welzijn"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "onderwijs"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "inwonersorganisatie"),
    QT_TRANSLATE_NOOP("OrganisationDialog", "overig")))


class OrganisationDialog(QDialog):
    def __init__(self, values: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Organisatie"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(values.get("name") or "")
        self.name.setObjectName("organisationName")
        self.short_name = QLineEdit(values.get("short_name") or "")
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind") or "overig")))
        self.sector = QLineEdit(values.get("sector") or "")
        self.population = QSpinBox()
        self.population.setRange(0, 20_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setSpecialValueText(self.tr("onbekend"))
        self.population.setValue(values.get("population") or 0)
        self.coalition = QComboBox()
        self.coalition.addItem(self.tr("geen"), None)
        self.coalition.addItem(self.tr("leidende coalitie"), "leidend")
        self.coalition.addItem(self.tr("brede coalitie"), "breed")
        self.coalition.setCurrentIndex(max(0, self.coalition.findData(values.get("coalition"))))
        self.notes = QPlainTextEdit(values.get("notes") or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Korte naam"), self.short_name)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Inwoners"), self.population)
        form.addRow(self.tr("Coalitie"), self.coalition)
        form.addRow(self.tr("Notities"), self.notes)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "short_name": self.short_name.text(),
                "kind": self.kind.currentData(), "sector": self.sector.text(),
                "population": self.population.value() or None,
                "coalition": self.coalition.currentData(), "notes": self.notes.toPlainText()}


class PersonDialog(QDialog):
    def __init__(self, values: dict[str, Any] | None, organisations: list[OrganisationRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Persoon"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(values.get("name") or "")
        self.name.setObjectName("personName")
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(geen)"), None)
        for org in sorted(organisations, key=lambda o: o.name):
            self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(
            max(0, self.organisation.findData(values.get("organisation_id"))))
        self.function = QLineEdit(values.get("function") or "")
        self.email = QLineEdit(values.get("email") or "")
        self.email.setObjectName("personEmail")
        self.publishable = QCheckBox(self.tr("Naam mag in openbare stukken"))
        self.publishable.setChecked(bool(values.get("publishable")))
        form = QFormLayout(self)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Organisatie"), self.organisation)
        form.addRow(self.tr("Functie"), self.function)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.publishable)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "organisation_id": self.organisation.currentData(),
                "function": self.function.text(), "email": self.email.text(),
                "publishable": self.publishable.isChecked()}


def involvement_html(title: str, found: Involvement, tr: Any) -> str:
    """What an organisation or person takes part in, for the side panel."""
    parts = [f"<h3>{escape(title)}</h3>"]

    def section(head: str, lines: list[str]) -> None:
        if lines:
            parts.append(f"<p><b>{escape(head)}</b><br>" + "<br>".join(lines) + "</p>")

    section(tr("Doelen en thema's"), [f"{escape(role)}: {escape(what)}"
                                      for what, role in found.goals])
    section(tr("Overleggen"), [f"{escape(body)} ({escape(role)})"
                               for body, role in found.bodies])
    section(tr("Open acties"), [escape(text) + (f" <i>({escape(str(due))})</i>" if due else "")
                                for text, due in found.actions])
    section(tr("Mensen"), [escape(name) for name in found.people])
    if found.funding_cents:
        section(tr("Financiering"), [euros(found.funding_cents)])
    if len(parts) == 1:
        parts.append(f"<p style='color:#6b7580'>{escape(tr('Nog nergens bij betrokken.'))}</p>")
    return "".join(parts)
