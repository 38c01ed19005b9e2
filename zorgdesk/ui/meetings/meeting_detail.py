"""One meeting: its agenda (numbered, timed, reorderable), minutes, decisions and actions.

Every change runs through `run_edit`, so it is one step on the undo stack. Methods that
would ask the user something take the answer as an argument too (tests and scripts use that).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import agenda as agenda_service
from zorgdesk.services.meetings import attachments as attachments_service
from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.agenda import Agenda, AgendaLine, Suggestion
from zorgdesk.services.meetings.bodies import Scope, list_bodies, list_people
from zorgdesk.services.meetings.minutes import ActionLine
from zorgdesk.services.meetings.plan import clashes_of, delete_meeting, update_meeting
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_text import phrase_text
from zorgdesk.ui.kit.formatting import date_time, short_date
from zorgdesk.ui.kit.page import heading
from zorgdesk.ui.meetings import action_ops
from zorgdesk.ui.meetings.action_dialog import ActionValues
from zorgdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog, ItemValues
from zorgdesk.ui.meetings.agenda_model import (
    COL_FILES,
    COL_GOALS,
    COL_KIND,
    COL_MINUTES,
    COL_NUMBER,
    COL_PRESENTER,
    COL_TIME,
    COL_TITLE,
    ID_ROLE,
    AgendaModel,
)
from zorgdesk.ui.meetings.attachment_list import AttachmentList, open_with_system_viewer
from zorgdesk.ui.meetings.body_dialog import role_label
from zorgdesk.ui.meetings.invitation_dialog import InvitationChoice, make_invitation
from zorgdesk.ui.meetings.meeting_dialogs import MeetingDialog, MeetingValues
from zorgdesk.ui.meetings.meeting_documents import documents_menu, save_document
from zorgdesk.ui.meetings.meeting_edits import run_edit
from zorgdesk.ui.meetings.meeting_models import ActionListModel, DecisionListModel
from zorgdesk.ui.meetings.minutes_cycle import MinutesCycleBar


class NotesEdit(QPlainTextEdit):
    """The minutes of one item; says when the user leaves it, so typed notes are saved."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


# The values of zorgdesk.models.Attendance (the models load only when an edit is made).
ATTENDANCE = ("aanwezig", "afgemeld", "afwezig")


def _button(text: str, slot: object, tip: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda *_: slot())  # type: ignore[operator]
    if tip:
        button.setToolTip(tip)
    return button


