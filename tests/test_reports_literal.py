"""Reports print what the workspace holds, exactly as typed: angle brackets in titles and notes
are text, not tags; only a goal text's own formatting (bold, italic, bullets) is rendered."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from tests.helpers import make_small_workspace
from zorgdesk.models import Goal, StatusUpdate
from zorgdesk.reports import ReportOptions, build_report
from zorgdesk.store import open_store


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def fonts_with(path: Path, needle: str) -> set[str]:
    """The fonts that draw text containing `needle` (to see what is bold)."""
    found: set[str] = set()
    for page in PdfReader(path).pages:
        def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
            if needle in text and isinstance(font, dict):
                found.add(str(font.get("/BaseFont")))
        page.extract_text(visitor_text=visit)
    return found


def test_user_text_is_printed_literally_and_goal_formatting_rendered(tmp_path: Path) -> None:
    path = make_small_workspace(tmp_path / "regio.zorgdesk")
    with open_store(path) as store, store.transaction() as s:
        a = s.scalars(select(Goal).where(Goal.code == "2.1.1.A")).one()
        a.title = "GGZ <ketenaanpak> in <Twente>"
        a.text = ("<p>Met <b>Vetgedrukt</b> en <i>schuin</i> &amp; meer.</p>"
                  "<ul><li>Eerste punt</li><li>Tweede punt</li></ul>")
        b = s.scalars(select(Goal).where(Goal.code == "2.1.1.B")).one()
        b.text = "Plain met <b>niet vet</b> & 3 < 4"
        update = s.scalars(select(StatusUpdate)).first()
        assert update is not None
        update.results = "Resultaat <Emmen>"
    out = build_report("werkagenda", path, tmp_path / "w.pdf", ReportOptions())
    text = text_of(out)
    assert "GGZ <ketenaanpak> in <Twente>" in text
    assert "Plain met <b>niet vet</b> & 3 < 4" in text
    assert "Met Vetgedrukt en schuin & meer." in text
    assert "\u2022 Eerste punt" in text and "\u2022 Tweede punt" in text
    assert "<p>" not in text and "<ul>" not in text and "&amp;" not in text
    assert any("Bold" in font for font in fonts_with(out, "Vetgedrukt"))
    assert not any("Bold" in font for font in fonts_with(out, "niet vet"))
    progress = text_of(build_report("progress", path, tmp_path / "p.pdf",
                                    ReportOptions(public=True)))
    assert "Resultaat <Emmen>" in progress and "GGZ <ketenaanpak>" in progress
