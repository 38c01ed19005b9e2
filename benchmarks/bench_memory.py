"""Peak memory of the app on `large`, per page and with every page visited: goal < 150 MiB.

Each measurement is a fresh process (offscreen) that opens the sample in the main window,
shows the page(s), goes through every tab of a page, scrolls every list and grid of it to
the end (so that what a grid reads per screen is read whole) and paints after each step;
it then reports its peak resident set (VmHWM, the operating system's own high-water mark, so
also what Qt and SQLite hold outside Python). The floor is a bare QMainWindow
painted once in the same way.

    .venv/bin/python -m benchmarks memory      (or ./zd bench memory)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import FLOOR

GOAL_MIB = 150
PAGES = ("overview", "goals", "timeline", "partners", "meetings", "reports")

# VmHWM, the high-water mark of this process image; not ru_maxrss, which on Linux keeps the
# size the process had before exec (here: the benchmark's own, with the sample it wrote).
PEAK = """
def peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024  # macOS: bytes
"""

CHILD = PEAK + """
import sys
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget
from zorgdesk.app import open_workspace
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.style import STYLE_SHEET
from zorgdesk.ui.main_window import MainWindow

app = QApplication([])
app.setStyleSheet(STYLE_SHEET)
ctx = WorkspaceContext()
window = MainWindow(ctx, open_workspace)
ctx.set_store(open_workspace(sys.argv[1], interactive=False))
window.resize(1366, 768)
window.show()


def settle():
    for _ in range(3):
        app.processEvents()
    window.grab()


def to_the_end(page):
    for view in page.findChildren(QAbstractItemView):
        if view.isVisible():
            for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
                bar.setValue(bar.maximum())
    settle()


for key in sys.argv[2].split(","):
    page = window.show_page(key)
    settle()
    to_the_end(page)
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            to_the_end(page)
window.close()
ctx.set_store(None)
print(f"peak {peak()}", flush=True)
"""


def peak_mib(args: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout
    return float(out.split("peak ")[-1].split()[0])


def floor_mib(env: dict[str, str]) -> float:
    code = FLOOR + PEAK + "print(f'peak {peak()}')\n"
    return peak_mib([sys.executable, "-c", code], env)


def main(argv: list[str] | None = None) -> None:
    if sys.platform == "win32":
        print("bench_memory: needs the resource module (Linux, macOS); skipped")
        return
    from zorgdesk.samples import write_sample

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "ZORGDESK_HOME": str(Path(tmp) / "home"), "QT_LOGGING_RULES": "qt.qpa.*=false"}
        path = write_sample("large", Path(tmp) / "large.zorgdesk")
        print(f"peak resident memory (VmHWM), fresh process each; goal < {GOAL_MIB} MiB")
        print(f"  floor (bare QMainWindow)   {floor_mib(env):6.1f} MiB")
        worst = 0.0
        for pages in (*((p,) for p in PAGES), PAGES):
            args = [sys.executable, "-c", CHILD, str(path), ",".join(pages)]
            peak = peak_mib(args, env)
            worst = max(worst, peak)
            label = "every page, one after another" if len(pages) > 1 else pages[0]
            print(f"  {label:<30} {peak:6.1f} MiB")
        print(f"  highest {worst:.1f} MiB: {'within' if worst < GOAL_MIB else 'ABOVE'} the goal")


if __name__ == "__main__":
    main()
