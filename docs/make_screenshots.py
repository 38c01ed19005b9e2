"""Render every page of the main window on a workspace to PNG (offscreen), for the user guide.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py FILE OUTDIR [PREFIX]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_a_report(app: object, page: object) -> None:
    """Make the werkagenda report so the screenshot shows its preview, as a user would see it."""
    import time

    page.make_report()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and (page.busy or page.preview.count() < 4):  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from zorgdesk.app import install_language, open_workspace
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.main_window import PAGES, MainWindow
    from zorgdesk.ui.kit.style import STYLE_SHEET

    file, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    prefix = sys.argv[3] if len(sys.argv) > 3 else file.stem
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    install_language(app, "nl")
    app.setStyleSheet(STYLE_SHEET)
    ctx = WorkspaceContext()
    window = MainWindow(ctx, open_workspace)
    ctx.set_store(open_workspace(file))
    window.resize(1366, 820)
    window.show()
    for key, _label in PAGES:
        page = window.show_page(key)
        app.processEvents()
        if key == "reports":
            show_a_report(app, page)
        target = outdir / f"{prefix}-{key}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
