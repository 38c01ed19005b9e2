"""Benchmark: werkagenda, timeline and matrix each as a whole fresh process, against a fresh
process that builds a bare platypus document of the same page count (the floor of
bench_reports), plus peak memory and how the timeline scales with the number of goals.

Each measurement is a new process, timed from outside: the report is `zorgdesk report KIND
FILE --out PDF` as the user runs it (command line, imports, fonts, data, layout, writing the
PDF/A file); peak memory is the child's own ru_maxrss (os.wait4, see MEASURE). Goals: ratio <= 1.5x,
peak <= 400 MB, timeline time per goal steady from 1x to 4x goals.
Run: `python -m benchmarks.bench_report_kinds [--samples iza-drenthe,large] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

FLOOR_CHILD = """
import sys
from benchmarks.bench_reports import floor_pdf
_, pages = floor_pdf(int(sys.argv[1]))
print(pages)
"""


# The child is started by this small process, not by the benchmark itself: a process's peak
# memory (ru_maxrss) counts the memory of the process it was forked from, and the benchmark
# grows to hundreds of MB reading the PDFs back. Started from here, a child's figure is its own.
MEASURE = """
import json, os, subprocess, sys, tempfile, time
with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
    start = time.perf_counter()
    proc = subprocess.Popen(sys.argv[1:], stdout=out, stderr=err)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out.seek(0)
    err.seek(0)
    print(json.dumps({"elapsed": elapsed, "rc": os.waitstatus_to_exitcode(status),
                      "maxrss_kb": usage.ru_maxrss, "out": out.read().decode(),
                      "err": err.read().decode()[-2000:]}))
"""


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Seconds from spawning to exit, the child's peak memory (MB) and its output."""
    import json

    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parent.parent),
           "PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}
    proc = subprocess.Popen([sys.executable, "-c", MEASURE, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"measuring {args[:4]} failed: {err.decode()[-2000:]}")
    result = json.loads(out.decode().strip().splitlines()[-1])
    if result["rc"] != 0:
        raise RuntimeError(f"{args[:4]} failed ({result['rc']}): {result['err']}")
    return float(result["elapsed"]), result["maxrss_kb"] / 1024, str(result["out"])


def report_child(kind: str, workspace: Path, out: Path) -> tuple[float, float]:
    """`zorgdesk report KIND FILE --out PDF` as the user runs it."""
    elapsed, rss, _ = run_child([sys.executable, "-m", "zorgdesk", "report", kind,
                                 str(workspace), "--out", str(out), "--force"])
    return elapsed, rss


def floor_child(rows: int) -> tuple[float, float, int]:
    elapsed, rss, out = run_child([sys.executable, "-c", FLOOR_CHILD, str(rows)])
    return elapsed, rss, int(out.strip().splitlines()[-1])


def median_report(repeat: int, kind: str, workspace: Path, out: Path) -> tuple[float, float]:
    runs = [report_child(kind, workspace, out) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def median_floor(repeat: int, rows: int) -> tuple[float, float, int]:
    runs = [floor_child(rows) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[0][2]


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


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
                report_s, report_mb = median_report(args.repeat, kind, workspace, out)
                pages = page_count(out)
                rows = rows_for_pages(pages)
                floor_s, floor_mb, floor_pages = median_floor(args.repeat, rows)
                ratio = report_s / floor_s
                print(f"  {name:11} {kind:10} {pages:5d} pages  "
                      f"report {report_s:6.2f} s {report_mb:5.0f} MB  floor {floor_s:6.2f} s "
                      f"{floor_mb:4.0f} MB ({floor_pages} p)  ratio {ratio:4.2f}x  "
                      f"{'OK' if ratio <= 1.5 else 'OVER 1.5x'}"
                      f"{'' if report_mb <= 400 else '  OVER 400 MB'}", flush=True)
            if name == "large" and "timeline" in args.kinds:
                print("  timeline scaling (time per goal should stay flat):")
                base = 0.0
                for themes in (2, 4, 8):
                    part = folder / f"large-{themes}.zorgdesk"
                    goals = keep_themes(workspace, part, themes)
                    secs, _ = median_report(args.repeat, "timeline", part, folder / "t.pdf")
                    per_goal = secs / goals * 1000
                    base = base or per_goal
                    pages = page_count(folder / "t.pdf")
                    print(f"    {goals:5d} goals {pages:4d} pages {secs:6.2f} s  "
                          f"{per_goal:5.2f} ms/goal ({per_goal / base:4.2f}x of the 1x run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
