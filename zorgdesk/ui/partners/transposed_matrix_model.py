"""The partner matrix turned around: each organisation with the goals it has a role on.

Top-level rows are organisations (the same kind/coalition filter as the matrix); their
children are goals with the role. Children are indexed once per load, so the tree opens any
organisation without a query.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from zorgdesk.services.partners.matrix import RoleMatrixData
from zorgdesk.ui.kit.formatting import number
from zorgdesk.ui.partners.matrix_model import (
    FILL,
    args,
    bold,
    brush,
    role_label,
    translate,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class TransposedMatrixModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = RoleMatrixData([], [], {})
        self._orgs: list[int] = []
        self._goals: dict[int, list[tuple[int, tuple[str, ...]]]] = {}

    def set_data(self, data: RoleMatrixData, orgs: list[int]) -> None:
        """`orgs`: the organisation columns to list, in order."""
        self.beginResetModel()
        self._data, self._orgs = data, orgs
        self._goals = {}
        for (r, c), roles in sorted(data.cells.items()):
            self._goals.setdefault(c, []).append((r, roles))
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if parent.isValid():
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._orgs)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._goals.get(self._orgs[parent.row()], []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        top = index.internalId()
        if top == 0:
            org_col = self._orgs[index.row()]
            org = self._data.orgs[org_col]
            if role == DISPLAY:
                if index.column() == 0:
                    return org.name
                count = number(len(self._goals.get(org_col, [])))
                return args(translate("PartnerMatrix", "%1 doelen"), count)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{org.name} ({org.kind})"
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                return bold()
            return None
        row, roles = self._goals[self._orgs[top - 1]][index.row()]
        if role == DISPLAY:
            if index.column() == 0:
                return self._data.rows[row].label
            return ", ".join(role_label(r) for r in roles)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return brush(FILL[roles[0]])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._data.rows[row].label
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            if section == 0:
                return translate("PartnerMatrix", "Organisatie / doel")
            return translate("PartnerMatrix", "Rol")
        return None
