"""The iza-drenthe sample against its source, seed 001 (Regioplan IZA Drenthe, Dec 2023).

The seed is parsed here with its own regexes, independent of the transcription, so a goal that
is dropped, renumbered, reworded or invented in the sample makes these tests fail.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from zorgdesk.models import (
    Coalition,
    Goal,
    GoalLevel,
    Indicator,
    Organisation,
    Person,
    Programme,
    ProgrammeGoal,
    RelatedInitiative,
    Role,
    RoleKind,
    Tag,
    Theme,
    ThemeKind,
    Workspace,
    YearMark,
)
from zorgdesk.store import open_store

SEED_NAME = "001_444d5bc8582abb7a.txt"
OP_ROW = re.compile(r"^(2\.\d\.\d)\.? ?([A-Z])\t")
TBD = "nader te bepalen"
Rows = tuple[dict[str, list[str]], dict[str, list[str]]]


# ------------------------------------------------------------------ seed parsing


def _norm(text: str) -> str:
    """Plain words: no HTML tags, list bullets, footnote marks or line breaks."""
    text = re.sub(r"</?[a-zA-Z][^<>]*>", " ", text)
    text = re.sub(r"[•·⁰¹²³⁴⁵⁶⁷⁸⁹]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def seed_lines(seeds: Path) -> list[str]:
    path = seeds / SEED_NAME
    if not path.is_file():
        pytest.skip("seed 001 ontbreekt naast deze checkout")
    return path.read_text(encoding="utf-8").split("\n")


def _span(lines: list[str], first: str, stop: str) -> list[str]:
    start = lines.index(first)
    end = lines.index(stop, start)
    return lines[start:end]


@pytest.fixture
def chapter2(seed_lines: list[str]) -> list[str]:
    return _span(seed_lines, "2. Regio-afspraken", "3. Benodigde randvoorwaarden")


def _op_rows(chapter: list[str]) -> Rows:
    """Rows of the goal tables (code, text, 4 grid cells) and of the initiative tables."""
    goal_rows: dict[str, list[str]] = {}
    initiative_rows: dict[str, list[str]] = {}
    for line in chapter:
        m = OP_ROW.match(line)
        if not m:
            continue
        code = f"{m.group(1)}.{m.group(2)}"
        cells = line.split("\t")
        if len(cells) == 6:
            assert code not in goal_rows, f"{code} twice in the goal tables of the seed"
            goal_rows[code] = cells
        elif len(cells) == 3:
            initiative_rows[code] = cells
        else:  # pragma: no cover - a new table shape in the seed
            raise AssertionError(f"unexpected row shape for {code}: {len(cells)} cells")
    return goal_rows, initiative_rows


@pytest.fixture
def rows(chapter2: list[str]) -> Rows:
    return _op_rows(chapter2)


# ------------------------------------------------------------------ the sample


@pytest.fixture(scope="module")
def session(sample_files: dict[str, Path]) -> Iterator[Session]:
    store = open_store(sample_files["iza-drenthe"])
    with store.session() as s:
        yield s
    store.close()


def _goals(session: Session, level: GoalLevel) -> dict[str, Goal]:
    found = session.scalars(select(Goal).where(Goal.level == level)).all()
    by_code = {g.code: g for g in found if g.code}
    assert len(by_code) == len(found), "goal codes must be unique and present"
    return by_code


# ------------------------------------------------------------------ tests


def test_workspace_and_vision(session: Session, seed_lines: list[str]) -> None:
    ws = session.scalars(select(Workspace)).one()
    assert ws.sample_name == "iza-drenthe"
    assert ws.region == "Drenthe"
    assert (ws.period_from, ws.period_to, ws.period_open_ended) == (2024, 2027, True)
    assert ws.vision_title == "De Drentse Droom"
    assert ws.vision_text and ws.vision_text.startswith("In 2040 hebben kwetsbare groepen")
    assert ws.vision_text in _norm("\n".join(seed_lines))


def test_six_regio_opgaven_as_the_seed_numbers_them(session: Session, chapter2: list[str]) -> None:
    heads = {}
    for line in chapter2:
        m = re.match(r"^(2\.[1-9]) ([A-Z][a-z].+)$", line.strip())
        if m:
            heads[m.group(1)] = m.group(2).strip()
    assert len(heads) == 6
    themes = session.scalars(select(Theme).where(Theme.kind == ThemeKind.REGIO_OPGAVE)).all()
    assert {t.code: t.name for t in themes} == heads
    overarching = session.scalars(select(Theme).where(Theme.kind == ThemeKind.OVERKOEPELEND)).all()
    assert [t.name for t in overarching] == ["Passende zorg"]


def test_seventeen_strategic_goals(session: Session, chapter2: list[str]) -> None:
    seed: dict[str, str] = {}
    for i, line in enumerate(chapter2):
        m = re.match(r"^Strategisch doel (2\.\d\.\d)\.?$", line.strip())
        if m:
            j = i + 1
            while not chapter2[j].strip():
                j += 1
            seed[m.group(1)] = _norm(chapter2[j])
    assert len(seed) == 17
    goals = _goals(session, GoalLevel.STRATEGISCH)
    assert set(goals) == set(seed)
    for code, goal in goals.items():
        assert goal.text is not None and _norm(goal.text) == seed[code], code
        assert goal.title and _norm(goal.title) in seed[code], code
        assert goal.parent_id is None
        assert goal.theme is not None and goal.theme.code == code[:3], code


def test_operational_codes_equal_the_seed(session: Session, rows: Rows) -> None:
    goal_rows, initiative_rows = rows
    seed_codes = set(goal_rows) | set(initiative_rows)
    goals = _goals(session, GoalLevel.OPERATIONEEL)
    assert set(goals) == seed_codes
    assert len(goals) == 86  # what the seed contains: 84 goal rows + 2.1.3.E/F (initiatives only)
    # Codes that only occur in an initiatives table keep an empty goal text: nothing invented.
    only_initiatives = set(initiative_rows) - set(goal_rows)
    assert only_initiatives == {"2.1.3.E", "2.1.3.F"}
    for code in only_initiatives:
        assert not goals[code].text


def test_operational_texts_come_from_the_seed(session: Session, rows: Rows) -> None:
    goal_rows, _ = rows
    goals = _goals(session, GoalLevel.OPERATIONEEL)
    for code, cells in goal_rows.items():
        goal = goals[code]
        seed_text = _norm(cells[1])
        assert goal.text, code
        assert goal.title and _norm(goal.title) in seed_text, code
        lines = [re.sub(r"^\s*[•·]\s*", "", ln) for ln in goal.text.split("\n")]
        for line in filter(None, lines):
            assert _norm(line) in seed_text, (code, line)
        # Nothing of the seed's text left out: the same words in the same order.
        assert _norm(" ".join(lines)) == seed_text, code


def test_tree_is_consistent(session: Session) -> None:
    strategic = _goals(session, GoalLevel.STRATEGISCH)
    for code, goal in _goals(session, GoalLevel.OPERATIONEEL).items():
        parent = goal.parent
        assert parent is not None and parent.level == GoalLevel.STRATEGISCH
        assert parent.code == code.rsplit(".", 1)[0] and strategic[parent.code] is parent
        assert goal.theme_id == parent.theme_id
    # Positions follow the seed order within each parent.
    for parent in strategic.values():
        codes = [c.code for c in parent.children]
        assert codes == sorted(codes, key=lambda c: c or ""), parent.code
        assert [c.position for c in parent.children] == list(range(len(codes)))


def test_year_marks_are_exactly_the_marks_in_the_seed(
    session: Session, rows: Rows
) -> None:
    goal_rows, _ = rows
    grid = [(2024, False), (2025, False), (2026, False), (2027, True)]
    seed_marks = {
        (code, year, later)
        for code, cells in goal_rows.items()
        for (year, later), cell in zip(grid, cells[2:6], strict=True)
        if cell.strip()
    }
    assert seed_marks, "the seed shows at least some marks"
    marks = session.execute(
        select(Goal.code, YearMark.year, YearMark.and_later).join(YearMark.goal)
    )
    sample_marks = {(c, y, bool(a)) for c, y, a in marks}
    assert sample_marks == seed_marks
    assert all(2024 <= y <= 2027 and a == (y == 2027) for _, y, a in sample_marks)


def test_initiatives_and_initiators_follow_the_seed(
    session: Session, rows: Rows
) -> None:
    _, initiative_rows = rows
    goals = _goals(session, GoalLevel.OPERATIONEEL)
    for code, cells in initiative_rows.items():
        goal = goals[code]
        inspiring = session.scalars(
            select(RelatedInitiative).where(RelatedInitiative.goal_id == goal.id)
        ).all()
        initiators = session.scalars(
            select(Role).where(Role.goal_id == goal.id, Role.role == RoleKind.INITIATIEFNEMER)
        ).all()
        seed_inspiring, seed_initiators = _norm(cells[1]), _norm(cells[2])
        assert bool(inspiring) == (seed_inspiring.lower() != TBD), code
        assert bool(initiators) == (seed_initiators.lower() != TBD), code
        assert all(i.kind == "inspirerend initiatief" for i in inspiring)
        assert all(r.capacity == "potentiële initiatiefnemer" for r in initiators)
    for code in set(goals) - set(initiative_rows):  # e.g. 2.6.3 has no initiatives table
        assert not session.scalars(
            select(RelatedInitiative).where(RelatedInitiative.goal_id == goals[code].id)
        ).all(), code


def test_programmes_link_the_goals_the_appendix_names(
    session: Session, seed_lines: list[str]
) -> None:
    appendix = _span(seed_lines, "Bijlage A", "Bijlage B Governance")
    seed: dict[str, set[str]] = {}
    current = None
    for line in appendix:
        m = re.match(r"^\d\. (.+?)[⁰¹²³⁴⁵⁶⁷⁸⁹]*$", line.strip())
        if m:
            current = m.group(1)
            seed[current] = set()
        elif current:
            for code in re.findall(r"\[(2\.\d\.\d(?:\. ?[A-Z])?)\]", line):
                seed[current].add(re.sub(r"\. ?", ".", code))
    assert len(seed) == 8
    programmes = session.scalars(select(Programme).order_by(Programme.position)).all()
    assert [p.name for p in programmes] == list(seed)
    all_codes = {g.code for g in session.scalars(select(Goal))}
    for p in programmes:
        codes = {g.code for g in p.goals}
        assert codes <= all_codes
        assert codes == seed[p.name], p.name
    links = session.scalars(select(ProgrammeGoal)).all()
    assert len(links) == sum(len(v) for v in seed.values())


def test_coalition_per_sector(session: Session, seed_lines: list[str]) -> None:
    header = "Leidende coalitie\tBrede coalitie"
    start = next(i for i, ln in enumerate(seed_lines) if ln.strip() == header)
    orgs = session.scalars(select(Organisation)).all()
    by_name = {o.name.lower(): o for o in orgs}
    by_name.update({o.short_name.lower(): o for o in orgs if o.short_name})
    # Known extraction slips and naming choices of the transcription.
    alias = {"borger-odoom": "borger-odoorn", "saxenburgh (coevorden)": "saxenburgh",
             "ggz-drenthe": "ggz drenthe"}

    def lookup(sector: str, name: str) -> Organisation:
        key = alias.get(name.lower(), name.lower())
        if sector == "Gemeenten":
            key = f"gemeente {key}"
        assert key in by_name, (sector, name)
        return by_name[key]

    leading: set[str] = set()
    sectors = 0
    for line in seed_lines[start + 1 :]:
        if not line.strip():
            break
        cells = line.split("\t")
        sector, lead = cells[0], cells[1]
        broad = cells[2] if len(cells) > 2 else ""
        sectors += 1
        for name in filter(None, (n.strip() for n in lead.split(","))):
            org = lookup(sector, name)
            assert org.coalition == Coalition.LEIDEND and org.sector == sector, name
            leading.add(org.name)
        broad = broad.replace("5D-samenwerking:", "").rstrip(".")
        for name in filter(None, (n.strip() for n in broad.split(","))):
            if sector == "Huisartsen":  # "Individuele HA in Drenthe"
                continue
            assert lookup(sector, name).coalition is not None, name
    assert sectors == 14
    assert {o.name for o in orgs if o.coalition == Coalition.LEIDEND} == leading
    assert all(o.sector for o in orgs if o.coalition is not None)


def test_iza_matrix_roles(session: Session, seed_lines: list[str]) -> None:
    start = next(i for i, ln in enumerate(seed_lines) if ln.startswith("Thema\tLeefstijl\t"))
    header = seed_lines[start].split("\t")[1:]
    leads = next(ln for ln in seed_lines[start:] if ln.startswith("Bestuurlijke trekkers:"))
    facilitators = next(ln for ln in seed_lines[start:] if ln.startswith("Facilitator:"))
    themes = {
        t.name: t
        for t in session.scalars(select(Theme).where(Theme.kind == ThemeKind.THEMAGROEP))
    }
    assert set(themes) == {re.sub(r"/\s+", "/", h.strip()) for h in header}
    for name, lead_cell, fac_cell in zip(
        header, leads.split("\t")[1:], facilitators.split("\t")[1:], strict=True
    ):
        theme = themes[re.sub(r"/\s+", "/", name.strip())]
        roles = session.scalars(select(Role).where(Role.theme_id == theme.id)).all()
        trekkers = [r for r in roles if r.capacity == "bestuurlijk trekker"]
        assert len(trekkers) == len(lead_cell.split(",")), name
        assert all(r.role == RoleKind.TREKKER and r.organisation_id for r in trekkers)
        assert any(r.capacity == "schrijfteam" for r in roles), name
        person_name = fac_cell.split("(")[0].strip()
        fac = [r for r in roles if r.capacity == "facilitator"]
        assert len(fac) == 1 and fac[0].person is not None
        assert fac[0].person.name == person_name
    assert not any(p.publishable for p in session.scalars(select(Person)))


def test_rode_draden(session: Session, seed_lines: list[str]) -> None:
    start = seed_lines.index("Rode draden")
    names = []
    for line in seed_lines[start + 1 :]:
        if line.startswith("Figuur"):
            break
        if line.strip():
            names.append(line.strip())
    assert len(names) == 6
    tags = {t.name for t in session.scalars(select(Tag).where(Tag.kind == "rode draad"))}
    assert set(names) <= tags


def test_indicators_are_stated_in_their_goal(session: Session) -> None:
    indicators = session.scalars(select(Indicator)).all()
    assert indicators
    for ind in indicators:
        goal = session.get(Goal, ind.goal_id)
        assert goal is not None and goal.text and ind.target is not None
        number = f"{ind.target:g}"
        assert re.search(rf"(?<![\d.,]){number}\s?%", goal.text), (goal.code, ind.name)
        if ind.target_year is not None:
            assert str(ind.target_year) in goal.text, (goal.code, ind.name)


def test_builds_fast_without_the_seeds(tmp_path: Path) -> None:
    import zorgdesk.samples.iza_drenthe as module
    from zorgdesk.samples import write_sample

    assert "seeds" not in Path(module.__file__).read_text(encoding="utf-8")
    began = time.perf_counter()
    write_sample("iza-drenthe", tmp_path / "iza.zorgdesk")
    assert time.perf_counter() - began < 3.0
