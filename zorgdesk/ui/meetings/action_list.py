"""A list of actions with the buttons that change one, for a meeting's Acties tab and for the
page's Actielijst alike: both change an action the same way, one undo step each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.bodies import Scope, list_bodies, list_organisations, list_people
from zorgdesk.services.meetings.minutes import ActionLine
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.action_dialog import ActionDialog, ActionValues
from zorgdesk.ui.meetings.meeting_edits import run_edit
from zorgdesk.ui.meetings.meeting_models import ActionListModel

# Values of zorgdesk.models.ActionStatus (the models load only when an edit is made).
OPEN, DONE, DROPPED = "open", "gereed", "vervallen"


def ask_action(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine | None,
               default_due: date | None = None) -> ActionValues | None:
    store = ctx.store
    dialog = ActionDialog(action, list_people(store), list_organisations(store), default_due,
                          parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class ActionList(QWidget):
    """`bar` holds the buttons (owners add their own around them) and `box` the bar and the
    table (owners add a hint below); `done_on` says on which day "Gereed" closes an action
    (None: today). Owners name the table (`view.setAccessibleName`)."""

    def __init__(self, ctx: WorkspaceContext, *, name: str, with_body: bool = False,
                 stretch: int = 0, widths: tuple[tuple[int, int], ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done_on: Callable[[], date | None] = lambda: None
        self.model = ActionListModel(self, with_body=with_body)
        view = QTableView()
        view.setObjectName(name)
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, width in widths:
            header.resizeSection(column, width)
        self.view = view
        self.bar = QHBoxLayout()
        self.box = QVBoxLayout(self)
        self.box.addLayout(self.bar)
        self.box.addWidget(view, 1)

    def add_buttons(self, *, delete: bool) -> None:
        """The buttons for the chosen action: change, done, reopen, refer (and delete)."""
        ops: list[tuple[str, Callable[[], object]]] = [
            (self.tr("Wijzigen…"), self.edit), (self.tr("Gereed"), self.mark_done),
            (self.tr("Heropenen"), self.reopen), (self.tr("Doorverwijzen…"), self.refer)]
        if delete:
            ops.append((self.tr("Verwijderen"), self.delete))
        for text, slot in ops:
            self.bar.addWidget(push_button(text, slot))

    def selected(self) -> ActionLine | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _run(self, label: str, action: ActionLine, op: Callable[[], object]) -> None:
        run_edit(self.ctx, self, label, Scope(actions=(action.id,)), op)

    def edit(self, values: ActionValues | None = None) -> None:
        action = self.selected()
        if action is None:
            return
        values = values or ask_action(self.ctx, self, action)
        if values is None:
            return
        fields = values.fields()
        self._run(self.tr("Actie gewijzigd"), action,
                  lambda: minutes_service.update_action(self.ctx.store, action.id, **fields))

    def set_status(self, status: str, on: date | None = None) -> None:
        action = self.selected()
        if action is None:
            return
        if status == OPEN:
            label = self.tr("Actie heropend")
        elif status == DONE:
            label = self.tr("Actie gereed")
        else:
            label = self.tr("Actie vervallen")
        self._run(label, action, lambda: minutes_service.set_action_status(
            self.ctx.store, action.id, status, on))

    def mark_done(self) -> None:
        self.set_status(DONE, self.done_on())

    def reopen(self) -> None:
        self.set_status(OPEN)

    def refer(self, body_id: str | None = None) -> None:
        action = self.selected()
        if action is None:
            return
        if body_id is None:
            others = [b for b in list_bodies(self.ctx.store) if b.id != action.body_id]
            if not others:
                return
            labels = [f"{b.label} – {b.name}" if b.abbreviation else b.name for b in others]
            label, ok = QInputDialog.getItem(
                self, self.tr("Doorverwijzen"),
                self.tr("Naar de actielijst van welk overleg?"), labels, 0, False)
            if not ok:
                return
            body_id = others[labels.index(label)].id
        target = body_id
        self._run(self.tr("Actie doorverwezen"), action,
                  lambda: minutes_service.refer_action(self.ctx.store, action.id, target))

    def delete(self) -> None:
        action = self.selected()
        if action is None:
            return
        self._run(self.tr("Actie verwijderd"), action,
                  lambda: minutes_service.delete_action(self.ctx.store, action.id))
