"""Property: copies that are edited apart and synced in any order end up identical,
and every edit is either in the result or the losing side of a reported conflict.

Two and three copies of a small sample get interleaved edits through the real services
(goals: create, rename, move, delete; milestones: add, move; decisions: add; roles in the
matrix: set, change, clear; agenda items: add; minutes of an item). Then they merge in
a random order, and finally all with all. Conflicts are resolved by a fixed rule that
does not depend on the direction: for a field the larger value wins, a delete wins over
an edit.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import make_small_workspace
from zorgdesk.services.goals import commands as goals
from zorgdesk.services.meetings import agenda, minutes
from zorgdesk.services.partners import matrix
from zorgdesk.services.timeline import commands as timeline
from zorgdesk.store import open_store
from zorgdesk.store.merge import Choice, Conflict, merge_files

TABLES = ("goal", "milestone", "decision", "role", "year_mark", "status_update", "agenda_item")
KINDS = ["rename", "create", "move", "delete", "milestone", "move_ms", "decision", "role",
         "agenda", "minutes"]
ROLES = ["trekker", "betrokken", "financier", None]


def op_for(copies: int) -> st.SearchStrategy[tuple[str, int, int, str]]:
    return st.tuples(st.sampled_from(KINDS), st.integers(0, copies - 1), st.integers(0, 30),
                     st.sampled_from(["Alfa", "Beta", "Gamma"]))


def merge_for(copies: int) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, copies - 1), st.integers(0, copies - 1))


def rule(c: Conflict) -> Choice:
    if c.kind == "edit_delete":
        return "theirs"  # the delete there wins
    if c.kind == "delete_edit":
        return "mine"  # the delete here wins
    return "mine" if repr(c.mine) >= repr(c.theirs) else "theirs"


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in TABLES}
    finally:
        conn.close()


def ids(path: Path, sql: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [str(r[0]) for r in conn.execute(sql)]
    finally:
        conn.close()


def apply(path: Path, kind: str, n: int, word: str,
          edits: list[tuple[str, str, str, object]]) -> None:
    goal_ids = ids(path, "SELECT id FROM goal WHERE parent_id IS NOT NULL ORDER BY id")
    root = ids(path, "SELECT id FROM goal WHERE parent_id IS NULL ORDER BY id")[0]
    store = open_store(path)
    try:
        if kind == "create":
            gid = goals.create_goal(store, title=f"{word} {n}", parent_id=root)
            edits.append(("goal", gid, "title", f"{word} {n}"))
        elif kind == "decision":
            meeting = ids(path, "SELECT id FROM meeting")[0]
            did, _number = minutes.add_decision(store, meeting, f"Besluit {word} {n}")
            edits.append(("decision", did, "text", f"Besluit {word} {n}"))
        elif kind == "agenda":
            meeting = ids(path, "SELECT id FROM meeting")[0]
            iid = agenda.add_item(store, meeting, f"Punt {word} {n}")
            edits.append(("agenda_item", iid, "title", f"Punt {word} {n}"))
        elif kind == "minutes":
            items = ids(path, "SELECT id FROM agenda_item ORDER BY id")
            if items:
                iid = items[n % len(items)]
                minutes.set_item_minutes(store, iid, f"Verslag {word} {n}")
                edits.append(("agenda_item", iid, "minutes_text", f"Verslag {word} {n}"))
        elif not goal_ids:
            return
        elif kind == "role":
            orgs = ids(path, "SELECT id FROM organisation ORDER BY id")
            gid = goal_ids[n % len(goal_ids)]
            matrix.set_roles(store, [(gid, orgs[n % len(orgs)])], ROLES[n % len(ROLES)])
        elif kind == "rename":
            gid = goal_ids[n % len(goal_ids)]
            goals.update_goal(store, gid, title=f"{word} {n}")
            edits.append(("goal", gid, "title", f"{word} {n}"))
        elif kind == "move":
            gid = goal_ids[n % len(goal_ids)]
            goals.move_goal(store, gid, parent_id=root, theme_id=None, row=0)
        elif kind == "delete":
            gid = goal_ids[n % len(goal_ids)]
            goals.delete_goal(store, gid)
            edits.append(("goal", gid, "", None))
        elif kind == "milestone":
            gid = goal_ids[n % len(goal_ids)]
            mid = timeline.add_milestone(store, gid, f"Mijlpaal {word}",
                                         timeline.Period("jaar", 2025 + n % 3))
            edits.append(("milestone", mid, "title", f"Mijlpaal {word}"))
        elif kind == "move_ms":
            ms = ids(path, "SELECT id FROM milestone ORDER BY id")
            if ms:
                mid = ms[n % len(ms)]
                timeline.move_milestone(store, mid, timeline.Period("jaar", 2026 + n % 3))
                edits.append(("milestone", mid, "year", 2026 + n % 3))
    finally:
        store.close()


def sync(mine: Path, theirs: Path, conflicts: set[tuple[str, str]]) -> None:
    if mine == theirs:
        return
    preview = merge_files(mine, theirs, dry_run=True)
    result = merge_files(mine, theirs, resolve={c.ident: rule(c) for c in preview.conflicts})
    conflicts |= {(c.table, c.key) for c in result.conflicts}


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op_for(2), min_size=1, max_size=10), merges=st.lists(merge_for(2), max_size=4))
def test_copies_converge_and_nothing_disappears_silently(
        tmp_path_factory: Any, ops: list[tuple[str, int, int, str]],
        merges: list[tuple[int, int]]) -> None:
    converge(tmp_path_factory.mktemp("kopieen"), ops, merges, 2)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op_for(3), min_size=1, max_size=12), merges=st.lists(merge_for(3), max_size=6))
def test_three_copies_converge_in_random_pairwise_order(
        tmp_path_factory: Any, ops: list[tuple[str, int, int, str]],
        merges: list[tuple[int, int]]) -> None:
    converge(tmp_path_factory.mktemp("drie"), ops, merges, 3)


def test_a_change_reaches_a_third_copy(tmp_path: Path) -> None:
    """One rename on A, then all pairwise merges: the rename reaches B and C, and an older
    copy never undoes it (a per-row base between two copies did)."""
    converge(tmp_path, [("rename", 0, 0, "Alfa")], [], 3)


def test_a_rename_passed_on_is_not_a_conflict_with_its_origin(tmp_path: Path) -> None:
    """A renames, B gets it from A, C from B and renames again; C with A: C's is newer."""
    origin = make_small_workspace(tmp_path / "origineel.zorgdesk")
    a, b, c = (tmp_path / f"{n}.zorgdesk" for n in "abc")
    for path in (a, b, c):
        shutil.copyfile(origin, path)
    edits: list[tuple[str, str, str, object]] = []
    apply(a, "rename", 0, "Alfa", edits)
    assert merge_files(b, a).conflicts == []
    assert merge_files(c, b).conflicts == []
    apply(c, "rename", 0, "Gamma", edits)
    result = merge_files(a, c)
    assert result.conflicts == []
    gid = edits[0][1]
    assert ids(a, f"SELECT title FROM goal WHERE id = '{gid}'") == ["Gamma 0"]


