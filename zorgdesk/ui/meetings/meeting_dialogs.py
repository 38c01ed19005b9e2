"""Dialogs of the Overleggen page: one meeting, and planning a year of meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.bodies import BodyInfo
from zorgdesk.services.meetings.plan import PlannedMeeting, preview_year
from zorgdesk.store import Store, StoreError
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.formatting import date_time, locale

WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)
translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context


def weekday_combo(selected: int | None) -> QComboBox:
    combo = QComboBox()
    for day in WEEKDAYS:
        combo.addItem(locale().dayName(day), day)  # "donderdag": lower case in Dutch
    combo.setCurrentIndex((selected or 4) - 1)
    return combo


def months_suffix(spin: QSpinBox) -> None:
    """"elke 1 maand", "elke 3 maanden": the suffix follows the number, not "maand(en)"."""
    def follow(months: int) -> None:
        spin.setSuffix(translate("months", " maand") if months == 1
                       else translate("months", " maanden"))
    spin.valueChanged.connect(follow)
    follow(spin.value())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


@dataclass(frozen=True, slots=True)
class MeetingValues:
    body_id: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    title: str | None
    cancelled: bool


class MeetingDialog(QDialog):
    """A new meeting, or the date, time, place and status of an existing one."""

    def __init__(self, bodies: list[BodyInfo], values: MeetingValues | None,
                 parent: QWidget | None = None, *, new_on: date | None = None,
                 starts: dict[str, datetime] | None = None) -> None:
        """`starts`: where a new meeting of each body starts by default (its usual weekday
        and time, see plan.suggested_start); choosing another body moves to its day."""
        super().__init__(parent)
        self._starts = starts or {}
        self.setWindowTitle(self.tr("Vergadering") if values else self.tr("Nieuwe vergadering"))
        if values is None and new_on is not None and bodies:
            usual = self._starts.get(bodies[0].id)
            start_time = usual.time() if usual else bodies[0].usual_time or time(14, 0)
            length = timedelta(minutes=bodies[0].duration_minutes or 120)
            start = datetime.combine(new_on, start_time)
            values = MeetingValues(bodies[0].id, start, start + length, bodies[0].location,
                                   None, False)
            editing = False
        else:
            editing = values is not None
        self.body = QComboBox()
        for body in bodies:
            self.body.addItem(f"{body.label} – {body.name}" if body.abbreviation else body.name,
                              body.id)
        start = values.starts_at if values else self._starts.get(
            bodies[0].id if bodies else "", datetime.combine(
                date.today() + timedelta(days=14), bodies[0].usual_time or time(14, 0)
                if bodies else time(14, 0)))
        if values:
            self.body.setCurrentIndex(max(0, self.body.findData(values.body_id)))
            self.body.setEnabled(not editing)
        self.day = DateField(start.date(), name=self.tr("Datum"))
        self.unknown = QCheckBox(self.tr("Tijd nog niet bekend"))
        unknown = values is not None and start.time() == time(0, 0) and values.ends_at is None
        self.unknown.setChecked(unknown)
        self.starts = QTimeEdit(to_qtime(start.time() if not unknown else time(14, 0)))
        end = values.ends_at if values and values.ends_at else start + timedelta(hours=2)
        self.ends = QTimeEdit(to_qtime(end.time() if not unknown else time(16, 0)))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.unknown.toggled.connect(self._toggle)
        if not editing:
            self.body.currentIndexChanged.connect(self._body_changed)
        self.location = QLineEdit(values.location or "" if values else "")
        self.title = QLineEdit(values.title or "" if values else "")
        self.title.setPlaceholderText(self.tr("leeg: de naam van het overleg"))
        self.cancelled = QCheckBox(self.tr("Vervallen"))
        self.cancelled.setChecked(bool(values and values.cancelled))
        form = QFormLayout()
        form.addRow(self.tr("Overleg"), self.body)
        form.addRow(self.tr("Datum"), self.day)
        form.addRow("", self.unknown)
        form.addRow(self.tr("Begin"), self.starts)
        form.addRow(self.tr("Einde"), self.ends)
        form.addRow(self.tr("Locatie"), self.location)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow("", self.cancelled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._toggle(unknown)

    def accept(self) -> None:
        if dates_ok(self.day):
            super().accept()

    def _body_changed(self) -> None:
        start = self._starts.get(str(self.body.currentData()))
        if start is not None:
            length = datetime.combine(start.date(), from_qtime(self.ends.time())) \
                - datetime.combine(start.date(), from_qtime(self.starts.time()))
            self.day.setDate(start.date())
            self.starts.setTime(to_qtime(start.time()))
            self.ends.setTime(to_qtime((start + length).time()))

    def _toggle(self, unknown: bool) -> None:
        self.starts.setEnabled(not unknown)
        self.ends.setEnabled(not unknown)

    def values(self) -> MeetingValues:
        day = self.day.date() or date.today()
        if self.unknown.isChecked():
            starts, ends = datetime.combine(day, time(0, 0)), None
        else:
            starts = datetime.combine(day, from_qtime(self.starts.time()))
            ends = datetime.combine(day, from_qtime(self.ends.time()))
        return MeetingValues(str(self.body.currentData()), starts, ends,
                             self.location.text().strip() or None,
                             self.title.text().strip() or None, self.cancelled.isChecked())


@dataclass(frozen=True, slots=True)
class PlanValues:
    body_id: str
    year: int
    interval_months: int
    start_month: int
    week: int
    weekday: int
    at: time
    minutes: int
    with_template: bool
    skip_summer: bool = False


class YearPlanDialog(QDialog):
    """Plan a year for a body from its rule, with a preview that names clashes."""

    def __init__(self, store: Store, bodies: list[BodyInfo], body_id: str | None, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bodies = {b.id: b for b in bodies}
        self.setWindowTitle(self.tr("Jaar plannen"))
        self.resize(560, 520)
        self.body = QComboBox()
        for body in bodies:
            self.body.addItem(f"{body.label} – {body.name}" if body.abbreviation else body.name,
                              body.id)
        if body_id:
            self.body.setCurrentIndex(max(0, self.body.findData(body_id)))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        months_suffix(self.interval)
        self.start_month = QComboBox()
        for month in range(1, 13):
            self.start_month.addItem(locale().monthName(month), month)
        self.week = QComboBox()
        for label, week in ((self.tr("eerste"), 1), (self.tr("tweede"), 2),
                            (self.tr("derde"), 3), (self.tr("vierde"), 4),
                            (self.tr("laatste"), -1)):
            self.week.addItem(label, week)
        self.weekday = weekday_combo(4)
        self.at = QTimeEdit()
        self.at.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.template = QCheckBox(self.tr("Standaardpunten op de agenda zetten (opening, "
                                          "verslag, actielijst, rondvraag, sluiting)"))
        self.template.setChecked(True)
        self.summer = QCheckBox(self.tr("Geen vergaderingen in juli en augustus (zomerreces)"))
        self.preview = QListWidget()
        self.preview.setObjectName("planPreview")
        self.preview.setAccessibleName(self.tr("Voorgestelde vergaderingen"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Overleg"), self.body)
        form.addRow(self.tr("Jaar"), self.year)
        form.addRow(self.tr("Elke"), self.interval)
        form.addRow(self.tr("Vanaf"), self.start_month)
        form.addRow(self.tr("Op de"), self.week)
        form.addRow(self.tr("Weekdag"), self.weekday)
        form.addRow(self.tr("Begintijd"), self.at)
        form.addRow(self.tr("Duur"), self.minutes)
        form.addRow("", self.summer)
        form.addRow("", self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plannen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Voorbeeld")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._load_body()
        self.body.currentIndexChanged.connect(self._load_body)
        for signal in (self.year.valueChanged, self.interval.valueChanged,
                       self.start_month.currentIndexChanged, self.week.currentIndexChanged,
                       self.weekday.currentIndexChanged, self.at.timeChanged,
                       self.minutes.valueChanged, self.summer.toggled):
            signal.connect(self._update_preview)
        self._update_preview()

    def _load_body(self) -> None:
        body = self.bodies.get(str(self.body.currentData()))
        if body is None:
            return
        self.interval.setValue(body.interval_months or 2)
        self.weekday.setCurrentIndex((body.weekday or 4) - 1)
        self.at.setTime(to_qtime(body.usual_time or time(14, 0)))
        self.minutes.setValue(body.duration_minutes or 120)
        self._update_preview()

    def values(self) -> PlanValues:
        return PlanValues(str(self.body.currentData()), self.year.value(),
                          self.interval.value(), int(self.start_month.currentData()),
                          int(self.week.currentData()), int(self.weekday.currentData()),
                          from_qtime(self.at.time()), self.minutes.value(),
                          self.template.isChecked(), self.summer.isChecked())

    def planned(self) -> list[PlannedMeeting]:
        v = self.values()
        return preview_year(self.store, v.body_id, v.year, start_month=v.start_month,
                            week=v.week, interval_months=v.interval_months,
                            weekday=v.weekday, at=v.at, minutes=v.minutes,
                            skip_summer=v.skip_summer, language=locale().name())

    def _update_preview(self) -> None:
        if not hasattr(self, "preview"):
            return
        self.preview.clear()
        try:
            planned = self.planned()
        except StoreError as exc:
            self.summary.setText(error_text(exc))
            return
        new = clashes = past = 0
        for p in planned:
            text = f"{date_time(p.starts_at)}–{p.ends_at:%H:%M}"
            if p.moved_for:
                text += "  " + self.tr("(verschoven: %1)").replace("%1", p.moved_for)
            if p.past and not p.skipped:
                past += 1
                text += "  " + self.tr("(ligt in het verleden)")
            item = QListWidgetItem(text)
            if p.past and not p.skipped:
                item.setForeground(QBrush(QColor("#9a4a00")))
            if p.skipped:
                item.setText(text + self.tr("  (in deze maand al gepland: overgeslagen)"))
                item.setForeground(QBrush(QColor("#8a949e")))
            else:
                new += 1
            if p.conflicts:
                clashes += 1
                item.setText(item.text() + "\n    " + self.tr("Tegelijk met: ")
                             + "; ".join(p.conflicts))
                item.setBackground(QBrush(QColor("#fde7c8")))
            self.preview.addItem(item)
        summary = (self.tr("1 nieuwe vergadering.") if new == 1
                   else self.tr("%1 nieuwe vergaderingen.").replace("%1", str(new)))
        if clashes:
            summary += " " + self.tr("Let op: %n keer hebben leden dan al een ander overleg.",
                                     "", clashes)
        if past:
            summary += " " + (self.tr("Let op: 1 in het verleden.") if past == 1 else
                              self.tr("Let op: %1 in het verleden.").replace("%1", str(past)))
        self.summary.setText(summary)
