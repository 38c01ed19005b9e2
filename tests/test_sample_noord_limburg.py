"""The `noord-limburg` sample against its source: seed 004, Samenwerkingsagenda Noord-Limburg.

The seed is parsed here with its own regexes, independent of the transcription, and the
written sample file is compared with it: codes, card texts, bodies, the meeting calendar,
the quarter milestones, the review, the budget tables, people and the omgevingsbeeld.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from zorgdesk.models import (
    Body,
    FundingLine,
    Goal,
    GoalLevel,
    Meeting,
    MemberRole,
    Milestone,
    MilestoneStatus,
    Organisation,
    OrgKind,
    Person,
    Precision,
    RelatedInitiative,
    StatusUpdate,
    Theme,
    ThemeKind,
    Workspace,
)
from zorgdesk.store import open_store

SEED = "004_3470945fb46dec7a.txt"
CARD_LABELS = {
    "Omschrijving": "omschrijving",
    "Doelstelling / effect en doelgroep": "doelstelling",
    "Doelstelling / effect en doelgroep (meetbaar)": "doelstelling",
    "Scope": "scope",
    "Benodigd budget en capaciteit/expertise": "budget_capaciteit",
    "Planning en tijdslijn (mijlpalen)": "planning",
    "Projectgovernance": "governance",
    "Naslagwerk / belangrijke documentatie": "naslag",
}
ALL_CARD_FIELDS = sorted(set(CARD_LABELS.values()))
CODE = re.compile(r"^(\d\.\d)\s")


def norm(text: str | None) -> str:
    """Letters and digits only: layout, bullets, tags and punctuation do not count."""
    if not text:
        return ""
    text = re.sub(r"</?[a-zA-Z][^>]*>", " ", text)  # tags only, not "(< 18 jaar)"
    return "".join(ch for ch in text.lower() if ch.isalnum())


def euro_cents(text: str) -> int:
    return int(text.replace(".", "")) * 100


# ---------------------------------------------------------------- seed parsing


@pytest.fixture
def seed_lines(seeds: Path) -> list[str]:
    path = seeds / SEED
    if not path.is_file():
        pytest.skip(f"{SEED} ontbreekt naast deze checkout")
    return path.read_text(encoding="utf-8").split("\n")


@pytest.fixture
def seed_text(seed_lines: list[str]) -> str:
    return "\n".join(seed_lines)


def overview_codes(lines: list[str]) -> list[str]:
    """Project codes in the 'Inhoudelijke projecten' lists of the overview page."""
    start = lines.index("Samenwerkingsagenda – Doel en projecten per thema")
    end = next(i for i, ln in enumerate(lines) if ln.startswith("Introductie thema preventie"))
    return [m.group(1) for ln in lines[start:end] if (m := re.match(r"^- (\d\.\d) ", ln))]


def seed_cards(lines: list[str]) -> dict[str, dict[str, str]]:
    """Project cards: a heading line 'x.y title', then 'label<TAB>value' rows."""
    cards: dict[str, dict[str, str]] = {}
    current: str | None = None
    for ln in lines:
        if "\t" not in ln and ln.strip():
            m = CODE.match(ln)
            current = m.group(1) if m else None
            if current is not None:
                cards[current] = {}
            continue
        if current is not None and "\t" in ln:
            label, value = ln.split("\t", 1)
            if label in CARD_LABELS:
                cards[current][CARD_LABELS[label]] = value.split("\t")[0]
    return cards


def seed_milestone_cells(lines: list[str]) -> dict[tuple[str, int], str]:
    """(project code, quarter) -> cell text of the three 'Mijlpalen 2022' tables."""
    cells: dict[tuple[str, int], str] = {}
    for i, ln in enumerate(lines):
        if ln.split("\t") != ["Project", "Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022"]:
            continue
        for row in lines[i + 1:]:
            m = CODE.match(row)
            if not m:
                break
            for quarter, cell in enumerate(row.split("\t")[1:5], start=1):
                cells[(m.group(1), quarter)] = cell
    return cells


def seed_calendar(lines: list[str]) -> dict[str, set[date]]:
    header_at = next(i for i, ln in enumerate(lines) if ln.startswith("\tJan-22\t"))
    months = lines[header_at].split("\t")[1:]
    calendar: dict[str, set[date]] = {}
    for row in lines[header_at + 1:header_at + 3]:
        cells = row.split("\t")
        abbreviation = re.search(r"\((BST|AST)\)", cells[0])
        assert abbreviation, row
        found: set[date] = set()
        for month_label, cell in zip(months, cells[1:], strict=False):
            if not cell.strip():
                continue
            day, month = (int(x) for x in cell.strip().split("-"))
            year = 2000 + int(month_label.rsplit("-", 1)[1])
            found.add(date(year, month, day))
            assert months.index(month_label) + 1 == month, (month_label, cell)
        calendar[abbreviation.group(1)] = found
    return calendar


def seed_member_list(lines: list[str], heading: str) -> list[str]:
    """Names listed as '- Name (...)' under a heading, up to the next heading."""
    at = lines.index(heading)
    names: list[str] = []
    for ln in lines[at + 1:]:
        if ln.startswith("- "):
            names.append(ln[2:].split(" (")[0].strip())
        elif ln.strip() and not ln.startswith("("):
            break
    return names


# ---------------------------------------------------------------- sample access


@pytest.fixture(scope="module")
def session(sample_files: dict[str, Path]):  # type: ignore[no-untyped-def]
    store = open_store(sample_files["noord-limburg"])
    with store.session() as s:
        yield s
    store.close()


def projects(session: Session) -> dict[str, Goal]:
    goals = session.scalars(
        select(Goal).where(Goal.level == GoalLevel.PROJECT, Goal.code.is_not(None))
    ).all()
    return {g.code: g for g in goals if g.code}


def funding_of(session: Session, goal: Goal) -> list[FundingLine]:
    return list(session.scalars(select(FundingLine).where(FundingLine.goal_id == goal.id)))


# ---------------------------------------------------------------- tests


def test_workspace_is_the_seed_document(session: Session, seed_lines: list[str]) -> None:
    title = next(ln.strip() for ln in seed_lines if ln.strip())
    ws = session.scalars(select(Workspace)).one()
    assert ws.name == title
    assert ws.region == "Noord-Limburg"
    assert ws.sample_name == "noord-limburg"
    assert f"{ws.period_from}-{ws.period_to}" in "\n".join(seed_lines)


def test_project_codes_equal_the_seed(session: Session, seed_lines: list[str]) -> None:
    listed = overview_codes(seed_lines)
    assert listed == sorted(listed) and len(listed) == 10
    assert set(listed) == set(seed_cards(seed_lines))
    got = projects(session)
    assert set(got) == set(listed)
    ordered = sorted(got.values(), key=lambda g: g.position)
    assert [g.code for g in ordered] == listed
    themes = {t.id: t for t in session.scalars(select(Theme))}
    for code, goal in got.items():
        assert goal.theme_id is not None
        assert themes[goal.theme_id].code == code.split(".")[0]
        assert goal.parent is not None and goal.parent.code == code.split(".")[0]


def test_themes_are_the_three_coordination_teams(session: Session, seed_text: str) -> None:
    themes = session.scalars(select(Theme).order_by(Theme.position)).all()
    assert [t.code for t in themes] == ["1", "2", "3"]
    for theme in themes:
        assert theme.kind == ThemeKind.COORDINATIETEAM
        assert f"\nCoördinatieteam {theme.name.split(' (')[0]}\n" in seed_text


@pytest.mark.parametrize("field", ALL_CARD_FIELDS)
def test_card_fields_match_the_seed(session: Session, seed_lines: list[str], field: str) -> None:
    cards = seed_cards(seed_lines)
    got = projects(session)
    for code, card in cards.items():
        value = getattr(got[code], field)
        if field in card:
            assert value, f"{code} {field} leeg"
            assert norm(value) == norm(card[field]), f"{code} {field} wijkt af van de bron"
        else:
            assert value is None, f"{code} {field} staat niet in de bron"


def test_meer_tijd_voor_de_patient_is_part_of_1_4(session: Session, seed_lines: list[str]) -> None:
    assert "Meer tijd voor de patiënt" in seed_lines
    child = session.scalars(select(Goal).where(Goal.title == "Meer tijd voor de patiënt")).one()
    assert child.parent is not None and child.parent.code == "1.4"
    assert child.omschrijving and child.governance


def test_bst_and_ast_follow_the_seed(session: Session, seed_text: str) -> None:
    words = {"twee": 2, "drie": 3, "vier": 4, "zes": 6}
    for abbreviation in ("BST", "AST"):
        m = re.search(
            rf"\({abbreviation}\)\s*\n\s*Frequentie, duur: Eens per (\w+) maanden, (\d+) uur",
            seed_text,
        )
        assert m, abbreviation
        months = int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]
        body = session.scalars(select(Body).where(Body.abbreviation == abbreviation)).one()
        assert body.interval_months == months
        assert body.duration_minutes == int(m.group(2)) * 60
        assert body.frequency and m.group(1) in body.frequency


def test_meeting_dates_equal_the_calendar(session: Session, seed_lines: list[str]) -> None:
    calendar = seed_calendar(seed_lines)
    assert len(calendar["BST"]) == 3 and len(calendar["AST"]) == 6
    for abbreviation, dates in calendar.items():
        body = session.scalars(select(Body).where(Body.abbreviation == abbreviation)).one()
        meetings = session.scalars(select(Meeting).where(Meeting.body_id == body.id)).all()
        assert {m.starts_at.date() for m in meetings} == dates
        assert len(meetings) == len(dates)
        # The seed gives no times, places or end times: nothing may be made up.
        for meeting in meetings:
            midnight = datetime.combine(meeting.starts_at.date(), datetime.min.time())
            assert meeting.starts_at == midnight
            assert meeting.ends_at is None and meeting.location is None
    assert session.query(Meeting).count() == sum(len(d) for d in calendar.values())


def test_milestones_rebuild_each_quarter_cell(session: Session, seed_lines: list[str]) -> None:
    cells = seed_milestone_cells(seed_lines)
    assert len(cells) == 40  # ten projects x four quarters
    got = projects(session)
    by_cell: dict[tuple[str, int], list[Milestone]] = defaultdict(list)
    for goal in got.values():
        for ms in goal.milestones:
            assert ms.year == 2022 and ms.precision == Precision.QUARTER
            assert goal.code is not None and ms.quarter is not None
            by_cell[(goal.code, ms.quarter)].append(ms)
    assert session.query(Milestone).count() == sum(len(v) for v in by_cell.values())
    non_empty = {key for key, cell in cells.items() if norm(cell)}
    assert set(by_cell) == non_empty
    for key, cell in cells.items():
        titles = [m.title for m in sorted(by_cell.get(key, []), key=lambda m: m.position)]
        assert norm("".join(titles)) == norm(cell), key
    per_quarter = {q: sum(len(v) for k, v in by_cell.items() if k[1] == q) for q in range(1, 5)}
    assert all(per_quarter[q] > 0 for q in (1, 2, 3, 4))


def test_milestone_status_only_where_the_seed_says_so(session: Session, seed_text: str) -> None:
    for ms in session.scalars(select(Milestone)):
        if ms.status != MilestoneStatus.GEPLAND:
            assert ms.notes and "Terugblik" in ms.notes, ms.title


def test_review_results_and_attention_points(session: Session, seed_lines: list[str]) -> None:
    rows = [ln for ln in seed_lines if re.match(r"^(Preventie|Ouderenzorg|GGZ)\t", ln)]
    assert len(rows) == 3
    got = projects(session)
    seen_results: set[str] = set()
    seen_attention: set[str] = set()
    for row in rows:
        _, results, attention = row.split("\t")
        for code in re.findall(r"<p>(\d\.\d) ", results):
            seen_results.add(code)
            updates = got[code].status_updates
            assert len(updates) == 1 and updates[0].results
            assert norm(updates[0].results) in norm(results)
            assert updates[0].light is None and not updates[0].internal
        for code in re.findall(r"<p>(\d\.\d) [^<–]*–", attention):
            seen_attention.add(code)
            text = got[code].status_updates[0].attention_points
            assert text and norm(text) in norm(attention)
    assert seen_results == set(got)
    with_attention = {c for c, g in got.items() for u in g.status_updates if u.attention_points}
    assert with_attention == seen_attention
    # The document is dated 2 June 2022 and gives no other review date.
    assert {u.reported_on for u in session.scalars(select(StatusUpdate))} == {date(2022, 6, 2)}


def test_budget_lines_sum_as_in_the_seed_tables(session: Session, seed_lines: list[str]) -> None:
    cards = seed_cards(seed_lines)
    got = projects(session)
    table = cards["1.4"]["budget_capaciteit"]
    rows = re.findall(r"<td>\s*(?:•\s*)?([^<]+?)</td>\s*<td>€ ([\d.]+)</td>", table)
    total = euro_cents(dict(rows).pop("Totaal"))
    parts = [(name, euro_cents(amount)) for name, amount in rows if name != "Totaal"]
    assert sum(a for _, a in parts) == total == 217_699_300
    lines_14 = funding_of(session, got["1.4"])
    assert sum(f.amount_cents for f in lines_14) == total
    assert sorted((f.source_name, f.amount_cents) for f in lines_14) == sorted(parts)

    budget_13 = cards["1.3"]["budget_capaciteit"]
    amounts_13 = sorted(euro_cents(a) for a in re.findall(r"€ ([\d.]+)", budget_13))
    lines_13 = funding_of(session, got["1.3"])
    assert sorted(f.amount_cents for f in lines_13) == amounts_13
    every_amount = {euro_cents(a) for a in re.findall(r"€ ([\d.]+)", "\n".join(seed_lines))}
    for line in session.scalars(select(FundingLine)):
        assert line.amount_cents in every_amount


@pytest.mark.parametrize(
    ("heading", "abbreviation", "theme_code"),
    [
        ("Bestuurlijke samenwerkingstafel (per 06-2022)", "BST", None),
        ("Ambtelijke samenwerkingstafel", "AST", None),
        ("Coördinatieteam Preventie", None, "1"),
        ("Coördinatieteam Ouderenzorg", None, "2"),
        ("Coördinatieteam GGZ", None, "3"),
    ],
)
def test_body_members_are_the_seed_lists(
    session: Session, seed_lines: list[str], heading: str, abbreviation: str | None,
    theme_code: str | None,
) -> None:
    expected = [n for n in seed_member_list(seed_lines, heading) if n != "Vacant"]
    assert expected
    if abbreviation:
        body = session.scalars(select(Body).where(Body.abbreviation == abbreviation)).one()
    else:
        theme = session.scalars(select(Theme).where(Theme.code == theme_code)).one()
        body = session.scalars(select(Body).where(Body.theme_id == theme.id)).one()
        assert body.frequency and "4 en 10" in body.frequency
    people = {p.id: p for p in session.scalars(select(Person))}
    names = sorted(people[m.person_id].name for m in body.members if m.person_id)
    assert names == sorted(expected)
    if abbreviation == "BST":
        secretaries = [people[m.person_id].name for m in body.members
                       if m.role == MemberRole.SECRETARIS and m.person_id]
        line = next(ln for ln in seed_lines if "Ambtelijk Secretaris" in ln)
        assert secretaries == [line[2:].split(" (")[0]]


def test_people_and_organisations_come_from_the_seed(session: Session, seed_text: str) -> None:
    people = session.scalars(select(Person)).all()
    assert people
    for person in people:
        assert person.name in seed_text, person.name
        assert person.publishable is False
    for org in session.scalars(select(Organisation)):
        if org.kind == OrgKind.GEMEENTE:
            assert org.short_name and org.short_name in seed_text
            assert org.population is None  # the seed gives no population figures
        else:
            assert org.name.split(" (")[0].strip("'").replace("Stichting ", "").lower() in (
                seed_text.lower()
            ), org.name


def test_omgevingsbeeld_lists_every_initiative(session: Session, seed_lines: list[str]) -> None:
    start = seed_lines.index("Omgevingsbeeld")
    expected: list[str] = []
    contacts: list[str] = []
    content = [ln for ln in seed_lines[start:] if ln.strip()]
    for i, (ln, nxt) in enumerate(itertools.pairwise(content)):
        if nxt.startswith(("- Doelstelling", "- Zie omgevingsbeeld")):
            expected.append(norm(ln))
            after = content[i + 2] if i + 2 < len(content) else ""
            m = re.match(r"^- Aanspreekpunt(?:en)?: (.*)$", after)
            contacts.append(norm(m.group(1)) if m else "")
    assert len(expected) == 20
    got = session.scalars(select(RelatedInitiative).order_by(RelatedInitiative.position)).all()
    assert [norm(r.name) for r in got] == expected
    assert [norm(r.contact) for r in got] == contacts
    assert all(r.kind == "omgevingsbeeld" and r.theme_id for r in got)
