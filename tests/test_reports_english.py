"""Every report in English, read back: English headings, no Dutch fixed words, en-GB metadata,
still PDF/A; user-entered text stays as typed. Dutch stays the default (test_reports_build)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tests.test_reports_build import build_small, check_pdfa_structure, options, text_of
from zorgdesk.reports import REPORTS, build_report

# Dutch fixed words the reports print (headings, labels, footers, service words), each as a
# whole word: none may remain in an English report.
DUTCH_FIXED = (
    "pagina", "van", "Publieksversie", "Intern", "te laat", "Datum en tijd", "Locatie",
    "Voorzitter", "Secretaris", "Tijd", "Onderwerp", "Soort", "Inbreng", "Genodigden",
    "Doelen", "Bijlagen", "uur", "Verslag", "Besluitenlijst", "Actiepunten", "Aanwezig",
    "Afgemeld", "Gasten", "Concept", "nog niet vastgesteld", "Vastgesteld op", "Nummer",
    "Besluit", "Actie", "Wie", "Uiterlijk", "Sinds", "Werkagenda", "Mijlpalen", "mijlpaal",
    "Financiering", "initiatiefnemers", "Interne notitie", "Inspirerende", "onder",
    "Vergaderset", "Voorblad", "Inhoud", "Actielijst", "Verkeerslichten", "Indicatoren",
    "Licht", "Stand", "Aandacht", "Thema", "Per thema", "Wat moet af", "Voortgangsrapportage",
    "Overzicht", "geen licht", "doelen", "Peildatum", "Resultaten", "Aandachtspunten",
    "Wat is er veranderd", "Tijdlijn", "kwartalen", "jaarmarkering", "Partnermatrix",
    "Rollen", "Afkortingen", "Personen met een rol", "Gemeenten", "Zorgverzekeraars",
    "Wijzigingen", "Onderdeel", "Nieuw", "Gewijzigd", "Vervallen", "Vastgesteld", "Nu",
    "vastgesteld door", "trekker", "initiatiefnemer", "betrokken", "groen", "oranje", "rood",
    "gepland", "loopt", "gereed", "ter informatie", "informatie", "bespreking",
    "besluitvorming", "bestuurlijk trekker", "voorzitter", "secretaris", "maart", "mrt",
    "januari", "mei", "maandag", "vrijdag", "zaterdag", "za",
)
# What each report must say in English.
ENGLISH = {
    "agenda": ("Agenda AST", "Date and time", "Location", "Chair", "Subject", "Presented by",
               "information", "decision", "Friday 14 March 2025, 14:00\u201316:00"),
    "meeting-pack": ("Meeting pack", "Contents", "Action list AST", "Traffic lights",
                     "Goals on the agenda", "Indicators", "Attachments", "Minutes",
                     "Attachment to agenda item 2"),
    "minutes": ("Minutes AST", "Present", "Apologies", "Decision list",
                "Actions from this meeting", "Draft: not yet adopted", "Decision AST-03-1:"),
    "werkagenda": ("Work agenda 2024", "Number", "Goal", "Milestones:",
                   "Inspiring initiatives:", "(Potential) initiators:", "Internal note:"),
    "progress": ("Progress report", "Overview of the traffic lights", "no light",
                 "What has changed since", "Results", "Points of attention", "green", "amber"),
    "matrix": ("Partner matrix", "The partners' roles per goal.", "L lead", "People with a role",
               "Abbreviations", "executive lead"),
    "timeline": ("Timeline", "in quarters", "Goal / milestone", "planned", "overdue"),
    "changes": ("Changes to the work agenda", "since Werkagenda 2025, adopted by de BST on "
                "15 January 2025", "Part", "Partner roles", "Adopted"),
}
# Text a user typed (in Dutch) that contains some of the words above: left as typed.
TYPED = ("Werkagenda 2025", "Ambtelijke samenwerkingstafel", "Voortgang ouderenzorg",
         "Mijlpaal", "Operationeel doel", "Ouderen wonen langer thuis", "Gemeente Testdorp",
         "Stadhuis Testdorp", "Opening en mededelingen", "De voortgang wordt vastgesteld.",
         "Notitie bij", "INTERN-NOTITIE niet publiceren", "Met steun van de buurt.",
         "Zorgverzekeraar Test", "Plan uitwerken", "Geheim besproken.")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("small-en") / "small.zorgdesk")


def dutch_left(text: str) -> list[str]:
    for typed in TYPED:
        text = text.replace(typed, " ")
    return [w for w in DUTCH_FIXED if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_in_english(small: Path, tmp_path: Path, kind: str) -> None:
    from pypdf import PdfReader

    english = dataclasses.replace(options(kind=kind), lang="en")
    out = build_report(kind, small, tmp_path / f"{kind}-en.pdf", english)
    reader = PdfReader(out)
    pages = len(reader.pages)
    text = text_of(out)
    for wanted in ENGLISH[kind]:
        assert wanted in text, (kind, wanted)
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "Sat 1 Mar 2025" in text  # the footer's date
    assert "Testregio Zorg" in text
    assert dutch_left(text) == [], kind
    assert str(reader.trailer["/Root"]["/Lang"]) == "en-GB"  # type: ignore[index]
    meta = reader.metadata
    assert meta is not None and meta.subject and meta.title
    assert meta.subject.startswith(("Agenda", "Meeting pack", "Minutes", "Work agenda",
                                    "Progress report", "Partner matrix", "Timeline",
                                    "Changes since adoption")), meta.subject
    import pikepdf

    with pikepdf.open(out) as pdf, pdf.open_metadata() as xmp:
        assert set(xmp["dc:language"]) == {"en-GB"}
    check_pdfa_structure(out)


def test_the_dutch_report_is_the_default_and_unchanged(small: Path, tmp_path: Path) -> None:
    """The same report without a language is Dutch, and the English run left nothing behind
    (the language belongs to one report, not to the process)."""
    build_report("minutes", small, tmp_path / "en.pdf",
                 dataclasses.replace(options(), lang="en"))
    text = text_of(build_report("minutes", small, tmp_path / "nl.pdf", options()))
    assert "Verslag AST" in text and "Concept: nog niet vastgesteld" in text
    assert "Minutes" not in text and "pagina 1 van" in text


def test_cli_makes_an_english_report(small: Path, tmp_path: Path) -> None:
    from zorgdesk.cli import main

    out = tmp_path / "agenda-en.pdf"
    assert main(["report", "agenda", str(small), "--out", str(out), "--meeting",
                 "AST@2025-03-14", "--lang", "en"]) == 0
    text = text_of(out)
    assert "Agenda AST" in text and "Date and time" in text and "Datum en tijd" not in text


def test_the_public_edition_in_english(small: Path, tmp_path: Path) -> None:
    public = dataclasses.replace(options(True, "meeting-pack"), lang="en")
    text = text_of(build_report("meeting-pack", small, tmp_path / "pack-en.pdf", public))
    assert "Meeting pack AST (public edition)" in text and "Public edition" in text
    assert "VERTROUWELIJK-PUNT" not in text and "CONFIDENTIAL" not in text
    # Who may not be named is described in Dutch ("de wethouder van de gemeente Testdorp"):
    # the same phrase replaces the name inside typed (Dutch) text, so it stays one language.
    assert dutch_left(re.sub("[Dd]e wethouder van de gemeente Testdorp", "", text)) == []
