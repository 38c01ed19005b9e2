"""A sheet as the wizard shows it: Excel's column letters and row numbers, text only.

Only the first rows are shown (a preview, not an editor), so a sheet of 10,000 rows opens
as fast as one of ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from zorgdesk.tables.readers import Sheet, cell_address
from zorgdesk.tables.values import shown

PREVIEW_ROWS = 300
Index = QModelIndex | QPersistentModelIndex


class SheetModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sheet = Sheet("")
        self._header_row = 0

    def set_sheet(self, sheet: Sheet, header_row: int) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self._header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(PREVIEW_ROWS, len(self._sheet.rows))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._sheet.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._sheet.value(index.row(), index.column())
            return None if value is None else shown(value)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._header_row:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return cell_address(0, section)[:-1]
        return str(section + 1)
