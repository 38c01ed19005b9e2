"""The Indicatoren tab of the goal card: indicators, their measurements and a chart.

The chart is drawn by the same matplotlib function as the reports (zorgdesk/reports/charts.py);
matplotlib is imported only when an indicator with measurements is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.goals.progress import IndicatorRow, MeasurementRow
from zorgdesk.services.undo import capture_rows
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.formatting import number, short_date
from zorgdesk.ui.kit.rows_model import Column, RowsTableModel


def show_number(value: float | None) -> str:
    if value is None:
        return ""
    return number(value, 0 if float(value).is_integer() else 2)


def _optional_number(text: str) -> float | None:
    return goal_progress.parse_number(text) if text.strip() else None


class IndicatorDialog(QDialog):
    def __init__(self, indicator: IndicatorRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(indicator.name if indicator else "")
        self.name.setObjectName("indicatorName")
        self.unit = QLineEdit(indicator.unit or "" if indicator else "")
        self.unit.setPlaceholderText(self.tr("bijvoorbeeld: %, aantal, inwoners"))
        self.baseline = QLineEdit(show_number(indicator.baseline) if indicator else "")
        self.target = QLineEdit(show_number(indicator.target) if indicator else "")
        self.target_year = QSpinBox()
        self.target_year.setRange(1999, 2100)
        self.target_year.setSpecialValueText(self.tr("geen"))
        self.target_year.setValue(indicator.target_year or 1999 if indicator else 1999)
        form = QFormLayout(self)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Eenheid"), self.unit)
        form.addRow(self.tr("Nulmeting"), self.baseline)
        form.addRow(self.tr("Streefwaarde"), self.target)
        form.addRow(self.tr("Streefjaar"), self.target_year)
        form.addRow(ok_cancel(self, self._check))
        self.result_values: dict[str, object] = {}

    def _check(self) -> None:
        try:
            self.result_values = {
                "name": self.name.text(), "unit": self.unit.text(),
                "baseline": _optional_number(self.baseline.text()),
                "target": _optional_number(self.target.text()),
                "target_year": None if self.target_year.value() == 1999
                else self.target_year.value(),
            }
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Indicator"), error_text(exc))
            return
        self.accept()


class MeasurementDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meting"))
        self.measured_on = DateField(date.today(), name=self.tr("Datum"))
        self.value = QLineEdit()
        self.value.setObjectName("measurementValue")
        self.value.setPlaceholderText(self.tr("bijvoorbeeld 1.234,5"))
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Datum"), self.measured_on)
        form.addRow(self.tr("Waarde"), self.value)
        form.addRow(self.tr("Toelichting"), self.note)
        form.addRow(ok_cancel(self, self._check))
        self.result_values: dict[str, object] = {}

    def _check(self) -> None:
        if not dates_ok(self.measured_on):
            return
        try:
            value = goal_progress.parse_number(self.value.text())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Meting"), error_text(exc))
            return
        self.result_values = {"measured_on": self.measured_on.date(),
                              "value": value, "note": self.note.text()}
        self.accept()


class IndicatorPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: str | None = None
        self.indicators: RowsTableModel[IndicatorRow] = RowsTableModel(
            [
                Column(self.tr("Indicator"), lambda i: i.name, tooltip=lambda i: i.name),
                Column(self.tr("Eenheid"), lambda i: i.unit or ""),
                Column(self.tr("Nulmeting"), lambda i: show_number(i.baseline), align_right=True),
                Column(self.tr("Laatste"), lambda i: show_number(
                    i.measurements[-1].value) if i.measurements else "", align_right=True),
                Column(self.tr("Streef"), lambda i: show_number(i.target), align_right=True),
                Column(self.tr("Jaar"), lambda i: str(i.target_year or "")),
            ],
            row_id=lambda i: i.id, parent=self)
        self.view = QTableView()
        self.view.setObjectName("indicatorList")
        self.view.setAccessibleName(self.tr("Indicatoren van het doel"))
        self.view.setModel(self.indicators)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMaximumHeight(150)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.view.doubleClicked.connect(lambda _i: self.edit_indicator())

        self.measurements: RowsTableModel[MeasurementRow] = RowsTableModel(
            [
                Column(self.tr("Datum"), lambda m: short_date(m.measured_on)),
                Column(self.tr("Waarde"), lambda m: show_number(m.value), align_right=True),
                Column(self.tr("Toelichting"), lambda m: m.note or ""),
            ],
            row_id=lambda m: m.id, parent=self)
        self.measurement_view = QTableView()
        self.measurement_view.setObjectName("measurementList")
        self.measurement_view.setAccessibleName(self.tr("Metingen van de indicator"))
        self.measurement_view.setModel(self.measurements)
        self.measurement_view.verticalHeader().hide()
        self.measurement_view.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurement_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.chart = QLabel()
        self.chart.setObjectName("indicatorChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(170)

        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Nieuwe indicator…"))
        self.add_button.setObjectName("addIndicator")
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button.clicked.connect(self.delete_indicator)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        lower = QHBoxLayout()
        self.measure_button = QPushButton(self.tr("Meting toevoegen…"))
        self.measure_button.setObjectName("addMeasurement")
        self.unmeasure_button = QPushButton(self.tr("Meting verwijderen"))
        self.measure_button.clicked.connect(self.add_measurement)
        self.unmeasure_button.clicked.connect(self.delete_measurement)
        lower.addWidget(self.measure_button)
        lower.addWidget(self.unmeasure_button)
        lower.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.chart)
        layout.addLayout(lower)
        layout.addWidget(self.measurement_view, 1)
        self.set_goal(None)

    def set_goal(self, goal_id: str | None) -> None:
        kept = self.selected()
        self.goal_id = goal_id
        rows = goal_progress.indicators(self.ctx.store, goal_id) if goal_id else []
        self.indicators.set_rows(rows)
        row = next((n for n, i in enumerate(rows) if kept and i.id == kept.id), 0)
        if rows:
            self.view.setCurrentIndex(self.indicators.index(row, 0))
        self.add_button.setEnabled(goal_id is not None)
        self._show_selected()

    def selected(self) -> IndicatorRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.indicators.rowCount():
            return None
        return self.indicators.row_at(index.row())

    def _show_selected(self) -> None:
        indicator = self.selected()
        for button in (self.edit_button, self.delete_button, self.measure_button,
                       self.unmeasure_button):
            button.setEnabled(indicator is not None)
        self.measurements.set_rows(list(reversed(indicator.measurements)) if indicator else [])
        if indicator is None or not indicator.measurements:
            self.chart.setPixmap(QPixmap())
            self.chart.setText(self.tr("Nog geen metingen.") if indicator else "")
            return
        self.chart.setPixmap(self.chart_pixmap(indicator))

    def chart_pixmap(self, indicator: IndicatorRow) -> QPixmap:
        from zorgdesk.reports.charts import indicator_png
        from zorgdesk.services.goals.plan import IndicatorData

        data = IndicatorData(indicator.name, indicator.unit, indicator.baseline,
                             indicator.target, indicator.target_year,
                             [(m.measured_on, m.value) for m in indicator.measurements])
        pixmap = QPixmap()
        pixmap.loadFromData(indicator_png(data, 120, 48))
        return pixmap.scaledToWidth(min(760, max(360, self.width() - 30)),
                                    Qt.TransformationMode.SmoothTransformation)

    # ----- edits -----------------------------------------------------------------------------
    def add_indicator(self) -> None:
        goal_id = self.goal_id
        dialog = IndicatorDialog(None, self)
        if goal_id is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        values = dialog.result_values
        run_edit(self.ctx, self, self.tr("Indicator toegevoegd"),
                 lambda: capture_rows(store, "indicator", []),
                 lambda: goal_progress.add_indicator(store, goal_id, **values),  # type: ignore[arg-type]
                 what=ChangeKind.GOALS,
                 capture_new=lambda new_id: goal_progress.capture_indicator(store, new_id))

    def edit_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        dialog = IndicatorDialog(indicator, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        values = dialog.result_values
        run_edit(self.ctx, self, self.tr("Indicator gewijzigd"),
                 lambda: goal_progress.capture_indicator(store, indicator.id),
                 lambda: goal_progress.update_indicator(store, indicator.id, **values),  # type: ignore[arg-type]
                 what=ChangeKind.GOALS)

    def delete_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Indicator verwijderen"),
            self.tr("%1 met %n meting(en) verwijderen? Ongedaan maken kan met Ctrl+Z.", "",
                    len(indicator.measurements)).replace("%1", indicator.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Indicator verwijderd"),
                 lambda: goal_progress.capture_indicator(store, indicator.id),
                 lambda: goal_progress.delete_indicator(store, indicator.id), what=ChangeKind.GOALS)

    def add_measurement(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        dialog = MeasurementDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.ctx.store
        values = dialog.result_values
        run_edit(self.ctx, self, self.tr("Meting toegevoegd"),
                 lambda: goal_progress.capture_indicator(store, indicator.id),
                 lambda: goal_progress.add_measurement(store, indicator.id, **values),  # type: ignore[arg-type]
                 what=ChangeKind.GOALS)

    def delete_measurement(self) -> None:
        indicator = self.selected()
        index = self.measurement_view.currentIndex()
        if indicator is None or not index.isValid():
            return
        measurement = self.measurements.row_at(index.row())
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Meting verwijderd"),
                 lambda: goal_progress.capture_indicator(store, indicator.id),
                 lambda: goal_progress.delete_measurement(store, measurement.id),
                 what=ChangeKind.GOALS)
