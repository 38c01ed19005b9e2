"""Structure of real reports: repeated table headers, nested bookmarks, landscape grids,
foreign attachments, and the reports package staying free of Qt."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from zorgdesk.reports import ReportOptions, build_report


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_werkagenda_repeats_grid_header_and_nests_bookmarks(sample_files: dict[str, Path],
                                                            tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = build_report("werkagenda", sample_files["iza-drenthe"], tmp_path / "w.pdf")
    texts = page_texts(out)
    assert len(texts) > 20
    with_header = [t for t in texts if re.search(r"Nummer Doel 2024 2025 2026 2027 >", t)]
    assert len(with_header) > len(texts) // 2  # every page of a grid starts with its header
    outline = PdfReader(out).outline
    assert any(isinstance(item, list) for item in outline), "themes hold their goals"
    assert "2.1.1" in " ".join(texts)


def test_timeline_and_matrix_are_landscape_vector_grids(sample_files: dict[str, Path],
                                                        tmp_path: Path) -> None:
    from pypdf import PdfReader

    for kind in ("timeline", "matrix"):
        out = build_report(kind, sample_files["noord-limburg"], tmp_path / f"{kind}.pdf")
        reader = PdfReader(out)
        for page in reader.pages:
            assert float(page.mediabox.width) > float(page.mediabox.height)
            resources = page.get("/Resources") or {}
            xobjects = resources.get("/XObject") or {}
            kinds = {str(x.get_object().get("/Subtype")) for x in xobjects.values()}
            assert kinds <= {"/Form"}, "grids are drawn, not pasted as images"
    texts = page_texts(tmp_path / "timeline.pdf")
    assert all("Q1 Q2 Q3 Q4" in t for t in texts[1:] if "mijlpaal" in t)


def helvetica_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)  # Helvetica, not embedded: cannot be PDF/A
    canvas.drawString(72, 700, "Begroting 2025")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_foreign_attachment_is_merged_and_reported(sample_copy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from zorgdesk.models import AgendaItem, Attachment, Meeting
    from zorgdesk.store import open_store

    path = sample_copy("noord-limburg")
    store = open_store(path)
    with store.transaction() as s:
        meeting = s.query(Meeting).order_by(Meeting.starts_at).first()
        assert meeting is not None
        item = AgendaItem(meeting_id=meeting.id, position=0, title="Begroting",
                          minutes_allotted=15)
        s.add(item)
        s.flush()
        data = helvetica_pdf()
        s.add(Attachment(agenda_item_id=item.id, filename="begroting.pdf",
                         mime_type="application/pdf", size_bytes=len(data), sha256="0" * 64,
                         content=data))
        s.add(Attachment(agenda_item_id=item.id, filename="foto.jpg", mime_type="image/jpeg",
                         size_bytes=3, sha256="1" * 64, content=b"abc"))
        day = meeting.starts_at.date()
        body = meeting.body.abbreviation or meeting.body.name
    store.close()
    options = ReportOptions(meeting=(body, day), made_on=date(2022, 1, 1))
    out = build_report("meeting-pack", path, tmp_path / "pack.pdf", options)
    texts = page_texts(out)
    assert "Begroting 2025" in texts[-1]
    assert "Bijlage bij agendapunt 1: Begroting" in texts[-1]
    assert f"pagina {len(texts)} van {len(texts)}" in texts[-1]
    assert "geen PDF; niet samengevoegd" in " ".join(texts)
    assert options.warnings and "niet als archief-PDF (PDF/A)" in options.warnings[0]
    assert "\u201cbegroting.pdf\u201d" in options.warnings[0]
    assert "ISO" not in options.warnings[0] and "6.2" not in options.warnings[0]
    import pikepdf

    with pikepdf.open(out) as pdf, pdf.open_metadata() as meta:
        assert "pdfaid:part" not in meta, "a file that failed the check must not claim PDF/A"
    assert len(PdfReader(out).pages) == len(texts)


def test_reports_package_never_imports_qt() -> None:
    folder = Path(__file__).resolve().parent.parent / "zorgdesk" / "reports"
    for source in folder.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "PySide6" not in text, source.name


@pytest.mark.parametrize("public", [False, True])
def test_progress_since_lists_light_changes(sample_files: dict[str, Path], tmp_path: Path,
                                           public: bool) -> None:
    out = build_report("progress", sample_files["noord-limburg"], tmp_path / "p.pdf",
                       ReportOptions(public=public, since=date(2021, 1, 1),
                                     made_on=date(2030, 1, 1)))
    text = " ".join(page_texts(out))
    assert "Wat is er veranderd sinds" in text
    assert "Overzicht van de verkeerslichten" in text


def test_matrix_grid_fills_its_first_page_and_repeats_its_header(
        sample_copy: Callable[[str], Path], tmp_path: Path) -> None:
    """The grid starts under the title, not on the next page; every page of it repeats the
    header; every goal with a partner role is a row, also one without a title (its code)."""
    import sqlite3

    path = sample_copy("iza-drenthe")
    with sqlite3.connect(path) as conn:
        with_roles = {str(code) for (code,) in conn.execute(
            "SELECT DISTINCT g.code FROM goal g JOIN role r ON r.goal_id = g.id "
            "WHERE r.organisation_id IS NOT NULL")}
        untitled = {str(code) for (code,) in conn.execute(
            "SELECT code FROM goal WHERE title = ''")}
    assert untitled & with_roles  # the sample has goals without a title that have roles
    texts = page_texts(build_report("matrix", path, tmp_path / "m.pdf"))
    grid = [t for t in texts if "Doel " in t and "GGZ (" in t]
    assert texts[0] in grid and "2.1.1.B" in texts[0]
    assert len(grid) >= 3
    shown = {code for t in grid for code in re.findall(r"\b\d+\.\d+\.\d+(?:\.[A-Z])?\b", t)}
    assert with_roles <= shown
