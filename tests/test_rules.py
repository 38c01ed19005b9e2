"""Impossible data is refused at every door: the JSON import, every edit through a Store
(services), and `zorgdesk check` finds what older versions let in. Reports and the
iCalendar export of such older files fail with a Dutch sentence, never a traceback."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import make_small_workspace
from zorgdesk import cli
from zorgdesk.services.goals.progress import parse_number
from zorgdesk.services.workspace.export import export_document
from zorgdesk.services.workspace.json_import import JsonImportError, import_json
from zorgdesk.store import StoreError, open_store
from zorgdesk.store.integrity import check_file
from zorgdesk.store.rules import TITLE_MAX, visible


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    ws = make_small_workspace(tmp_path_factory.mktemp("doc") / "w.zorgdesk")
    with open_store(ws, readonly=True) as store:
        return export_document(store)


Mutation = Callable[[dict[str, list[dict[str, Any]]]], None]


def _set(table: str, field: str, value: object, row: int = 0) -> Mutation:
    def mutate(tables: dict[str, list[dict[str, Any]]]) -> None:
        tables[table][row][field] = value
    return mutate


def _cycle(tables: dict[str, list[dict[str, Any]]]) -> None:
    goals = tables["goal"]
    top = next(g for g in goals if g["parent_id"] is None)
    child = next(g for g in goals if g["parent_id"] == top["id"])
    top["parent_id"] = child["id"]


BAD: dict[str, tuple[Mutation, str]] = {
    "goal cycle": (_cycle, "onder zichzelf"),
    "quarter 9": (_set("milestone", "quarter", 9), "kwartaal"),
    "month 13": (_set("milestone", "month", 13), "maand"),
    "month -1": (_set("milestone", "month", -1), "maand"),
    "year 1": (_set("milestone", "year", 1), "jaar"),
    "year 9999": (_set("year_mark", "year", 9999), "jaar"),
    "year 10**9": (_set("goal", "target_year", 10**9), "streefjaar"),
    "exact date 9999": (_set("milestone", "due_date", "9999-12-31"), "1990 en 2100"),
    "exact date year 1": (_set("status_update", "reported_on", "0001-01-01"), "1990 en 2100"),
    "meeting 9999-12-31": (_set("meeting", "starts_at", "9999-12-31T23:00:00"), "1990 en 2100"),
    "period 1-9999": (lambda t: t["workspace"][0].update(period_from=1, period_to=9999), "jaar"),
    "period backwards": (lambda t: t["workspace"][0].update(period_from=2027, period_to=2024),
                         "achteruit"),
    "amount 10**15": (lambda t: t["funding_line"].append(
        {"id": "00000000-0000-4000-8000-000000000001", "amount_cents": 10**15,
         "status": "toegezegd", "year": 2025}), "bedrag"),
    "email jan@x..nl": (lambda t: t["person"].append(
        {"id": "00000000-0000-4000-8000-000000000002", "name": "Jan",
         "email": "jan@x..nl"}), "e-mailadres"),
    "invisible title": (_set("goal", "title", "\u200b \u2060\ufeff"), "onzichtbare"),
    "title too long": (_set("goal", "title", "x" * (TITLE_MAX + 1)), "ten hoogste 1000"),
    "negative minutes": (lambda t: t["agenda_item"].append(
        {"id": "00000000-0000-4000-8000-000000000003", "meeting_id": t["meeting"][0]["id"],
         "title": "Punt", "minutes_allotted": -5}), "minuten"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_import_refuses_impossible_data(case: str, document: dict[str, Any],
                                        tmp_path: Path) -> None:
    doc = copy.deepcopy(document)
    mutate, words = BAD[case]
    mutate(doc["tables"])
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "uit.zorgdesk"
    with pytest.raises(JsonImportError) as caught:
        import_json(source, target)
    assert words in caught.value.message and "in.json" in caught.value.message
    assert not target.exists()


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_import_refuses_numbers_that_are_not(text: str, document: dict[str, Any],
                                             tmp_path: Path) -> None:
    doc = copy.deepcopy(document)
    doc["tables"]["indicator"] = [{"id": "00000000-0000-4000-8000-000000000004",
                                   "goal_id": doc["tables"]["goal"][0]["id"], "name": "Meting",
                                   "baseline": 0.0}]
    raw = json.dumps(doc).replace('"baseline": 0.0', f'"baseline": {text}')
    source = tmp_path / "in.json"
    source.write_text(raw, encoding="utf-8")
    with pytest.raises(JsonImportError) as caught:
        import_json(source, tmp_path / "uit.zorgdesk")
    assert "baseline" in caught.value.message


def test_json_syntax_error_is_in_dutch(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kapot.json"
    source.write_text('{"format": "zorgdesk-workspace" "tables": {}}', encoding="utf-8")
    assert cli.main(["import", str(source), "--out", str(tmp_path / "uit.zorgdesk")]) == 1
    err = capsys.readouterr().err
    assert "kapot.json" in err and "er ontbreekt een komma" in err
    assert "Expecting" not in err and "delimiter" not in err


# --- services ---------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = make_small_workspace(tmp_path / "w.zorgdesk")
    opened = open_store(ws, lock=True)
    yield opened
    opened.close()


def test_services_refuse_impossible_edits(store: Any) -> None:
    from zorgdesk.models import Goal, Meeting, Milestone, Workspace
    from zorgdesk.services.goals.commands import create_goal, move_goal, update_goal
    from zorgdesk.services.meetings.agenda import add_item

    before = check_file(store.path).counts
    with store.session() as s:
        goals = {g.code: g.id for g in s.query(Goal)}
        meeting_id = s.query(Meeting).one().id
        milestone_id = s.query(Milestone).one().id
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: add_item(store, meeting_id, "Punt", minutes_allotted=-5), "minuten"),
        (lambda: create_goal(store, title="\u200b\u200b", parent_id=goals["2.1.1"]),
         "onzichtbare"),
        (lambda: update_goal(store, goals["2.1.1"], target_year=9999), "streefjaar"),
        (lambda: move_goal(store, goals["2.1.1"], parent_id=goals["2.1.1.A"], theme_id=None,
                           row=0), "onder zichzelf"),
    ]
    for call, words in cases:
        with pytest.raises(StoreError) as caught:
            call()
        assert words in caught.value.message
    for field, value, words in (("quarter", 9, "kwartaal"), ("month", 13, "maand")):
        with pytest.raises(StoreError) as caught, store.transaction() as s:
            setattr(s.get(Milestone, milestone_id), field, value)
        assert words in caught.value.message
    with pytest.raises(StoreError) as caught, store.transaction() as s:
        ws = s.query(Workspace).one()
        ws.period_from, ws.period_to = 1, 9999
    assert "periode" in caught.value.message
    assert check_file(store.path).counts == before


@pytest.mark.parametrize(("text", "value"), [
    ("1,234.56", 1234.56), ("1.234,56", 1234.56), ("1.234", 1234.0), ("12,5", 12.5),
    ("€ 15.300,00", 15300.0), ("1,234,567", 1234567.0), ("-3,5", -3.5), ("12%", 12.0),
])
def test_parse_number_reads_both_conventions(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e400", "Infinity", "1,23.4",
                                  "12.34,5.6", "1e13", "0x10"])
def test_parse_number_refuses_what_is_no_amount(text: str) -> None:
    with pytest.raises(StoreError):
        parse_number(text)


def test_visible() -> None:
    assert not visible(" \u200b\u00ad\t\ufeff\u2060")
    assert visible("\u200bA") and visible("é")


# --- older files with impossible values -------------------------------------------------------


def legacy(path: Path, sql: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return path


def test_check_finds_impossible_values_in_older_files(tmp_path: Path) -> None:
    ws = legacy(make_small_workspace(tmp_path / "w.zorgdesk"), "UPDATE milestone SET quarter=9")
    report = check_file(ws)
    assert not report.ok and "milestone.quarter" in " ".join(report.problems)


def test_ical_of_an_older_file_with_year_9999(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ws = legacy(make_small_workspace(tmp_path / "w.zorgdesk"),
                "UPDATE meeting SET starts_at='9999-12-31 23:00:00.000000', ends_at=NULL")
    out = tmp_path / "x.ics"
    assert cli.main(["ical", str(ws), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "onmogelijke datum" in err and "Traceback" not in err and not out.exists()


def test_long_text_is_laid_out_in_pieces_and_all_of_it_printed(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from zorgdesk.models import Goal
    from zorgdesk.reports import build_report
    from zorgdesk.reports.werkagenda import CHUNK, chunked

    text = "begin " + "woord " * 15_000 + "x" * 5_000 + " EINDE"
    pieces = chunked(text)
    assert all(len(p) <= CHUNK for p in pieces) and "".join(pieces).replace(" ", "") == \
        text.replace(" ", "")
    ws = make_small_workspace(tmp_path / "w.zorgdesk")
    with open_store(ws, lock=True) as store, store.transaction() as s:
        goal = s.query(Goal).filter(Goal.code == "2.1.1.A").one()
        goal.text = text
    out = build_report("werkagenda", ws, tmp_path / "w.pdf")
    printed = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "begin" in printed and "EINDE" in printed
