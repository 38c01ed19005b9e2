"""The goal, milestone and progress services against a real store, and their undo captures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace
from zorgdesk.services.goals import commands as goal_edit
from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.timeline import commands as milestones
from zorgdesk.services.timeline.queries import due_within, load_timeline
from zorgdesk.services.undo import apply_state, merge
from zorgdesk.store import Store, StoreError, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(make_small_workspace(tmp_path / "proef.zorgdesk"))


def goals(store: Store) -> dict[str, tuple[str | None, str | None, int]]:
    """code -> (parent code, theme id, position)"""
    conn = store.reader()
    try:
        rows = conn.execute("SELECT g.code, p.code, g.theme_id, g.position FROM goal g "
                            "LEFT JOIN goal p ON p.id = g.parent_id").fetchall()
    finally:
        conn.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def goal_id(store: Store, code: str) -> str:
    return next(g.id for g in load_goal_tree(store).goals if g.code == code)


def dump(store: Store) -> list[tuple[object, ...]]:
    conn = store.reader()
    try:
        out: list[tuple[object, ...]] = []
        for table in ("goal", "milestone", "year_mark", "status_update", "role", "tag",
                      "goal_tag", "indicator", "measurement"):
            out += sorted(((table, *r) for r in conn.execute(f"SELECT * FROM {table}")), key=repr)
        return out
    finally:
        conn.close()


def test_new_goals_get_the_next_code_in_the_style_of_their_siblings(store: Store) -> None:
    strat = goal_id(store, "2.1.1")
    new = goal_edit.create_goal(store, title="Mantelzorg ontlasten", parent_id=strat)
    tree = {g.id: g for g in load_goal_tree(store).goals}
    assert tree[new].code == "2.1.1.C" and tree[new].level == "operationeel"
    top = goal_edit.create_goal(store, title="Nieuw strategisch doel",
                                theme_id=tree[strat].theme_id)
    assert {g.id: g for g in load_goal_tree(store).goals}[top].code == "2.1.2"
    with pytest.raises(StoreError, match="titel"):
        goal_edit.create_goal(store, title="   ", parent_id=strat)


def test_move_renumber_and_their_undo(store: Store) -> None:
    a, b = goal_id(store, "2.1.1.A"), goal_id(store, "2.1.1.B")
    strat = goal_id(store, "2.1.1")
    before = goal_edit.capture_tree(store)
    goal_edit.move_goal(store, b, parent_id=strat, theme_id=None, row=0)
    assert goals(store)["2.1.1.B"][2] == 0 and goals(store)["2.1.1.A"][2] == 1
    assert goal_edit.renumber_children(store, parent_id=strat, theme_id=None) == 2
    assert set(goals(store)) >= {"2.1.1.A", "2.1.1.B"}
    assert {g.id: g.code for g in load_goal_tree(store).goals}[b] == "2.1.1.A"
    after = goal_edit.capture_tree(store)
    apply_state(store, after, before)
    assert {g.id: g.code for g in load_goal_tree(store).goals}[a] == "2.1.1.A"
    with pytest.raises(StoreError, match="onder zichzelf"):
        goal_edit.move_goal(store, strat, parent_id=a, theme_id=None, row=0)


def test_moving_to_another_theme_takes_the_subtree_along(store: Store) -> None:
    strat = goal_id(store, "2.1.1")
    other = next(t.id for t in load_goal_tree(store).themes if t.code == "2.2")
    goal_edit.move_goal(store, strat, parent_id=None, theme_id=other, row=0)
    assert {code: theme for code, (_p, theme, _pos) in goals(store).items()} == {
        "2.1.1": other, "2.1.1.A": other, "2.1.1.B": other}


def test_delete_with_everything_and_undo_brings_all_back(store: Store) -> None:
    strat = goal_id(store, "2.1.1")
    summary = goal_edit.delete_summary(store, strat)
    assert summary["goals"] == 2 and summary["milestones"] == 1 and summary["updates"] == 1
    start = dump(store)
    before = goal_edit.capture_goal_with_all(store, strat)
    goal_edit.delete_goal(store, strat)
    after = goal_edit.capture_goal_with_all(store, strat)
    assert len(goals(store)) == 0
    apply_state(store, after, before)
    assert dump(store) == start


def test_fields_tags_and_programme_links(store: Store) -> None:
    a = goal_id(store, "2.1.1.A")
    goal_edit.update_goal(store, a, title="Netwerk dementie overal", target_tbd=True,
                          omschrijving="Een netwerk in elke gemeente.")
    tree = {g.id: g for g in load_goal_tree(store).goals}
    assert tree[a].title == "Netwerk dementie overal" and tree[a].target_tbd
    with pytest.raises(StoreError, match=r"2\.1\.1\.B"):
        goal_edit.update_goal(store, a, code="2.1.1.B")
    with pytest.raises(StoreError, match="streefjaar"):
        goal_edit.update_goal(store, a, target_year=3000)
    before = goal_edit.capture_tags(store, a)
    goal_edit.set_tags(store, a, ["Inwonersparticipatie", "inwonersparticipatie",
                                  " Digitalisering "])
    after = goal_edit.capture_tags(store, a)
    assert goal_edit.all_tag_names(store) == ["Digitalisering", "Inwonersparticipatie"]
    apply_state(store, after, before)
    assert goal_edit.all_tag_names(store) == []


def test_milestones_marks_and_the_timeline(store: Store) -> None:
    b = goal_id(store, "2.1.1.B")
    new = milestones.add_milestone(store, b, "Plan klaar", milestones.Period("kwartaal", 2026, 1))
    timeline = load_timeline(store, "kwartaal", today=date(2026, 2, 1))
    timeline.fill_all()
    row = next(r for r in timeline.rows if r.id == b)
    cells = {c.title: (col, c.late) for col, cs in row.milestones.items() for c in cs}
    assert cells["Aanpak vastgesteld"][1] is True  # Q2 2025 passed and not done
    assert cells["Plan klaar"][1] is False
    assert due_within(timeline, 3) == {b}
    milestones.move_milestone(store, new, milestones.Period("kwartaal", 2026, 3))
    assert milestones.get_milestone(store, new).period.quarter == 3
    milestones.update_milestone(store, new, title="Plan vastgesteld", status="gereed",
                                period=milestones.Period("maand", 2026, month=8))
    info = milestones.get_milestone(store, new)
    assert info.status == "gereed" and info.done_on == date.today() and info.period.month == 8
    assert milestones.toggle_year_mark(store, b, 2026) is True
    assert milestones.toggle_year_mark(store, b, 2026) is False
    with pytest.raises(StoreError, match="kwartaal"):
        milestones.add_milestone(store, b, "Fout", milestones.Period("kwartaal", 2026, 5))


def test_status_updates_indicators_and_dutch_numbers(store: Store) -> None:
    a = goal_id(store, "2.1.1.A")
    goal_progress.add_status_update(store, a, reported_on=date(2026, 6, 1), light="groen",
                                    results="Alle netwerken actief")
    assert [u.light for u in goal_progress.status_updates(store, a)] == ["groen", "oranje"]
    assert {g.id: g.light for g in load_goal_tree(store).goals}[a] == "groen"
    with pytest.raises(StoreError, match="verkeerslicht"):
        goal_progress.add_status_update(store, a, reported_on=date(2026, 6, 1), light="paars")
    ind = goal_progress.add_indicator(store, a, name="Aantal netwerken", unit="aantal",
                                      baseline=3, target=12, target_year=2027)
    start = goal_progress.capture_indicator(store, ind)
    goal_progress.add_measurement(store, ind, measured_on=date(2025, 1, 1), value=5)
    assert [m.value for m in goal_progress.indicators(store, a)[0].measurements] == [5.0]
    apply_state(store, merge(goal_progress.capture_indicator(store, ind)), start)
    assert goal_progress.indicators(store, a)[0].measurements == []
    assert goal_progress.parse_number("1.234,5") == 1234.5
    assert goal_progress.parse_number("1.234") == 1234
    assert goal_progress.parse_number("12,5%") == 12.5
    assert goal_progress.parse_number("0.75") == 0.75
    with pytest.raises(StoreError, match="geen getal"):
        goal_progress.parse_number("veel")


def test_every_change_records_its_author(tmp_path: Path) -> None:
    """A new and an edited goal name the computer account as their last changer (on a
    server it is the login's display name: tests/test_server_app.py)."""
    from sqlalchemy import update

    from zorgdesk.models import Goal
    from zorgdesk.services.goals.card import load_goal_card
    from zorgdesk.store.authors import local_author

    store = open_store(make_small_workspace(tmp_path / "proef.zorgdesk"))
    try:
        goal_id = goal_edit.create_goal(store, title="Nieuw doel")
        card = load_goal_card(store, goal_id)
        assert card.changed_by == local_author() and card.changed_at is not None
        with store.transaction() as session:
            session.execute(update(Goal).values(changed_by="iemand anders"))
        goal_edit.update_goal(store, goal_id, title="Anders")
        assert load_goal_card(store, goal_id).changed_by == local_author()
    finally:
        store.close()
