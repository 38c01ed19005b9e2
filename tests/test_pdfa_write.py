"""Writing a report of our own pages as PDF/A: the structural check at write time approves
what the full validator approves, and still refuses what is not PDF/A."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pikepdf

from zorgdesk.reports.common import PageInfo, Paragraph, make_styles, render
from zorgdesk.reports.pdfa import _clean, _save_checking_structure, validate, write_pdfa


def own_report() -> bytes:
    s = make_styles()
    story = [Paragraph(f"Doel {n}: passende zorg dichtbij huis \u25c6 \u2192", s.body)
             for n in range(200)]
    return render(story, PageInfo("Proef", "Werkagenda", "", date(2026, 11, 29), False),
                  subject="proef")


def helvetica_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)  # Helvetica, not embedded: cannot be PDF/A
    canvas.drawString(72, 700, "Begroting 2025")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write(data: bytes, target: Path) -> bool:
    return write_pdfa(data, target, title="Proef", author="Proef", subject="proef",
                      own_content=True).passed


def test_own_pages_pass_the_structural_check_and_the_full_validator(tmp_path: Path) -> None:
    target = tmp_path / "eigen.pdf"
    assert write(own_report(), target)
    full = validate(target)
    assert full.passed, full.problems
    with pikepdf.open(target) as pdf, pdf.open_metadata() as meta:
        assert meta.pdfa_status == "2B"
        assert len(pdf.Root.OutputIntents) == 1


def test_the_structural_check_is_what_runs(tmp_path: Path) -> None:
    """Not a silent fall-back to the full save: pikepdf's validator still has its parts."""
    with pikepdf.open(BytesIO(own_report())) as pdf:
        _clean(pdf)
        assert _save_checking_structure(pdf, tmp_path / "eigen.pdf")
    assert validate(tmp_path / "eigen.pdf").passed


def test_a_font_that_is_not_embedded_is_still_refused(tmp_path: Path) -> None:
    target = tmp_path / "helvetica.pdf"
    assert not write(helvetica_pdf(), target)
    assert target.exists()  # written as a plain PDF
    with pikepdf.open(target) as pdf, pdf.open_metadata() as meta:
        assert "pdfaid:part" not in meta
    assert not validate(target).passed
