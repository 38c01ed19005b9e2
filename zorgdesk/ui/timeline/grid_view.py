"""The timeline grid: its painting delegate and the mouse and keyboard gestures on it.

The view never writes. A click, double-click, drag or key becomes a signal that the page turns
into an undoable edit; a click waits for the double-click interval so that a double-click
(add a milestone) does not first toggle a mark.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from zorgdesk.ui.timeline.model import (
    CELL_ROLE,
    ROW_KIND_ROLE,
    Cell,
    TimelineModel,
    status_colour,
)

Index = QModelIndex | QPersistentModelIndex
MARK = QColor("#b9cfe6")
BAR = QColor("#7fa7cf")
THEME = QColor("#e4e9ef")
TODAY = QColor("#d9534f")


SELECTED = QStyle.StateFlag.State_Selected
SELECTION = QColor("#cfe3f6")
TODAY_PEN = QPen(TODAY, 2)
MORE = QColor("#3a4652")
MORE_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
ANTIALIASING = QPainter.RenderHint.Antialiasing


@cache
def pen_and_brush(late: bool, status: str) -> tuple[QPen, QBrush]:
    """A milestone's outline and fill, made once per colour rather than per painted one."""
    fill = status_colour(late, status)
    return QPen(fill.darker(130), 1), QBrush(fill)


@cache
def diamond(size: int) -> QPolygon:
    """A milestone's diamond around (0, 0); painted translated to its place."""
    return QPolygon([QPoint(0, -size), QPoint(size, 0), QPoint(0, size), QPoint(-size, 0)])


class TimelineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Asked of the model directly, not through index.data(): every painted cell (most
        # of them empty) then skips the round trip through Qt's variant and role dispatch.
        model = index.model()
        cell = (model.cell(index.row(), index.column()) if isinstance(model, TimelineModel)
                else index.data(CELL_ROLE))
        selected = SELECTED in option.state
        rect = option.rect
        if selected:
            painter.fillRect(rect, SELECTION)
        if not isinstance(cell, Cell):
            return  # an empty cell: nothing to draw
        if cell.theme and not selected:
            painter.fillRect(rect, THEME)
        if cell.marked:
            painter.fillRect(rect.adjusted(2, 5, -2, -5), MARK)
        if cell.bar:
            painter.fillRect(rect.left(), rect.center().y() - 2, rect.width(), 4, BAR)
        if cell.milestones or cell.today is not None:
            painter.save()
            if cell.milestones:
                self._milestones(painter, rect, cell)
            if cell.today is not None:
                x = rect.left() + int(cell.today * rect.width())
                painter.setPen(TODAY_PEN)
                painter.drawLine(x, rect.top(), x, rect.bottom() + 1)
            painter.restore()

    @staticmethod
    def _milestones(painter: QPainter, rect: QRect, cell: Cell) -> None:
        painter.setRenderHint(ANTIALIASING)
        size = min(7, rect.height() // 2 - 3)
        count = min(len(cell.milestones), 3)
        step = min(size * 2 + 4, (rect.width() - 4) // max(count, 1))
        centre = rect.center()
        x = centre.x() - (count - 1) * step // 2
        y = centre.y()
        shape = diamond(size)
        for milestone in cell.milestones[:count]:
            pen, brush = pen_and_brush(milestone.late, milestone.status)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPolygon(shape.translated(x, y))
            x += step
        if len(cell.milestones) > count:
            painter.setPen(MORE)
            painter.drawText(rect.adjusted(0, 0, -2, 0), MORE_ALIGNMENT,
                             f"+{len(cell.milestones) - count}")


class RowLabels(QHeaderView):
    """The row labels at the width the page gives them.

    A header measures its labels for a size hint; with 2,000 goals that means asking the model
    for text, font and icon of hundreds of rows on every reset, only for the view to use the
    fixed width anyway.
    """

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.defaultSectionSize())


class TimelineView(QTableView):
    toggleRequested = Signal(int, int)  # row, column: mark or unmark the year
    addRequested = Signal(int, int)  # row, column: a new milestone there
    editRequested = Signal(str)  # milestone id
    moveRequested = Signal(str, int)  # milestone id, column
    deleteRequested = Signal(list)  # milestone ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = RowLabels(Qt.Orientation.Vertical, self)
        labels.setSectionsClickable(True)  # as QTableView's own header: a click selects the row
        labels.setHighlightSections(True)
        self.setVerticalHeader(labels)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setGridStyle(Qt.PenStyle.DotLine)
        self.setMouseTracking(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self._pressed: tuple[QModelIndex, str | None] | None = None
        self._dragging = False
        self._click = QTimer(self)
        self._click.setSingleShot(True)
        self._click.timeout.connect(self._single_click)
        self._clicked: tuple[int, int] | None = None

    def milestones_at(self, index: QModelIndex) -> list[str]:
        cell = index.data(CELL_ROLE) if index.isValid() else None
        return [m.id for m in cell.milestones] if isinstance(cell, Cell) else []

    def _is_goal(self, index: QModelIndex) -> bool:
        return index.isValid() and index.data(ROW_KIND_ROLE) == "goal"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self._is_goal(index):
            ids = self.milestones_at(index)
            self._pressed = (index, ids[0] if ids else None)
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and self._pressed[1] is not None:
            index = self.indexAt(event.position().toPoint())
            if index.isValid() and index.row() == self._pressed[0].row() \
                    and index.column() != self._pressed[0].column():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        self.viewport().unsetCursor()
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.indexAt(event.position().toPoint())
        start, milestone = pressed
        if self._dragging and milestone is not None:
            self._dragging = False
            if index.isValid() and index.row() == start.row() and index.column() != start.column():
                self.moveRequested.emit(milestone, index.column())
            return
        if index == start and milestone is None:
            self._clicked = (index.row(), index.column())
            self._click.start(QApplication.doubleClickInterval())

    def _single_click(self) -> None:
        if self._clicked is not None:
            row, column = self._clicked
            self._clicked = None
            self.toggleRequested.emit(row, column)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._click.stop()
        self._clicked = None
        index = self.indexAt(event.position().toPoint())
        if not self._is_goal(index):
            return
        ids = self.milestones_at(index)
        if ids:
            self.editRequested.emit(ids[0])
        else:
            self.addRequested.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        ids = self.milestones_at(index)
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and ids:
            self.deleteRequested.emit(ids)
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._is_goal(index):
            if ids:
                self.editRequested.emit(ids[0])
            else:
                self.addRequested.emit(index.row(), index.column())
            return
        if key == Qt.Key.Key_Space and self._is_goal(index):
            self.toggleRequested.emit(index.row(), index.column())
            return
        super().keyPressEvent(event)
