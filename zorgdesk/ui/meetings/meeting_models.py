"""Table models of the Overleggen page: meetings, actions and decisions, over plain rows.

They extend the shared `RowsTableModel` with colour: cancelled meetings are grey, overdue
actions red, closed actions grey.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from zorgdesk.services.meetings.minutes import ActionLine, DecisionLine
from zorgdesk.services.meetings.queries import MeetingRow
from zorgdesk.ui.kit.formatting import date_time, number, short_date
from zorgdesk.ui.kit.rows_model import Column, RowsTableModel

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#8a949e")
RED = QColor("#b71c1c")


def meeting_when(row: MeetingRow) -> str:
    if row.time_unknown:
        return short_date(row.starts_at.date())
    text = date_time(row.starts_at)
    if row.ends_at is not None:
        text += f"–{row.ends_at:%H:%M}"
    return text


class MeetingListModel(RowsTableModel[MeetingRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Datum en tijd"), meeting_when, lambda m: m.starts_at.isoformat()),
                Column(self.tr("Overleg"), lambda m: m.body, tooltip=lambda m: m.body_name),
                Column(self.tr("Naam"), lambda m: (m.title or m.body_name)
                       + (self.tr(" (vervallen)") if m.cancelled else "")),
                Column(self.tr("Locatie"), lambda m: m.location or ""),
                Column(self.tr("Punten"), lambda m: number(m.items), lambda m: m.items,
                       align_right=True),
                Column(self.tr("Besluiten"), lambda m: number(m.decisions) if m.decisions
                       else "", lambda m: m.decisions, align_right=True),
            ],
            row_id=lambda m: m.id,
            parent=parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).cancelled):
            return QBrush(GREY)
        return super().data(index, role)

    def row_of(self, meeting_id: str) -> int:
        for row in range(self.rowCount()):
            if self.row_at(row).id == meeting_id:
                return row
        return -1


def action_state(a: ActionLine) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # named so that lupdate finds the strings
    if a.status == "gereed":
        return translate("actions", "gereed %1").replace("%1", short_date(a.done_on)).strip()
    if a.status == "vervallen":
        return translate("actions", "vervallen")
    if a.overdue:
        return translate("actions", "te laat")
    return translate("actions", "nieuw") if a.new else translate("actions", "open")


class ActionListModel(RowsTableModel[ActionLine]):
    def __init__(self, parent: QObject | None = None, *, with_body: bool = False) -> None:
        columns: list[Column[ActionLine]] = [
            Column(self.tr("Actie"), lambda a: a.text, tooltip=lambda a: a.notes or a.text),
            Column(self.tr("Wie"), lambda a: a.owner or ""),
            Column(self.tr("Uiterlijk"), lambda a: short_date(a.due),
                   lambda a: a.due.isoformat() if a.due else "9999"),
            Column(self.tr("Stand"), action_state),
            Column(self.tr("Afgesproken in"), lambda a: a.origin or "",
                   lambda a: a.origin_day.isoformat() if a.origin_day else ""),
        ]
        if with_body:
            columns.insert(0, Column(self.tr("Overleg"), lambda a: a.body or ""))
        columns.append(Column(self.tr("Verwezen van"), lambda a: a.referred_from or ""))
        super().__init__(columns, row_id=lambda a: a.id, parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.FontRole):
            action = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole:
                if not action.is_open:
                    return QBrush(GREY)
                if action.overdue:
                    return QBrush(RED)
            if role == Qt.ItemDataRole.FontRole and action.overdue \
                    and self._columns[index.column()].header in (self.tr("Uiterlijk"),
                                                                  self.tr("Stand")):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class DecisionListModel(RowsTableModel[DecisionLine]):
    def __init__(self, parent: QObject | None = None, *, with_meeting: bool = True) -> None:
        columns: list[Column[DecisionLine]] = [
            Column(self.tr("Nummer"), lambda d: d.number),
            Column(self.tr("Besluit"), lambda d: d.text, tooltip=lambda d: d.text),
            Column(self.tr("Agendapunt"), lambda d: d.agenda_item or ""),
        ]
        if with_meeting:
            columns[1:1] = [
                Column(self.tr("Datum"), lambda d: short_date(d.meeting_day),
                       lambda d: d.meeting_day.isoformat()),
                Column(self.tr("Overleg"), lambda d: d.body),
            ]
        super().__init__(columns, row_id=lambda d: d.id, parent=parent)
