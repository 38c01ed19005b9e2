"""The secretary's cycle: invitation (.eml + .ics), minutes adopted and then frozen, guests,
file names that say what a document is, and adopted versions of the work agenda."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from tests.test_meetings_services import build_region
from zorgdesk import cli
from zorgdesk.models import (
    AgendaItem,
    Body,
    FundingLine,
    Goal,
    ItemKind,
    Meeting,
    Milestone,
    Person,
    Role,
)
from zorgdesk.services.meetings import adoption, guests, minutes
from zorgdesk.services.meetings.document_names import document_name
from zorgdesk.services.workspace import versions
from zorgdesk.store import Store, StoreError


def pdf_text(path: Path) -> str:
    """The text of every page, white space folded (table cells wrap where they like)."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


@pytest.fixture
def region(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    """The small region with two AST meetings (February with an agenda, April) and e-mail
    addresses for two of the three AST members."""
    store = build_region(tmp_path / "regio.zorgdesk")
    ids: dict[str, str] = {}
    with store.transaction() as s:
        ast = s.scalars(select(Body).where(Body.abbreviation == "AST")).one()
        for person in s.scalars(select(Person)):
            if person.name == "Bart Verheijden":
                person.email = "b.verheijden@venlo.nl"
            if person.name == "Jan Thijssen":
                person.email = "j.thijssen@vgz.nl"
        feb = Meeting(body_id=ast.id, starts_at=datetime(2022, 2, 3, 14, 30),
                      ends_at=datetime(2022, 2, 3, 16, 30), location="Gemeentehuis Horst")
        apr = Meeting(body_id=ast.id, starts_at=datetime(2022, 4, 7, 14, 30))
        s.add_all([feb, apr])
        s.flush()
        s.add_all([
            AgendaItem(meeting_id=feb.id, position=0, title="Opening"),
            AgendaItem(meeting_id=feb.id, position=1, title="Valpreventie: voortgang",
                       kind=ItemKind.BESPREKING),
            AgendaItem(meeting_id=feb.id, position=2, title="Personele kwestie",
                       confidential=True),
            AgendaItem(meeting_id=feb.id, position=3, title="Rondvraag"),
            AgendaItem(meeting_id=apr.id, position=0, title="Opening"),
            AgendaItem(meeting_id=apr.id, position=1, title="Jaarplan 2023"),
        ])
        s.flush()
        ids.update(ast=ast.id, feb=feb.id, apr=apr.id)
    yield store, ids
    store.close()


def test_ical_writes_one_meeting_when_asked(region: tuple[Store, dict[str, str]],
                                            tmp_path: Path) -> None:
    store, _ids = region
    out = tmp_path / "een.ics"
    assert cli.main(["ical", str(store.path), "--meeting", "AST@2022-02-03",
                     "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == datetime(2022, 2, 3, 14, 30,
                                                   tzinfo=events[0].decoded("dtstart").tzinfo)
    everything = tmp_path / "alles.ics"
    assert cli.main(["ical", str(store.path), "--out", str(everything)]) == 0
    assert len(Calendar.from_ical(everything.read_bytes()).walk("VEVENT")) == 2


def test_invitation_is_a_draft_with_agenda_pdf_and_calendar_request(
        region: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, _ids = region
    out = tmp_path / "uitnodiging.eml"
    assert cli.main(["invite", str(store.path), "--meeting", "AST@2022-02-03",
                     "--out", str(out)]) == 0
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "AST – uitnodiging 3 februari 2022"
    assert message["X-Unsent"] == "1"
    to = str(message["To"])
    assert "b.verheijden@venlo.nl" in to and "j.thijssen@vgz.nl" in to
    assert "Cecile" not in to  # no address known
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "donderdag 3 februari 2022, 14.30–16.30 uur" in text
    assert "Plaats: Gemeentehuis Horst" in text
    assert "2. Valpreventie: voortgang" in text and "3. Rondvraag" in text
    assert "Personele kwestie" not in text  # confidential items stay out of the mail
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    assert list(parts) == ["AST 2022-02-03 agenda.pdf", "AST 2022-02-03 uitnodiging.ics"]
    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(parts["AST 2022-02-03 agenda.pdf"].get_content())
    assert "Valpreventie: voortgang" in pdf_text(pdf)
    ics = parts["AST 2022-02-03 uitnodiging.ics"]
    assert ics.get_content_type() == "text/calendar"
    assert ics.get_param("method") == "REQUEST"
    calendar = Calendar.from_ical(ics.get_content())
    assert str(calendar["method"]) == "REQUEST"
    assert len(calendar.walk("VEVENT")) == 1


def test_invitation_can_carry_the_whole_public_meeting_pack(
        region: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, _ids = region
    out = tmp_path / "pack.eml"
    assert cli.main(["invite", str(store.path), "--meeting", "AST@2022-02-03", "--pack",
                     "--public", "--out", str(out)]) == 0
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names[0] == "AST 2022-02-03 vergaderset (publiek).pdf"


def test_document_names_say_what_the_document_is() -> None:
    assert document_name("AST", date(2022, 2, 3), "agenda") == "AST 2022-02-03 agenda.pdf"
    assert (document_name("AST", date(2022, 2, 3), "meeting-pack", public=True)
            == "AST 2022-02-03 vergaderset (publiek).pdf")
    assert document_name("Regio: A/B", None, "werkagenda") == "Regio- A-B werkagenda.pdf"


def test_adopted_minutes_are_frozen_and_printed_as_adopted(
        region: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, ids = region
    with store.session() as s:
        item_id = s.scalars(select(AgendaItem.id).where(
            AgendaItem.meeting_id == ids["feb"], AgendaItem.title == "Valpreventie: voortgang")
        ).one()
    minutes.set_item_minutes(store, item_id, "Voortgang besproken.")
    number = minutes.add_decision(store, ids["feb"], "De AST stemt in met de aanpak.")[1]
    action_id = minutes.add_action(store, ids["feb"], "Plan uitwerken", due=date(2022, 3, 1))
    guests.add_guest(store, ids["feb"], "Fatma Öztürk", "GGD Limburg-Noord", "epidemioloog")
    concept = tmp_path / "concept.pdf"
    assert cli.main(["report", "minutes", str(store.path), "--meeting", "AST@2022-02-03",
                     "--out", str(concept)]) == 0
    text = pdf_text(concept)
    assert "Concept: nog niet vastgesteld" in text
    assert "Fatma Öztürk (epidemioloog, GGD Limburg-Noord)" in text

    # The April agenda gets the item, linked to February, right after the opening.
    item = adoption.add_minutes_item(store, ids["apr"])
    assert adoption.add_minutes_item(store, ids["apr"]) == item  # not twice
    with store.session() as s:
        titles = [i.title for i in s.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == ids["apr"]).order_by(AgendaItem.position))]
    assert titles == ["Opening", "Verslag vorige vergadering (03-02-2022)", "Jaarplan 2023"]
    assert adoption.minutes_state(store, ids["feb"]).adopting_item_id == item

    with pytest.raises(StoreError, match="latere vergadering"):
        adoption.adopt_minutes(store, ids["apr"], ids["feb"])
    adoption.adopt_minutes(store, ids["feb"], ids["apr"])
    state = adoption.minutes_state(store, ids["feb"])
    assert state.adopted and state.adopted_on == date(2022, 4, 7)

    for change in (
        lambda: minutes.set_item_minutes(store, item_id, "Anders opgeschreven."),
        lambda: minutes.add_decision(store, ids["feb"], "Nog een besluit"),
        lambda: minutes.add_action(store, ids["feb"], "Nog een actie"),
        lambda: guests.add_guest(store, ids["feb"], "Nog een gast"),
    ):
        with pytest.raises(StoreError, match="vastgesteld op 07-04-2022"):
            change()
    # The action list lives on: an action of adopted minutes can still be marked done.
    minutes.set_action_status(store, action_id, "gereed", on=date(2022, 5, 1))
    with store.session() as s:
        kept = s.scalars(select(AgendaItem.minutes_text).where(AgendaItem.id == item_id)).one()
    assert kept == "Voortgang besproken."
    assert [d.number for d in minutes.decision_list(store, meeting_id=ids["feb"])] == [number]

    adopted = tmp_path / "vastgesteld.pdf"
    assert cli.main(["report", "minutes", str(store.path), "--meeting", "AST@2022-02-03",
                     "--out", str(adopted)]) == 0
    assert "Vastgesteld op 7 april 2022" in pdf_text(adopted)


def test_public_minutes_name_only_guests_who_may_be_named(
        region: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, ids = region
    guests.add_guest(store, ids["feb"], "Fatma Öztürk", "GGD Limburg-Noord", "epidemioloog")
    guests.add_guest(store, ids["feb"], "Wethouder Jansen", "Gemeente Venray", "wethouder",
                     publishable=True)
    out = tmp_path / "publiek.pdf"
    assert cli.main(["report", "minutes", str(store.path), "--meeting", "AST@2022-02-03",
                     "--public", "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Fatma" not in text and "epidemioloog (GGD Limburg-Noord)" in text
    assert "Wethouder Jansen" in text
    with pytest.raises(StoreError, match="naam van de gast"):
        guests.add_guest(store, ids["feb"], " \u200b ".strip())


def test_adopted_version_lists_exactly_what_changed(
        region: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, _ids = region
    assert cli.main(["adopt", str(store.path), "Werkagenda 2022", "--by", "de BST",
                     "--on", "2022-06-02"]) == 0
    with store.transaction() as s:
        goal = s.scalars(select(Goal).where(Goal.code == "1.1")).one()
        goal.title = "Stevig staan - regionale aanpak valpreventie"
        gone = s.scalars(select(Goal).where(Goal.code == "1.3")).one()
        s.delete(gone)
        s.add(Goal(theme_id=goal.theme_id, level=goal.level, code="1.4",
                   title="Mentale gezondheid jongeren"))
        milestone = s.scalars(select(Milestone).where(Milestone.title == "Evaluatie")).one()
        milestone.year = 2024
        vgz = s.scalars(select(Person).where(Person.name == "Jan Thijssen")).one()
        s.add(Role(goal_id=goal.id, person_id=vgz.id, role="trekker"))
        s.add(FundingLine(goal_id=goal.id, source_name="Provincie Limburg", amount_cents=4_000_000,
                          year=2023, status="toegezegd"))
    version = versions.find_version(store, "werkagenda 2022")
    report = versions.changes_since(store, version.id)
    found = {section.key: [(c.kind, c.label, [(f.field, f.old, f.new) for f in c.fields])
                           for c in section.changes] for section in report.sections}
    assert found["goals"] == [
        ("gewijzigd", "1.1 Stevig staan - regionale aanpak valpreventie",
         [("Titel", "Stevig staan - valpreventie",
           "Stevig staan - regionale aanpak valpreventie")]),
        ("verwijderd", "1.3 Rookvrije generatie", []),
        ("toegevoegd", "1.4 Mentale gezondheid jongeren", []),
    ]
    assert found["milestones"] == [
        ("gewijzigd", "1.1: Evaluatie", [("Gereed", "2023", "2024")])]
    assert found["roles"] == [("toegevoegd", "Jan Thijssen (VGZ) – 1.1", [])]
    assert found["funding"] == [("toegevoegd", "1.1 – Provincie Limburg – 2023", [])]

    out = tmp_path / "wijzigingen.pdf"
    assert cli.main(["report", "changes", str(store.path), "--version", "Werkagenda 2022",
                     "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "sinds Werkagenda 2022, vastgesteld door de BST op 02-06-2022" in text
    assert "Doelen: 1 nieuw, 1 gewijzigd, 1 vervallen" in text
    assert "Mentale gezondheid jongeren" in text

    # The werkagenda as adopted still has 1.3 and the old title.
    as_adopted = tmp_path / "werkagenda-2022.pdf"
    assert cli.main(["report", "werkagenda", str(store.path), "--version", "Werkagenda 2022",
                     "--out", str(as_adopted)]) == 0
    adopted_text = pdf_text(as_adopted)
    assert "Rookvrije generatie" in adopted_text and "Mentale gezondheid" not in adopted_text
    now = tmp_path / "werkagenda-nu.pdf"
    assert cli.main(["report", "werkagenda", str(store.path), "--out", str(now)]) == 0
    assert "Mentale gezondheid jongeren" in pdf_text(now)


def test_unknown_version_is_named_in_dutch(region: tuple[Store, dict[str, str]],
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    store, _ids = region
    assert cli.main(["report", "changes", str(store.path), "--version", "2030",
                     "--out", str(tmp_path / "x.pdf")]) == 1
    assert "nog geen vastgestelde versie" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
