"""Goals x organisations with the role in each cell; looked up per painted cell only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from zorgdesk.services.partners_read import RoleMatrix

Index = QModelIndex | QPersistentModelIndex
ROLE_LETTER = {"trekker": "T", "initiatiefnemer": "I", "betrokken": "B", "financier": "F",
               "geïnformeerd": "G"}
ROLE_BRUSH = {
    "trekker": QBrush(QColor("#1f4e79")),
    "initiatiefnemer": QBrush(QColor("#4f81bd")),
    "betrokken": QBrush(QColor("#bcd4ec")),
    "financier": QBrush(QColor("#e8c468")),
    "geïnformeerd": QBrush(QColor("#e6e9ed")),
}
LIGHT_TEXT = QBrush(QColor("#ffffff"))


class RoleMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = RoleMatrix([], [], [], {})

    def set_matrix(self, matrix: RoleMatrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.goal_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.organisations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._matrix.cells.get((index.row(), index.column()))
        if value is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ROLE_LETTER.get(value, "?")
        if role == Qt.ItemDataRole.ToolTipRole:
            org = self._matrix.organisations[index.column()].name
            return f"{org}: {value}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return ROLE_BRUSH.get(value)
        if role == Qt.ItemDataRole.ForegroundRole and value in ("trekker", "initiatiefnemer"):
            return LIGHT_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            org = self._matrix.organisations[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return org.short_name or org.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{org.name} ({org.kind})"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._matrix.goal_labels[section]
            return label if len(label) <= 60 else label[:58] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._matrix.goal_labels[section]
        return None
