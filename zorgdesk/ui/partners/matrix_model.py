"""Goals x organisations with a role per cell, filtered and optionally collapsed per kind.

Filtering and collapsing only rebuild index lists and per-row/per-column totals (one pass
over the stored cells), so `data()` stays a few dict and list lookups whatever the size.
The last column and the last row hold the totals.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from zorgdesk.services.partners.matrix import ROLE_ORDER, MatrixOrg, RoleMatrixData
from zorgdesk.ui.kit.formatting import number
from zorgdesk.ui.kit.lights import light_icon

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
LETTER = {"trekker": "T", "initiatiefnemer": "I", "betrokken": "B", "financier": "F",
          "geïnformeerd": "G"}
# Calm fills that stay readable with dark text (trekker strongest).
FILL = {"trekker": "#9cc3e6", "initiatiefnemer": "#d9cdee", "betrokken": "#d5ead0",
        "financier": "#f3e2b3", "geïnformeerd": "#eceef1"}
THEME_FILL = "#dfe6ee"
STRATEGIC_FILL = "#f0f3f6"
TOTAL_FILL = "#f5f6f8"
translate = QCoreApplication.translate  # a name lupdate recognises with its context
ANSWERED = frozenset({DISPLAY, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
                      Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
                      Qt.ItemDataRole.UserRole})


def role_label(role: str) -> str:
    labels = {"trekker": translate("PartnerMatrix", "trekker"),
              "initiatiefnemer": translate("PartnerMatrix", "initiatiefnemer"),
              "betrokken": translate("PartnerMatrix", "betrokken"),
              "financier": translate("PartnerMatrix", "financier"),
              "geïnformeerd": translate("PartnerMatrix", "geïnformeerd")}
    return labels.get(role, role)


def kind_label(kind: str) -> str:
    """The plural of an organisation kind, as a collapsed column names its members."""
    labels = {
        "gemeente": translate("PartnerMatrix", "Gemeenten"),
        "zorgverzekeraar": translate("PartnerMatrix", "Zorgverzekeraars"),
        "zorgkantoor": translate("PartnerMatrix", "Zorgkantoren"),
        "provincie": translate("PartnerMatrix", "Provincies"),
        "GGD": translate("PartnerMatrix", "GGD'en"),
        "VVT": translate("PartnerMatrix", "VVT"),
        "GGZ": translate("PartnerMatrix", "GGZ"),
        "ziekenhuis": translate("PartnerMatrix", "Ziekenhuizen"),
        "huisartsen": translate("PartnerMatrix", "Huisartsen"),
        "gehandicaptenzorg": translate("PartnerMatrix", "Gehandicaptenzorg"),
        "welzijn": translate("PartnerMatrix", "Welzijn"),
        "onderwijs": translate("PartnerMatrix", "Onderwijs"),
        "inwonersorganisatie": translate("PartnerMatrix", "Inwonersorganisaties"),
        "overig": translate("PartnerMatrix", "Overig"),
    }
    return labels.get(kind, kind)


def args(text: str, *values: object) -> str:
    """Qt's %1, %2 placeholders (what translators expect) filled in."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


@cache
def brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@cache
def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@cache
def wrap_name(name: str, width: int = 9, lines: int = 3) -> str:
    """A short name in at most three header lines, broken at spaces and hyphens only: a word
    too long for a line is elided ("Zorgverz…"), never split ("Zorgverz / ekeraar"); the
    tooltip has the full name."""
    parts = textwrap.wrap(name, width, break_long_words=False) or [""]
    parts = [p if len(p) <= width else p[: width - 1] + "…" for p in parts]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1] if parts[-1].endswith("…") else parts[-1][: width - 1] + "…"
    return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Column:
    """One organisation, or all shown organisations of one kind when collapsed."""

    members: tuple[int, ...]
    kind: str
    collapsed: bool


class PartnerMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = RoleMatrixData([], [], {})
        self.kinds: set[str] | None = None  # None: every kind
        self.coalition: str | None = None
        self.text = ""
        self.only_without_trekker = False
        self.collapsed = False
        self._rows: list[int] = []
        self._cols: list[Column] = []
        self._group_of: dict[int, int] = {}
        self._agg: dict[tuple[int, int], Counter[str]] = {}
        self._row_total: dict[int, int] = {}
        self._col_total: list[int] = []
        self._counted = True
        self._no_trekker: frozenset[int] = frozenset()

    # -- loading and filtering -------------------------------------------------------------

    def set_data(self, data: RoleMatrixData) -> None:
        """New data; a reload with the same goals and organisations keeps the selection."""
        same = ([r.id for r in data.rows] == [r.id for r in self._data.rows]
                and [o.id for o in data.orgs] == [o.id for o in self._data.orgs])
        if same and self._rows:
            self._data = data
            self._recount()
            self._rebuild_visible_rows_in_place()
            return
        self.beginResetModel()
        self._data = data
        self._rebuild()
        self.endResetModel()

    def set_filter(self, *, kinds: set[str] | None = None, coalition: str | None = None,
                   text: str = "", only_without_trekker: bool = False,
                   collapsed: bool = False) -> None:
        self.beginResetModel()
        self.kinds, self.coalition, self.text = kinds, coalition, text.strip().lower()
        self.only_without_trekker, self.collapsed = only_without_trekker, collapsed
        self._rebuild()
        self.endResetModel()

    def _rebuild_visible_rows_in_place(self) -> None:
        rows = self._visible_rows()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self._recount()
            self.endResetModel()
            return
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _shown_org(self, org: MatrixOrg) -> bool:
        return ((self.kinds is None or org.kind in self.kinds)
                and (self.coalition is None or org.coalition == self.coalition))

    def _visible_rows(self) -> list[int]:
        rows = self._data.rows
        self._no_trekker = self._data.no_trekker
        keep: list[int] = []
        theme_at: int | None = None
        for i, row in enumerate(rows):
            if not row.is_goal:
                theme_at = i
                continue
            if self.text and self.text not in row.label.lower():
                continue
            if self.only_without_trekker and i not in self._no_trekker:
                continue
            if theme_at is not None:
                keep.append(theme_at)
                theme_at = None
            keep.append(i)
        return keep

    def _rebuild(self) -> None:
        shown = [i for i, o in enumerate(self._data.orgs) if self._shown_org(o)]
        if self.collapsed:
            kinds: dict[str, list[int]] = {}
            for i in shown:
                kinds.setdefault(self._data.orgs[i].kind, []).append(i)
            self._cols = [Column(tuple(m), k, True) for k, m in kinds.items()]
        else:
            self._cols = [Column((i,), self._data.orgs[i].kind, False) for i in shown]
        self._group_of = {m: g for g, col in enumerate(self._cols) for m in col.members}
        self._rows = self._visible_rows()
        self._recount()

    def _recount(self) -> None:
        """Totals and aggregates are counted when a cell first needs them, not on every
        filter change: the first screen of a wide matrix shows neither."""
        self._no_trekker = self._data.no_trekker
        self._counted = False

    def _count(self) -> None:
        if self._counted:
            return
        self._counted = True
        shown_rows = set(self._rows)
        self._agg, self._row_total = {}, {}
        self._col_total = [0] * len(self._cols)
        for (r, c), roles in self._data.cells.items():
            g = self._group_of.get(c)
            if g is None:
                continue
            self._row_total[r] = self._row_total.get(r, 0) + 1
            if r in shown_rows:
                self._col_total[g] += 1
            if self.collapsed:
                self._agg.setdefault((r, g), Counter()).update(roles)

    # -- what the panel asks ---------------------------------------------------------------

    @property
    def data_source(self) -> RoleMatrixData:
        return self._data

    def column(self, col: int) -> Column | None:
        return self._cols[col] if 0 <= col < len(self._cols) else None

    def goal_row(self, row: int) -> int | None:
        """The stored row of a goal at this model row (None for themes and totals)."""
        if 0 <= row < len(self._rows) and self._data.rows[self._rows[row]].is_goal:
            return self._rows[row]
        return None

    def cells_at(self, indexes: list[QModelIndex]) -> list[tuple[str, str]]:
        """(goal id, organisation id) of every editable cell among these indexes."""
        pairs: set[tuple[str, str]] = set()
        for index in indexes:
            row, col = self.goal_row(index.row()), self.column(index.column())
            if row is None or col is None:
                continue
            goal_id = self._data.rows[row].id
            pairs.update((goal_id, self._data.orgs[m].id) for m in col.members)
        return sorted(pairs)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._cols else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._cols else len(self._cols) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.goal_row(index.row()) is None or self.column(index.column()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():
            return None  # a painted cell asks seven roles; three of them are never answered
        row, col = index.row(), index.column()
        if row == len(self._rows):
            return self._total_row(col, role)
        stored = self._rows[row]
        kind = self._data.rows[stored].kind
        if kind == "theme" or col == len(self._cols):
            return self._side(stored, kind, col, role)
        column = self._cols[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column.collapsed:
            return self._aggregate(stored, col, column, role)
        roles = self._data.cells.get((stored, column.members[0]))
        if not roles:
            if role == Qt.ItemDataRole.BackgroundRole and kind == "strategisch":
                return brush(STRATEGIC_FILL)
            return None
        if role == DISPLAY:
            return "·".join(LETTER[r] for r in roles)
        if role == Qt.ItemDataRole.BackgroundRole:
            return brush(FILL[roles[0]])
        if role == Qt.ItemDataRole.ToolTipRole:
            org = self._data.orgs[column.members[0]]
            text = f"{org.name}: {', '.join(role_label(r) for r in roles)}"
            if len(roles) > 1:
                text += "\n" + translate("PartnerMatrix",
                                          "Meerdere rollen; een nieuwe rol vervangt ze alle.")
            return text
        if role == Qt.ItemDataRole.UserRole:
            return roles
        return None

    def _aggregate(self, stored: int, col: int, column: Column, role: int) -> Any:
        self._count()
        counts = self._agg.get((stored, col))
        if not counts:
            return None
        ordered = [(r, counts[r]) for r in ROLE_ORDER if counts[r]]
        if role == DISPLAY:
            return " · ".join(f"{LETTER[r]} {n}" for r, n in ordered)
        if role == Qt.ItemDataRole.BackgroundRole:
            return brush(FILL[ordered[0][0]])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{role_label(r)}: {number(n)}" for r, n in ordered]
            return f"{kind_label(column.kind)} ({number(len(column.members))})\n" + \
                "\n".join(lines)
        return None

    def _side(self, stored: int, kind: str, col: int, role: int) -> Any:
        """Theme rows (shaded, no cells) and the totals column."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return brush(THEME_FILL if kind == "theme" else TOTAL_FILL)
        if kind == "theme":
            return None
        if role == DISPLAY:
            self._count()
            return number(self._row_total.get(stored, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return bold()
        return None

    def _total_row(self, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return brush(TOTAL_FILL)
        if role == Qt.ItemDataRole.FontRole:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == DISPLAY:
            self._count()
            if col < len(self._cols):
                return number(self._col_total[col])
            return number(sum(self._col_total))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        if section >= len(self._rows):
            if role == DISPLAY:
                return translate("PartnerMatrix", "Aantal rollen")
            return bold() if role == Qt.ItemDataRole.FontRole else None
        stored = self._rows[section]
        row = self._data.rows[stored]
        if role == DISPLAY:
            if not row.id:  # the goals without a theme
                return translate("PartnerMatrix", "Overkoepelende doelen")
            label = row.label
            return label if len(label) <= 64 else label[:62] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if stored in self._no_trekker:
                return row.label + "\n" + translate("PartnerMatrix", "Geen trekker")
            return row.label
        if role == Qt.ItemDataRole.FontRole and row.kind in ("theme", "strategisch"):
            return bold()
        if role == Qt.ItemDataRole.DecorationRole and stored in self._no_trekker:
            return light_icon("rood")
        return None

    def _column_header(self, section: int, role: int) -> Any:
        if section >= len(self._cols):
            if role == DISPLAY:
                return translate("PartnerMatrix", "Totaal")
            return bold() if role == Qt.ItemDataRole.FontRole else None
        column = self._cols[section]
        if column.collapsed:
            name = f"{kind_label(column.kind)} ({number(len(column.members))})"
            if role == DISPLAY:
                return wrap_name(name, 17)
            if role == Qt.ItemDataRole.ToolTipRole:
                members = ", ".join(self._data.orgs[m].name for m in column.members[:40])
                more = len(column.members) - 40
                if more > 0:
                    members += args(translate("PartnerMatrix", " en nog %1"), number(more))
                rule = translate("PartnerMatrix",
                                 "Een rol in deze kolom geldt voor alle %1 organisaties.")
                return f"{name}\n{members}\n" + args(rule, number(len(column.members)))
            return None
        org = self._data.orgs[column.members[0]]
        if role == DISPLAY:
            return wrap_name(org.short_name or org.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            coalition = args(translate("PartnerMatrix", "coalitie: %1"), org.coalition)
            extra = ", ".join(filter(None, (org.kind, org.coalition and coalition)))
            return f"{org.name} ({extra})"
        return None
