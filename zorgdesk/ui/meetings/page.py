"""Overleggen: bodies and their year calendar, every meeting with agenda, minutes, decisions and
actions, the decision list and the action list."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings.bodies import (
    BodyInfo,
    Scope,
    delete_body,
    list_bodies,
    list_members,
    list_organisations,
    list_people,
    list_themes,
    save_body,
)
from zorgdesk.services.meetings.minutes import body_actions, decision_list
from zorgdesk.services.meetings.plan import (
    create_meeting,
    find_conflicts,
    generate_year,
    nth_weekday,
    public_holidays,
    suggested_start,
    usual_slot,
    working_day,
)
from zorgdesk.services.meetings.queries import default_year, load_meetings, year_calendar
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.error_text import error_text
from zorgdesk.ui.kit.page import Page, heading
from zorgdesk.ui.meetings.action_list import ActionList
from zorgdesk.ui.meetings.body_dialog import BodyDialog, BodyValues
from zorgdesk.ui.meetings.calendar_model import BODY_ID_ROLE, MEETING_IDS_ROLE, CalendarModel
from zorgdesk.ui.meetings.meeting_detail import MeetingDetail
from zorgdesk.ui.meetings.meeting_dialogs import (
    MeetingDialog,
    MeetingValues,
    PlanValues,
    YearPlanDialog,
)
from zorgdesk.ui.meetings.meeting_edits import run_edit
from zorgdesk.ui.meetings.meeting_models import DecisionListModel, MeetingListModel

TAB_CALENDAR, TAB_MEETINGS, TAB_DECISIONS, TAB_ACTIONS = range(4)


class MeetingsPage(Page):
    # Meetings, with members and owners (people) and the goals of agenda items.
    concerns = frozenset({ChangeKind.MEETINGS, ChangeKind.PARTNERS, ChangeKind.GOALS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bodies: list[BodyInfo] = []
        self._year: int | None = None
        self._store: object = None

        self.body_filter = QComboBox()
        self.body_filter.setObjectName("bodyFilter")
        self.body_filter.setMinimumWidth(260)
        self.body_filter.currentIndexChanged.connect(lambda *_: self._filters_changed())
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.setRange(2000, 2100)
        self.year.setPrefix(self.tr("Jaar "))
        self.year.valueChanged.connect(lambda *_: self._filters_changed())

        body_menu = QMenu(self)
        body_menu.addAction(self.tr("Nieuw overleg…"), lambda *_: self.new_body())
        body_menu.addAction(self.tr("Overleg wijzigen…"), lambda *_: self.edit_body())
        body_menu.addAction(self.tr("Overleg verwijderen…"), lambda *_: self.delete_body())
        body_button = QToolButton()
        body_button.setText(self.tr("Overleg"))
        body_button.setMenu(body_menu)
        body_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        plan = QPushButton(self.tr("Jaar plannen…"))
        plan.setToolTip(self.tr("Een jaar vergaderingen maken uit het ritme van het overleg"))
        plan.clicked.connect(lambda *_: self.plan_year())
        new = QPushButton(self.tr("Nieuwe vergadering…"))
        new.clicked.connect(lambda *_: self.new_meeting())
        ical = QPushButton(self.tr("Agenda-export (.ics)…"))
        ical.setToolTip(self.tr("De vergaderingen als iCalendar-bestand voor Outlook"))
        ical.clicked.connect(lambda *_: self.export_ical())

        self.conflicts = QPushButton()
        self.conflicts.setObjectName("conflictWarning")
        self.conflicts.setFlat(True)
        self.conflicts.setStyleSheet("color: #9a4a00; font-weight: 600; text-align: left;")
        self.conflicts.clicked.connect(lambda *_: self.show_conflicts())
        self._conflict_text = ""

        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Overleggen")))
        bar.addSpacing(12)
        bar.addWidget(self.body_filter)
        bar.addWidget(self.year)
        bar.addStretch(1)
        for widget in (body_button, plan, new, ical):
            bar.addWidget(widget)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingsTabs")
        self.tabs.addTab(self._calendar_tab(), self.tr("Jaarkalender"))
        self.tabs.addTab(self._meetings_tab(), self.tr("Vergaderingen"))
        self.tabs.addTab(self._decisions_tab(), self.tr("Besluitenlijst"))
        self.tabs.addTab(self._actions_tab(), self.tr("Actielijst"))
        self._stale_lists: set[int] = set()
        self.tabs.currentChanged.connect(lambda *_: self._load_lists())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.conflicts, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)

    # --- tabs --------------------------------------------------------------------------

    def _calendar_tab(self) -> QWidget:
        self.calendar_model = CalendarModel(self)
        view = QTableView()
        view.setObjectName("calendarView")
        view.setAccessibleName(self.tr("Jaarkalender van de vergaderingen"))
        view.setModel(self.calendar_model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in range(1, 13):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 74)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(34)
        view.doubleClicked.connect(self._calendar_open)
        self.calendar_view = view
        hint = QLabel(self.tr("Dubbelklik op een datum om de vergadering te openen, of op een "
                              "lege maand voor een nieuwe. Oranje: leden hebben dan ook een "
                              "ander overleg. Doorgestreept: vervallen."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(view, 1)
        layout.addWidget(hint)
        return tab

    def _meetings_tab(self) -> QWidget:
        self.model = MeetingListModel(self)
        self.view = QTableView()
        self.view.setObjectName("meetingList")
        self.view.setAccessibleName(self.tr("Vergaderingen"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 200)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(4, 66)
        for column in (2, 3, 5):  # name, place and decisions show in the detail beside it
            header.setSectionHidden(column, True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._meeting_selected(current))
        self.detail = MeetingDetail(self.ctx, self)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([230, 1100])
        return splitter

    def _decisions_tab(self) -> QWidget:
        self.decision_search = QLineEdit()
        self.decision_search.setObjectName("decisionSearch")
        self.decision_search.setAccessibleName(self.tr("Besluiten zoeken"))
        self.decision_search.setPlaceholderText(
            self.tr("Zoek in besluiten (nummer, tekst, agendapunt)…"))
        self.decision_search.setClearButtonEnabled(True)
        self.decision_search.textChanged.connect(lambda *_: self._load_decisions())
        self.decision_model = DecisionListModel(self)
        view = QTableView()
        view.setObjectName("decisionList")
        view.setAccessibleName(self.tr("Besluitenlijst"))
        view.setModel(self.decision_model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        for column, width in ((0, 120), (1, 120), (2, 70), (4, 240)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(
            lambda index: self.open_meeting(self.decision_model.row_at(index.row()).meeting_id))
        self.decision_view = view
        self.decision_count = QLabel()
        self.decision_count.setObjectName("muted")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.decision_search)
        layout.addWidget(view, 1)
        layout.addWidget(self.decision_count)
        return tab

    def _actions_tab(self) -> QWidget:
        self.action_search = QLineEdit()
        self.action_search.setObjectName("actionSearch")
        self.action_search.setAccessibleName(self.tr("Acties zoeken"))
        self.action_search.setPlaceholderText(self.tr("Zoek in acties (tekst, wie)…"))
        self.action_search.setClearButtonEnabled(True)
        self.action_search.textChanged.connect(lambda *_: self._load_actions())
        self.include_done = QCheckBox(self.tr("Ook afgeronde acties"))
        self.include_done.toggled.connect(lambda *_: self._load_actions())
        actions = ActionList(self.ctx, name="actionList", with_body=True, stretch=1, widths=(
            (0, 70), (2, 170), (3, 120), (4, 110), (5, 120), (6, 100)))
        actions.view.setAccessibleName(self.tr("Actielijst"))
        actions.view.doubleClicked.connect(self._action_open)
        actions.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        actions.view.customContextMenuRequested.connect(self._action_menu)
        actions.bar.addWidget(self.action_search, 1)
        actions.bar.addWidget(self.include_done)
        actions.add_buttons(delete=False)
        actions.bar.addWidget(push_button(self.tr("Naar vergadering"), self._open_listed_action))
        self.action_count = QLabel()
        self.action_count.setObjectName("muted")
        actions.box.addWidget(self.action_count)
        self.action_list = actions
        self.action_model, self.action_view = actions.model, actions.view
        self._listed_action_done = actions.mark_done
        return actions

    # --- loading -----------------------------------------------------------------------

    def body_id(self) -> str | None:
        data = self.body_filter.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        store = self.ctx.store
        if store is not self._store:
            # Another workspace: its own year, no meeting or typed notes of the last one.
            self._store = store
            self._year = None
            self.detail.forget()
        self.bodies = list_bodies(store)
        keep = self.body_id()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Alle overleggen"), None)
        for body in self.bodies:
            self.body_filter.addItem(
                f"{body.label} – {body.name}" if body.abbreviation else body.name, body.id)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(keep)) if keep else 0)
        self.body_filter.blockSignals(False)
        if self._year is None:
            self._year = default_year(store)
            self.year.blockSignals(True)
            self.year.setValue(self._year)
            self.year.blockSignals(False)
        self._load_all()

    def _filters_changed(self) -> None:
        if not self.ctx.has_store:
            return
        year_changed = self._year != self.year.value()
        self._year = self.year.value()
        self._load_all(jump_to_year=year_changed)

    def _load_all(self, jump_to_year: bool = False) -> None:
        store = self.ctx.store
        year = self.year.value()
        conflicts = find_conflicts(store, year)
        ids = {c.first_id for c in conflicts} | {c.second_id for c in conflicts}
        calendar = year_calendar(store, year)
        body_id = self.body_id()
        if body_id:
            calendar.bodies = [b for b in calendar.bodies if b[0] == body_id]
        self.calendar_model.set_calendar(calendar, ids)
        self._conflict_text = "\n".join(
            f"{c.first} – {c.second}: {', '.join(c.people)}" for c in conflicts)
        self.conflicts.setText(self.tr("⚠ %n keer hebben leden in %1 twee overleggen tegelijk",
                                       "", len(conflicts)).replace("%1", str(year)))
        self.conflicts.setVisible(bool(conflicts))
        self._load_meetings(jump_to_year)
        # The decision and action lists (thousands of rows) load when their tab is shown.
        self._stale_lists = {TAB_DECISIONS, TAB_ACTIONS}
        self._load_lists()

    def _load_lists(self) -> None:
        tab = self.tabs.currentIndex()
        if tab not in self._stale_lists or not self.ctx.has_store:
            return
        self._stale_lists.discard(tab)
        if tab == TAB_DECISIONS:
            self._load_decisions()
        else:
            self._load_actions()

    def _load_meetings(self, jump_to_year: bool = False) -> None:
        """The meetings of the year in the spinner (and the chosen body), like the calendar."""
        keep = self.detail.meeting_id
        year = self.year.value()
        rows = [m for m in load_meetings(self.ctx.store, self.body_id())
                if m.starts_at.year == year]
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self._select_row(row)
        else:
            self.detail.load(None)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self.detail.load(self.model.row_at(row).id)

    def _meeting_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            meeting_id = self.model.row_at(current.row()).id
            if meeting_id != self.detail.meeting_id:
                self.detail.load(meeting_id)

    def _load_decisions(self) -> None:
        rows = decision_list(self.ctx.store, body_id=self.body_id(), year=self.year.value(),
                             query=self.decision_search.text())
        self.decision_model.set_rows(rows)
        counted = (self.tr("1 besluit in %1") if len(rows) == 1
                   else self.tr("%2 besluiten in %1").replace("%2", str(len(rows))))
        self.decision_count.setText(counted.replace("%1", str(self.year.value())))

    def _load_actions(self) -> None:
        rows = body_actions(self.ctx.store, self.body_id(),
                            open_only=not self.include_done.isChecked(),
                            query=self.action_search.text())
        self.action_model.set_rows(rows)
        late = sum(1 for a in rows if a.overdue)
        self.action_count.setText(self.tr("%n actie(s)", "", len(rows)) + (
            self.tr(", waarvan %n over de datum", "", late) if late else ""))

    # --- navigation --------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:  # of another body or year: show the list it is in
            found = next((m for m in load_meetings(self.ctx.store) if m.id == meeting_id), None)
            if found is None:
                return
            if self.body_id() not in (None, found.body_id):
                self.body_filter.setCurrentIndex(0)
            if self.year.value() != found.starts_at.year:
                self.year.setValue(found.starts_at.year)
            row = self.model.row_of(meeting_id)
        if row >= 0:
            self.tabs.setCurrentIndex(TAB_MEETINGS)
            self._select_row(row)

    def _calendar_open(self, index: QModelIndex) -> None:
        ids = index.data(MEETING_IDS_ROLE) or []
        if ids:
            self.open_meeting(ids[0])
        elif index.isValid() and index.column() > 0:
            # An empty month: a new meeting of this body, on its usual weekday.
            body = next(b for b in self.bodies if b.id == index.data(BODY_ID_ROLE))
            weekday, at = usual_slot(self.ctx.store, body.id)
            day, _holiday = working_day(
                nth_weekday(self.year.value(), index.column(), weekday, 1),
                public_holidays([self.year.value()]))
            others = [b for b in self.bodies if b.id != body.id]
            dialog = MeetingDialog([body, *others], None, self, new_on=day,
                                   starts={body.id: datetime.combine(day, at)})
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.new_meeting(dialog.values())

    def _action_open(self, index: QModelIndex) -> None:
        action = self.action_model.row_at(index.row())
        if action.origin_meeting_id:
            self.open_meeting(action.origin_meeting_id)
            self.detail.tabs.setCurrentIndex(2)

    def _open_listed_action(self) -> None:
        index = self.action_view.currentIndex()
        if index.isValid():
            self._action_open(index)

    def show_conflicts(self) -> None:
        QMessageBox.information(self, self.tr("Overleggen tegelijk"), self._conflict_text)

    # --- bodies ------------------------------------------------------------------------

    def _current_body(self) -> BodyInfo | None:
        body_id = self.body_id() or (self.detail.agenda.body_id if self.detail.agenda else None)
        return next((b for b in self.bodies if b.id == body_id), None)

    def _body_dialog(self, body: BodyInfo | None) -> BodyValues | None:
        store = self.ctx.store
        dialog = BodyDialog(body, list_members(store, body.id) if body else [],
                            list_themes(store), list_people(store), list_organisations(store),
                            parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def new_body(self, values: BodyValues | None = None) -> str | None:
        values = values or self._body_dialog(None)
        if values is None:
            return None
        v = values
        made = run_edit(self.ctx, self, self.tr("Overleg toegevoegd"), Scope(),
                        lambda: save_body(self.ctx.store, None, v.fields, [
                            (m.person_id, m.organisation_id, m.role) for m in v.members]),
                        after_scope=lambda body_id: Scope(bodies=(body_id,)))
        if made:
            self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(made)))
        return made

    def edit_body(self, values: BodyValues | None = None) -> None:
        body = self._current_body()
        if body is None:
            QMessageBox.information(self, self.tr("Overleg"),
                                    self.tr("Kies eerst een overleg bovenaan."))
            return
        values = values or self._body_dialog(body)
        if values is None:
            return
        v = values
        run_edit(self.ctx, self, self.tr("Overleg gewijzigd"), Scope(bodies=(body.id,)),
                 lambda: save_body(self.ctx.store, body.id, v.fields, [
                     (m.person_id, m.organisation_id, m.role) for m in v.members]))

    def delete_body(self, confirm: bool = True) -> None:
        body = self._current_body()
        if body is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Overleg verwijderen"),
                self.tr("%1 verwijderen, met alle %n vergadering(en)? Ongedaan maken kan met "
                        "Ctrl+Z.", "", body.meetings).replace("%1", body.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        scope = Scope(bodies=(body.id,), meetings_of=(body.id,), actions_of=(body.id,),
                      attachment_content=True)
        run_edit(self.ctx, self, self.tr("Overleg verwijderd"), scope,
                 lambda: delete_body(self.ctx.store, body.id))
        self.body_filter.setCurrentIndex(0)

    # --- meetings ----------------------------------------------------------------------

    def plan_year(self, values: PlanValues | None = None) -> list[str]:
        if not self.bodies:
            QMessageBox.information(self, self.tr("Jaar plannen"),
                                    self.tr("Maak eerst een overleg (Overleg › Nieuw overleg)."))
            return []
        if values is None:
            body = self._current_body()
            dialog = YearPlanDialog(self.ctx.store, self.bodies, body.id if body else None,
                                    self.year.value(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            values = dialog.values()
        v = values
        made = run_edit(
            self.ctx, self, self.tr("Jaar gepland"), Scope(meetings_of=(v.body_id,)),
            lambda: generate_year(self.ctx.store, v.body_id, v.year, start_month=v.start_month,
                                  week=v.week, interval_months=v.interval_months,
                                  weekday=v.weekday, at=v.at, minutes=v.minutes,
                                  with_template=v.with_template, skip_summer=v.skip_summer))
        if made is not None and not made:
            QMessageBox.information(self, self.tr("Jaar plannen"),
                                    self.tr("Er is niets gepland: in die maanden vergadert "
                                            "dit overleg al."))
        if made:
            self.year.setValue(v.year)
        return made or []

    def new_meeting(self, values: MeetingValues | None = None) -> str | None:
        if not self.bodies:
            QMessageBox.information(self, self.tr("Nieuwe vergadering"),
                                    self.tr("Maak eerst een overleg (Overleg › Nieuw overleg)."))
            return None
        if values is None:
            body = self._current_body()
            ordered = sorted(self.bodies, key=lambda b: b.id != (body.id if body else None))
            starts = {b.id: suggested_start(self.ctx.store, b.id) for b in ordered}
            dialog = MeetingDialog(ordered, None, self, starts=starts)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        v = values
        made = run_edit(self.ctx, self, self.tr("Vergadering toegevoegd"),
                        Scope(meetings_of=(v.body_id,)),
                        lambda: create_meeting(self.ctx.store, v.body_id, v.starts_at,
                                               ends_at=v.ends_at, location=v.location,
                                               title=v.title))
        if made:
            self.open_meeting(made)
        return made

    def export_ical(self, target: Path | None = None) -> Path | None:
        body = self.body_id()
        label = next((b.label for b in self.bodies if b.id == body), None)
        if target is None:
            suggested = f"vergaderingen-{label or 'alle'}.ics".replace(" ", "-")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Vergaderingen exporteren"), suggested,
                self.tr("iCalendar (*.ics)"))
            if not name:
                return None
            target = Path(name)
        from zorgdesk.services.meetings.calendar import export_ical

        try:
            result = export_ical(self.ctx.store, target, body=label)
        except (StoreError, OSError) as exc:
            message = error_text(exc) if isinstance(exc, StoreError) else str(exc)
            QMessageBox.warning(self, self.tr("Exporteren"), message)
            return None
        if self.isVisible():
            QMessageBox.information(
                self, self.tr("Exporteren"),
                self.tr("%n vergadering(en) geschreven naar %1. Open het bestand in Outlook "
                        "om ze in de agenda te zetten.", "", result.events)
                .replace("%1", str(target)))
        return target

    def _action_menu(self, pos: QPoint) -> None:
        from zorgdesk.ui.kit.export_menu import export_list

        menu = QMenu(self)
        menu.addAction(self.tr("Exporteren naar Excel…"),
                       lambda: export_list(self.ctx, self, "actions"))
        menu.exec(self.action_view.viewport().mapToGlobal(pos))
