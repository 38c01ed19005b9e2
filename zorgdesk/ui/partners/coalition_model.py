"""Appendix B of an IZA plan: per sector the leading and the broad coalition."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from zorgdesk.services.partners.matrix import SectorCoalition
from zorgdesk.ui.partners.matrix_model import bold, translate

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class CoalitionModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SectorCoalition] = []

    def set_rows(self, rows: list[SectorCoalition]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == DISPLAY:
            return (row.sector, ", ".join(row.leading), ", ".join(row.broad))[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return (row.sector, len(row.leading), len(row.broad))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (translate("PartnerMatrix", "Sector"),
                translate("PartnerMatrix", "Leidende coalitie"),
                translate("PartnerMatrix", "Brede coalitie"))[section]
