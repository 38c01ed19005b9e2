"""The partner matrix on `large` (2,000 goals x 300 organisations) against a plain floor.

The floor is a text-only QAbstractTableModel of the same shape (goal and theme rows plus a
totals row, organisations plus a totals column) in a QTableView with the same fixed section
sizes and window size. Both run in this process, alternating, so machine noise hits both:

  first paint  construct (the panel also reads the workspace) + show + paint, median of runs
  scroll       one viewport down (then right) and a synchronous repaint, median per step

    .venv/bin/python -m benchmarks matrix      (or ./zd bench matrix)
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RUNS = int(os.environ.get("ZORGDESK_BENCH_RUNS", "5"))
STEPS = 12
SIZE = (1400, 850)


def large_sample() -> Path:
    """Written once and kept in the temp folder: only read here, so it can be shared."""
    from zorgdesk.samples import write_sample

    path = Path(tempfile.gettempdir()) / "zorgdesk-bench" / "matrix-large.zorgdesk"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_sample("large", path)
    return path


def floor_widget(rows: int, cols: int) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QHeaderView, QTableView

    from zorgdesk.ui.partners.matrix_view import CELL_WIDTH, ROW_HEIGHT, TITLE_WIDTH

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else cols

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return "T" if role == Qt.ItemDataRole.DisplayRole else None

        def headerData(self, section: int, orientation: Qt.Orientation,
                       role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return str(section) if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view.setModel(Plain(view))
    for header, size in ((view.horizontalHeader(), CELL_WIDTH),
                         (view.verticalHeader(), ROW_HEIGHT)):
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(size)
    view.verticalHeader().setFixedWidth(TITLE_WIDTH)
    return view


def first_paint(make: Callable[[], Any]) -> tuple[float, Any]:
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    widget = make()
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab()
    return (time.perf_counter() - start) * 1000, widget


def scroll_steps(view: Any) -> list[float]:
    """Milliseconds per page scrolled: down STEPS times, then right STEPS times."""
    times = []
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        bar.setValue(0)
        for _ in range(STEPS):
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            view.horizontalHeader().viewport().repaint()
            view.verticalHeader().viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from zorgdesk.services.partners.matrix import load_matrix
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.kit.style import STYLE_SHEET
    from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)  # type: ignore[attr-defined]
    ctx = WorkspaceContext()
    ctx.set_store(open_store(large_sample()))
    data = load_matrix(ctx.store)
    rows, cols = len(data.rows) + 1, len(data.orgs) + 1

    def panel() -> Any:
        return PartnerMatrixPanel(ctx)

    def floor() -> Any:
        return floor_widget(rows, cols)

    paint: dict[str, list[float]] = {"floor": [], "matrix": []}
    scroll: dict[str, list[float]] = {"floor": [], "matrix": []}
    first_paint(floor)[1].close()  # warm-up: fonts, style, disk cache
    first_paint(panel)[1].close()
    for _ in range(RUNS):
        for name, make in (("floor", floor), ("matrix", panel)):
            elapsed, widget = first_paint(make)
            paint[name].append(elapsed)
            view = widget if name == "floor" else widget.view
            scroll[name].extend(scroll_steps(view))
            widget.close()
            widget.deleteLater()
            app.processEvents()
    ctx.set_store(None)
    print(f"large: {rows - 1} rows (goals and themes) x {cols - 1} organisations, "
          f"{len(data.cells)} roles; {RUNS} runs, {2 * STEPS} page scrolls per run (median)")
    for label, values in (("first paint", paint), ("page scroll", scroll)):
        floor_ms = statistics.median(values["floor"])
        ours = statistics.median(values["matrix"])
        print(f"  {label:<12} floor {floor_ms:7.1f} ms   matrix {ours:7.1f} ms   "
              f"ratio {ours / floor_ms:4.2f}x")


if __name__ == "__main__":
    main()
