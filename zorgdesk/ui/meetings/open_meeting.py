"""The meeting the detail shows, as its tabs share it: which one, its agenda, and its edits.

The agenda and minutes tabs show the same agenda model; every edit of the meeting is one undo
step over the meeting's rows (`run_edit`), whichever tab makes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from zorgdesk.services.meetings.agenda import Agenda
from zorgdesk.services.meetings.bodies import Scope
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.agenda_model import AgendaModel
from zorgdesk.ui.meetings.meeting_edits import run_edit


class OpenMeeting(QObject):
    def __init__(self, ctx: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.agenda: Agenda | None = None
        self.agenda_model = AgendaModel(self)

    def scope(self, content: bool = False) -> Scope:
        assert self.meeting_id is not None
        return Scope(meetings=(self.meeting_id,), attachment_content=content)

    def edit(self, parent: QWidget, label: str, op: Callable[[], object],
             content: bool = False) -> object:
        """Run `op` as one undo step over this meeting (with attachment bytes if `content`)."""
        if self.meeting_id is None:
            return None
        return run_edit(self.ctx, parent, label, self.scope(content), op)

