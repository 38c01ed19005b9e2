"""The Acties tab of a meeting: its own actions and the open ones of earlier meetings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QWidget

from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.agenda import AgendaLine
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.meetings.action_dialog import ActionValues
from zorgdesk.ui.meetings.action_list import ActionList, ask_action
from zorgdesk.ui.meetings.open_meeting import OpenMeeting


class ActionsTab(ActionList):
    """`action_item` is the agenda item a new action belongs to (or None)."""

    def __init__(self, meeting: OpenMeeting, action_item: Callable[[], AgendaLine | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(meeting.ctx, name="meetingActions", parent=parent,
                         widths=((1, 130), (2, 110), (3, 80), (4, 110), (5, 100)))
        self.view.setAccessibleName(self.tr("Acties van deze vergadering"))
        self.meeting = meeting
        self._action_item = action_item
        self.done_on = self._done_on
        self.view.doubleClicked.connect(lambda *_: self.edit())
        self.bar.addWidget(push_button(self.tr("Nieuwe actie…"), self.add_action))
        self.add_buttons(delete=True)
        self.bar.addStretch(1)
        hint = QLabel(self.tr("Open acties van eerdere vergaderingen staan hier vanzelf; "
                              "rood: over de datum."))
        hint.setObjectName("muted")
        self.box.addWidget(hint)

    def load(self) -> int:
        """Read the actions again; the number still open."""
        assert self.meeting.meeting_id is not None
        self.model.set_rows(
            minutes_service.meeting_actions(self.ctx.store, self.meeting.meeting_id))
        return sum(1 for row in range(self.model.rowCount()) if self.model.row_at(row).is_open)

    def _done_on(self) -> date:
        # Done at this meeting when it lies in the past (minutes taken afterwards), else today.
        today = date.today()
        agenda = self.meeting.agenda
        return min(today, agenda.starts_at.date()) if agenda else today

    def add_action(self, values: ActionValues | None = None) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        if values is None:
            agenda = self.meeting.agenda
            default_due = agenda.starts_at.date() + timedelta(days=28) if agenda else None
            values = ask_action(self.ctx, self, None, default_due)
        if values is None:
            return
        v = values
        line = self._action_item()
        item_id = line.id if line else None
        self.meeting.edit(self, self.tr("Actie toegevoegd"), lambda: minutes_service.add_action(
            self.ctx.store, meeting_id, v.text, owner_person_id=v.owner_person_id,
            owner_organisation_id=v.owner_organisation_id, due=v.due, notes=v.notes,
            agenda_item_id=item_id))
