"""The drenthe-werkagenda sample checked against its sources, seeds 000, 002 and 003.

Counts, codes and amounts are parsed from the seed text here, so a wrong transcription fails
and so does anything the sample adds that the sources do not say.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from zorgdesk.store import open_store
from zorgdesk.store.schema import sqlite_uri

SEED_AGENDA = "000_0b76fa6a339ea114.txt"
SEED_FINANCING = "002_a9155f93d703f73b.txt"
SEED_HISTORY = "003_0350893384994405.txt"
DUTCH_NUMBERS = {"twaalf": 12, "drie": 3}


def normalise(text: str) -> str:
    """Plain running text: no HTML tags, list bullets, emphasis marks or line breaks."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("*", "")
    text = re.sub(r"(?m)^\s*(?:[-•]|\d+\.)\s+", " ", text)
    text = text.replace("•", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def db(sample_files: dict[str, Path]) -> Iterator[sqlite3.Connection]:
    store = open_store(sample_files["drenthe-werkagenda"])
    conn = sqlite3.connect(sqlite_uri(store.path), uri=True)  # a plain file read
    store.close()
    yield conn
    conn.close()


@pytest.fixture
def agenda(seeds: Path) -> str:
    return (seeds / SEED_AGENDA).read_text(encoding="utf-8")


@pytest.fixture
def financing(seeds: Path) -> str:
    return (seeds / SEED_FINANCING).read_text(encoding="utf-8")


@pytest.fixture
def all_seeds(seeds: Path) -> str:
    return normalise(" ".join(
        (seeds / name).read_text(encoding="utf-8")
        for name in (SEED_AGENDA, SEED_FINANCING, SEED_HISTORY)
    ))


def numbered_list(text: str, after: str, count: int) -> dict[str, str]:
    """The first `count` numbered items after the phrase `after`: number -> text."""
    start = text.index(after) + len(after)
    items = re.findall(r"(?m)^\s*(\d+)\.\s+(.+?)[;.]?\s*$", text[start:])[:count]
    return {number: item.strip() for number, item in items}


def pieces(text: str) -> list[str]:
    """Sentences and lines of a text, without bare list numbers ("2.")."""
    parts = re.split(r"(?<=[.;:])\s+|\n", text)
    return [p for p in parts if p.strip() and not re.fullmatch(r"\s*\d+\.\s*", p)]


def test_workspace(db: sqlite3.Connection, agenda: str) -> None:
    name, region, start, end, sample = db.execute(
        "SELECT name, region, period_from, period_to, sample_name FROM workspace"
    ).fetchone()
    assert name.upper() in agenda
    assert (region, start, end, sample) == ("Drenthe", 2022, 2026, "drenthe-werkagenda")


def test_twelve_municipalities(db: sqlite3.Connection, agenda: str, financing: str) -> None:
    word = re.search(r"de (\w+) Drentse gemeenten", agenda)
    assert word is not None
    assert DUTCH_NUMBERS[word.group(1)] == 12
    number = re.search(r"over de (\d+) Drentse gemeenten", financing)
    assert number is not None and int(number.group(1)) == 12

    rows = db.execute(
        "SELECT short_name, population FROM organisation WHERE kind = 'gemeente'"
    ).fetchall()
    assert len(rows) == 12
    assert all(population is None for _, population in rows)  # no seed gives inhabitants
    names = {name for name, _ in rows}
    assert {"Hoogeveen", "Emmen"} <= names  # the two the seeds name


def test_partners(db: sqlite3.Connection, agenda: str) -> None:
    kinds = dict(db.execute(
        "SELECT name, kind FROM organisation WHERE kind IN "
        "('zorgverzekeraar', 'zorgkantoor', 'provincie')"
    ).fetchall())
    assert kinds == {
        "Zilveren Kruis": "zorgverzekeraar",
        "Zilveren Kruis Zorgkantoor": "zorgkantoor",
        "Provincie Drenthe": "provincie",
    }
    assert "Zilveren Kruis Zorgkantoor voert de Wet langdurige zorg" in agenda
    others = [n for (n,) in db.execute(
        "SELECT coalesce(short_name, name) FROM organisation WHERE kind NOT IN "
        "('gemeente', 'zorgverzekeraar', 'zorgkantoor', 'provincie')"
    )]
    for other in others:
        assert other in agenda or other.lower() in normalise(agenda), other


def test_themes_as_in_seed(db: sqlite3.Connection, agenda: str) -> None:
    seed_themes = numbered_list(agenda, "gewerkt aan de hand van drie thema's:", 3)
    themes = dict(db.execute(
        "SELECT code, name FROM theme WHERE kind = 'themagroep'"
    ).fetchall())
    assert themes == seed_themes
    overarching = [n for (n,) in db.execute("SELECT name FROM theme WHERE kind = 'overkoepelend'")]
    assert overarching == ["Goede en bereikbare zorg"]
    assert "overkoepelende themagroep" in agenda
    assert overarching[0].lower() in agenda.lower()


def test_overarching_goals(db: sqlite3.Connection, agenda: str) -> None:
    seed_goals = numbered_list(agenda, "een drietal aanvullende doelen gesteld.", 3)
    goals = dict(db.execute(
        "SELECT g.code, g.title FROM goal g JOIN theme t ON t.id = g.theme_id "
        "WHERE g.level = 'strategisch' AND t.kind = 'overkoepelend'"
    ).fetchall())
    assert goals == seed_goals
    assert db.execute("SELECT count(*) FROM goal WHERE level = 'strategisch'").fetchone()[0] == 3


def test_matrix_cells(db: sqlite3.Connection, agenda: str) -> None:
    """Each cell of the overarching goal x theme table: a goal under both."""
    cells = db.execute(
        "SELECT p.code, t.name, g.title FROM goal g JOIN goal p ON p.id = g.parent_id "
        "JOIN theme t ON t.id = g.theme_id WHERE p.level = 'strategisch'"
    ).fetchall()
    seed_cells = re.findall(r"<li>• (.*?)</li>", agenda)
    # the table's one cell that is not a bullet (continued after a page break)
    assert len(cells) == len(seed_cells) + 1
    assert {t for _, t, _ in cells} == {"Ouderenzorg", "Sluitende keten GGZ", "Sport & Preventie"}
    assert sorted(title for *_, title in cells if title in seed_cells) == sorted(seed_cells)


def test_numbered_theme_goals(db: sqlite3.Connection, agenda: str) -> None:
    elderly = numbered_list(agenda, "waarin de volgende thema's aan de orde komen:", 6)
    sport_text = agenda[agenda.index("Er worden 5 thema's benoemd"):]
    sport = dict(re.findall(r"(\d)\) (.+?)(?=(?:,| en)? \d\)|\. )", sport_text)[:5])

    def coded(theme: str) -> dict[str, str]:
        return {code: title.lower() for code, title in db.execute(
            "SELECT g.code, g.title FROM goal g JOIN theme t ON t.id = g.theme_id "
            "WHERE t.name = ? AND g.code IS NOT NULL", (theme,)
        )}

    assert coded("Ouderenzorg") == {k: v.lower() for k, v in elderly.items()}
    assert coded("Sport & Preventie") == {k: v.strip().lower() for k, v in sport.items()}
    assert coded("Sluitende keten GGZ") == {}  # the GGZ list is not numbered


def test_goal_texts_in_seed(db: sqlite3.Connection, agenda: str) -> None:
    seed = normalise(agenda)
    for title, text in db.execute("SELECT title, text FROM goal"):
        assert normalise(title) in seed, title
        if text is not None:
            assert normalise(text) in seed, text


def test_all_text_from_seeds(db: sqlite3.Connection, all_seeds: str) -> None:
    queries = (
        "SELECT description FROM workspace", "SELECT vision_text FROM workspace",
        "SELECT description FROM theme", "SELECT notes FROM organisation",
        "SELECT description FROM programme", "SELECT description FROM body",
        "SELECT frequency FROM body", "SELECT note FROM body_member", "SELECT note FROM role",
        "SELECT description FROM funding_line", "SELECT name FROM related_initiative",
        "SELECT description FROM related_initiative", "SELECT title FROM agenda_item",
        "SELECT minutes_text FROM agenda_item",
    )
    for sql in queries:
        for (value,) in db.execute(sql):
            if value is None:
                continue
            for piece in pieces(value):
                assert normalise(piece).rstrip(".;:") in all_seeds, (sql, piece)


def test_financing_equals_seed(db: sqlite3.Connection, financing: str) -> None:
    def euros(pattern: str) -> int:
        found = re.search(pattern, financing)
        assert found is not None, pattern
        return int(found.group(1).replace(".", ""))

    total = euros(r"kosten van procesbegeleiding bedragen €([\d.]+)")
    province = euros(r"Provincie Drenthe.*?€([\d.]+) per jaar")
    insurer = euros(r"Zilveren Kruis heeft een jaarlijkse financiële bijdrage van €([\d.]+)")
    municipalities = euros(r"resterende bedrag van €([\d.]+)")
    hoogeveen = euros(r"gemeente Hoogeveen van €([\d.]+) per jaar")
    assert (total, province, insurer, municipalities, hoogeveen) == (
        115_000, 40_000, 10_000, 65_000, 7_300)
    years = re.search(r"\((\d{4}) - (\d{4})\)", financing)
    assert years is not None
    first, last = int(years.group(1)), int(years.group(2))

    lines = db.execute(
        "SELECT coalesce(o.short_name, o.name, f.source_name), f.amount_cents, f.year, f.status, "
        "f.description, f.goal_id FROM funding_line f "
        "LEFT JOIN organisation o ON o.id = f.source_organisation_id"
    ).fetchall()
    by_source: dict[str, list[tuple[int, int | None, str]]] = {}
    for source, cents, year, status, description, goal_id in lines:
        assert goal_id is None
        assert "€115.000" in description  # the total is stated, not booked as a line
        by_source.setdefault(source, []).append((cents, year, status))
    assert sorted(by_source["Provincie Drenthe"]) == [
        (province * 100, 2019, "toegezegd"), (province * 100, 2020, "toegezegd")]
    assert by_source["Zilveren Kruis"] == [(insurer * 100, None, "toegezegd")]
    assert by_source["De 12 Drentse gemeenten (samen)"] == [(municipalities * 100, None, "beoogd")]
    assert sorted(by_source["Hoogeveen"]) == [
        (hoogeveen * 100, year, "toegezegd") for year in range(first, last + 1)]
    assert len(lines) == 2 + 1 + 1 + (last - first + 1)  # nothing for the other municipalities
    assert province + insurer + municipalities == total


def test_bodies(db: sqlite3.Connection, all_seeds: str) -> None:
    bodies = dict(db.execute("SELECT name, frequency FROM body").fetchall())
    for name in bodies:  # themagroepen are named after their theme
        if not name.startswith("Themagroep "):
            assert normalise(name) in all_seeds, name
    assert bodies["Bestuurlijke dialoogtafel"] == "Twee jaarlijks"
    assert {n for n, f in bodies.items() if f is not None} == {"Bestuurlijke dialoogtafel"}
    themed = db.execute("SELECT count(*) FROM body WHERE kind = 'themagroep' AND theme_id "
                        "IS NOT NULL").fetchone()[0]
    assert themed == 4
    agenda_members = db.execute(
        "SELECT o.name FROM body_member m JOIN organisation o ON o.id = m.organisation_id "
        "JOIN body b ON b.id = m.body_id WHERE m.role = 'agendalid' "
        "AND b.name = 'Themagroep goede en bereikbare zorg'"
    ).fetchall()
    assert sorted(n for (n,) in agenda_members) == ["Provincie Drenthe", "Zilveren Kruis"]


def test_nothing_invented(db: sqlite3.Connection) -> None:
    def count(sql: str) -> int:
        value: int = db.execute(sql).fetchone()[0]
        return value

    assert count("SELECT count(*) FROM person") == 0  # the public version names nobody
    assert count("SELECT count(*) FROM status_update") == 0  # no lights in the seeds
    assert count("SELECT count(*) FROM milestone") == 0
    assert count("SELECT count(*) FROM indicator") == 0
    assert count("SELECT count(*) FROM organisation WHERE population IS NOT NULL") == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_history_results(db: sqlite3.Connection, seeds: Path) -> None:
    page = (seeds / SEED_HISTORY).read_text(encoding="utf-8")
    results = page[page.index("Aantal voorbeelden hiervan zijn:"):page.index("Tegelijkertijd")]
    seed_items = [re.sub(r"\s*\(.*?\)\s*;?$|;$", "", line.strip(" •\t")).strip()
                  for line in results.splitlines()[1:] if line.strip().startswith("•")]
    names = [n for (n,) in db.execute(
        "SELECT name FROM related_initiative ORDER BY position")]
    assert len(names) == len(seed_items) == 5
    for name, item in zip(names, seed_items, strict=True):
        assert name.startswith(item[:30]), (name, item)