class MeetingDetail(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.agenda: Agenda | None = None
        self._keep_item: str | None = None
        self._minutes_item: str | None = None

        self.title = heading("", 2)
        self.title.setObjectName("subheading")
        self.when = QLabel()
        self.when.setObjectName("muted")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a4a00;")
        self.edit_button = _button(self.tr("Wijzigen…"), self.edit_meeting,
                                   self.tr("Datum, tijd, locatie of vervallen"))
        self.delete_button = _button(self.tr("Verwijderen"), self.delete_meeting)
        self.invite_button = _button(self.tr("Uitnodiging maken…"), self.make_invitation,
                                     self.tr("Concept-e-mail met agenda, stukken en "
                                             "agendaverzoek, voor Outlook of Thunderbird"))
        self.invite_button.setAccessibleName(self.tr("Uitnodiging maken"))
        self.documents_button = QPushButton(self.tr("Documenten"))
        self.documents_button.setAccessibleName(self.tr("Documenten van deze vergadering"))
        self.documents_button.setToolTip(self.tr("Agenda, vergaderset of verslag als PDF "
                                                 "opslaan, met een naam die zegt wat het is"))
        self.documents_button.setMenu(documents_menu(self, self.save_document))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        head.addLayout(titles, 1)
        head.addWidget(self.documents_button)
        head.addWidget(self.invite_button)
        head.addWidget(self.edit_button)
        head.addWidget(self.delete_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self._agenda_tab(), self.tr("Agenda"))
        self.tabs.addTab(self._minutes_tab(), self.tr("Notulen"))
        self.tabs.addTab(self._actions_tab(), self.tr("Acties"))

        self.empty = QLabel(self.tr("Kies een vergadering in de lijst of in de jaarkalender."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self._show_empty(True)

    # --- building ----------------------------------------------------------------------

    def _agenda_tab(self) -> QWidget:
        self.agenda_model = AgendaModel(self)
        self.agenda_model.moveRequested.connect(
            lambda item, parent, row: self.move_item(item, parent or None, row))
        view = QTreeView()
        view.setObjectName("agendaView")
        view.setAccessibleName(self.tr("Agenda"))
        view.setModel(self.agenda_model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.doubleClicked.connect(lambda *_: self.edit_item())
        header = view.header()
        header.setStretchLastSection(False)
        widths = {COL_NUMBER: 44, COL_KIND: 124, COL_PRESENTER: 130, COL_MINUTES: 44,
                  COL_TIME: 92, COL_GOALS: 70, COL_FILES: 60}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentChanged.connect(lambda *_: self._item_selected())
        self.agenda_view = view
        for key, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self.delete_item),
                          (QKeySequence("Ctrl+Up"), self.move_up),
                          (QKeySequence("Ctrl+Down"), self.move_down),
                          (QKeySequence("Return"), self.edit_item)):
            shortcut = QShortcut(key, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=slot: s())

        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("Punt…"), self.add_item, self.tr("Agendapunt toevoegen")),
            (self.tr("Subpunt…"), self.add_sub_item,
             self.tr("Subpunt (2a, 2b) onder het gekozen punt")),
            (self.tr("Wijzigen…"), self.edit_item, None),
            (self.tr("Verwijderen"), self.delete_item, None),
            ("↑", self.move_up, self.tr("Omhoog (Ctrl+↑, of sleep het punt)")),
            ("↓", self.move_down, self.tr("Omlaag (Ctrl+↓, of sleep het punt)")),
            (self.tr("Standaardpunten"), self.apply_template,
             self.tr("Opening, verslag, actielijst, rondvraag en sluiting van dit overleg")),
            (self.tr("Voorstellen…"), self.suggest,
             self.tr("Mijlpalen die eraan komen en doelen die op oranje of rood sprongen")),
        ):
            button = _button(text, slot, tip)
            if len(text) == 1:
                button.setFixedWidth(32)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.time_summary = QLabel()
        self.time_summary.setObjectName("muted")
        buttons.addWidget(self.time_summary)

        self.attachments = AttachmentList()
        self.attachments.setObjectName("attachmentList")
        self.attachments.setAccessibleName(self.tr("Bijlagen bij het gekozen punt"))
        self.attachments.setMaximumHeight(84)
        self.attachments.filesDropped.connect(self.add_attachments)
        self.attachments.itemDoubleClicked.connect(lambda *_: self.open_attachment())
        files = QHBoxLayout()
        label = QLabel(self.tr("Bijlagen bij het gekozen punt"))
        label.setObjectName("muted")
        files.addWidget(label)
        files.addStretch(1)
        files.addWidget(_button(self.tr("Toevoegen…"), self.add_attachment,
                                self.tr("Eén of meer bestanden; slepen kan ook")))
        files.addWidget(_button(self.tr("Openen"), self.open_attachment,
                                self.tr("Openen met het programma van het systeem")))
        files.addWidget(_button(self.tr("Vervangen…"), self.replace_attachment,
                                self.tr("Een nieuwe versie van de gekozen bijlage")))
        files.addWidget(_button(self.tr("Opslaan als…"), self.save_attachment))
        files.addWidget(_button(self.tr("Verwijderen"), self.delete_attachment))

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        layout.addLayout(files)
        layout.addWidget(self.attachments)
        return tab

    def _minutes_tab(self) -> QWidget:
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
        left_layout.addWidget(_button(self.tr("Overige leden aanwezig"),
                                      self.mark_rest_present))

        self.minutes_items = QTreeView()
        self.minutes_items.setObjectName("minutesItems")
        self.minutes_items.setAccessibleName(self.tr("Agendapunten voor de notulen"))
        self.minutes_items.setModel(self.agenda_model)
        self.minutes_items.setRootIsDecorated(False)
        self.minutes_items.setUniformRowHeights(True)
        for column in range(2, self.agenda_model.columnCount()):
            self.minutes_items.setColumnHidden(column, True)
        self.minutes_items.header().resizeSection(COL_NUMBER, 44)
        self.minutes_items.selectionModel().currentChanged.connect(
            lambda *_: self._minutes_item_selected())
        self.minutes_text = NotesEdit()
        self.minutes_text.setTabChangesFocus(True)
        self.minutes_text.setObjectName("minutesText")
        self.minutes_text.setAccessibleName(self.tr("Notulen bij het gekozen agendapunt"))
        self.minutes_text.focusLost.connect(self._save_if_changed)
        self.ctx.aboutToClose.connect(self._save_if_changed)
        self.minutes_text.setPlaceholderText(self.tr("Notulen bij dit agendapunt"))
        save = _button(self.tr("Notulen opslaan"), self.save_minutes)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.minutes_text, 1)
        notes_layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.minutes_items)
        middle.addWidget(notes)
        middle.setSizes([210, 430])
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
        decision_buttons.addWidget(_button(self.tr("Besluit…"), self.add_decision,
                                           self.tr("Besluit bij het gekozen agendapunt")))
        decision_buttons.addWidget(_button(self.tr("Wijzigen…"), self.edit_decision))
        decision_buttons.addWidget(_button(self.tr("Verwijderen"), self.delete_decision))
        self.cycle = MinutesCycleBar(self.ctx, self)
        self.cycle.hide()
        self.cycle.changed.connect(self.reload)
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
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.addWidget(self.cycle.status_row)
        tab_layout.addWidget(splitter, 1)
        return tab

    def _actions_tab(self) -> QWidget:
        self.action_model = ActionListModel(self)
        view = QTableView()
        view.setObjectName("meetingActions")
        view.setAccessibleName(self.tr("Acties van deze vergadering"))
        view.setModel(self.action_model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 80), (4, 110), (5, 100)):
            header.resizeSection(column, width)
        view.doubleClicked.connect(lambda *_: self.edit_action())
        self.actions_view = view
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Nieuwe actie…"), self.add_action),
                           (self.tr("Wijzigen…"), self.edit_action),
                           (self.tr("Gereed"), self.mark_action_done),
                           (self.tr("Heropenen"), self.reopen_action),
                           (self.tr("Doorverwijzen…"), self.refer_action),
                           (self.tr("Verwijderen"), self.delete_action)):
            buttons.addWidget(_button(text, slot))
        buttons.addStretch(1)
        hint = QLabel(self.tr("Open acties van eerdere vergaderingen staan hier vanzelf; "
                              "rood: over de datum."))
        hint.setObjectName("muted")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        layout.addWidget(hint)
        return tab

    # --- loading -----------------------------------------------------------------------

    def _show_empty(self, empty: bool) -> None:
        for widget in (self.title, self.when, self.edit_button, self.delete_button,
                       self.tabs):
            widget.setVisible(not empty)
        self.warning.setVisible(not empty and bool(self.warning.text()))
        self.empty.setVisible(empty)

    def forget(self) -> None:
        """Drop the meeting shown, without saving: the workspace it came from is gone."""
        self.minutes_text.document().setModified(False)
        self.meeting_id = None
        self._keep_item = None
        self._minutes_item = None

    def load(self, meeting_id: str | None) -> None:
        previous = self.meeting_id
        pending = (self._minutes_item, self.minutes_text.toPlainText()) \
            if self.minutes_text.document().isModified() else None
        if meeting_id != previous:
            self._keep_item = None
            self._minutes_item = None
            self.minutes_text.document().setModified(False)
        self.meeting_id = meeting_id
        if meeting_id != previous and pending and pending[0] and previous:
            # Typed notes never get lost by choosing another meeting.
            item_id, text = pending[0], pending[1]
            run_edit(self.ctx, self, self.tr("Notulen bijgewerkt"), Scope(meetings=(previous,)),
                     lambda: minutes_service.set_item_minutes(self.ctx.store, item_id,
                                                              text.strip()))
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None or not self.ctx.has_store:
            self.agenda = None
            self.agenda_model.set_agenda(None)
            self._show_empty(True)
            return
        store = self.ctx.store
        try:
            self.agenda = agenda_service.load_agenda(store, self.meeting_id)
        except StoreError:
            self.meeting_id = None
            self.reload()
            return
        agenda = self.agenda
        keep = self._keep_item or self.selected_item_id()
        self._keep_item = None  # asked for by one edit only
        self.agenda_model.set_agenda(agenda)
        self.agenda_view.expandAll()
        self.minutes_items.expandAll()
        if keep:
            self.select_item(keep)
        self.title.setText(f"{agenda.body} – {agenda.title or agenda.body_name}")
        when = short_date(agenda.starts_at.date()) if agenda.time_unknown else (
            date_time(agenda.starts_at)
            + (f"–{agenda.ends_at:%H:%M}" if agenda.ends_at else ""))
        if agenda.location:
            when += f" · {agenda.location}"
        self.when.setText(when)
        warnings = []
        if agenda.cancelled:
            warnings.append(self.tr("Deze vergadering is vervallen."))
        if agenda.time_unknown:
            warnings.append(self.tr("De begintijd is nog niet bekend: de agenda krijgt "
                                    "kloktijden zodra die is ingevuld (Wijzigen…)."))
        clashes = clashes_of(store, agenda.meeting_id) if not agenda.cancelled else []
        if clashes:
            warnings.append(self.tr("Tegelijk met: %1.").replace("%1", "; ".join(clashes)))
        if agenda.overrun_minutes:
            warnings.append(self.tr("De agenda loopt %n minuten uit.", "",
                                    agenda.overrun_minutes))
        self.warning.setText(" ".join(warnings))
        total = sum(line.minutes or 0 for line in agenda.lines)
        self.time_summary.setText(self.tr("%n minuten gepland", "", total))
        self._load_minutes()
        self._load_actions()
        self._item_selected()
        if self.cycle.meeting_id != self.meeting_id:
            self.cycle.load(self.meeting_id)
        else:
            self.cycle.reload()
        adopted = self.cycle.state is not None and self.cycle.state.adopted
        self.minutes_text.setReadOnly(adopted)
        self._show_empty(False)

    def _load_minutes(self) -> None:
        assert self.meeting_id is not None
        store = self.ctx.store
        lines = minutes_service.attendance_lines(store, self.meeting_id)
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
                combo.addItem(status, status)
            combo.setCurrentIndex(max(0, combo.findData(line.status)))
            combo.currentIndexChanged.connect(
                lambda _i, pid=line.person_id, c=combo: self.set_attendance(
                    pid, str(c.currentData()) if c.currentData() else None))
            self.attendance.setCellWidget(row, 2, combo)
        self.decision_model.set_rows(
            minutes_service.decision_list(store, meeting_id=self.meeting_id))
        items = self.agenda_model.lines()
        if self._minutes_item is None and items:
            self._minutes_item = items[0].id  # start taking minutes at the first item
        if self._minutes_item:
            index = self.agenda_model.index_of(self._minutes_item)
            if index.isValid():
                self.minutes_items.setCurrentIndex(index)
        self._minutes_item_selected(save=False)

    def _load_actions(self) -> None:
        assert self.meeting_id is not None
        self.action_model.set_rows(
            minutes_service.meeting_actions(self.ctx.store, self.meeting_id))
        count = sum(1 for row in range(self.action_model.rowCount())
                    if self.action_model.row_at(row).is_open)
        self.tabs.setTabText(2, self.tr("Acties (%n open)", "", count))

    # --- selection ---------------------------------------------------------------------

    def selected_item_id(self) -> str | None:
        index = self.agenda_view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected_line(self) -> AgendaLine | None:
        return self.agenda_model.line(self.agenda_view.currentIndex())

    def select_item(self, item_id: str) -> None:
        index = self.agenda_model.index_of(item_id)
        if index.isValid():
            self.agenda_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _item_selected(self) -> None:
        self.attachments.clear()
        item_id = self.selected_item_id()
        if item_id is None or not self.ctx.has_store:
            return
        for attachment in agenda_service.list_attachments(self.ctx.store, item_id):
            size = f"{attachment.size_bytes / 1024:.0f} kB".replace(".", ",")
            entry = QListWidgetItem(f"{attachment.filename}  ({size})")
            entry.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachments.addItem(entry)

    def _scope(self, content: bool = False) -> Scope:
        assert self.meeting_id is not None
        return Scope(meetings=(self.meeting_id,), attachment_content=content)

    def _edit(self, label: str, op: object, content: bool = False) -> object:
        if self.meeting_id is None:
            return None
        return run_edit(self.ctx, self, label, self._scope(content), op)  # type: ignore[arg-type]

    # --- meeting -----------------------------------------------------------------------

    def edit_meeting(self, values: MeetingValues | None = None) -> None:
        if self.agenda is None:
            return
        agenda = self.agenda
        if values is None:
            bodies = [b for b in list_bodies(self.ctx.store) if b.id == agenda.body_id]
            dialog = MeetingDialog(bodies, MeetingValues(
                agenda.body_id, agenda.starts_at, agenda.ends_at, agenda.location,
                agenda.title, agenda.cancelled), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        v = values
        self._edit(self.tr("Vergadering gewijzigd"), lambda: update_meeting(
            self.ctx.store, agenda.meeting_id, starts_at=v.starts_at, ends_at=v.ends_at,
            location=v.location, title=v.title, cancelled=v.cancelled))

    def delete_meeting(self, confirm: bool = True) -> None:
        if self.agenda is None:
            return
        agenda = self.agenda
        if confirm and QMessageBox.question(
                self, self.tr("Vergadering verwijderen"),
                self.tr("De vergadering van %1 met agenda, notulen en besluiten verwijderen? "
                        "Acties blijven op de actielijst. Ongedaan maken kan met Ctrl+Z.")
                .replace("%1", date_time(agenda.starts_at))) \
                != QMessageBox.StandardButton.Yes:
            return
        scope = Scope(meetings=(agenda.meeting_id,), actions_of=(agenda.body_id,),
                      attachment_content=True)
        run_edit(self.ctx, self, self.tr("Vergadering verwijderd"), scope,
                 lambda: delete_meeting(self.ctx.store, agenda.meeting_id))

    # --- agenda ------------------------------------------------------------------------

    def _item_dialog(self, line: AgendaLine | None) -> ItemValues | None:
        store = self.ctx.store
        dialog = AgendaItemDialog(line, list_people(store), agenda_service.goal_choices(store),
                                  self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def add_item(self, values: ItemValues | None = None, parent_id: str | None = None) -> None:
        if self.meeting_id is None:
            return
        values = values or self._item_dialog(None)
        if values is None:
            return
        meeting_id, v = self.meeting_id, values
        made = self._edit(self.tr("Agendapunt toegevoegd"), lambda: agenda_service.add_item(
            self.ctx.store, meeting_id, v.title, kind=v.kind, parent_id=parent_id,
            presenter=v.presenter, presenter_person_id=v.presenter_person_id,
            minutes_allotted=v.minutes_allotted, notes=v.notes, confidential=v.confidential,
            goal_ids=v.goal_ids))
        if isinstance(made, str):
            self._keep_item = made
            self.reload()

    def add_sub_item(self, values: ItemValues | None = None) -> None:
        line = self.selected_line()
        if line is None:
            QMessageBox.information(self, self.tr("Subpunt"),
                                    self.tr("Kies eerst het punt waar het subpunt onder komt."))
            return
        self.add_item(values, parent_id=line.parent_id or line.id)

    def edit_item(self, values: ItemValues | None = None) -> None:
        line = self.selected_line()
        if line is None:
            return
        values = values or self._item_dialog(line)
        if values is None:
            return
        v = values

        def op() -> None:
            agenda_service.update_item(self.ctx.store, line.id, **v.fields())
            agenda_service.set_item_goals(self.ctx.store, line.id, list(v.goal_ids))

        self._edit(self.tr("Agendapunt gewijzigd"), op)

    def delete_item(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        self._keep_item = None
        self._edit(self.tr("Agendapunt verwijderd"),
                   lambda: agenda_service.delete_item(self.ctx.store, line.id), content=True)

    def move_item(self, item_id: str, parent_id: str | None, index: int) -> None:
        self._keep_item = item_id
        self._edit(self.tr("Agendapunt verplaatst"),
                   lambda: agenda_service.move_item(self.ctx.store, item_id, parent_id, index))

    def move_up(self) -> None:
        self._step(-1)

    def move_down(self) -> None:
        self._step(1)

    def _step(self, delta: int) -> None:
        index = self.agenda_view.currentIndex()
        line = self.agenda_model.line(index)
        if line is None:
            return
        target = index.row() + delta
        if 0 <= target < self.agenda_model.rowCount(index.parent()):
            self.move_item(line.id, line.parent_id, target)

    def apply_template(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self._edit(self.tr("Standaardpunten toegevoegd"),
                   lambda: agenda_service.apply_template(self.ctx.store, meeting_id))

    def suggest(self, chosen: list[Suggestion] | None = None) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        if chosen is None:
            found = agenda_service.suggest_items(self.ctx.store, meeting_id)
            if not found:
                QMessageBox.information(
                    self, self.tr("Voorstellen"),
                    self.tr("Geen mijlpalen die voor de volgende vergadering vallen en geen "
                            "doelen die sinds de vorige vergadering op oranje of rood "
                            "sprongen."))
                return
            chosen = self._choose_suggestions(found)
            if not chosen:
                return
        picked = chosen
        self._edit(self.tr("Voorgestelde punten toegevoegd"),
                   lambda: agenda_service.add_suggestions(self.ctx.store, meeting_id, picked))

    def _choose_suggestions(self, found: list[Suggestion]) -> list[Suggestion]:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Voorstellen voor de agenda"))
        dialog.resize(820, 460)  # room for a milestone's whole title
        listing = QListWidget()
        listing.setAlternatingRowColors(True)
        for suggestion in found:
            entry = QListWidgetItem(f"{suggestion.title}\n    {phrase_text(suggestion.detail)}")
            entry.setToolTip(suggestion.title)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            listing.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Kies wat op de agenda komt:")))
        layout.addWidget(listing)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [s for row, s in enumerate(found)
                if listing.item(row).checkState() == Qt.CheckState.Checked]

    # --- attachments -------------------------------------------------------------------

    def add_attachment(self, path: Path | None = None) -> None:
        if path is not None:
            self.add_attachments([path])
            return
        if self.selected_line() is None:
            self.add_attachments([])  # says what to choose first
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlagen toevoegen"))
        if names:
            self.add_attachments([Path(name) for name in names])

    def add_attachments(self, paths: list[Path]) -> None:
        """Several files at once (chosen or dropped): one undo step, all or nothing."""
        line = self.selected_line()
        if line is None:
            QMessageBox.information(self, self.tr("Bijlage"),
                                    self.tr("Kies eerst het agendapunt voor de bijlage."))
            return
        if not paths:
            return
        chosen = list(paths)
        self._keep_item = line.id
        label = (self.tr("Bijlage toegevoegd") if len(chosen) == 1
                 else self.tr("%1 bijlagen toegevoegd").replace("%1", str(len(chosen))))
        self._edit(label, lambda: attachments_service.add_attachment_files(
            self.ctx.store, line.id, chosen, confidential=line.confidential), content=True)

    def open_attachment(self, opener: Callable[[QUrl], object] | None = None) -> Path | None:
        """A read-only copy, opened by the system's viewer (or by `opener`)."""
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return None
        filename, content = agenda_service.attachment_content(self.ctx.store, attachment_id)
        if opener is None:
            return open_with_system_viewer(filename, content)
        return open_with_system_viewer(filename, content, opener)

    def replace_attachment(self, path: Path | None = None) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Nieuwe versie van de bijlage"))
            if not name:
                return
            path = Path(name)
        chosen = path
        self._keep_item = self.selected_item_id()
        self._edit(self.tr("Bijlage vervangen"), lambda: attachments_service.replace_attachment(
            self.ctx.store, attachment_id, chosen), content=True)

    def _attachment_id(self) -> str | None:
        entry = self.attachments.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    def save_attachment(self, target: Path | None = None) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        filename, content = agenda_service.attachment_content(self.ctx.store, attachment_id)
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Bijlage opslaan"), filename)
            if not name:
                return
            target = Path(name)
        from zorgdesk.store.atomic import write_bytes_atomic

        write_bytes_atomic(target, content)

    def delete_attachment(self) -> None:
        attachment_id = self._attachment_id()
        if attachment_id is None:
            return
        self._keep_item = self.selected_item_id()
        self._edit(self.tr("Bijlage verwijderd"), lambda: agenda_service.delete_attachment(
            self.ctx.store, attachment_id), content=True)

    # --- minutes -----------------------------------------------------------------------

    def set_attendance(self, person_id: str, status: str | None) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self._edit(self.tr("Aanwezigheid gewijzigd"), lambda: minutes_service.set_attendance(
            self.ctx.store, meeting_id, person_id, status))

    def mark_rest_present(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self._edit(self.tr("Overige leden aanwezig"),
                   lambda: minutes_service.mark_rest_present(self.ctx.store, meeting_id))

    def _minutes_line(self) -> AgendaLine | None:
        return self.agenda_model.line(self.minutes_items.currentIndex())

    def _minutes_item_selected(self, save: bool = True) -> None:
        line = self._minutes_line()
        old = self._minutes_item
        self._minutes_item = line.id if line else None
        if save and old and self.minutes_text.document().isModified() \
                and self._minutes_item != old:
            # Save what was typed for the item left; the reload then shows the new item.
            text = self.minutes_text.toPlainText()
            self.minutes_text.document().setModified(False)
            self._save_text(old, text)
        self.minutes_text.blockSignals(True)
        self.minutes_text.setPlainText(line.minutes_text or "" if line else "")
        self.minutes_text.setEnabled(line is not None)
        self.minutes_text.document().setModified(False)
        self.minutes_text.blockSignals(False)

    def _save_if_changed(self) -> None:
        if self._minutes_item and self.minutes_text.document().isModified():
            self.save_minutes(self._minutes_item)

    def select_minutes_item(self, item_id: str) -> None:
        index = self.agenda_model.index_of(item_id)
        if index.isValid():
            self.minutes_items.setCurrentIndex(index)

    def save_minutes(self, item_id: str | None = None, text: str | None = None) -> None:
        item_id = item_id or self._minutes_item
        if item_id is None:
            return
        value = self.minutes_text.toPlainText() if text is None else text
        self.minutes_text.document().setModified(False)
        self._save_text(item_id, value)

    def _save_text(self, item_id: str, text: str) -> None:
        self._edit(self.tr("Notulen bijgewerkt"), lambda: minutes_service.set_item_minutes(
            self.ctx.store, item_id, text.strip()))

    def add_decision(self, text: str | None = None, item_id: str | None = None) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        line = self._minutes_line() if self.tabs.currentIndex() == 1 else self.selected_line()
        item_id = item_id or (line.id if line else None)
        if text is None:
            number = minutes_service.next_decision_number(self.ctx.store, meeting_id)
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Besluit %1").replace("%1", number),
                self.tr("Wat is er besloten?"))
            if not ok or not text.strip():
                return
        decided = text
        self._edit(self.tr("Besluit vastgelegd"), lambda: minutes_service.add_decision(
            self.ctx.store, meeting_id, decided, item_id))

    def _decision_id(self) -> str | None:
        index = self.decisions.currentIndex()
        return self.decision_model.row_at(index.row()).id if index.isValid() else None

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
        self._edit(self.tr("Besluit gewijzigd"), lambda: minutes_service.update_decision(
            self.ctx.store, decision.id, new_text))

    def delete_decision(self) -> None:
        decision_id = self._decision_id()
        if decision_id is None:
            return
        self._edit(self.tr("Besluit verwijderd"),
                   lambda: minutes_service.delete_decision(self.ctx.store, decision_id))

    # --- actions -----------------------------------------------------------------------

    def selected_action(self) -> ActionLine | None:
        index = self.actions_view.currentIndex()
        return self.action_model.row_at(index.row()) if index.isValid() else None

    def _action_dialog(self, action: ActionLine | None) -> ActionValues | None:
        default_due = None
        if self.agenda is not None and action is None:
            default_due = self.agenda.starts_at.date() + timedelta(days=28)
        return action_ops.ask_action(self.ctx, self, action, default_due)

    def add_action(self, values: ActionValues | None = None) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        values = values or self._action_dialog(None)
        if values is None:
            return
        v = values
        line = self.selected_line()
        item_id = line.id if line and self.tabs.currentIndex() == 0 else None
        self._edit(self.tr("Actie toegevoegd"), lambda: minutes_service.add_action(
            self.ctx.store, meeting_id, v.text, owner_person_id=v.owner_person_id,
            owner_organisation_id=v.owner_organisation_id, due=v.due, notes=v.notes,
            agenda_item_id=item_id))

    def edit_action(self, values: ActionValues | None = None) -> None:
        action = self.selected_action()
        if action is not None:
            action_ops.edit_action(self.ctx, self, action, values)

    def mark_action_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        # Done at this meeting when it lies in the past (minutes taken afterwards), else today.
        today = date.today()
        on = min(today, self.agenda.starts_at.date()) if self.agenda else today
        action_ops.set_status(self.ctx, self, action, action_ops.DONE, on)

    def reopen_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            action_ops.set_status(self.ctx, self, action, action_ops.OPEN)

    def refer_action(self, body_id: str | None = None) -> None:
        action = self.selected_action()
        if action is not None:
            action_ops.refer_action(self.ctx, self, action, body_id)

    def delete_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            action_ops.delete_action(self.ctx, self, action)

    def make_invitation(self, choice: InvitationChoice | None = None,
                        target: Path | None = None) -> None:
        if self.agenda is None:
            return
        make_invitation(self.ctx, self, self.agenda.meeting_id, self.agenda.body,
                        self.agenda.starts_at.date(), choice=choice, target=target)

    def save_document(self, kind: str, public: bool, target: Path | None = None
                      ) -> Path | None:
        if self.agenda is None:
            return None
        return save_document(self.ctx, self, self.agenda.meeting_id, body=self.agenda.body,
                             day=self.agenda.starts_at.date(), kind=kind, public=public,
                             target=target)

    def current_index(self) -> QModelIndex:
        return self.agenda_view.currentIndex()
