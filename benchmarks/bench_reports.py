"""Benchmark: the `werkagenda` report against the raw reportlab platypus floor.

For each sample (iza-drenthe, large) the whole report is made (open, read, lay out, PDF/A-2b
save with pikepdf's validation) and timed; in the same run a bare platypus document of the
same page count is built: one long table of wrapped Paragraphs in the same embedded font,
with a repeated header row, no data access, no header/footer, no PDF/A. The goal is a ratio
within 2x. Run: `python -m benchmarks.bench_reports [--repeat N] [--samples a,b]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path

LOREM = (
    "In 2027 werken zorgaanbieders, gemeenten en de zorgverzekeraar in de regio samen aan "
    "passende zorg dichtbij huis; inwoners weten waar zij terechtkunnen en mantelzorgers "
    "worden ondersteund. Dit doel hangt samen met de andere doelen onder dit strategisch doel."
)


def floor_pdf(rows: int) -> tuple[bytes, int]:
    """A bare platypus document: `rows` wrapped Paragraph rows in tables of 40 rows (cheaper
    to split than one long table, so the stricter floor)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from zorgdesk.reports.common import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("floor", fontName=FONT, fontSize=8.5, leading=11)
    story = []
    for first in range(0, rows, 40):
        data: list[list[object]] = [["Nummer", "Doel", "2024", "2025", "2026", "2027"]]
        for n in range(first, min(rows, first + 40)):
            data.append([f"{n // 100}.{n % 100}", Paragraph(LOREM, style), "x", "", "x", ""])
        table = Table(data, colWidths=[50, 300, 40, 40, 40, 40], repeatRows=1)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story.append(table)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=FONT)
    doc.build(story)
    return buffer.getvalue(), doc.page


def rows_for_pages(pages: int) -> int:
    """Rows of the floor table that fill `pages` pages."""
    _, trial_pages = floor_pdf(200)
    rows = max(1, round(200 * pages / trial_pages))
    for _ in range(4):
        _, got = floor_pdf(rows)
        if got == pages:
            break
        rows = max(1, round(rows * pages / got))
    return rows


def median_time(func: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    from pypdf import PdfReader

    from zorgdesk.reports import build_report
    from zorgdesk.samples import write_sample

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_reports")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--samples", default="iza-drenthe,large")
    args = parser.parse_args(argv)
    print("werkagenda (whole report: read + layout + PDF/A) vs raw platypus floor, "
          f"median of {args.repeat}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in args.samples.split(","):
            workspace = write_sample(name, folder / f"{name}.zorgdesk")
            out = folder / f"{name}.pdf"
            build_report("werkagenda", workspace, out)  # warm caches (fonts, imports)
            pages = len(PdfReader(out).pages)
            report_s = median_time(lambda w=workspace, o=out: build_report("werkagenda", w, o),
                                   args.repeat)
            rows = rows_for_pages(pages)
            floor_s = median_time(lambda r=rows: floor_pdf(r), args.repeat)
            _, floor_pages = floor_pdf(rows)
            ratio = report_s / floor_s
            worst = max(worst, ratio)
            print(f"  {name:12} {pages:5d} pages  report {report_s:7.2f} s  "
                  f"floor {floor_s:7.2f} s ({floor_pages} pages)  ratio {ratio:4.2f}x  "
                  f"{'OK' if ratio <= 2 else 'OVER 2x'}")
    print(f"worst ratio {worst:.2f}x (goal: within 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
