"""Goals x years (or quarters): marks and milestones; code and title sit in the row header
so they stay put while the grid scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from zorgdesk.services.year_grid import YearGrid

Index = QModelIndex | QPersistentModelIndex
MARK_ROLE = Qt.ItemDataRole.UserRole + 4
ID_ROLE = Qt.ItemDataRole.UserRole + 2

MARK_BRUSH = QBrush(QColor("#cfe3f6"))
STATUS_COLOURS = {"gereed": "#2e7d32", "vertraagd": "#c62828", "vervallen": "#8a9199"}


class YearGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid = YearGrid([], [])

    def set_grid(self, grid: YearGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._grid.rows[index.row()]
        col = index.column()
        milestones = row.milestones.get(col, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if milestones:
                count = len(milestones)
                return "◆" * min(count, 3) + (f" {count}" if count > 3 else "")
            return "■" if col in row.marks else ""
        if role == MARK_ROLE:
            return col in row.marks
        if role == ID_ROLE:
            return row.goal_id
        if role == Qt.ItemDataRole.BackgroundRole and col in row.marks:
            return MARK_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            if milestones and all(status == "gereed" for _, status in milestones):
                return QBrush(QColor(STATUS_COLOURS["gereed"]))
            if any(status == "vertraagd" for _, status in milestones):
                return QBrush(QColor(STATUS_COLOURS["vertraagd"]))
            return QBrush(QColor("#1f4e79"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and milestones:
            return "\n".join(f"◆ {title} ({status})" for title, status in milestones)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._grid.columns[section].label
            row = self._grid.rows[section]
            title = row.title if len(row.title) <= 70 else row.title[:68] + "…"
            return f"{row.code}  {title}" if row.code else title
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            return self._grid.rows[section].title
        return None
