"""Undo never removes what was not part of the undone edit, and reopening never empties.

Random sequences of goal and milestone edits go through the same run_edit the pages use;
after undoing all of them the workspace is exactly as it was, redoing all gives exactly the
state after the edits, and a workspace opened again has nothing to undo.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk.services.goals import commands as goal_edit
from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.timeline import commands as milestones
from zorgdesk.services.undo import capture_rows
from zorgdesk.store import Store, open_store
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit

TABLES = ("goal", "milestone", "year_mark", "status_update", "role", "tag", "goal_tag",
          "indicator", "measurement")


def dump(store: Store) -> list[tuple[object, ...]]:
    conn = store.reader()
    try:
        out: list[tuple[object, ...]] = []
        for table in TABLES:
            out += sorted(((table, *r) for r in conn.execute(f"SELECT * FROM {table}")), key=repr)
        return out
    finally:
        conn.close()


def apply(ctx: WorkspaceContext, step: tuple[str, int, int]) -> None:
    """One edit chosen by (kind, goal number, value), on whatever goals exist now."""
    store = ctx.store
    kind, pick, value = step
    goals = load_goal_tree(store).goals
    goal = goals[pick % len(goals)] if goals else None
    if goal is None:
        return
    if kind == "create":
        run_edit(ctx, None, "Doel toegevoegd", lambda: goal_edit.capture_tree(store),
                 lambda: goal_edit.create_goal(store, title=f"Doel {value}", parent_id=goal.id),
                 what=ChangeKind.GOALS)
    elif kind == "rename":
        run_edit(ctx, None, "Titel gewijzigd",
                 lambda: goal_edit.capture_goal_rows(store, [goal.id]),
                 lambda: goal_edit.update_goal(store, goal.id, title=f"Titel {value}"),
                 what=ChangeKind.GOALS)
    elif kind == "delete" and len(goals) > 1:
        run_edit(ctx, None, "Doel verwijderd",
                 lambda: goal_edit.capture_goal_with_all(store, goal.id),
                 lambda: goal_edit.delete_goal(store, goal.id), what=ChangeKind.GOALS)
    elif kind == "move":
        target = goals[value % len(goals)]
        run_edit(ctx, None, "Doel verplaatst", lambda: goal_edit.capture_tree(store),
                 lambda: goal_edit.move_goal(store, goal.id, parent_id=target.id,
                                             theme_id=None, row=0), what=ChangeKind.GOALS)
    elif kind == "milestone":
        run_edit(ctx, None, "Mijlpaal toegevoegd", lambda: capture_rows(store, "milestone", []),
                 lambda: milestones.add_milestone(store, goal.id, f"M{value}",
                                                  milestones.Period("kwartaal", 2026,
                                                                    value % 4 + 1)),
                 what=ChangeKind.MILESTONES,
                 capture_new=lambda new_id: milestones.capture_milestone(store, new_id))
    elif kind == "mark":
        run_edit(ctx, None, "Jaar gemarkeerd", lambda: milestones.capture_marks(store, goal.id),
                 lambda: milestones.toggle_year_mark(store, goal.id, 2024 + value % 4),
                 what=ChangeKind.MILESTONES)
    elif kind == "tags":
        run_edit(ctx, None, "Labels gewijzigd", lambda: goal_edit.capture_tags(store, goal.id),
                 lambda: goal_edit.set_tags(store, goal.id, [f"Label {value % 3}"]),
                 what=ChangeKind.GOALS)
    elif kind == "light":
        run_edit(ctx, None, "Voortgang toegevoegd",
                 lambda: capture_rows(store, "status_update", []),
                 lambda: goal_progress.add_status_update(
                     store, goal.id, reported_on=date(2026, 1, 1 + value % 28),
                     light=("groen", "oranje", "rood")[value % 3]),
                 what=ChangeKind.GOALS,
                 capture_new=lambda new_id: goal_progress.capture_status_update(store, new_id))


NUMBERS = itertools.count()
steps = st.lists(st.tuples(
    st.sampled_from(["create", "rename", "delete", "move", "milestone", "mark", "tags",
                     "light"]),
    st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=steps)
def test_undo_all_restores_and_redo_all_repeats(qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                sequence: list[tuple[str, int, int]]) -> None:
    # A refused edit (a goal moved under itself) is told in a message box; not here.
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    path = tmp_path / f"proef-{next(NUMBERS)}.zorgdesk"  # a fresh file for every example
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(path)))
    try:
        start = dump(ctx.store)
        for step in sequence:
            apply(ctx, step)
        after = dump(ctx.store)
        while ctx.undo_stack.canUndo():
            ctx.undo_stack.undo()
        assert dump(ctx.store) == start
        while ctx.undo_stack.canRedo():
            ctx.undo_stack.redo()
        assert dump(ctx.store) == after
        ctx.set_store(open_store(path))  # open the same workspace again
        assert not ctx.undo_stack.canUndo()  # nothing to undo, so nothing can be emptied
        ctx.undo_stack.undo()
        assert dump(ctx.store) == after
    finally:
        ctx.set_store(None)


def test_undoing_an_earlier_edit_keeps_later_edits_to_other_goals(tmp_path: Path) -> None:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    goals = {g.code: g for g in load_goal_tree(ctx.store).goals}
    apply(ctx, ("rename", list(goals).index("2.1.1.A"), 1))
    apply(ctx, ("milestone", list(goals).index("2.1.1.B"), 2))
    # undo the rename alone (as an undo of an older step through its own command)
    ctx.undo_stack.command(0).undo()
    names = {g.code: g.title for g in load_goal_tree(ctx.store).goals}
    assert names["2.1.1.A"] == "Netwerk dementie dekkend"
    conn = ctx.store.reader()
    titles = [t for (t,) in conn.execute("SELECT title FROM milestone ORDER BY title")]
    conn.close()
    assert titles == ["Aanpak vastgesteld", "M2"]
    ctx.set_store(None)
