"""Merging two copies of one workspace: by field, with conflicts, tombstones and renumbering.

Edits go through the real services on real files; the merge result is read back from disk.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace
from zorgdesk.services.goals import commands as goals
from zorgdesk.services.meetings import minutes
from zorgdesk.services.sync.session import merge_workspace
from zorgdesk.store import StoreError, open_store
from zorgdesk.store.backup import list_backups
from zorgdesk.store.merge import merge_files

CONTENT_TABLES = ("goal", "milestone", "role", "decision", "agenda_item", "year_mark",
                  "status_update", "meeting", "theme", "workspace")


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in CONTENT_TABLES}
    finally:
        conn.close()


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    mine = make_small_workspace(tmp_path / "mijn.zorgdesk")
    theirs = tmp_path / "collega.zorgdesk"
    shutil.copyfile(mine, theirs)
    return mine, theirs


def goal_id(path: Path, code: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT id FROM goal WHERE code = ?", (code,)).fetchone()[0])
    finally:
        conn.close()


def field(path: Path, table: str, column: str, row_id: str) -> object:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def edit(path: Path, code: str, **fields: object) -> str:
    store = open_store(path)
    try:
        gid = goal_id(path, code)
        goals.update_goal(store, gid, **fields)
        return gid
    finally:
        store.close()


def test_identical_copy_changes_nothing(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    before = content(mine)
    result = merge_workspace(mine, theirs)
    assert (len(result.merged), len(result.conflicts)) == (0, 0)
    assert content(mine) == before
    assert merge_workspace(mine, mine).merged == []


def test_different_fields_and_records_merge_by_themselves(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    a = edit(mine, "2.1.1.A", title="Netwerk dementie overal")
    edit(theirs, "2.1.1.A", text="Toelichting van de collega")
    b = edit(theirs, "2.1.1.B", title="Valpreventie overal")
    result = merge_workspace(mine, theirs)
    assert result.conflicts == []
    assert field(mine, "goal", "title", a) == "Netwerk dementie overal"
    assert field(mine, "goal", "text", a) == "Toelichting van de collega"
    assert field(mine, "goal", "title", b) == "Valpreventie overal"
    assert [b.reason for b in list_backups(mine)] == ["voor-samenvoegen"]
    # Merging back the other way makes both copies the same.
    merge_workspace(theirs, mine)
    assert content(theirs) == content(mine)


def test_same_field_is_a_conflict_resolved_by_choice(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    gid = edit(mine, "2.1.1.A", title="Mijn titel")
    edit(theirs, "2.1.1.A", title="Hun titel")
    preview = merge_files(mine, theirs, dry_run=True)
    [conflict] = preview.conflicts
    assert (conflict.kind, conflict.column, conflict.mine, conflict.theirs) == (
        "field", "title", "Mijn titel", "Hun titel")
    assert field(mine, "goal", "title", gid) == "Mijn titel"  # dry run wrote nothing
    merge_workspace(mine, theirs, resolve={conflict.ident: "both"})
    assert field(mine, "goal", "title", gid) == "Mijn titel\n\nHun titel"
    # Resolved: merging again reports no conflict, and the other copy takes the resolution.
    assert merge_workspace(mine, theirs).conflicts == []
    assert merge_workspace(theirs, mine).conflicts == []
    assert field(theirs, "goal", "title", gid) == "Mijn titel\n\nHun titel"


def test_delete_is_not_undone_by_an_old_copy(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    gid = goal_id(mine, "2.1.1.B")
    store = open_store(mine)
    goals.delete_goal(store, gid)
    store.close()
    result = merge_workspace(mine, theirs)
    assert result.conflicts == []
    assert field(mine, "goal", "id", gid) is None
    merge_workspace(theirs, mine)  # and the old copy learns of the delete
    assert field(theirs, "goal", "id", gid) is None
    assert content(theirs) == content(mine)


def test_undo_of_a_delete_outlives_the_copy_that_learnt_of_the_delete(
        copies: tuple[Path, Path]) -> None:
    """Deleted here, passed on, then undone here: the row is back on both copies, with
    no conflict: the copy that still has the delete has not seen the undo."""
    from zorgdesk.services import undo

    mine, theirs = copies
    gid = goal_id(mine, "2.1.1.B")
    store = open_store(mine)
    before = undo.capture_dependents(store, "goal", [gid])
    goals.delete_goal(store, gid)
    after = undo.capture_dependents(store, "goal", [gid])
    merge_workspace(theirs, mine)
    assert field(theirs, "goal", "id", gid) is None
    undo.apply_state(store, after, before)  # Ctrl+Z
    store.close()
    assert merge_workspace(mine, theirs).conflicts == []
    assert field(mine, "goal", "id", gid) == gid
    assert merge_workspace(theirs, mine).conflicts == []
    assert field(theirs, "goal", "title", gid) == field(mine, "goal", "title", gid)
    assert content(theirs) == content(mine)


def test_a_copy_made_by_the_file_manager_writes_under_its_own_name(
        copies: tuple[Path, Path]) -> None:
    """Both copies carry the origin's copy id on disk; each first write takes a new one,
    so their edits of one field are a conflict, not one copy's history."""
    mine, theirs = copies
    edit(mine, "2.1.1.A", title="Hier")
    edit(theirs, "2.1.1.A", title="Daar")
    ids = [sqlite3.connect(p).execute("SELECT copy_id FROM sync_self").fetchone()[0]
           for p in (mine, theirs)]
    assert ids[0] != ids[1]
    assert [c.column for c in merge_files(mine, theirs, dry_run=True).conflicts] == ["title"]


