"""Our own pages are PDF/A-2b as reportlab writes them (reports/archive.py): the full
validator approves them as they come out of render(), their XMP repeats their Info; a PDF
with foreign pages goes through pikepdf, and is still refused when it cannot conform."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pikepdf

from zorgdesk.reports.common import PageInfo, Paragraph, make_styles, render
from zorgdesk.reports.pdfa import validate, write_pdfa


def own_report(title: str = "Werkagenda", workspace: str = "Proef") -> bytes:
    s = make_styles()
    story = [Paragraph(f"Doel {n}: passende zorg dichtbij huis \u25c6 \u2192", s.body)
             for n in range(200)]
    return render(story, PageInfo(workspace, title, "", date(2026, 11, 29), False),
                  subject="proef", keywords="doelen, jaargrid")


def helvetica_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)  # Helvetica, not embedded: cannot be PDF/A
    canvas.drawString(72, 700, "Begroting 2025")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write(data: bytes, target: Path) -> bool:
    return write_pdfa(data, target, title="Proef", author="Proef", subject="proef").passed


def test_own_pages_are_pdfa_as_written(tmp_path: Path) -> None:
    target = tmp_path / "eigen.pdf"
    target.write_bytes(own_report())
    full = validate(target)
    assert full.passed, full.problems
    with pikepdf.open(target) as pdf, pdf.open_metadata() as meta:
        assert meta.pdfa_status == "2B"
        assert len(pdf.Root.OutputIntents) == 1
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        assert str(pdf.Root.Lang) == "nl-NL"
        assert all("/Trans" not in page.obj for page in pdf.pages)
        assert str(meta["dc:title"]) == str(pdf.docinfo.Title) == "Werkagenda - Proef"
        assert str(meta["pdf:Producer"]) == str(pdf.docinfo.Producer)
        assert str(meta["pdf:Keywords"]) == str(pdf.docinfo.Keywords) == "doelen, jaargrid"


def test_a_title_with_markup_and_accents_stays_in_step(tmp_path: Path) -> None:
    """The XMP packet is XML: `&`, `<` and accents must come out as the Info has them."""
    target = tmp_path / "tekens.pdf"
    target.write_bytes(own_report("Cliënt & <zorg> \u2018dichtbij\u2019", "Één regio"))
    assert validate(target).passed
    with pikepdf.open(target) as pdf, pdf.open_metadata() as meta:
        assert str(meta["dc:title"]) == str(pdf.docinfo.Title)
        assert str(pdf.docinfo.Title) == "Cliënt & <zorg> \u2018dichtbij\u2019 - Één regio"
        assert list(meta["dc:creator"]) == [str(pdf.docinfo.Author)] == ["Één regio"]


def test_foreign_pages_go_through_pikepdf_and_pass(tmp_path: Path) -> None:
    target = tmp_path / "samengevoegd.pdf"
    assert write(own_report(), target)
    assert validate(target).passed


def test_a_font_that_is_not_embedded_is_still_refused(tmp_path: Path) -> None:
    target = tmp_path / "helvetica.pdf"
    assert not write(helvetica_pdf(), target)
    assert target.exists()  # written as a plain PDF
    with pikepdf.open(target) as pdf, pdf.open_metadata() as meta:
        assert "pdfaid:part" not in meta
    assert not validate(target).passed
