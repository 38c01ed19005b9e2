"""Names in free text for the public version: spellings of registered names are found however
they are typed and replaced by a natural phrase; names of people who are not registered are
offered for the privacy check (and named by the CLI)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from zorgdesk.services.privacy import (
    NameMatcher,
    _name_regex,
    find_candidates,
    fold,
    natural_replacement,
    normalise_name,
)


def text_of(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_fold_keeps_length_and_unifies_spellings() -> None:
    text = "Anja Berg-\u2019t Hooft en Müller"
    assert len(fold(text)) == len(text)
    assert normalise_name("Berg-\u2019t  HOOFT") == normalise_name("berg-'t hooft")
    assert normalise_name("Schatorjé") == "schatorje"
    assert normalise_name("Öztürk") == normalise_name("Ozturk")


REPLACE = {"Anja Berg-\u2019t Hooft": "de regioadviseur van VGZ",
           "Ronald Ruijters": "de zorginkoper van VGZ",
           "Fatma Öztürk": "de wethouder van de gemeente Venlo",
           "Jan Pieter de Vries": "de voorzitter"}


@pytest.mark.parametrize(("typed", "printed"), [
    ("Overleg met Anja Berg-'t Hooft (rechte apostrof).",
     "Overleg met de regioadviseur van VGZ (rechte apostrof)."),
    ("Overleg met Anja Berg-\u2018t Hooft.", "Overleg met de regioadviseur van VGZ."),
    ("Gesprek met ANJA BERG-\u2019T HOOFT gepland.",
     "Gesprek met de regioadviseur van VGZ gepland."),
    ("Ook mevrouw Berg-'t Hooft komt.", "Ook de regioadviseur van VGZ komt."),
    ("Met R. Ruijters en ronald ruijters.",
     "Met de zorginkoper van VGZ en de zorginkoper van VGZ."),
    ("Niet Ronaldo Ruijtersma.", "Niet Ronaldo Ruijtersma."),
    ("Toelichting door Fatma Ozturk.", "Toelichting door de wethouder van de gemeente Venlo."),
    ("Toelichting door F. Öztürk.", "Toelichting door de wethouder van de gemeente Venlo."),
    ("Toelichting door drs. F. Öztürk.", "Toelichting door de wethouder van de gemeente Venlo."),
    ("Toelichting door mevrouw Öztürk.", "Toelichting door de wethouder van de gemeente Venlo."),
    ("Aanwezig: J.P. de Vries, dhr. De Vries en Jan de Vriesland.",
     "Aanwezig: de voorzitter, de voorzitter en Jan de Vriesland."),
    ("Anja Berg-'t Hooft opent. Daarna Jan Pieter de Vries.",
     "De regioadviseur van VGZ opent. Daarna de voorzitter."),
])
def test_registered_name_found_in_every_spelling(typed: str, printed: str) -> None:
    assert NameMatcher(REPLACE).replace(typed, REPLACE) == printed


def test_surname_alone_needs_a_salutation() -> None:
    matcher = NameMatcher(["mevrouw Jansen"])
    assert matcher.replace("Mw. Jansen en Piet Jansen", {"mevrouw Jansen": "de secretaris"}) \
        == "De secretaris en Piet Jansen"


def test_replacement_reads_naturally() -> None:
    assert natural_replacement("regioadviseur", "VGZ") == "de regioadviseur van VGZ"
    assert natural_replacement("wethouder", "Venlo", "gemeente") == \
        "de wethouder van de gemeente Venlo"
    assert natural_replacement("Programmamanager", "Syntein") == \
        "de programmamanager van Syntein"
    assert natural_replacement("wethouder", None) == "de wethouder"
    assert natural_replacement(None, "VGZ") == "een medewerker van VGZ"
    assert natural_replacement("adviseur bij VGZ", "VGZ") == "de adviseur bij VGZ"  # VGZ once
    assert natural_replacement("GGZ-coördinator", "VGZ") == "de GGZ-coördinator van VGZ"
    assert natural_replacement(None, None) == "een betrokkene"


def test_possible_names_by_their_shape() -> None:
    text = ("Aanwezig: mevrouw Jansen, dhr. Pietersen, drs. K. Bakker en Floor van der Giessen. "
            "Opvolger Carin Vonk bekend. Met Kees de Boer-van Dijk en Anja Berg-'t Hooft. "
            "De Regio Noord-Limburg besluit op 3 Maart over Kei Gezond Limburg met VGZ. "
            "Tim van Eerden belt.")
    found = {c.name: c for c in find_candidates(
        [text], ["Tim van Eerden"], ["VGZ", "Kei Gezond Limburg", "Gemeente Venlo"])}
    assert set(found) == {"mevrouw Jansen", "dhr. Pietersen", "drs. K. Bakker",
                          "Floor van der Giessen", "Carin Vonk", "Kees de Boer-van Dijk",
                          "Anja Berg-'t Hooft", "Tim van Eerden"}
    assert found["Tim van Eerden"].known == "Tim van Eerden"
    assert all(c.likely for c in found.values())
    shape_only = find_candidates(["Het project Stevig Staen loopt. 2.5.1. D. Bekwaam is."])
    assert [(c.name, c.likely) for c in shape_only] == [("D. Bekwaam", False),
                                                        ("Stevig Staen", False)]


def test_unregistered_names_in_noord_limburg_texts(sample_files: dict[str, Path],
                                                   tmp_path: Path) -> None:
    """The public werkagenda and progress report of noord-limburg print names of people who
    are no registered person: the check offers them, not organisations or headings."""
    from zorgdesk.reports import ReportOptions, build_report
    from zorgdesk.services.privacy import load_name_context, public_candidates
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.privacy_flow import pdf_texts

    path = sample_files["noord-limburg"]
    texts: list[str] = []
    for kind in ("werkagenda", "progress"):
        texts += pdf_texts(build_report(kind, path, tmp_path / f"{kind}.pdf",
                                        ReportOptions(public=True, since=date(2022, 1, 1))))
    with open_store(path) as store:
        context = load_name_context(store)
    found = public_candidates(texts, context)
    likely = {c.name for c in found if c.likely}
    assert {"Yvonne Moonmans", "Carin Vonk", "Lieke Engels", "Marleen Creemers"} <= likely
    # The werkagenda prints the project cards' governance with its people: they are listed too
    assert {"Hans Pijls", "Geert Rutten", "Wendy van Helden"} <= likely
    shape_only = [c.name for c in found if not c.likely]
    assert len(found) < 25 and len(shape_only) <= 5, found  # a list to read
    names = " ".join(c.name for c in found)
    assert "VGZ" not in names and "Venlo" not in names and "Kei Gezond" not in names


@pytest.fixture
def with_names(sample_copy) -> Path:  # type: ignore[no-untyped-def]
    """noord-limburg with two people who may not be named, typed in free text in many ways
    (agenda, minutes, decisions, actions, goal text, progress) and one unregistered name."""
    from zorgdesk.models import (
        Action,
        AgendaItem,
        Decision,
        Goal,
        Meeting,
        Organisation,
        Person,
        StatusUpdate,
    )
    from zorgdesk.models.enums import Light
    from zorgdesk.store import open_store

    path: Path = sample_copy("noord-limburg")
    with open_store(path) as store, store.transaction() as s:
        vgz = s.scalars(select(Organisation).where(Organisation.short_name == "VGZ")).first() \
            or s.scalars(select(Organisation).where(Organisation.name == "VGZ")).one()
        venlo = s.scalars(select(Organisation).where(Organisation.short_name == "Venlo")).one()
        s.add(Person(name="Anja Berg-\u2019t Hooft", function="regioadviseur",
                     organisation_id=vgz.id, publishable=False))
        s.add(Person(name="Fatma Öztürk", function="wethouder", organisation_id=venlo.id,
                     publishable=False))
        meeting = s.scalars(select(Meeting).where(
            Meeting.starts_at == datetime(2022, 2, 3))).one()
        item = AgendaItem(meeting_id=meeting.id, position=0, title="Inkoop wijkverpleging",
                          presenter="drs. F. Öztürk",
                          notes="Toelichting door Anja Berg-'t Hooft en Yvonne Moonmans.",
                          minutes_text="MEVROUW BERG-'T HOOFT licht toe; F. Ozturk vult aan.")
        s.add(item)
        s.flush()
        s.add(Decision(meeting_id=meeting.id, agenda_item_id=item.id, number="2022-01",
                       text="Fatma Ozturk stuurt de notitie rond."))
        s.add(Action(meeting_id=meeting.id, body_id=meeting.body_id, agenda_item_id=item.id,
                     text="Afstemmen met A. Berg-\u2018t Hooft", status="open"))
        goal = s.scalars(select(Goal).where(Goal.code == "1.2")).one()
        goal.text = "<p>Trekker is anja berg-'t hooft; mevrouw Öztürk volgt.</p>"
        s.add(StatusUpdate(goal_id=goal.id, reported_on=date(2022, 12, 31), light=Light.GROEN,
                           results="Gesprek met F. Öztürk en Yvonne Moonmans gevoerd."))
    return path


SPELLINGS = ("Öztürk", "Ozturk", "OZTURK", "Hooft", "HOOFT", "hooft")


@pytest.mark.parametrize("kind", ["agenda", "meeting-pack", "minutes", "werkagenda", "progress"])
def test_public_pdf_names_nobody_in_any_spelling(with_names: Path, tmp_path: Path,
                                                 kind: str) -> None:
    from zorgdesk.reports import ReportOptions, build_report
    from zorgdesk.store import open_store

    with open_store(with_names) as store, store.session() as s:
        from zorgdesk.models import Meeting
        meeting_id = s.scalars(select(Meeting.id).where(
            Meeting.starts_at == datetime(2022, 2, 3))).one()
    internal = text_of(build_report(kind, with_names, tmp_path / "i.pdf", ReportOptions(
        meeting_id=meeting_id, since=date(2022, 1, 1))))
    assert [s for s in SPELLINGS if s in internal]  # the internal edition names them
    public = text_of(build_report(kind, with_names, tmp_path / "p.pdf", ReportOptions(
        public=True, meeting_id=meeting_id, since=date(2022, 1, 1),
        replacements={"Yvonne Moonmans": "de projectleider van DZG"})))
    assert not [s for s in SPELLINGS if s in public], public
    assert "Moonmans" not in public
    assert "VGZ (VGZ)" not in public and "naam niet openbaar" not in public
    if "Hooft" in internal or "HOOFT" in internal or "hooft" in internal:
        assert "regioadviseur van VGZ" in public
    assert "wethouder van de gemeente Venlo" in public
    if "Moonmans" in internal:
        assert "projectleider van DZG" in public


def test_cli_warns_about_unregistered_names_and_still_writes(
        with_names: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zorgdesk import cli

    out = tmp_path / "werkagenda-publiek.pdf"
    assert cli.main(["report", "werkagenda", str(with_names), "--out", str(out),
                     "--public"]) == 0
    err = capsys.readouterr().err
    assert "Yvonne Moonmans" in err and "niet als persoon zijn geregistreerd" in err
    assert "Hooft" not in err  # registered: replaced, no warning needed
    text = text_of(out)
    assert "Yvonne Moonmans" in text and "Hooft" not in text and "hooft" not in text
    internal = tmp_path / "werkagenda.pdf"
    assert cli.main(["report", "werkagenda", str(with_names), "--out", str(internal)]) == 0
    assert "geregistreerd" not in capsys.readouterr().err  # only the public version


def test_organisation_after_the_name_is_not_named_twice() -> None:
    replace = {"Ronald Ruijters": "een medewerker van VGZ",
               "Anget Mestrom": "een medewerker van de gemeente Peel en Maas"}
    text = "Projectgovernance: Ronald Ruijters (VGZ) en Anget Mestrom (Peel en Maas) (trekker)."
    assert NameMatcher(replace).replace(text, replace) == (
        "Projectgovernance: een medewerker van VGZ en een medewerker van de gemeente Peel en "
        "Maas (trekker).")


def one_regex_matches(names: list[str], text: str) -> list[tuple[int, int, str]]:
    """The reference: one regex of every spelling of every name, as the matcher was first
    written (slow: every alternative tried at every position of every text)."""
    ordered = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    parts, owner = [], {}
    for i, name in enumerate(ordered):
        for j, pattern in enumerate(_name_regex(name)):
            parts.append(f"(?P<n{i}_{j}>{pattern})")
            owner[f"n{i}_{j}"] = name
    if not parts:
        return []
    regex = re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w])")
    return [(m.start(), m.end(), owner[str(m.lastgroup)]) for m in regex.finditer(fold(text))]


PIECES = ["Anja", "Berg-\u2019t", "Hooft", "berg - 't hooft", "A.", "J.P.", "de", "Vries",
          "Jan", "Pieter", "mevrouw", "dhr.", "drs.", "Öztürk", "F.", "Ozturk", "Ruijters",
          "Ronald", "R.", "Vriesland", "overleg", "met", "en", ",", ".", "(VGZ)", "Jansen",
          "Jansen-Smit", "Smit", "d'Ancona", "Ancona"]
NAMES = [*REPLACE, "mevrouw Jansen", "Els Jansen-Smit", "Tom d'Ancona", "Smit"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_candidate_names_find_what_one_regex_of_all_names_finds(words: list[str]) -> None:
    text = " ".join(words)
    found = [(m.start, m.end, m.key) for m in NameMatcher(NAMES).find(text)]
    assert found == one_regex_matches(NAMES, text)
