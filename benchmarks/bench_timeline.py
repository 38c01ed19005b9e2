"""Benchmark: the Tijdlijn page on the `large` sample (2,000 goals, 10,000 milestones).

First paint of the page (read, build the grid, paint) and a full-page scroll, each against a
plain text-only QAbstractTableModel of the same rows x columns in a QTableView, in the same
run (benchmarks/grid_floor.py). Goal: within 3x. Run: `python -m benchmarks timeline`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.grid_floor import compare
    from zorgdesk.samples import write_sample
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.timeline.page import TimelinePage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = write_sample("large", Path(tmp) / "large.zorgdesk")
        ctx = WorkspaceContext()
        ctx.set_store(open_store(path))

        def make() -> TimelinePage:
            return TimelinePage(ctx)

        compare("Tijdlijn (large)", make, lambda page: page.view)  # type: ignore[attr-defined]
        ctx.set_store(None)
    del app


if __name__ == "__main__":
    main()