def test_delete_against_edit_is_a_conflict(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    gid = goal_id(mine, "2.1.1.B")
    store = open_store(mine)
    goals.delete_goal(store, gid)
    store.close()
    edit(theirs, "2.1.1.B", title="Toch nog nodig")
    result = merge_files(mine, theirs, dry_run=True)
    kinds = {(c.table, c.kind) for c in result.conflicts}
    assert ("goal", "delete_edit") in kinds
    assert field(mine, "goal", "id", gid) is None
    result = merge_workspace(mine, theirs, prefer="theirs")
    assert field(mine, "goal", "title", gid) == "Toch nog nodig"
    # the other way round: edited here, deleted there
    mine2, theirs2 = theirs, mine
    store = open_store(theirs2)
    goals.delete_goal(store, gid)
    store.close()
    edit(mine2, "2.1.1.B", title="Nog steeds nodig")
    result = merge_workspace(mine2, theirs2)
    assert ("goal", "edit_delete") in {(c.table, c.kind) for c in result.conflicts}
    assert field(mine2, "goal", "title", gid) == "Nog steeds nodig"


def test_decision_numbers_given_out_twice_are_renumbered(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    numbers = []
    for path, text in ((mine, "Mijn besluit"), (theirs, "Hun besluit")):
        store = open_store(path)
        meeting = str(store.reader().execute("SELECT id FROM meeting").fetchone()[0])
        numbers.append(minutes.add_decision(store, meeting, text)[1])
        store.close()
    assert numbers[0] == numbers[1]
    result = merge_workspace(mine, theirs)
    conn = sqlite3.connect(mine)
    rows = dict(conn.execute("SELECT text, number FROM decision").fetchall())
    conn.close()
    assert rows["Mijn besluit"] == numbers[0]
    assert rows["Hun besluit"] != numbers[0]
    assert len(set(rows.values())) == 2
    assert any(numbers[0] in m and rows["Hun besluit"] in m for m in result.renumbered)


def test_goal_codes_given_out_twice_are_renumbered(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    parent = goal_id(mine, "2.1.1")
    for path, title in ((mine, "Mijn nieuwe doel"), (theirs, "Hun nieuwe doel")):
        store = open_store(path)
        goals.create_goal(store, title=title, parent_id=parent)
        store.close()
    merge_workspace(mine, theirs)
    conn = sqlite3.connect(mine)
    codes = [r[0] for r in conn.execute("SELECT code FROM goal WHERE parent_id = ?", (parent,))]
    conn.close()
    assert len(codes) == 4 and len(set(codes)) == 4


def test_another_workspace_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    mine = make_small_workspace(tmp_path / "mijn.zorgdesk")
    other = make_small_workspace(tmp_path / "ander.zorgdesk")
    before = content(mine)
    with pytest.raises(StoreError, match="andere werkruimte"):
        merge_files(mine, other)
    damaged = tmp_path / "kapot.zorgdesk"
    damaged.write_bytes(mine.read_bytes()[:1000])
    with pytest.raises(StoreError):
        merge_workspace(mine, damaged)
    assert content(mine) == before


def test_cli_json(copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    edit(theirs, "2.1.1.A", title="Van de collega")
    out = subprocess.run([sys.executable, "-m", "zorgdesk", "merge", str(mine), str(theirs),
                          "--json"], capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    assert (doc["merged"], doc["conflicts"]) == (1, 0)


KILL_CHILD = """
import sys, os, signal
from pathlib import Path
import zorgdesk.store.merge as m
real = m._renumber
def die(conn, result):
    real(conn, result)
    os.kill(os.getpid(), signal.SIGKILL)
m._renumber = die
m.merge_files(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_merge_killed_by_sigkill_leaves_the_workspace_as_it_was(
        copies: tuple[Path, Path]) -> None:
    mine, theirs = copies
    edit(theirs, "2.1.1.A", title="Van de collega")
    edit(theirs, "2.1.1.B", title="Ook van de collega")
    before = content(mine)
    proc = subprocess.run([sys.executable, "-c", KILL_CHILD, str(mine), str(theirs)])
    assert proc.returncode == -9
    assert content(mine) == before
    assert len(merge_workspace(mine, theirs).merged) == 2


def test_changes_file_holds_only_news_and_applies_twice_the_same(
        copies: tuple[Path, Path], tmp_path: Path) -> None:
    from zorgdesk.store.changes_file import write_changes

    mine, theirs = copies
    first = tmp_path / "alles.zdchanges"
    write_changes(theirs, first, "mij")  # first exchange: everything
    merge_workspace(mine, first)
    gid = edit(theirs, "2.1.1.A", title="Per mail")
    b = goal_id(theirs, "2.1.1.B")
    store = open_store(theirs)
    goals.delete_goal(store, b)
    store.close()
    mail = tmp_path / "wijzigingen.zdchanges"
    write_changes(theirs, mail, "mij")
    conn = sqlite3.connect(mail)
    assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 1
    conn.close()
    assert mail.stat().st_size < theirs.stat().st_size
    result = merge_workspace(mine, mail)
    assert result.conflicts == []
    assert field(mine, "goal", "title", gid) == "Per mail"
    assert field(mine, "goal", "id", b) is None
    after = content(mine)
    edit(mine, "2.1.1.A", text="Daarna hier aangevuld")
    later = content(mine)
    for stale in (mail, mail):  # the same stale file again: nothing changes
        assert merge_workspace(mine, stale).conflicts == []
        assert content(mine) == later
    with pytest.raises(StoreError, match="ouder dan"):
        merge_workspace(mine, first)  # an older file of the same sender is refused
    assert content(mine) == later
    assert after != later


def test_changes_file_that_is_newer_or_damaged_is_refused(
        copies: tuple[Path, Path], tmp_path: Path) -> None:
    from zorgdesk.store.changes_file import write_changes

    mine, theirs = copies
    edit(theirs, "2.1.1.A", title="Per mail")
    mail = tmp_path / "wijzigingen.zdchanges"
    write_changes(theirs, mail, "mij")
    before = content(mine)
    newer = tmp_path / "nieuwer.zdchanges"
    data = bytearray(mail.read_bytes())
    data[60:64] = (99).to_bytes(4, "big")
    newer.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="nieuwere versie"):
        merge_workspace(mine, newer)
    damaged = tmp_path / "kapot.zdchanges"
    data = bytearray(mail.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        merge_workspace(mine, damaged)
    assert content(mine) == before


OLDER = Path(__file__).with_name("fixtures") / "schema-authors.zorgdesk"


def _older_copies(tmp_path: Path) -> tuple[Path, Path, str]:
    """Two copies of a file the previous version wrote (its capture kept bases, no dots)."""
    mine, theirs = tmp_path / "mijn-oud.zorgdesk", tmp_path / "hun-oud.zorgdesk"
    shutil.copyfile(OLDER, mine)
    shutil.copyfile(OLDER, theirs)
    conn = sqlite3.connect(mine)
    try:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_dot'").fetchone() \
            is None
        gid = str(conn.execute("SELECT id FROM goal ORDER BY id").fetchone()[0])
    finally:
        conn.close()
    return mine, theirs, gid


def test_copies_of_an_older_file_edited_in_this_version_conflict(tmp_path: Path) -> None:
    mine, theirs, gid = _older_copies(tmp_path)
    for path, title in ((mine, "Hier"), (theirs, "Daar")):
        store = open_store(path)
        try:
            goals.update_goal(store, gid, title=title)
        finally:
            store.close()
    result = merge_files(mine, theirs, dry_run=True)
    assert [(c.table, c.column) for c in result.conflicts] == [("goal", "title")]


def test_copies_edited_by_the_previous_version_conflict(tmp_path: Path) -> None:
    """Edits the previous version made (its triggers kept the row as it was) become dots
    of each copy's own at the merge: a conflict, not a silent pick."""
    mine, theirs, gid = _older_copies(tmp_path)
    for path, title in ((mine, "Hier, vorige versie"), (theirs, "Daar, vorige versie")):
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("UPDATE goal SET title = ?, revision = revision + 1 WHERE id = ?",
                         (title, gid))
        finally:
            conn.close()
    result = merge_files(mine, theirs, dry_run=True)
    assert [(c.table, c.column) for c in result.conflicts] == [("goal", "title")]
