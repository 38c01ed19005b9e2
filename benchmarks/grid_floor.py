"""What the grid benchmarks share: the floor (a plain text-only table model of the same shape
in a QTableView) and the two measurements, first paint and a full-page scroll.

First paint runs from constructing the widget to a synchronous `grab()` of it; a page scroll
moves the vertical scroll bar one page and repaints the viewport synchronously. Both are
medians of alternating runs, so that machine noise hits the page and the floor alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class PlainModel(QAbstractTableModel):
    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"rij {section}" if orientation == Qt.Orientation.Vertical else str(section)
        return None


def floor_widget(rows: int, columns: int, sizes: tuple[int, int, int]) -> QTableView:
    """The floor view, with the same row height, column width and row-label width."""
    view = QTableView()
    view.setModel(PlainModel(rows, columns))
    row_height, column_width, label_width = sizes
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setDefaultSectionSize(column_width)
    view.verticalHeader().setFixedWidth(label_width)
    return view


def settle() -> None:
    """Run what is pending (timers a page queued for when idle, deferred deletes) before a
    measurement, so that it is not charged to whatever is measured next."""
    for _ in range(3):
        QApplication.processEvents()


def first_paint(make: Callable[[], QWidget]) -> tuple[float, QWidget]:
    app = QApplication.instance()
    settle()
    start = time.perf_counter()
    widget = make()
    widget.resize(1366, 800)
    widget.show()
    app.processEvents()  # type: ignore[union-attr]
    widget.grab()
    return (time.perf_counter() - start) * 1000, widget


def page_scroll(view: QAbstractScrollArea, pages: int = 20) -> float:
    bar = view.verticalScrollBar()
    bar.setValue(0)
    settle()
    times = []
    for _ in range(pages):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def compare(name: str, make_page: Callable[[], QWidget],
            view_of: Callable[[QWidget], QTableView], runs: int = 5) -> None:
    """Print first paint and page scroll of the page against the floor, with ratios."""
    paint: dict[str, list[float]] = {"page": [], "floor": []}
    scroll: dict[str, list[float]] = {"page": [], "floor": []}
    for _ in range(runs):
        elapsed, page = first_paint(make_page)
        paint["page"].append(elapsed)
        scroll["page"].append(page_scroll(view_of(page)))
        view = view_of(page)
        model = view.model()
        rows, columns = model.rowCount(), model.columnCount()
        sizes = (view.verticalHeader().defaultSectionSize(),
                 view.horizontalHeader().defaultSectionSize(), view.verticalHeader().width())
        page.close()
        page.deleteLater()
        elapsed, floor = first_paint(partial(floor_widget, rows, columns, sizes))
        paint["floor"].append(elapsed)
        scroll["floor"].append(page_scroll(floor))  # type: ignore[arg-type]
        floor.close()
        floor.deleteLater()
        QApplication.processEvents()
    print(f"{name}: {rows} rows x {columns} columns, median of {runs}")
    for label, values in (("first paint", paint), ("page scroll", scroll)):
        page_ms = statistics.median(values["page"])
        floor_ms = statistics.median(values["floor"])
        print(f"  {label:<12} page {page_ms:7.1f} ms   floor {floor_ms:7.1f} ms   "
              f"ratio {page_ms / floor_ms:4.2f}x")
