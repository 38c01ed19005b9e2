"""The year calendar as a table: one row per body, one column per month (like the seed)."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from zorgdesk.services.meetings.queries import CalendarEntry, YearCalendar
from zorgdesk.ui.kit.formatting import date_time, locale, short_date

MEETING_IDS_ROLE = Qt.ItemDataRole.UserRole + 10
BODY_ID_ROLE = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex
CONFLICT = QColor("#fde7c8")
CANCELLED = QColor("#8a949e")


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calendar = YearCalendar(2000)
        self._conflicts: set[str] = set()

    def set_calendar(self, calendar: YearCalendar, conflicts: set[str] | None = None) -> None:
        self.beginResetModel()
        self._calendar = calendar
        self._conflicts = conflicts or set()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 12)

    @property
    def year(self) -> int:
        return self._calendar.year

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calendar.bodies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 13

    def entries(self, index: Index) -> list[CalendarEntry]:
        if not index.isValid() or index.column() == 0:
            return []
        body_id = self._calendar.bodies[index.row()][0]
        return self._calendar.entries(body_id, index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._calendar.bodies):
            return None
        body_id, label, name = self._calendar.bodies[index.row()]
        if role == BODY_ID_ROLE:
            return body_id
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{name} ({label})" if label != name else name
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entries = self.entries(index)
        if role == Qt.ItemDataRole.DisplayRole:
            # Dates as in the seed's calendar ("17-02"); the time is in the tooltip.
            return "\n".join(f"{e.starts_at:%d-%m}" for e in entries)
        if role == MEETING_IDS_ROLE:
            return [e.meeting_id for e in entries]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if not entries:
            return None
        clash = any(e.meeting_id in self._conflicts for e in entries)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{label} " + (short_date(e.starts_at.date())
                                    if e.starts_at.time() == time(0, 0)
                                    else date_time(e.starts_at))
                     + (self.tr(" (vervallen)") if e.cancelled else "") for e in entries]
            if clash:
                lines.append(self.tr("Let op: leden hebben dan ook een ander overleg."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and clash:
            return QBrush(CONFLICT)
        if role == Qt.ItemDataRole.ForegroundRole and all(e.cancelled for e in entries):
            return QBrush(CANCELLED)
        if role == Qt.ItemDataRole.FontRole and all(e.cancelled for e in entries):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Overleg")
        month = locale().monthName(section, locale().FormatType.ShortFormat).rstrip(".")
        return f"{month.capitalize()} {self._calendar.year % 100:02d}"
