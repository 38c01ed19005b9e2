"""Role matrix services on real sample files: reads, selection-wide edits with snapshot undo,
refused edits, and the IZA theme matrix and appendix-B coalitions against seed 001."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from zorgdesk.services.partners import matrix as rm
from zorgdesk.services.undo import apply_state
from zorgdesk.store import Store, StoreError, open_store

SEED_NAME = "001_444d5bc8582abb7a.txt"


@pytest.fixture
def iza(sample_copy: Callable[[str], Path]) -> Iterator[Store]:
    store = open_store(sample_copy("iza-drenthe"))
    yield store
    store.close()


@pytest.fixture
def seed_lines(seeds: Path) -> list[str]:
    path = seeds / SEED_NAME
    if not path.is_file():
        pytest.skip("seed 001 ontbreekt naast deze checkout")
    return path.read_text(encoding="utf-8").split("\n")


def org_roles(store: Store) -> set[tuple[str, str, str]]:
    conn = store.reader()
    try:
        return set(conn.execute(
            "SELECT goal_id, organisation_id, role FROM role "
            "WHERE goal_id IS NOT NULL AND organisation_id IS NOT NULL").fetchall())
    finally:
        conn.close()


def test_matrix_rows_grouped_by_theme(iza: Store) -> None:
    data = rm.load_matrix(iza)
    assert not data.rows[0].is_goal  # a theme heads the first group
    goals = [r for r in data.rows if r.is_goal]
    assert len(goals) == 103
    assert sum(len(v) for v in data.cells.values()) == len(org_roles(iza))
    # every goal follows its theme row: the codes 2.x of one group share the theme's code
    theme_code = None
    for row in data.rows:
        if not row.is_goal:
            theme_code = row.code
        elif row.code and theme_code:
            assert row.code.startswith(theme_code), (row.code, theme_code)


def test_set_roles_replaces_and_undo_restores_exactly(iza: Store) -> None:
    data = rm.load_matrix(iza)
    (r, c), roles = next(iter(data.cells.items()))
    held_goal, held_org = data.rows[r].id, data.orgs[c].id
    other_goal = next(row.id for row in data.rows if row.is_goal and row.id != held_goal)
    pairs = [(held_goal, held_org), (other_goal, held_org), (other_goal, data.orgs[0].id)]
    before_all = org_roles(iza)
    goals, orgs = {g for g, _ in pairs}, {o for _, o in pairs}
    before = rm.capture(iza, goals, orgs)
    assert rm.set_roles(iza, pairs, "trekker") == 3
    after = rm.capture(iza, goals, orgs)
    stored = org_roles(iza)
    for g, o in pairs:
        assert {x[2] for x in stored if x[:2] == (g, o)} == {"trekker"}
    assert rm.set_roles(iza, pairs, "trekker") == 0  # nothing left to change
    apply_state(iza, after, before)
    assert org_roles(iza) == before_all
    assert roles == rm.load_matrix(iza).cells[(r, c)]
    apply_state(iza, before, after)
    assert org_roles(iza) == stored
    rm.set_roles(iza, pairs, None)
    assert not [x for x in org_roles(iza) if x[:2] in set(pairs)]


def test_refused_edits_change_nothing(iza: Store) -> None:
    data = rm.load_matrix(iza)
    goal = next(r.id for r in data.rows if r.is_goal)
    before = org_roles(iza)
    with pytest.raises(StoreError, match="Onbekende rol"):
        rm.set_roles(iza, [(goal, data.orgs[0].id)], "baas")
    with pytest.raises(StoreError, match="bestaat niet meer"):
        rm.set_roles(iza, [(goal, data.orgs[0].id), ("weg", data.orgs[1].id)], "trekker")
    with pytest.raises(StoreError, match="Kies eerst"):
        rm.set_roles(iza, [], "trekker")
    assert org_roles(iza) == before


def test_without_trekker(iza: Store) -> None:
    data = rm.load_matrix(iza)
    missing = data.without_trekker()
    goal_row = next(iter(missing))
    rm.set_roles(iza, [(data.rows[goal_row].id, data.orgs[0].id)], "trekker")
    assert rm.load_matrix(iza).without_trekker() == missing - {goal_row}


def test_theme_matrix_matches_seed(iza: Store, seed_lines: list[str]) -> None:
    start = next(i for i, ln in enumerate(seed_lines) if ln.startswith("Thema\tLeefstijl\t"))
    header = [re.sub(r"/\s+", "/", h.strip()) for h in seed_lines[start].split("\t")[1:]]
    leads = next(ln for ln in seed_lines[start:] if ln.startswith("Bestuurlijke trekkers:"))
    facilitators = next(ln for ln in seed_lines[start:] if ln.startswith("Facilitator:"))
    matrix = rm.load_theme_matrix(iza)
    assert set(matrix.themes) == set(header)
    assert matrix.capacities[:3] == ["bestuurlijk trekker", "schrijfteam", "facilitator"]
    for name, lead_cell, fac_cell in zip(header, leads.split("\t")[1:],
                                         facilitators.split("\t")[1:], strict=True):
        col = matrix.themes.index(name)
        assert len(matrix.cells[(0, col)]) == len(lead_cell.split(",")), name
        assert len(matrix.cells[(1, col)]) >= 5, name
        assert matrix.cells[(2, col)][0].startswith(fac_cell.split("(")[0].strip()), name


def test_coalitions_match_appendix_b(iza: Store, seed_lines: list[str]) -> None:
    start = next(i for i, ln in enumerate(seed_lines)
                 if ln.strip() == "Leidende coalitie\tBrede coalitie")
    expected: dict[str, int] = {}
    for line in seed_lines[start + 1:]:
        if not line.strip():
            break
        cells = line.split("\t")
        expected[cells[0]] = len([n for n in cells[1].split(",") if n.strip()])
    rows = rm.load_coalitions(iza)
    assert [r.sector for r in rows] == list(expected)
    assert {r.sector: len(r.leading) for r in rows} == expected
    assert sum(len(r.broad) for r in rows) > 40
