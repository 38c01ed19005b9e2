"""The long grids of the timeline and matrix reports: what they cost, not how they look.

The layout itself is checked by the report tests that read the PDFs back; here the two
things that made `large` slow and big: a text object per empty cell, and a per-cell style
object of every page's table held until the file was written."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Table

from zorgdesk.reports.common import (
    FONT,
    LANDSCAPE_HEIGHT,
    PageInfo,
    Paragraph,
    chunked_tables,
    make_styles,
    render,
)


def grid(rows: int) -> tuple[list[Any], list[list[Any]]]:
    s = make_styles()
    data: list[list[Any]] = [["Doel", "Q1", "Q2", "Q3", "Q4"]]
    for n in range(rows):
        data.append([Paragraph(f"Doel nummer {n}", s.grid_label), "", "\u25c6", "", ""])
    style: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT),
                                    ("BACKGROUND", (1, 5), (1, 5), "#A7CDD3")]
    story = chunked_tables(data, style, [200.0, 40.0, 40.0, 40.0, 40.0], header_rows=1,
                           page_room=LANDSCAPE_HEIGHT)
    return story, data


def content_streams(pdf: bytes) -> bytes:
    from io import BytesIO

    from pypdf import PdfReader

    out = b""
    for page in PdfReader(BytesIO(pdf)).pages:
        contents = page.get_contents()
        assert contents is not None
        out += contents.get_data()
    return out


def info() -> PageInfo:
    return PageInfo("Proef", "Tijdlijn", "", date(2026, 11, 29), False)


def test_empty_cells_write_no_text_and_full_cells_do() -> None:
    story, _ = grid(120)
    pdf = render(story, info(), subject="proef", landscape_first=True)
    streams = content_streams(pdf)
    assert streams.count(b"Tj") >= 120 * 2  # every label and every diamond is written
    # One text object per label and diamond plus headers and page furniture (~80); the
    # three empty cells of every row (360 in all) add none.
    assert streams.count(b"BT") < 120 * 2 + 120


def test_grid_pages_let_go_of_their_tables_once_drawn() -> None:
    story, _ = grid(400)
    assert len(story) > 3  # several pages
    render(story, info(), subject="proef", landscape_first=True)
    held = [f for f in story if isinstance(f, Table) or getattr(f, "_table", None) is not None]
    assert held == []
