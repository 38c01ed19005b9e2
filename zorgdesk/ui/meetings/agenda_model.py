"""The agenda of one meeting as a two-level tree (1, 2, 2a, 2b) that can be reordered by drag
and drop. The model never changes itself: a drop asks for a move (`moveRequested`), the page
runs it as an undoable edit and reloads the agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from zorgdesk.services.meetings.agenda import Agenda, AgendaLine
from zorgdesk.ui.kit.formatting import number

MIME = "application/x-zorgdesk-agenda-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 20
LINE_ROLE = Qt.ItemDataRole.UserRole + 21
Index = QModelIndex | QPersistentModelIndex

(COL_NUMBER, COL_TITLE, COL_KIND, COL_PRESENTER, COL_MINUTES, COL_TIME, COL_GOALS,
 COL_FILES) = range(8)


class AgendaModel(QAbstractItemModel):
    moveRequested = Signal(str, str, int)  # item id, new parent id ("" = top), index

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._top: list[AgendaLine] = []
        self._children: dict[str, list[AgendaLine]] = {}
        self.headers = [self.tr("Nr."), self.tr("Agendapunt"), self.tr("Soort"),
                        self.tr("Inbrenger"), self.tr("Min."), self.tr("Tijd"),
                        self.tr("Doelen"), self.tr("Bijlagen")]

    def set_agenda(self, agenda: Agenda | None) -> None:
        self.beginResetModel()
        self._top = []
        self._children = {}
        if agenda is not None:
            for line in agenda.lines:
                if line.parent_id is None or line.parent_id not in {t.id for t in self._top}:
                    self._top.append(line)
                else:
                    self._children.setdefault(line.parent_id, []).append(line)
        self.endResetModel()

    def lines(self) -> list[AgendaLine]:
        result = []
        for top in self._top:
            result.append(top)
            result += self._children.get(top.id, [])
        return result

    def index_of(self, item_id: str) -> QModelIndex:
        for row, top in enumerate(self._top):
            if top.id == item_id:
                return self.index(row, 0)
            for sub_row, sub in enumerate(self._children.get(top.id, [])):
                if sub.id == item_id:
                    return self.index(sub_row, 0, self.index(row, 0))
        return QModelIndex()

    def line(self, index: Index) -> AgendaLine | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        if parent_row < 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        kids = self._children.get(self._top[parent_row].id, [])
        return kids[index.row()] if index.row() < len(kids) else None

    # --- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children.get(self._top[parent.row()].id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    # --- data --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index)
        if line is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return line.id
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                tip = line.title
                if line.confidential:
                    tip += "\n" + self.tr("Vertrouwelijk: niet in de publieksversie.")
                if line.notes:
                    tip += "\n\n" + line.notes
                return tip
            if column == COL_GOALS and line.goals:
                return "\n".join(line.goals)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TITLE and line.confidential:
            return QBrush(QColor("#8e1b1b"))
        if role == Qt.ItemDataRole.FontRole and column == COL_NUMBER and line.parent_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MINUTES, COL_FILES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: AgendaLine, column: int) -> str:
        if column == COL_NUMBER:
            return line.number
        if column == COL_TITLE:
            return line.title + (self.tr(" · vertrouwelijk") if line.confidential else "")
        if column == COL_KIND:
            return kind_label(line.kind)
        if column == COL_PRESENTER:
            return line.presenter or ""
        if column == COL_MINUTES:
            return number(line.minutes) if line.minutes else ""
        if column == COL_TIME:
            if line.starts is None or line.ends is None:
                return ""
            return f"{line.starts:%H:%M}–{line.ends:%H:%M}"
        if column == COL_GOALS:
            if not line.goals:
                return ""
            if len(line.goal_codes) == len(line.goals):
                return ", ".join(line.goal_codes)
            return (self.tr("1 doel") if len(line.goals) == 1
                    else self.tr("%1 doelen").replace("%1", str(len(line.goals))))
        if column == COL_FILES:
            return number(line.attachments) if line.attachments else ""
        return ""

    # --- drag and drop -----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # drop on an item: becomes its sub-item
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        lines = [self.line(i) for i in indexes if i.isValid()]
        first = next((line for line in lines if line is not None), None)
        if first is not None:
            data.setData(MIME, QByteArray(first.id.encode()))
        return data

    def drop_target(self, row: int, parent: Index) -> tuple[str | None, int]:
        """Where a drop at (`row`, `parent`) puts an item: (new parent id, index)."""
        if not parent.isValid():
            return None, row if row >= 0 else len(self._top)
        line = self.line(parent)
        assert line is not None
        if parent.internalId() == 0:
            kids = self._children.get(line.id, [])
            return line.id, row if row >= 0 else len(kids)
        return line.parent_id, parent.row() + 1  # dropped on a sub-item: just after it

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = bytes(data.data(MIME).data()).decode()
        source = self.index_of(item_id)
        if not source.isValid():
            return False
        target_parent, target_row = self.drop_target(row, parent)
        source_line = self.line(source)
        assert source_line is not None
        if source_line.parent_id == target_parent and source.row() < target_row:
            target_row -= 1  # the item leaves its old place first
        if target_parent == item_id:
            return False
        self.moveRequested.emit(item_id, target_parent or "", target_row)
        return False  # the page reloads; the view must not remove the dragged row itself


def kind_label(kind: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "ter informatie": QCoreApplication.translate("agenda", "ter informatie"),
        "ter bespreking": QCoreApplication.translate("agenda", "ter bespreking"),
        "ter besluitvorming": QCoreApplication.translate("agenda", "ter besluitvorming"),
        "hamerstuk": QCoreApplication.translate("agenda", "hamerstuk"),
    }
    return labels.get(kind or "", "")
