"""Changing one action, from a meeting's action tab or from the action list of the page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from zorgdesk.services.meetings import minutes as minutes_service
from zorgdesk.services.meetings.bodies import Scope, list_bodies, list_organisations, list_people
from zorgdesk.services.meetings.minutes import ActionLine
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.action_dialog import ActionDialog, ActionValues
from zorgdesk.ui.meetings.meeting_edits import run_edit

# Values of zorgdesk.models.ActionStatus (the models load only when an edit is made).
OPEN, DONE, DROPPED = "open", "gereed", "vervallen"


translate = QCoreApplication.translate  # a name Qt's lupdate recognises with its context


def ask_action(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine | None,
               default_due: date | None = None) -> ActionValues | None:
    store = ctx.store
    dialog = ActionDialog(action, list_people(store), list_organisations(store), default_due,
                          parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def edit_action(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine,
                values: ActionValues | None = None) -> None:
    values = values or ask_action(ctx, parent, action)
    if values is None:
        return
    fields = values.fields()
    run_edit(ctx, parent, translate("actions", "Actie gewijzigd"), Scope(actions=(action.id,)),
             lambda: minutes_service.update_action(ctx.store, action.id, **fields))


def set_status(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine,
               status: str, on: date | None = None) -> None:
    if status == OPEN:
        label = translate("actions", "Actie heropend")
    elif status == DONE:
        label = translate("actions", "Actie gereed")
    else:
        label = translate("actions", "Actie vervallen")
    run_edit(ctx, parent, label, Scope(actions=(action.id,)),
             lambda: minutes_service.set_action_status(ctx.store, action.id, status, on))


def refer_action(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine,
                 body_id: str | None = None) -> None:
    if body_id is None:
        others = [b for b in list_bodies(ctx.store) if b.id != action.body_id]
        if not others:
            return
        labels = [f"{b.label} – {b.name}" if b.abbreviation else b.name for b in others]
        label, ok = QInputDialog.getItem(
            parent, translate("actions", "Doorverwijzen"),
            translate("actions", "Naar de actielijst van welk overleg?"), labels, 0, False)
        if not ok:
            return
        body_id = others[labels.index(label)].id
    target = body_id
    run_edit(ctx, parent, translate("actions", "Actie doorverwezen"), Scope(actions=(action.id,)),
             lambda: minutes_service.refer_action(ctx.store, action.id, target))


def delete_action(ctx: WorkspaceContext, parent: QWidget | None, action: ActionLine) -> None:
    run_edit(ctx, parent, translate("actions", "Actie verwijderd"), Scope(actions=(action.id,)),
             lambda: minutes_service.delete_action(ctx.store, action.id))
