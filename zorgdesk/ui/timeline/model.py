"""The timeline grid as a table model: a row per theme or goal, a column per year, quarter or
month. Cells hold no text; the delegate paints marks, bars and milestones from CELL_ROLE."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from zorgdesk.services.timeline.queries import Column, MilestoneCell, Timeline, TimelineRow
from zorgdesk.ui.kit.lights import light_icon

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 11
translate = QCoreApplication.translate  # a name lupdate recognises with its context
MONTHS = tuple(str(m) for m in (
    QT_TRANSLATE_NOOP("TimelineModel", "jan"), QT_TRANSLATE_NOOP("TimelineModel", "feb"),
    QT_TRANSLATE_NOOP("TimelineModel", "mrt"), QT_TRANSLATE_NOOP("TimelineModel", "apr"),
    QT_TRANSLATE_NOOP("TimelineModel", "mei"), QT_TRANSLATE_NOOP("TimelineModel", "jun"),
    QT_TRANSLATE_NOOP("TimelineModel", "jul"), QT_TRANSLATE_NOOP("TimelineModel", "aug"),
    QT_TRANSLATE_NOOP("TimelineModel", "sep"), QT_TRANSLATE_NOOP("TimelineModel", "okt"),
    QT_TRANSLATE_NOOP("TimelineModel", "nov"), QT_TRANSLATE_NOOP("TimelineModel", "dec")))
# For lupdate: milestone states are translated where they are shown.
_STATES = [QT_TRANSLATE_NOOP("TimelineModel", "gepland"),
           QT_TRANSLATE_NOOP("TimelineModel", "loopt"),
           QT_TRANSLATE_NOOP("TimelineModel", "gereed"),
           QT_TRANSLATE_NOOP("TimelineModel", "vertraagd"),
           QT_TRANSLATE_NOOP("TimelineModel", "vervallen")]
STATUS_COLOURS = {"gepland": "#5b7fa6", "loopt": "#1f6fb2", "gereed": "#2e7d32",
                  "vertraagd": "#c62828", "vervallen": "#9aa5b1"}
LATE = "#c62828"
BOLD = QFont()
BOLD.setBold(True)
THEME_BRUSH = QBrush(QColor("#e4e9ef"))


class Cell(NamedTuple):
    """What one cell shows (a tuple: it is made for every cell painted)."""

    theme: bool
    marked: bool
    milestones: tuple[MilestoneCell, ...]
    bar: bool  # a bar from a milestone's start runs through this cell
    today: float | None  # where today falls in the cell, 0..1, or None


def milestone_colour(cell: MilestoneCell) -> QColor:
    return status_colour(cell.late, cell.status)


def status_colour(late: bool, status: str) -> QColor:
    return QColor(LATE if late else STATUS_COLOURS.get(status, "#5b7fa6"))


def column_label(column: Column) -> str:
    if column.month:
        return f"{translate('TimelineModel', MONTHS[column.month - 1])} {column.year % 100:02d}"
    if column.quarter:
        return f"Q{column.quarter} {column.year}"
    return f"{column.year} >" if column.and_later else str(column.year)


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.rows: list[TimelineRow] = []
        self.columns: list[Column] = []
        self._today_col: int | None = None
        self._today_at = 0.0

    def set_timeline(self, timeline: Timeline, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.timeline = timeline
        self.rows = rows
        self.columns = timeline.columns
        self._today_col = None
        for n, column in enumerate(self.columns):
            if column.first_day <= timeline.today <= column.last_day:
                span = (column.last_day - column.first_day).days + 1
                self._today_col = n
                self._today_at = ((timeline.today - column.first_day).days + 0.5) / span
        self.endResetModel()

    def complete(self, timeline: Timeline) -> None:
        """The placeholders after the rows already shown become the rows read since
        (`complete_timeline`); the rows above stay as they are, and so do the scroll position
        and the current cell."""
        first, rows = len(self.rows), timeline.rows
        if self.timeline is None or timeline.columns != self.columns:
            self.set_timeline(timeline, rows)
            return
        start = next((n for n, (old, new) in enumerate(zip(self.rows, rows, strict=False))
                      if old is not new), min(first, len(rows)))
        self.timeline = timeline
        if len(rows) > first:
            self.beginInsertRows(QModelIndex(), first, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()
        elif len(rows) < first:
            self.beginRemoveRows(QModelIndex(), len(rows), first - 1)
            self.rows = rows
            self.endRemoveRows()
        else:
            self.rows = rows
        last = min(first, len(rows)) - 1
        if start <= last:
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(last, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, start, last)

    @property
    def today_column(self) -> int | None:
        return self._today_col

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _ensure(self, row: int) -> TimelineRow:
        """The row with its contents read; the rows around it (a screenful) are read along."""
        item = self.rows[row]
        if not item.loaded and self.timeline is not None:
            first, last = max(0, row - 8), min(len(self.rows), row + 40)
            self.timeline.fill(self.rows[first:last])
            QTimer.singleShot(0, self, lambda: self._after_fill(first, last))
        return item

    def _after_fill(self, first: int, last: int) -> None:
        """Once painted: tell the header the lights of these rows are here (a cell may have been
        painted before its label), and read the next screens ahead while the user looks."""
        if last > len(self.rows) or self.timeline is None:
            return  # reset in between
        self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last - 1)
        self.timeline.fill(self.rows[last:last + 120])

    def cell(self, row: int, column: int) -> Cell | None:
        """None for an empty goal cell (most of them), so the delegate can skip it."""
        item = self._ensure(row)
        col = self.columns[column]
        marked = col.year in item.mark_years or (
            col.and_later and item.and_later and any(y >= col.year for y in item.mark_years))
        stones = item.milestones.get(column)
        bar = bool(item.bars) and any(first <= column < last for first, last in item.bars)
        today = self._today_at if column == self._today_col else None
        theme = item.kind == "theme"
        if not (theme or marked or stones or bar or today is not None):
            return None
        return Cell(theme, marked, tuple(stones or ()), bar, today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == CELL_ROLE:
            return self.cell(index.row(), index.column())
        if role == ROW_KIND_ROLE:
            return self.rows[index.row()].kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            cells = self._ensure(index.row()).milestones.get(index.column(), [])
            return ", ".join(c.title for c in cells)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        item = self._ensure(row)
        if item.kind != "goal":
            return None
        lines = []
        for cell in item.milestones.get(column, []):
            state = translate("TimelineModel", "te laat") if cell.late else translate(
                "TimelineModel", cell.status)
            lines.append(f"◆ {cell.title} ({state})")
        if not lines:
            lines.append(translate("TimelineModel", "Klik: jaar markeren of vrijgeven. "
                                   "Dubbelklik: mijlpaal toevoegen."))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
                return column_label(self.columns[section])
            if role == Qt.ItemDataRole.FontRole and section == self._today_col:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if not 0 <= section < len(self.rows):
            return None
        item = self.rows[section]
        if role == Qt.ItemDataRole.SizeHintRole:
            return None  # fixed rows: the header need not measure every label
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind == "theme" and not item.id:  # the goals without a theme
                return translate("TimelineModel", "Overkoepelende doelen")
            indent = "    " * max(0, item.depth - 1)
            return f"{indent}{item.code}  {item.title}" if item.code else indent + item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == Qt.ItemDataRole.DecorationRole and item.kind == "goal":
            light = self._ensure(section).light  # read with the row's cells
            return light_icon(light) if light else None
        if role == Qt.ItemDataRole.FontRole and (item.kind == "theme" or item.depth == 1):
            return BOLD
        if role == Qt.ItemDataRole.BackgroundRole and item.kind == "theme":
            return THEME_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def today(self) -> date | None:
        return self.timeline.today if self.timeline else None
