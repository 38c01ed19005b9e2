"""The minutes' place in the cycle, above the notes: concept or adopted, the guests, and the
step that adopts them in a later meeting of the same body.

Adopting is an edit like any other (one undo step); once adopted the services refuse changes
to the minutes, so the bar says so plainly instead of letting the secretary type in vain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meetings import adoption, guests
from zorgdesk.services.meetings.bodies import Scope
from zorgdesk.services.meetings.queries import MeetingRow
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.dialog_buttons import ok_cancel
from zorgdesk.ui.kit.formatting import short_date
from zorgdesk.ui.meetings.meeting_edits import run_edit


@dataclass(frozen=True, slots=True)
class GuestValues:
    name: str
    organisation: str
    function: str
    publishable: bool


class GuestDialog(QDialog):
    def __init__(self, parent: QWidget | None, guest: guests.Guest | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gast") if guest is None else self.tr("Gast wijzigen"))
        self.name = QLineEdit(guest.name if guest else "")
        self.name.setAccessibleName(self.tr("Naam van de gast"))
        self.organisation = QLineEdit((guest.organisation or "") if guest else "")
        self.organisation.setAccessibleName(self.tr("Organisatie van de gast"))
        self.function = QLineEdit((guest.function or "") if guest else "")
        self.function.setAccessibleName(self.tr("Functie van de gast"))
        self.publishable = QCheckBox(self.tr("Naam mag in de publieksversie"))
        self.publishable.setChecked(bool(guest and guest.publishable))
        self.publishable.setAccessibleName(self.tr("Naam mag in de publieksversie"))
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Organisatie"), self.organisation)
        form.addRow(self.tr("&Functie"), self.function)
        form.addRow("", self.publishable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(380)

    def values(self) -> GuestValues:
        return GuestValues(self.name.text(), self.organisation.text(), self.function.text(),
                           self.publishable.isChecked())


class AdoptDialog(QDialog):
    """Choose the later meeting of the body in which the minutes are adopted."""

    def __init__(self, parent: QWidget | None, later: list[MeetingRow], default: str | None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verslag vaststellen"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Vergadering waarin het verslag is vastgesteld"))
        for row in later:
            self.meeting.addItem(f"{row.body} {short_date(row.starts_at.date())}", row.id)
            if row.id == default:
                self.meeting.setCurrentIndex(self.meeting.count() - 1)
        text = QLabel(self.tr("Na vaststelling ligt het verslag vast: aantekeningen, "
                              "aanwezigheid, gasten en besluiten veranderen niet meer. "
                              "Actiepunten blijven op de actielijst."))
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Vastgesteld &in"), self.meeting)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(420)

    def chosen(self) -> str | None:
        value = self.meeting.currentData()
        return str(value) if value else None


class MinutesCycleBar(QWidget):
    """Status of the minutes, guests, "Vaststellen…" and "Verslag vorige vergadering".

    Not shown itself: `status_row` and `guests_box` are laid out by the meeting view."""

    changed = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.state: adoption.MinutesState | None = None
        self.status = QLabel()
        self.status.setObjectName("minutesStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.adopt_button = self._button(self.tr("Vaststellen…"), self.adopt,
                                         self.tr("Het verslag vaststellen in een latere "
                                                 "vergadering van dit overleg"))
        self.previous_button = self._button(
            self.tr("Verslag vorige vergadering agenderen"), self.add_previous_minutes_item,
            self.tr("Zet 'Verslag vorige vergadering' op de agenda van deze vergadering"))
        # Two parts that the meeting view places apart: the status row spans the minutes tab,
        # the guests sit under the attendance list.
        self.status_row = QWidget()
        row = QHBoxLayout(self.status_row)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.status, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.adopt_button)

        self.guest_table = QTableWidget(0, 3)
        self.guest_table.setObjectName("guestTable")
        self.guest_table.setAccessibleName(self.tr("Gasten"))
        self.guest_table.setHorizontalHeaderLabels(
            [self.tr("Gast"), self.tr("Organisatie"), self.tr("Functie")])
        self.guest_table.verticalHeader().hide()
        self.guest_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.guest_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.guest_table.setTabKeyNavigation(False)
        self.guest_table.setWordWrap(False)
        self.guest_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.guest_table.setMaximumHeight(96)
        self.guest_table.doubleClicked.connect(lambda *_: self.edit_guest())
        self.add_guest_button = self._button(self.tr("Gast…"), self.add_guest,
                                             self.tr("Een gast aan de aanwezigen toevoegen"))
        self.edit_guest_button = self._button(self.tr("Wijzigen…"), self.edit_guest)
        self.edit_guest_button.setAccessibleName(self.tr("Gast wijzigen"))
        self.delete_guest_button = self._button(self.tr("Verwijderen"), self.delete_guest)
        self.delete_guest_button.setAccessibleName(self.tr("Gast verwijderen"))
        guest_buttons = QHBoxLayout()
        guest_buttons.addWidget(QLabel(self.tr("Gasten")))
        guest_buttons.addStretch(1)
        for button in (self.add_guest_button, self.edit_guest_button, self.delete_guest_button):
            guest_buttons.addWidget(button)
        self.guests_box = QWidget()
        box = QVBoxLayout(self.guests_box)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(guest_buttons)
        box.addWidget(self.guest_table)
        self._guests: list[guests.Guest] = []

    def _button(self, text: str, slot: Callable[[], object], tip: str | None = None
                ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())  # not `checked` as an argument
        return button

    # --- reading ---------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.guest_table.setRowCount(0)
        self._guests = []
        if self.meeting_id is None or self.ctx.store is None:
            self.state = None
            self.status.clear()
            return
        store = self.ctx.store
        self.state = adoption.minutes_state(store, self.meeting_id)
        if self.state.adopted and self.state.adopted_on is not None:
            self.status.setText(self.tr("Verslag <b>vastgesteld</b> op %1; het ligt vast.")
                                .replace("%1", short_date(self.state.adopted_on)))
        else:
            self.status.setText(self.tr("Verslag: <b>concept</b>"))
        self.adopt_button.setEnabled(not self.state.adopted)
        self.previous_button.setEnabled(self.state.previous_id is not None)
        for button in (self.add_guest_button, self.edit_guest_button, self.delete_guest_button):
            button.setEnabled(not self.state.adopted)
        self._guests = guests.guests(store, self.meeting_id)
        self.guest_table.setRowCount(len(self._guests))
        for row, guest in enumerate(self._guests):
            for column, text in enumerate((guest.name, guest.organisation or "",
                                           guest.function or "")):
                self.guest_table.setItem(row, column, QTableWidgetItem(text))

    def _selected_guest(self) -> guests.Guest | None:
        row = self.guest_table.currentRow()
        return self._guests[row] if 0 <= row < len(self._guests) else None

    # --- edits ------------------------------------------------------------------------------

    def _edit(self, label: str, op: object, *meetings: str) -> object:
        assert self.meeting_id is not None
        result = run_edit(self.ctx, self, label, Scope(meetings=(self.meeting_id, *meetings)),
                          op)  # type: ignore[arg-type]
        self.reload()
        self.changed.emit()
        return result

    def add_guest(self, values: GuestValues | None = None) -> None:
        if self.meeting_id is None:
            return
        if values is None:
            dialog = GuestDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        meeting_id, store = self.meeting_id, self.ctx.store
        self._edit(self.tr("Gast toegevoegd"), lambda: guests.add_guest(
            store, meeting_id, values.name, values.organisation, values.function,
            publishable=values.publishable))

    def edit_guest(self, values: GuestValues | None = None) -> None:
        guest = self._selected_guest()
        if guest is None or (self.state is not None and self.state.adopted):
            return
        if values is None:
            dialog = GuestDialog(self, guest)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        store = self.ctx.store
        self._edit(self.tr("Gast gewijzigd"), lambda: guests.update_guest(
            store, guest.id, name=values.name, organisation=values.organisation,
            function=values.function, publishable=values.publishable))

    def delete_guest(self) -> None:
        guest = self._selected_guest()
        if guest is None:
            return
        store = self.ctx.store
        self._edit(self.tr("Gast verwijderd"), lambda: guests.delete_guest(store, guest.id))

    def later_meetings(self) -> list[MeetingRow]:
        from zorgdesk.services.meetings.queries import load_meetings

        if self.meeting_id is None:
            return []
        rows = load_meetings(self.ctx.store)
        this = next((r for r in rows if r.id == self.meeting_id), None)
        if this is None:
            return []
        return [r for r in rows if r.body_id == this.body_id and r.starts_at > this.starts_at
                and not r.cancelled]

    def adopt(self, in_meeting_id: str | None = None) -> None:
        if self.meeting_id is None:
            return
        if in_meeting_id is None:
            later = self.later_meetings()
            if not later:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(self, self.tr("Verslag vaststellen"), self.tr(
                    "Een verslag wordt vastgesteld in een latere vergadering van hetzelfde "
                    "overleg. Plan eerst de volgende vergadering."))
                return
            dialog = AdoptDialog(self, later, later[0].id)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            in_meeting_id = dialog.chosen()
            if in_meeting_id is None:
                return
        meeting_id, store, adopting = self.meeting_id, self.ctx.store, in_meeting_id
        self._edit(self.tr("Verslag vastgesteld"),
                   lambda: adoption.adopt_minutes(store, meeting_id, adopting), adopting)

    def add_previous_minutes_item(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, store = self.meeting_id, self.ctx.store
        self._edit(self.tr("Verslag vorige vergadering geagendeerd"),
                   lambda: adoption.add_minutes_item(store, meeting_id))
