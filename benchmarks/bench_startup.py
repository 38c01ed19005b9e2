"""Start-up to first paint: `zorgdesk --smoke` on iza-drenthe and large against a floor.

The floor is a bare PySide6 QMainWindow painted once in a fresh process. Every run is timed the
same way from outside: from spawning the process to reading its "first paint" line. Runs of the
floor and the app alternate so that machine noise hits both alike. Prints medians and ratios.

    .venv/bin/python -m benchmarks startup      (or ./zd bench startup)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("ZORGDESK_BENCH_RUNS", "9"))

FLOOR = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print("first paint", flush=True)
"""


def time_to_first_paint(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"geen 'first paint' van {args}")
    proc.wait()
    if proc.returncode != 0:
        raise RuntimeError(f"{args} eindigde met {proc.returncode}")
    return elapsed * 1000


def measure(cases: dict[str, list[str]], env: dict[str, str]) -> dict[str, float]:
    """Median first-paint time of the floor and of each case, runs alternating, after one
    warm-up of each so the disk cache is equally warm for all."""
    floor_cmd = [sys.executable, "-c", FLOOR]
    time_to_first_paint(floor_cmd, env)
    for cmd in cases.values():
        time_to_first_paint(cmd, env)
    samples: dict[str, list[float]] = {"floor": [], **{name: [] for name in cases}}
    for _ in range(RUNS):
        samples["floor"].append(time_to_first_paint(floor_cmd, env))
        for name, cmd in cases.items():
            samples[name].append(time_to_first_paint(cmd, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> None:
    from zorgdesk.samples import write_sample

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZORGDESK_HOME": str(home),
               "QT_LOGGING_RULES": "qt.qpa.*=false"}
        files = {name: write_sample(name, Path(tmp) / f"{name}.zorgdesk")
                 for name in ("iza-drenthe", "large")}
        cases = {name: [sys.executable, "-m", "zorgdesk", "--smoke", str(path)]
                 for name, path in files.items()}
        medians = measure(cases, env)
    print(f"runs per case: {RUNS}; time from spawn to first paint (median)")
    print(f"  floor (bare QMainWindow)        {medians['floor']:7.0f} ms")
    for name in cases:
        value = medians[name]
        ratio = value / medians["floor"]
        print(f"  zorgdesk --smoke {name:<14} {value:7.0f} ms   ratio {ratio:4.2f}x")


if __name__ == "__main__":
    main()
