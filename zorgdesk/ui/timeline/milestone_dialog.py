"""The small editor that opens on a milestone in the grid: title, state, when, start, done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from zorgdesk.services.timeline.commands import STATUSES, MilestoneInfo, Period
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.timeline.model import MONTHS

# For lupdate: states and months are translated where they are shown (self.tr(name)).
_NAMES = [
    QT_TRANSLATE_NOOP("MilestoneDialog", "gepland"), QT_TRANSLATE_NOOP("MilestoneDialog", "loopt"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "gereed"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "vertraagd"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "vervallen"), QT_TRANSLATE_NOOP("MilestoneDialog", "jan"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "feb"), QT_TRANSLATE_NOOP("MilestoneDialog", "mrt"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "apr"), QT_TRANSLATE_NOOP("MilestoneDialog", "mei"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "jun"), QT_TRANSLATE_NOOP("MilestoneDialog", "jul"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "aug"), QT_TRANSLATE_NOOP("MilestoneDialog", "sep"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "okt"), QT_TRANSLATE_NOOP("MilestoneDialog", "nov"),
    QT_TRANSLATE_NOOP("MilestoneDialog", "dec")]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MilestoneDialog(QDialog):
    def __init__(self, info: MilestoneInfo | None, period: Period,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mijlpaal") if info else self.tr("Nieuwe mijlpaal"))
        self.setMinimumWidth(440)
        self.title = QLineEdit(info.title if info else "")
        self.title.setObjectName("milestoneTitle")
        self.status = QComboBox()
        self.status.setObjectName("milestoneStatus")
        for status in STATUSES:
            self.status.addItem(self.tr(status), status)
        self.status.setCurrentIndex(self.status.findData(info.status if info else "gepland"))
        period = info.period if info else period
        self.precision = QComboBox()
        for value, label in (("jaar", self.tr("jaar")), ("kwartaal", self.tr("kwartaal")),
                             ("maand", self.tr("maand")), ("datum", self.tr("datum"))):
            self.precision.addItem(label, value)
        self.precision.setCurrentIndex(self.precision.findData(period.precision))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(period.year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.quarter.setCurrentIndex((period.quarter or 1) - 1)
        self.month = QComboBox()
        for n, name in enumerate(MONTHS, start=1):
            self.month.addItem(self.tr(name), n)
        self.month.setCurrentIndex((period.month or 1) - 1)
        self.due = DateField(period.due_date or date(period.year, 12, 31),
                             name=self.tr("Datum"))
        when = QHBoxLayout()
        for widget in (self.precision, self.year, self.quarter, self.month, self.due):
            when.addWidget(widget)
        self.has_start = QCheckBox(self.tr("loopt vanaf"))
        start = info.start_date if info else None
        self.has_start.setChecked(start is not None)
        self.start = DateField(start or date(period.year, 1, 1), name=self.tr("Loopt vanaf"))
        start_row = QHBoxLayout()
        start_row.addWidget(self.has_start)
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        self.notes = QLineEdit(info.notes or "" if info else "")
        form = QFormLayout(self)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Stand"), self.status)
        form.addRow(self.tr("Af in"), when)
        form.addRow(self.tr("Begin"), start_row)
        form.addRow(self.tr("Notitie"), self.notes)
        form.addRow(ok_cancel(self, self._check))
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.has_start.toggled.connect(self.start.setEnabled)
        self.start.setEnabled(start is not None)
        self._precision_changed()

    def _check(self) -> None:
        if dates_ok(self.due, self.start):
            self.accept()

    def _precision_changed(self) -> None:
        precision = self.precision.currentData()
        self.year.setVisible(precision != "datum")
        self.quarter.setVisible(precision == "kwartaal")
        self.month.setVisible(precision == "maand")
        self.due.setVisible(precision == "datum")

    def period(self) -> Period:
        precision = str(self.precision.currentData())
        due = self.due.date() or date(self.year.value(), 12, 31)
        return Period(precision, due.year if precision == "datum" else self.year.value(),
                      self.quarter.currentData() if precision == "kwartaal" else None,
                      self.month.currentData() if precision == "maand" else None,
                      due if precision == "datum" else None)

    def start_date(self) -> date | None:
        if not self.has_start.isChecked():
            return None
        return self.start.date()
