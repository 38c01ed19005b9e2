"""The Notulen tab of a meeting: attendance and guests, notes per agenda item, decisions, and
whether the minutes are adopted (then they are read-only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.agenda import AgendaLine
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.kit.conflict_dialog import settle_fields
from zorgdesk.ui.meetings.agenda_model import COL_NUMBER
from zorgdesk.ui.meetings.body_dialog import role_label
from zorgdesk.ui.meetings.meeting_models import DecisionListModel
from zorgdesk.ui.meetings.minutes_cycle import MinutesCycleBar
from zorgdesk.ui.meetings.open_meeting import OpenMeeting

# The values of zorgdesk.models.Attendance (the models load only when an edit is made).
ATTENDANCE = ("aanwezig", "afgemeld", "afwezig")


def attendance_label(status: str) -> str:
    """The stored value in the UI's language (the value itself stays Dutch)."""
    from PySide6.QtCore import QCoreApplication

    return {
        "aanwezig": QCoreApplication.translate("attendance", "aanwezig"),
        "afgemeld": QCoreApplication.translate("attendance", "afgemeld"),
        "afwezig": QCoreApplication.translate("attendance", "afwezig"),
    }.get(status, status)


class NotesEdit(QPlainTextEdit):
    """The minutes of one item; says when the user leaves it, so typed notes are saved."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class MinutesTab(QWidget):
    """`decision_item` is the agenda item a new decision belongs to."""

    def __init__(self, meeting: OpenMeeting, decision_item: Callable[[], AgendaLine | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.ctx = meeting.ctx
        self._decision_item = decision_item
        self.item_id: str | None = None  # the agenda item whose notes are shown
        self._shown: dict[str, str] = {}  # item id -> its minutes as last shown
        self.agenda_model = meeting.agenda_model

        self.attendance = QTableWidget(0, 3)
        self.attendance.setObjectName("attendanceTable")
        self.attendance.setAccessibleName(self.tr("Aanwezigheid"))
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Rol"), self.tr("Aanwezigheid")])
        self.attendance.verticalHeader().hide()
        self.attendance.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attendance.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.attendance.horizontalHeader().resizeSection(1, 78)
        self.attendance.horizontalHeader().resizeSection(2, 100)
        self.attendance.setWordWrap(False)
        left = QWidget()
        left.setMinimumWidth(280)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Aanwezigheid")))
        left_layout.addWidget(self.attendance, 1)
        left_layout.addWidget(push_button(self.tr("Overige leden aanwezig"),
                                          self.mark_rest_present))

        self.items = QTreeView()
        self.items.setObjectName("minutesItems")
        self.items.setAccessibleName(self.tr("Agendapunten voor de notulen"))
        self.items.setModel(self.agenda_model)
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        for column in range(2, self.agenda_model.columnCount()):
            self.items.setColumnHidden(column, True)
        self.items.header().resizeSection(COL_NUMBER, 44)
        self.items.selectionModel().currentChanged.connect(lambda *_: self._item_chosen())
        self.text = NotesEdit()
        self.text.setTabChangesFocus(True)
        self.text.setObjectName("minutesText")
        self.text.setAccessibleName(self.tr("Notulen bij het gekozen agendapunt"))
        self.text.focusLost.connect(self._save_if_changed)
        self.ctx.aboutToClose.connect(self._save_if_changed)
        self.text.setPlaceholderText(self.tr("Notulen bij dit agendapunt"))
        save = push_button(self.tr("Notulen opslaan"), self.save_minutes)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.text, 1)
        notes_layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.items)
        middle.addWidget(notes)
        middle.setSizes([170, 470])
        middle.setStretchFactor(1, 1)

        self.decision_model = DecisionListModel(self, with_meeting=False)
        self.decisions = QTableView()
        self.decisions.setObjectName("meetingDecisions")
        self.decisions.setAccessibleName(self.tr("Besluiten van deze vergadering"))
        self.decisions.setModel(self.decision_model)
        self.decisions.verticalHeader().hide()
        self.decisions.setWordWrap(False)
        self.decisions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.decisions.horizontalHeader().resizeSection(0, 110)
        self.decisions.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.decisions.doubleClicked.connect(lambda *_: self.edit_decision())
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(QLabel(self.tr("Besluiten")))
        decision_buttons.addStretch(1)
        decision_buttons.addWidget(push_button(self.tr("Besluit…"), self.add_decision,
                                               self.tr("Besluit bij het gekozen agendapunt")))
        decision_buttons.addWidget(push_button(self.tr("Wijzigen…"), self.edit_decision))
        decision_buttons.addWidget(push_button(self.tr("Verwijderen"), self.delete_decision))
        self.cycle = MinutesCycleBar(self.ctx, self)
        self.cycle.hide()
        left_layout.addWidget(self.cycle.guests_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(middle, 3)
        right_layout.addLayout(decision_buttons)
        right_layout.addWidget(self.decisions, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 780])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cycle.status_row)
        layout.addWidget(splitter, 1)

    # --- showing -----------------------------------------------------------------------

    def forget(self) -> None:
        """Drop typed notes and the item shown (another meeting, or no workspace)."""
        self.text.document().setModified(False)
        self.item_id = None

    def pending(self) -> tuple[str, str] | None:
        """The item and the notes typed for it but not yet saved."""
        if self.item_id and self.text.document().isModified():
            return self.item_id, self.text.toPlainText()
        return None

    def load(self) -> None:
        meeting_id = self.meeting.meeting_id
        assert meeting_id is not None
        store = self.ctx.store
        self.items.expandAll()
        lines = minutes_service.attendance_lines(store, meeting_id)
        self.attendance.setRowCount(0)
        for line in lines:
            row = self.attendance.rowCount()
            self.attendance.insertRow(row)
            name = QTableWidgetItem(line.name)
            name.setToolTip(line.organisation or "")
            self.attendance.setItem(row, 0, name)
            self.attendance.setItem(row, 1, QTableWidgetItem(
                role_label(line.role) if line.role else self.tr("gast")))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Aanwezigheid van %1").replace("%1", line.name))
            combo.addItem("", None)
            for status in ATTENDANCE:
                combo.addItem(attendance_label(status), status)
            combo.setCurrentIndex(max(0, combo.findData(line.status)))
            combo.currentIndexChanged.connect(
                lambda _i, pid=line.person_id, c=combo: self.set_attendance(
                    pid, str(c.currentData()) if c.currentData() else None))
            self.attendance.setCellWidget(row, 2, combo)
        self.decision_model.set_rows(minutes_service.decision_list(store, meeting_id=meeting_id))
        items = self.agenda_model.lines()
        if self.item_id is None and items:
            self.item_id = items[0].id  # start taking minutes at the first item
        if self.item_id:
            index = self.agenda_model.index_of(self.item_id)
            if index.isValid():
                self.items.setCurrentIndex(index)
        self._item_chosen(save=False)
        if self.cycle.meeting_id != meeting_id:
            self.cycle.load(meeting_id)
        else:
            self.cycle.reload()
        self.text.setReadOnly(self.cycle.state is not None and self.cycle.state.adopted)

    # --- attendance --------------------------------------------------------------------

    def set_attendance(self, person_id: str, status: str | None) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        self.meeting.edit(self, self.tr("Aanwezigheid gewijzigd"),
                          lambda: minutes_service.set_attendance(
                              self.ctx.store, meeting_id, person_id, status))

    def mark_rest_present(self) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        self.meeting.edit(self, self.tr("Overige leden aanwezig"),
                          lambda: minutes_service.mark_rest_present(self.ctx.store, meeting_id))

    # --- notes -------------------------------------------------------------------------

    def current_line(self) -> AgendaLine | None:
        return self.agenda_model.line(self.items.currentIndex())

    def _item_chosen(self, save: bool = True) -> None:
        line = self.current_line()
        old = self.item_id
        self.item_id = line.id if line else None
        if save and old and self.text.document().isModified() and self.item_id != old:
            # Save what was typed for the item left; the reload then shows the new item.
            text = self.text.toPlainText()
            self.text.document().setModified(False)
            self._save_text(old, text)
        self.text.blockSignals(True)
        if line is not None:  # what the secretary saw: a colleague's change shows against it
            self._shown[line.id] = (line.minutes_text or "").strip()
        self.text.setPlainText(line.minutes_text or "" if line else "")
        self.text.setEnabled(line is not None)
        self.text.document().setModified(False)
        self.text.blockSignals(False)

    def _save_if_changed(self) -> None:
        if self.item_id and self.text.document().isModified():
            self.save_minutes(self.item_id)

    def select_item(self, item_id: str) -> None:
        index = self.agenda_model.index_of(item_id)
        if index.isValid():
            self.items.setCurrentIndex(index)

    def save_minutes(self, item_id: str | None = None, text: str | None = None) -> None:
        item_id = item_id or self.item_id
        if item_id is None:
            return
        value = self.text.toPlainText() if text is None else text
        self.text.document().setModified(False)
        self._save_text(item_id, value)

    def _save_text(self, item_id: str, text: str) -> None:
        stored, who = minutes_service.item_minutes(self.ctx.store, item_id)
        shown = self._shown.get(item_id, stored)
        final = settle_fields(
            self, {"minutes": shown}, {"minutes": stored}, {"minutes": text.strip()},
            labels={"minutes": self.tr("het verslag van dit agendapunt")},
            texts={"minutes"}, who=who)["minutes"]
        self._shown[item_id] = final
        if final == stored:
            if item_id == self.item_id and final != text.strip():
                self._item_chosen(save=False)  # theirs kept: show it
            return
        self.meeting.edit(self, self.tr("Notulen bijgewerkt"),
                          lambda: minutes_service.set_item_minutes(
                              self.ctx.store, item_id, final))

    # --- decisions ---------------------------------------------------------------------

    def add_decision(self, text: str | None = None, item_id: str | None = None) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        line = self._decision_item()
        item_id = item_id or (line.id if line else None)
        if text is None:
            number = minutes_service.next_decision_number(self.ctx.store, meeting_id)
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Besluit %1").replace("%1", number),
                self.tr("Wat is er besloten?"))
            if not ok or not text.strip():
                return
        decided = text
        self.meeting.edit(self, self.tr("Besluit vastgelegd"),
                          lambda: minutes_service.add_decision(
                              self.ctx.store, meeting_id, decided, item_id))

    def edit_decision(self, text: str | None = None) -> None:
        index = self.decisions.currentIndex()
        if not index.isValid():
            return
        decision = self.decision_model.row_at(index.row())
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Besluit %1").replace("%1", decision.number),
                self.tr("Wat is er besloten?"), decision.text)
            if not ok:
                return
        new_text = text
        self.meeting.edit(self, self.tr("Besluit gewijzigd"),
                          lambda: minutes_service.update_decision(
                              self.ctx.store, decision.id, new_text))

    def delete_decision(self) -> None:
        index = self.decisions.currentIndex()
        if not index.isValid():
            return
        decision_id = self.decision_model.row_at(index.row()).id
        self.meeting.edit(self, self.tr("Besluit verwijderd"),
                          lambda: minutes_service.delete_decision(self.ctx.store, decision_id))
