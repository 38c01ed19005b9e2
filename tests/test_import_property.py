"""Property: a mutated JSON export is either refused with a Dutch sentence and nothing
written, or it becomes a workspace that opens, reads on every page's query, makes reports
and passes `zorgdesk check`, each step within a time bound.

Kept to a modest number of examples (about 25 s on the CI machine); the mutations are the
ones that broke imports before: odd numbers and dates, invisible and huge text, missing
and unknown fields, duplicated rows, loops in the goal tree.
"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import make_small_workspace
from zorgdesk.services.workspace.export import export_document
from zorgdesk.services.workspace.json_import import JsonImportError, import_json
from zorgdesk.store import open_store
from zorgdesk.store.integrity import check_file

STEP_SECONDS = 10.0
ENGLISH = ("Traceback", "Expecting", "Error", "decode", "delimiter", "invalid literal")

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.just(""), st.just("\u200b\u2060"),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 9, 13, 1989, 2101, 9999, 10**9, 2**63 - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["9999-12-31", "0001-01-01", "2025-02-30", "2025-13-01",
                     "9999-12-31T23:59:59", "2025-06-01T10:00:00", "1,234.56", "jan@x..nl",
                     "NaN", "ja", "kwartaal", "toegezegd"]),
    st.text(max_size=40),
    st.integers(min_value=1_000, max_value=120_000).map(lambda n: "x" * n),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.none(),
                                                         max_size=1),
)


DATES = st.dates().map(lambda d: d.isoformat())
TEXTS = st.one_of(st.text(max_size=60), st.just("\u200b \u2060"), st.just("jan@x..nl"),
                  st.integers(min_value=200, max_value=120_000).map(lambda n: "woord " * (n // 6)),
                  st.integers(min_value=1_000, max_value=120_000).map(lambda n: "x" * n))


def like(value: object) -> st.SearchStrategy[object]:
    """Odd values of the kind the field holds, so that many mutants pass the door."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.one_of(st.integers(min_value=-5, max_value=3000),
                         st.sampled_from([0, -1, 9, 13, 1989, 2101, 9999, 10**9]))
    if isinstance(value, float):
        return st.floats(allow_nan=True, allow_infinity=True)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        if "T" in value:
            return st.datetimes().map(lambda d: d.replace(microsecond=0).isoformat())
        return DATES
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return st.just(value)  # an id: leave references intact
    return TEXTS


@pytest.fixture(scope="module")
def base_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    ws = make_small_workspace(tmp_path_factory.mktemp("basis") / "w.zorgdesk")
    with open_store(ws, readonly=True) as store:
        return export_document(store)


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    tables: dict[str, list[dict[str, Any]]] = doc["tables"]
    for _ in range(draw(st.integers(min_value=1, max_value=2))):
        filled = sorted(name for name, rows in tables.items()
                        if isinstance(rows, list) and any(rows))
        table = draw(st.sampled_from(filled))
        rows = tables[table]
        row = draw(st.sampled_from([r for r in rows if r]))
        kind = draw(st.sampled_from(["set"] * 12 + ["drop-field", "unknown-field", "duplicate",
                                                    "drop-row", "drop-row", "loop", "top"]))
        if kind == "set":
            field = draw(st.sampled_from(sorted(row)))
            odd = draw(st.integers(min_value=0, max_value=7)) == 0  # now and then: anything
            row[field] = draw(ODD_VALUES if odd else like(row[field]))
        elif kind == "drop-field":
            row.pop(draw(st.sampled_from(sorted(row))))
        elif kind == "unknown-field":
            row["onbekend"] = 1
        elif kind == "duplicate":
            rows.append(copy.deepcopy(row))
        elif kind == "drop-row":
            rows.remove(row)
        elif kind == "loop" and tables["goal"]:
            goal = draw(st.sampled_from(tables["goal"]))
            goal["parent_id"] = goal["id"]
        elif kind == "top":
            doc[draw(st.sampled_from(["format", "format_version", "schema_version"]))] = \
                draw(ODD_VALUES)
    return doc


def timed(label: str, call: Any) -> Any:
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    assert took < STEP_SECONDS, f"{label} duurde {took:.1f} s"
    return result


def readers_and_reports(path: Path, out: Path) -> None:
    from zorgdesk.reports import build_report
    from zorgdesk.services.goals.tree import load_goal_tree
    from zorgdesk.services.meetings.calendar import build_calendar
    from zorgdesk.services.meetings.queries import load_meetings
    from zorgdesk.services.partners.matrix import load_matrix
    from zorgdesk.services.timeline.queries import load_timeline
    from zorgdesk.services.workspace.overview import load_overview

    store = timed("openen", lambda: open_store(path, lock=True))
    try:
        timed("overzicht", lambda: load_overview(store))
        timed("doelen", lambda: load_goal_tree(store))
        for zoom in ("jaar", "kwartaal", "maand"):
            timed(f"tijdlijn {zoom}", lambda z=zoom: load_timeline(store, z))
        timed("partners", lambda: load_matrix(store))
        timed("overleggen", lambda: load_meetings(store))
        timed("ical", lambda: build_calendar(store))
    finally:
        store.close()
    for kind in ("werkagenda", "timeline", "matrix"):
        timed(f"rapport {kind}", lambda k=kind: build_report(k, path, out / f"{k}.pdf"))
    report = timed("check", lambda: check_file(path))
    assert report.ok, report.problems


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_export_is_refused_or_works(data: st.DataObject, base_document: dict[str, Any],
                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    doc = data.draw(mutated(base_document))
    folder = tmp_path_factory.mktemp("mutant")
    source = folder / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = folder / "uit.zorgdesk"
    try:
        timed("import", lambda: import_json(source, target))
    except JsonImportError as exc:
        assert "in.json" in exc.message, exc.message
        assert not any(word in exc.message for word in ENGLISH), exc.message
        assert not target.exists()
        assert [p.name for p in folder.iterdir()] == ["in.json"]
        return
    readers_and_reports(target, folder)
