"""Benchmark: werkagenda, timeline and matrix each as a whole fresh process, against a fresh
process that builds a bare platypus document of the same page count (the floor of
bench_reports), plus peak memory and how the timeline scales with the number of goals.

Each measurement is a new Python process (imports, font registration, data, layout, PDF/A
save with validation: what the user waits for), timed from outside; peak memory is the
child's ru_maxrss. Goals: ratio <= 1.5x, peak <= 400 MB, timeline time per goal steady
from 1x to 4x goals.
Run: `python -m benchmarks.bench_report_kinds [--samples iza-drenthe,large] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT_CHILD = """
import json, resource, sys
from pathlib import Path
from zorgdesk.reports import build_report
from pypdf import PdfReader
out = build_report(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
print(json.dumps({"pages": len(PdfReader(out).pages),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

FLOOR_CHILD = """
import json, resource, sys
from benchmarks.bench_reports import floor_pdf
_, pages = floor_pdf(int(sys.argv[1]))
print(json.dumps({"pages": pages,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_child(code: str, *args: str) -> tuple[float, dict[str, float]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                           "PYTHONPATH": str(Path(__file__).parent.parent)})
    elapsed = time.perf_counter() - start
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return elapsed, result


def median_child(repeat: int, code: str, *args: str) -> tuple[float, dict[str, float]]:
    runs = [run_child(code, *args) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max((r[1] for r in runs),
                                                       key=lambda x: x["rss_mb"])


def keep_themes(source: Path, target: Path, themes: int) -> int:
    """A copy of `source` with only its first `themes` themes (and their goals)."""
    target.write_bytes(source.read_bytes())
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        ids = [r[0] for r in conn.execute("SELECT id FROM theme ORDER BY position, id")]
        drop = ids[themes:]
        marks = ",".join("?" * len(drop))
        if drop:
            conn.execute(f"DELETE FROM goal WHERE theme_id IN ({marks})", drop)
            conn.execute(f"DELETE FROM theme WHERE id IN ({marks})", drop)
        conn.commit()
        goals = int(conn.execute("SELECT count(*) FROM goal").fetchone()[0])
    finally:
        conn.close()
    return goals


def main(argv: list[str] | None = None) -> int:
    from benchmarks.bench_reports import rows_for_pages
    from zorgdesk.samples import write_sample

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_report_kinds")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--samples", default="iza-drenthe,large")
    parser.add_argument("--kinds", default="werkagenda,timeline,matrix")
    args = parser.parse_args(argv)
    print("whole fresh process: report vs bare platypus of the same page count")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in args.samples.split(","):
            workspace = write_sample(name, folder / f"{name}.zorgdesk")
            for kind in args.kinds.split(","):
                if name != "large" and kind != "werkagenda":
                    continue
                out = folder / f"{name}-{kind}.pdf"
                report_s, rep = median_child(args.repeat, REPORT_CHILD, kind, str(workspace),
                                             str(out))
                rows = rows_for_pages(int(rep["pages"]))
                floor_s, flo = median_child(args.repeat, FLOOR_CHILD, str(rows))
                ratio = report_s / floor_s
                print(f"  {name:11} {kind:10} {int(rep['pages']):5d} pages  "
                      f"report {report_s:6.2f} s {rep['rss_mb']:5.0f} MB  floor {floor_s:6.2f} s "
                      f"{flo['rss_mb']:4.0f} MB ({int(flo['pages'])} p)  ratio {ratio:4.2f}x  "
                      f"{'OK' if ratio <= 1.5 else 'OVER 1.5x'}"
                      f"{'' if rep['rss_mb'] <= 400 else '  OVER 400 MB'}")
            if name == "large" and "timeline" in args.kinds:
                print("  timeline scaling (time per goal should stay flat):")
                base = 0.0
                for themes in (2, 4, 8):
                    part = folder / f"large-{themes}.zorgdesk"
                    goals = keep_themes(workspace, part, themes)
                    secs, rep = median_child(args.repeat, REPORT_CHILD, "timeline", str(part),
                                             str(folder / "t.pdf"))
                    per_goal = secs / goals * 1000
                    base = base or per_goal
                    print(f"    {goals:5d} goals {int(rep['pages']):4d} pages {secs:6.2f} s  "
                          f"{per_goal:5.2f} ms/goal ({per_goal / base:4.2f}x of the 1x run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
