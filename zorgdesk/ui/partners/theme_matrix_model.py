"""The IZA matrix: capacities (bestuurlijk trekker, schrijfteam, facilitator) x themes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from zorgdesk.services.partners.matrix import ThemeMatrix
from zorgdesk.ui.partners.matrix_model import bold, role_label, translate

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


def capacity_label(capacity: str) -> str:
    """The row heads of the plan's matrix; other capacities and roles as they are stored."""
    labels = {"bestuurlijk trekker": translate("PartnerMatrix", "Bestuurlijke trekkers"),
              "schrijfteam": translate("PartnerMatrix", "Schrijfteams"),
              "facilitator": translate("PartnerMatrix", "Facilitator")}
    if capacity in labels:
        return labels[capacity]
    label = role_label(capacity)
    return label[:1].upper() + label[1:]


class ThemeMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = ThemeMatrix([], [], {})

    def set_matrix(self, matrix: ThemeMatrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.capacities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.themes)

    def names(self, row: int, column: int) -> list[str]:
        return self._matrix.cells.get((row, column), [])

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        names = self.names(index.row(), index.column())
        if role == DISPLAY:
            return "\n".join(names)
        if role == Qt.ItemDataRole.ToolTipRole and names:
            return "\n".join(names)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            return capacity_label(self._matrix.capacities[section])
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._matrix.themes[section].replace("/", "/\n")
        return capacity_label(self._matrix.capacities[section])
