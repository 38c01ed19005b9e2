"""The Agenda tab of a meeting: numbered, timed items that can be reordered, with the
attachments of the chosen item below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import agenda as agenda_service
from zorgdesk.services.meetings.agenda import Agenda, AgendaLine, Suggestion
from zorgdesk.services.meetings.bodies import list_people
from zorgdesk.ui.kit.buttons import push_button
from zorgdesk.ui.kit.conflict_dialog import settle_fields
from zorgdesk.ui.meetings.agenda_attachments import ItemAttachments
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
)
from zorgdesk.ui.meetings.open_meeting import OpenMeeting
from zorgdesk.ui.meetings.suggestion_dialog import SuggestionDialog


class AgendaTab(QWidget):
    """`reload` shows the meeting again (after an added item, so that it is selected)."""

    def __init__(self, meeting: OpenMeeting, reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.ctx = meeting.ctx
        self._reload = reload
        self.keep_item: str | None = None  # the item to select after the next reload
        self.model = meeting.agenda_model
        self.model.moveRequested.connect(
            lambda item, parent, row: self.move_item(item, parent or None, row))
        view = QTreeView()
        view.setObjectName("agendaView")
        view.setAccessibleName(self.tr("Agenda"))
        view.setModel(self.model)
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
        view.selectionModel().currentChanged.connect(lambda *_: self.show_attachments())
        self.view = view
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
             self.tr("Mijlpalen die eraan komen of te laat zijn, en doelen die op oranje of rood "
                     "sprongen of rood staan")),
        ):
            button = push_button(text, slot, tip)
            if len(text) == 1:
                button.setFixedWidth(32)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.time_summary = QLabel()
        self.time_summary.setObjectName("muted")
        buttons.addWidget(self.time_summary)

        self.files = ItemAttachments(meeting, self.selected_line, self._keep, self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        layout.addWidget(self.files)

    # --- showing -----------------------------------------------------------------------

    def show_agenda(self, agenda: Agenda | None) -> None:
        """Show `agenda`, keeping the chosen item (or the one an edit asked for)."""
        keep = self.keep_item or self.selected_item_id()
        self.keep_item = None  # asked for by one edit only
        self.model.set_agenda(agenda)
        if agenda is None:
            return
        self.view.expandAll()
        if keep:
            self.select_item(keep)
        total = sum(line.minutes or 0 for line in agenda.lines)
        self.time_summary.setText(self.tr("%n minuten gepland", "", total))

    def show_attachments(self) -> None:
        self.files.show_item(self.selected_item_id())

    def selected_item_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected_line(self) -> AgendaLine | None:
        return self.model.line(self.view.currentIndex())

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _keep(self, item_id: str | None) -> None:
        self.keep_item = item_id

    def _edit(self, label: str, op: Callable[[], object], content: bool = False) -> object:
        return self.meeting.edit(self, label, op, content)

    # --- items -------------------------------------------------------------------------

    def _item_dialog(self, line: AgendaLine | None) -> ItemValues | None:
        store = self.ctx.store
        dialog = AgendaItemDialog(line, list_people(store), agenda_service.goal_choices(store),
                                  self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def add_item(self, values: ItemValues | None = None, parent_id: str | None = None) -> None:
        if self.meeting.meeting_id is None:
            return
        values = values or self._item_dialog(None)
        if values is None:
            return
        meeting_id, v = self.meeting.meeting_id, values
        made = self._edit(self.tr("Agendapunt toegevoegd"), lambda: agenda_service.add_item(
            self.ctx.store, meeting_id, v.title, kind=v.kind, parent_id=parent_id,
            presenter=v.presenter, presenter_person_id=v.presenter_person_id,
            minutes_allotted=v.minutes_allotted, notes=v.notes, confidential=v.confidential,
            goal_ids=v.goal_ids))
        if isinstance(made, str):
            self.keep_item = made
            self._reload()

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
        fields = self._settled(line, v.fields())

        def op() -> None:
            agenda_service.update_item(self.ctx.store, line.id, **fields)
            agenda_service.set_item_goals(self.ctx.store, line.id, list(v.goal_ids))

        self._edit(self.tr("Agendapunt gewijzigd"), op)

    def _settled(self, shown: AgendaLine, fields: dict[str, object]) -> dict[str, object]:
        """The dialog saves every field; a colleague's change to one it did not touch stays,
        one both changed is asked (ui/kit/conflict_dialog.settle_fields)."""
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return fields
        now = next((x for x in agenda_service.load_agenda(self.ctx.store, meeting_id).lines
                    if x.id == shown.id), None)
        if now is None:
            return fields  # deleted meanwhile: the edit itself says so

        def of(line: AgendaLine) -> dict[str, object]:
            return {"title": line.title, "kind": line.kind, "minutes_allotted": line.minutes,
                    "confidential": line.confidential, "notes": line.notes or ""}

        mine = {name: fields[name] for name in of(shown)}
        mine["notes"] = mine["notes"] or ""
        settled = settle_fields(
            self, of(shown), of(now), mine,
            labels={"title": self.tr("de titel"), "kind": self.tr("de soort"),
                    "minutes_allotted": self.tr("de duur"),
                    "confidential": self.tr("vertrouwelijk"), "notes": self.tr("de toelichting")},
            texts={"title", "notes"}, who=None)
        return {**fields, **settled}

    def delete_item(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        self.keep_item = None
        self._edit(self.tr("Agendapunt verwijderd"),
                   lambda: agenda_service.delete_item(self.ctx.store, line.id), content=True)

    def move_item(self, item_id: str, parent_id: str | None, index: int) -> None:
        self.keep_item = item_id
        self._edit(self.tr("Agendapunt verplaatst"),
                   lambda: agenda_service.move_item(self.ctx.store, item_id, parent_id, index))

    def move_up(self) -> None:
        self._step(-1)

    def move_down(self) -> None:
        self._step(1)

    def _step(self, delta: int) -> None:
        index = self.view.currentIndex()
        line = self.model.line(index)
        if line is None:
            return
        target = index.row() + delta
        if 0 <= target < self.model.rowCount(index.parent()):
            self.move_item(line.id, line.parent_id, target)

    def apply_template(self) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        self._edit(self.tr("Standaardpunten toegevoegd"),
                   lambda: agenda_service.apply_template(self.ctx.store, meeting_id))

    def suggest(self, chosen: list[Suggestion] | None = None) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        if chosen is None:
            found = agenda_service.suggest_items(self.ctx.store, meeting_id)
            if not found:
                QMessageBox.information(
                    self, self.tr("Voorstellen"),
                    self.tr("Geen mijlpalen die voor de volgende vergadering vallen of te "
                            "laat zijn, en geen doelen die op oranje of rood sprongen of "
                            "rood staan."))
                return
            chosen = self._choose_suggestions(found)
            if not chosen:
                return
        picked = chosen
        self._edit(self.tr("Voorgestelde punten toegevoegd"),
                   lambda: agenda_service.add_suggestions(self.ctx.store, meeting_id, picked))

    def _choose_suggestions(self, found: list[Suggestion]) -> list[Suggestion]:
        dialog = SuggestionDialog(found, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.chosen()
