"""Every report in English: the fixed texts, dates and service words in English, the PDF says
en-GB and still passes the PDF/A check; from the CLI (--lang en) and the Rapporten page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.test_reports_build import build_small, check_pdfa_structure, options, text_of
from zorgdesk.reports import REPORTS, ReportOptions, build_report
from zorgdesk.reports.language import language

# Headings and labels each English report must carry.
ENGLISH = {
    "agenda": ["Date and time", "Subject", "Presenter", "Invited", "discussion",
               "Friday 14 March 2025, 14:00\u201316:00", "CONFIDENTIAL"],
    "meeting-pack": ["Meeting pack", "Contents", "Action list", "Traffic lights",
                     "Goals on the agenda", "Due before", "Indicators", "Attachments",
                     "Attachment to agenda item 2"],
    "minutes": ["Minutes AST", "Draft: not yet adopted", "Present", "Apologies", "Decisions",
                "Actions from this meeting", "Decision AST-03-1:"],
    "werkagenda": ["Work agenda 2024-2027", "work or result in that year", "Milestones:",
                   "Inspiring initiatives:", "(Potential) initiators:", "Internal note:",
                   "Participant:", "Results:"],
    "progress": ["Progress report", "Traffic lights at a glance", "What changed since",
                 "first traffic light", "Points of attention", "no report", "amber"],
    "matrix": ["Partner matrix", "L lead", "All partners", "People with a role",
               "Abbreviations"],
    "timeline": ["Timeline", "in quarters", "Goal / milestone", "Not in the timeline",
                 "overdue"],
    "changes": ["Changes to the work agenda", "adopted by", "Partner roles", "no changes",
                "Nothing changed since the adopted version."],
}
# Fixed Dutch texts of the reports (not of the sample's data) that English must not show.
DUTCH = ["pagina", "Publieksversie", "Intern ", "Datum en tijd", "Onderwerp", "Genodigden",
         "Voorzitter", "Besluitenlijst", "Actiepunten", "Aanwezig", "Inhoud",
         "Verkeerslichten", "Voortgangsrapportage", "Overzicht van de", "Peildatum",
         "Aandachtspunten", "Partnermatrix", "Rollen van de partners", "Doel / mijlpaal",
         "Wijzigingen in de werkagenda", "Mijlpalen:", "initiatiefnemers",
         "te laat", "Financiering", "Inbreng", "Bijlage", "Tijdlijn", "in kwartalen",
         "ter bespreking", "mrt", "maart", "januari", "gepland", "Vastgesteld op", "Concept:",
         "betrokken", "Betrokken", "Trekker", "oranje", "geen rapportage", "Werkagenda 2024",
         "Resultaten:", "Aandachtspunten:"]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("small-en") / "small.zorgdesk")


def english(kind: str) -> ReportOptions:
    return dataclasses.replace(options(kind=kind), language="en")


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_in_english(small: Path, tmp_path: Path, kind: str) -> None:
    from pypdf import PdfReader

    out = build_report(kind, small, tmp_path / f"{kind}.pdf", english(kind))
    text = text_of(out)
    pages = len(PdfReader(out).pages)
    assert f"page 1 of {pages}" in text and "Sat 1 Mar 2025" in text
    missing = [w for w in ENGLISH[kind] if w not in text]
    assert not missing, missing
    left = [w for w in DUTCH if w in text]
    assert not left, left
    reader = PdfReader(out)
    assert str(reader.trailer["/Root"]["/Lang"]) == "en-GB"  # type: ignore[index]
    assert "en-GB" in str(reader.xmp_metadata.dc_language if reader.xmp_metadata else "")
    if kind != "meeting-pack":  # its attachments are plain PDFs
        check_pdfa_structure(out)
    assert language() == "nl"  # the build's language does not leak out


def test_public_english_edition(small: Path, tmp_path: Path) -> None:
    opts = dataclasses.replace(english("agenda"), public=True)
    text = text_of(build_report("agenda", small, tmp_path / "a.pdf", opts))
    assert "Public edition" in text and "Publieksversie" not in text
    assert "VERTROUWELIJK-PUNT" not in text


def test_dutch_stays_dutch(small: Path, tmp_path: Path) -> None:
    text = text_of(build_report("agenda", small, tmp_path / "nl.pdf", options()))
    assert "Datum en tijd" in text and "vrijdag 14 maart 2025, 14:00\u201316:00 uur" in text
    assert "Date and time" not in text


def test_cli_lang_en(sample_files: dict[str, Path], tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from zorgdesk.cli import main

    out = tmp_path / "w.pdf"
    code = main(["report", "werkagenda", str(sample_files["noord-limburg"]), "--out", str(out),
                 "--lang", "en"])
    assert code == 0, capsys.readouterr().err
    reader = PdfReader(out)
    assert str(reader.trailer["/Root"]["/Lang"]) == "en-GB"  # type: ignore[index]
    assert "Work agenda" in (reader.pages[0].extract_text() or "")
    assert reader.metadata is not None and "Work agenda" in str(reader.metadata.subject)
    with pytest.raises(SystemExit):
        main(["report", "werkagenda", str(sample_files["noord-limburg"]), "--out",
              str(tmp_path / "x.pdf"), "--lang", "de"])


def test_reports_page_language_combo(qtbot, sample_copy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("PySide6.QtPdf")
    from pypdf import PdfReader
    from PySide6.QtCore import Qt

    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    combo = page.language_combo
    assert combo.accessibleName() == "Taal van het rapport"
    assert combo.currentData() == "nl"  # the screen's language, Dutch here
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("werkagenda"))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # from the keyboard
    assert combo.currentData() == "en"
    page.make_button.click()
    qtbot.waitUntil(lambda: not page.busy and page.preview.count() >= 1, timeout=60_000)
    target = tmp_path / "werkagenda-en.pdf"
    page.save_to(target)
    reader = PdfReader(target)
    assert str(reader.trailer["/Root"]["/Lang"]) == "en-GB"  # type: ignore[index]
    assert "Work agenda" in (reader.pages[0].extract_text() or "")
    # Changing the language makes the preview out of date, like any other choice.
    combo.setCurrentIndex(combo.findData("nl"))
    assert not page.save_button.isEnabled()
    page.grab().save(str(tmp_path / "reports_page_language.png"))
    ctx.set_store(None)


def test_combo_follows_the_screen_language(qtbot, sample_copy) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("PySide6.QtPdf")
    from zorgdesk import settings
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    settings.set_language("en")
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.language_combo.currentData() == "en"
    assert page.request().language == "en"
    ctx.set_store(None)


def test_meeting_documents_follow_the_screens_language(qtbot: QtBot, tmp_path: Path) -> None:
    """The meeting's own Documenten menu prints in the language the screens are in."""
    import sqlite3
    from datetime import date

    from pypdf import PdfReader

    from tests.helpers import make_small_workspace
    from zorgdesk import settings
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.meetings.meeting_documents import save_document

    path = make_small_workspace(tmp_path / "regio.zorgdesk")
    conn = sqlite3.connect(path)
    meeting_id = str(conn.execute("SELECT id FROM meeting").fetchone()[0])
    conn.close()
    ctx = WorkspaceContext()
    ctx.set_store(open_store(path))
    before = settings.language()
    try:
        for code, heading in (("en", "Date and time"), ("nl", "Datum en tijd")):
            settings.set_language(code)
            target = tmp_path / f"agenda-{code}.pdf"
            assert save_document(ctx, None, meeting_id, body="AST", day=date(2030, 3, 14),
                                 kind="agenda", public=False, target=target) == target
            text = " ".join(p.extract_text() or "" for p in PdfReader(target).pages)
            assert heading in text, text[:300]
    finally:
        settings.set_language(before)
        ctx.set_store(None)
