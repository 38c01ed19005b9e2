"""Benchmark: `zorgdesk report werkagenda` of the IZA sample against LibreOffice turning the
same goals, as a Word document, into a PDF.

The Word file is written with python-docx from the same plan the report prints (themes as
headings, per theme a table of number, goal (title, text, project card, milestones) and the
year grid); LibreOffice converts it with `soffice --headless --convert-to pdf`, which is what a
secretary's "open in Word, save as PDF" costs at its cheapest. Both are whole fresh processes
timed from outside; LibreOffice gets one untimed run first so its profile exists. Goal: the
report takes at most half LibreOffice's time. Without soffice the comparison is skipped.
Run: `python -m benchmarks.bench_libreoffice [--repeat N]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_docx(workspace: Path, target: Path) -> None:
    """The werkagenda's goals as a Word document (python-docx)."""
    from docx import Document
    from docx.shared import Pt

    from zorgdesk.reports.common import plain
    from zorgdesk.services.goals.plan import load_plan, year_columns
    from zorgdesk.services.workspace.privacy_filter import Privacy
    from zorgdesk.store import open_store

    store = open_store(workspace, readonly=True)
    try:
        plan = load_plan(store, Privacy(store, False))
    finally:
        store.close()
    columns = year_columns(plan)
    doc = Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(8.5)
    doc.add_heading(f"Werkagenda {plan.workspace.name}", 0)
    for theme in plan.themes:
        doc.add_heading(theme.label, 1)
        if theme.description:
            doc.add_paragraph(plain(theme.description))
        table = doc.add_table(rows=1, cols=2 + len(columns))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, ["Nummer", "Doel", *(c.label for c in columns)],
                               strict=True):
            cell.text = label
        for goal in theme.all_goals():
            cells = table.add_row().cells
            cells[0].text = goal.code or ""
            cell = cells[1]
            cell.paragraphs[0].add_run(plain(goal.title)).bold = True
            for line in plain(goal.text).splitlines():
                cell.add_paragraph(line)
            for label, value in goal.card:
                cell.add_paragraph(f"{label}: {plain(value)}")
            if goal.milestones:
                cell.add_paragraph("Mijlpalen: " + "; ".join(
                    f"{plain(m.title)} ({m.due_label})" for m in goal.milestones))
            for i, column in enumerate(columns):
                marked = any(column.holds(y) for y in goal.year_marks)
                cells[2 + i].text = "\u25a0" if marked else ""
    doc.save(str(target))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=600)
    return time.perf_counter() - start


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main(argv: list[str] | None = None) -> int:
    from zorgdesk.samples import write_sample

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_libreoffice")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed: the Word comparison is skipped.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "ZORGDESK_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT)}
        workspace = write_sample("iza-drenthe", folder / "iza.zorgdesk")
        word = folder / "werkagenda.docx"
        write_docx(workspace, word)
        office = [soffice, f"-env:UserInstallation=file://{folder / 'lo-profile'}",
                  "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"),
                  str(word)]
        ours = [sys.executable, "-m", "zorgdesk", "report", "werkagenda", str(workspace),
                "--out", str(folder / "zd.pdf"), "--force"]
        timed(office, env)  # LibreOffice's first start makes its profile: not timed
        if not (folder / "lo" / "werkagenda.pdf").exists():
            print("LibreOffice could not open the Word file (is Writer installed? e.g. "
                  "libreoffice-writer-nogui): the Word comparison is skipped.")
            return 0
        timed(ours, env)  # and ours fills the font cache
        office_s = statistics.median(timed(office, env) for _ in range(args.repeat))
        ours_s = statistics.median(timed(ours, env) for _ in range(args.repeat))
        ratio = ours_s / office_s
        print("IZA werkagenda, whole processes, median of", args.repeat)
        print(f"  zorgdesk report  {ours_s:6.2f} s  {pages(folder / 'zd.pdf'):4d} pages (PDF/A)")
        print(f"  LibreOffice docx {office_s:6.2f} s  "
              f"{pages(folder / 'lo' / 'werkagenda.pdf'):4d} pages")
        print(f"  ratio {ratio:4.2f}x of LibreOffice  "
              f"{'OK' if ratio <= 0.5 else 'OVER 0.5x'} (goal: at most half)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
