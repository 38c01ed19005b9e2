"""The Voortgang tab of the goal card: the history of status updates, newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.goals.progress import StatusUpdateRow
from zorgdesk.services.undo import capture_rows
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.date_field import DateField, dates_ok
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.formatting import short_date
from zorgdesk.ui.kit.lights import light_icon, light_label
from zorgdesk.ui.kit.rows_model import Column, RowsTableModel


class StatusUpdateDialog(QDialog):
    """Date, light, results, points of attention and whether it is internal."""

    def __init__(self, update: StatusUpdateRow | None, default_light: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voortgangsrapportage"))
        self.setMinimumWidth(520)
        self.reported_on = DateField(update.reported_on if update else date.today(),
                                     name=self.tr("Datum"))
        self.light = QComboBox()
        self.light.setObjectName("statusLight")
        self.light.addItem(self.tr("geen licht"), None)
        for light in goal_progress.LIGHTS:
            self.light.addItem(light_icon(light), light_label(light), light)
        chosen = update.light if update else default_light
        self.light.setCurrentIndex(max(0, self.light.findData(chosen)))
        self.results = QPlainTextEdit(update.results or "" if update else "")
        self.results.setTabChangesFocus(True)
        self.results.setObjectName("statusResults")
        self.attention = QPlainTextEdit(update.attention_points or "" if update else "")
        self.attention.setTabChangesFocus(True)
        self.attention.setObjectName("statusAttention")
        self.internal = QCheckBox(self.tr("Intern (niet in de publieksversie)"))
        self.internal.setChecked(bool(update and update.internal))
        form = QFormLayout(self)
        form.addRow(self.tr("Datum"), self.reported_on)
        form.addRow(self.tr("Verkeerslicht"), self.light)
        form.addRow(self.tr("Resultaten"), self.results)
        form.addRow(self.tr("Aandachtspunten"), self.attention)
        form.addRow("", self.internal)
        form.addRow(ok_cancel(self, self._check))

    def _check(self) -> None:
        if dates_ok(self.reported_on):
            self.accept()

    def values(self) -> dict[str, object]:
        return {"reported_on": self.reported_on.date(),
                "light": self.light.currentData(),
                "results": self.results.toPlainText(),
                "attention_points": self.attention.toPlainText(),
                "internal": self.internal.isChecked()}


class StatusHistoryPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: str | None = None
        self.model: RowsTableModel[StatusUpdateRow] = RowsTableModel(
            [
                Column(self.tr("Datum"), lambda u: short_date(u.reported_on),
                       lambda u: u.reported_on),
                Column(self.tr("Licht"), lambda u: light_label(u.light) if u.light else "",
                       icon=lambda u: light_icon(u.light) if u.light else None),
                Column(self.tr("Resultaten"), lambda u: _one_line(u.results),
                       tooltip=lambda u: u.results or ""),
                Column(self.tr("Aandachtspunten"), lambda u: _one_line(u.attention_points),
                       tooltip=lambda u: u.attention_points or ""),
                Column(self.tr("Intern"), lambda u: self.tr("intern") if u.internal else ""),
            ],
            row_id=lambda u: u.id, parent=self)
        self.view = QTableView()
        self.view.setObjectName("statusHistory")
        self.view.setAccessibleName(self.tr("Voortgangsrapportages van het doel"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in ((0, 120), (1, 80), (4, 50)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Nieuwe rapportage…"))
        self.add_button.setObjectName("addStatusUpdate")
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self.add_update)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.set_goal(None)

    def set_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id
        rows = goal_progress.status_updates(self.ctx.store, goal_id) if goal_id else []
        self.model.set_rows(rows)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(goal_id is not None)

    def selected(self) -> StatusUpdateRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def ask(self, update: StatusUpdateRow | None) -> dict[str, object] | None:
        latest = self.model.row_at(0).light if self.model.rowCount() else None
        dialog = StatusUpdateDialog(update, latest, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def add_update(self) -> None:
        goal_id = self.goal_id
        values = self.ask(None) if goal_id else None
        if goal_id is None or values is None:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Voortgang toegevoegd"), lambda: capture_rows(
            store, "status_update", []),
            lambda: goal_progress.add_status_update(store, goal_id, **values),  # type: ignore[arg-type]
            what=ChangeKind.GOALS,
            capture_new=lambda new_id: goal_progress.capture_status_update(store, new_id))

    def edit_selected(self) -> None:
        update = self.selected()
        values = self.ask(update) if update else None
        if update is None or values is None:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Voortgang gewijzigd"),
                 lambda: goal_progress.capture_status_update(store, update.id),
                 lambda: goal_progress.update_status_update(store, update.id, **values),  # type: ignore[arg-type]
                 what=ChangeKind.GOALS)

    def delete_selected(self) -> None:
        update = self.selected()
        if update is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Rapportage verwijderen"),
            self.tr("De voortgangsrapportage van %1 verwijderen? Ongedaan maken kan met Ctrl+Z.")
            .replace("%1", short_date(update.reported_on)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Voortgang verwijderd"),
                 lambda: goal_progress.capture_status_update(store, update.id),
                 lambda: goal_progress.delete_status_update(store, update.id),
                 what=ChangeKind.GOALS)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


