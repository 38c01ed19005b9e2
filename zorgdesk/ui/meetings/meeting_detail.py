"""One meeting: a header with what the meeting is and what can be done with it, over one tab
each for its agenda, minutes and actions.

The shell only switches meetings (typed notes are saved first) and shows them; the tabs do the
editing, each change one step on the undo stack. Methods that would ask the user something
take the answer as an argument too (tests and scripts use that), and the shell passes the
tabs' methods on under the names they have always had.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import agenda as agenda_service
from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.agenda import Agenda, AgendaLine
from zorgdesk.services.meetings.bodies import Scope, list_bodies
from zorgdesk.services.meetings.plan import clashes_of, delete_meeting, update_meeting
from zorgdesk.store import StoreError
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.formatting import date_time, short_date
from zorgdesk.ui.kit.page import heading
from zorgdesk.ui.meetings.actions_tab import ActionsTab
from zorgdesk.ui.meetings.agenda_tab import AgendaTab
from zorgdesk.ui.meetings.invitation_dialog import InvitationChoice, make_invitation
from zorgdesk.ui.meetings.meeting_dialogs import MeetingDialog, MeetingValues
from zorgdesk.ui.meetings.meeting_documents import documents_menu, save_document
from zorgdesk.ui.meetings.meeting_edits import run_edit
from zorgdesk.ui.meetings.minutes_tab import MinutesTab
from zorgdesk.ui.meetings.open_meeting import OpenMeeting

TAB_AGENDA, TAB_MINUTES, TAB_ACTIONS = range(3)


class MeetingDetail(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = OpenMeeting(ctx, self)

        self.title = heading("", 2)
        self.title.setObjectName("subheading")
        self.when = QLabel()
        self.when.setObjectName("muted")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a4a00;")
        self.edit_button = push_button(self.tr("Wijzigen…"), self.edit_meeting,
                                       self.tr("Datum, tijd, locatie of vervallen"))
        self.delete_button = push_button(self.tr("Verwijderen"), self.delete_meeting)
        self.invite_button = push_button(
            self.tr("Uitnodiging maken…"), self.make_invitation,
            self.tr("Concept-e-mail met agenda, stukken en agendaverzoek, voor Outlook of "
                    "Thunderbird"))
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

        self.agenda_tab = AgendaTab(self.meeting, self.reload)
        self.minutes_tab = MinutesTab(self.meeting, self._decision_item)
        self.minutes_tab.cycle.changed.connect(self.reload)
        self.actions_tab = ActionsTab(self.meeting, self._action_item)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.agenda_tab, self.tr("Agenda"))
        self.tabs.addTab(self.minutes_tab, self.tr("Notulen"))
        self.tabs.addTab(self.actions_tab, self.tr("Acties"))

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

        # The tabs' parts and methods under the names callers and tests use.
        agenda, minutes, actions = self.agenda_tab, self.minutes_tab, self.actions_tab
        self.agenda_model = self.meeting.agenda_model
        self.agenda_view = agenda.view
        self.add_item, self.add_sub_item = agenda.add_item, agenda.add_sub_item
        self.edit_item, self.suggest = agenda.edit_item, agenda.suggest
        self.select_item, self.selected_line = agenda.select_item, agenda.selected_line
        self.attachments = agenda.files.list
        self.add_attachment = agenda.files.add_attachment
        self.add_attachments = agenda.files.add_attachments
        self.open_attachment = agenda.files.open_attachment
        self.replace_attachment = agenda.files.replace_attachment
        self.save_attachment = agenda.files.save_attachment
        self.attendance, self.minutes_text = minutes.attendance, minutes.text
        self.set_attendance, self.mark_rest_present = (minutes.set_attendance,
                                                       minutes.mark_rest_present)
        self.select_minutes_item, self.save_minutes = minutes.select_item, minutes.save_minutes
        self.add_decision, self.decision_model = minutes.add_decision, minutes.decision_model
        self.cycle = minutes.cycle
        self.action_model, self.actions_view = actions.model, actions.view
        self.add_action, self.mark_action_done = actions.add_action, actions.mark_done
        self.refer_action = actions.refer

    @property
    def meeting_id(self) -> str | None:
        return self.meeting.meeting_id

    @property
    def agenda(self) -> Agenda | None:
        return self.meeting.agenda

    def _decision_item(self) -> AgendaLine | None:
        """A decision belongs to the item of the notes (or the item chosen on the agenda)."""
        if self.tabs.currentIndex() == TAB_MINUTES:
            return self.minutes_tab.current_line()
        return self.agenda_tab.selected_line()

    def _action_item(self) -> AgendaLine | None:
        """An action belongs to the agenda item chosen while the agenda is in view."""
        return self.agenda_tab.selected_line() if self.tabs.currentIndex() == TAB_AGENDA \
            else None

    # --- switching and showing ---------------------------------------------------------

    def _show_empty(self, empty: bool) -> None:
        for widget in (self.title, self.when, self.edit_button, self.delete_button,
                       self.tabs):
            widget.setVisible(not empty)
        self.warning.setVisible(not empty and bool(self.warning.text()))
        self.empty.setVisible(empty)

    def forget(self) -> None:
        """Drop the meeting shown, without saving: the workspace it came from is gone."""
        self.minutes_tab.forget()
        self.meeting.meeting_id = None
        self.agenda_tab.keep_item = None

    def load(self, meeting_id: str | None) -> None:
        previous = self.meeting.meeting_id
        pending = self.minutes_tab.pending()
        if meeting_id != previous:
            self.agenda_tab.keep_item = None
            self.minutes_tab.forget()
        self.meeting.meeting_id = meeting_id
        if meeting_id != previous and pending and previous:
            # Typed notes never get lost by choosing another meeting.
            item_id, text = pending
            run_edit(self.ctx, self, self.tr("Notulen bijgewerkt"), Scope(meetings=(previous,)),
                     lambda: minutes_service.set_item_minutes(self.ctx.store, item_id,
                                                              text.strip()))
        self.reload()

    def reload(self) -> None:
        meeting = self.meeting
        if meeting.meeting_id is None or not self.ctx.has_store:
            meeting.agenda = None
            meeting.agenda_model.set_agenda(None)
            self._show_empty(True)
            return
        try:
            meeting.agenda = agenda_service.load_agenda(self.ctx.store, meeting.meeting_id)
        except StoreError:
            meeting.meeting_id = None
            self.reload()
            return
        self.agenda_tab.show_agenda(meeting.agenda)
        self._show_header(meeting.agenda)
        self.minutes_tab.load()
        self.tabs.setTabText(TAB_ACTIONS, self.tr("Acties (%n open)", "",
                                                  self.actions_tab.load()))
        self.agenda_tab.show_attachments()
        self._show_empty(False)

    def _show_header(self, agenda: Agenda) -> None:
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
        clashes = [] if agenda.cancelled else clashes_of(self.ctx.store, agenda.meeting_id)
        if clashes:
            warnings.append(self.tr("Tegelijk met: %1.").replace("%1", "; ".join(clashes)))
        if agenda.overrun_minutes:
            warnings.append(self.tr("De agenda loopt %n minuten uit.", "",
                                    agenda.overrun_minutes))
        self.warning.setText(" ".join(warnings))

    # --- the meeting itself ------------------------------------------------------------

    def edit_meeting(self, values: MeetingValues | None = None) -> None:
        agenda = self.meeting.agenda
        if agenda is None:
            return
        if values is None:
            bodies = [b for b in list_bodies(self.ctx.store) if b.id == agenda.body_id]
            dialog = MeetingDialog(bodies, MeetingValues(
                agenda.body_id, agenda.starts_at, agenda.ends_at, agenda.location,
                agenda.title, agenda.cancelled), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        v = values
        self.meeting.edit(self, self.tr("Vergadering gewijzigd"), lambda: update_meeting(
            self.ctx.store, agenda.meeting_id, starts_at=v.starts_at, ends_at=v.ends_at,
            location=v.location, title=v.title, cancelled=v.cancelled))

    def delete_meeting(self, confirm: bool = True) -> None:
        agenda = self.meeting.agenda
        if agenda is None:
            return
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

    def make_invitation(self, choice: InvitationChoice | None = None,
                        target: Path | None = None) -> None:
        agenda = self.meeting.agenda
        if agenda is None:
            return
        make_invitation(self.ctx, self, agenda.meeting_id, agenda.body,
                        agenda.starts_at.date(), choice=choice, target=target)

    def save_document(self, kind: str, public: bool, target: Path | None = None
                      ) -> Path | None:
        agenda = self.meeting.agenda
        if agenda is None:
            return None
        return save_document(self.ctx, self, agenda.meeting_id, body=agenda.body,
                             day=agenda.starts_at.date(), kind=kind, public=public,
                             target=target)