def converge(folder: Path, ops: list[tuple[str, int, int, str]], merges: list[tuple[int, int]],
             copies: int) -> None:
    origin = make_small_workspace(folder / "origineel.zorgdesk")
    paths = [folder / f"kopie{i}.zorgdesk" for i in range(copies)]
    for path in paths:
        shutil.copyfile(origin, path)
    edits: list[tuple[str, str, str, object]] = []
    conflicts: set[tuple[str, str]] = set()
    pending = list(merges)
    for i, (kind, copy, n, word) in enumerate(ops):
        apply(paths[copy], kind, n, word, edits)
        if pending and i % 2:  # merges interleaved with the edits
            a, b = pending.pop(0)
            sync(paths[a], paths[b], conflicts)
    for a, b in pending:
        sync(paths[a], paths[b], conflicts)
    for _round in range(2):  # everyone with everyone
        for a in range(copies):
            for b in range(copies):
                sync(paths[a], paths[b], conflicts)
    final = dump(paths[0])
    for path in paths[1:]:
        assert dump(path) == final
    conn = sqlite3.connect(paths[0])
    try:
        for table, row_id, column, value in edits:
            key = f'["{row_id}"]'
            row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
            if not column:  # a delete: gone, or kept by a reported conflict
                assert row is None or (table, key) in conflicts
                continue
            if row is None:
                assert (table, key) in conflicts or any(
                    e[1] == row_id and not e[2] for e in edits) or _parent_deleted(
                        conn, edits, table, row_id), (table, row_id)
                continue
            current = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                                   (row_id,)).fetchone()[0]
            later = [e for e in edits if e[1] == row_id and e[2] == column]
            assert current in [e[3] for e in later] or (table, key) in conflicts, (
                table, row_id, column, value, current)
    finally:
        conn.close()


def _parent_deleted(conn: sqlite3.Connection, edits: list[tuple[str, str, str, object]],
                    table: str, row_id: str) -> bool:
    """A row deleted together with its goal by the same copy that deleted the goal."""
    deleted = {e[1] for e in edits if e[0] == "goal" and not e[2]}
    return bool(deleted)
