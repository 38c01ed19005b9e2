"""The schema and the store: bookkeeping columns, pragmas, file identity, version checks."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from zorgdesk.models import Base, Goal, GoalLevel, Light, StatusUpdate, Theme, Workspace
from zorgdesk.store import NewerThanAppError, NotAWorkspaceError, create_store, open_store
from zorgdesk.store.schema import APPLICATION_ID, HEAD_VERSION

LINK_TABLES = {"goal_tag", "programme_goal", "agenda_item_goal"}


def test_every_row_has_uuid_timestamps_and_revision() -> None:
    for table in Base.metadata.sorted_tables:
        if table.name in LINK_TABLES:
            continue
        assert {"id", "created_at", "updated_at", "revision"} <= set(table.columns.keys()), table


def test_pragmas_and_identity(tmp_path: Path) -> None:
    store = create_store(tmp_path / "w.zorgdesk")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == HEAD_VERSION
    store.close()


def test_revision_counts_edits_and_timestamps_move(tmp_path: Path) -> None:
    store = create_store(tmp_path / "w.zorgdesk")
    with store.transaction() as s:
        theme = Theme(name="Ouderenzorg")
        s.add(theme)
    created = theme.updated_at
    with store.transaction() as s:
        t = s.get(Theme, theme.id)
        assert t is not None
        t.name = "Integrale ouderenzorg"
    with store.session() as s:
        t = s.get(Theme, theme.id)
        assert t is not None
        assert t.revision == 2
        assert t.updated_at >= created
        assert len(t.id) == 36
    store.close()


def test_deleting_a_goal_takes_its_children_and_updates_along(tmp_path: Path) -> None:
    store = create_store(tmp_path / "w.zorgdesk")
    with store.transaction() as s:
        parent = Goal(level=GoalLevel.STRATEGISCH, code="2.1.1", title="Netwerken")
        s.add(parent)
        s.flush()
        child = Goal(level=GoalLevel.OPERATIONEEL, code="2.1.1.A", title="Dementie",
                     parent_id=parent.id)
        s.add(child)
        s.flush()
        s.add(StatusUpdate(goal_id=child.id, reported_on=date(2025, 1, 6), light=Light.ROOD))
    with store.transaction() as s:
        s.delete(s.get(Goal, parent.id))
    conn = store.reader()
    assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM status_update").fetchone()[0] == 0
    conn.close()
    store.close()


def test_enum_values_are_checked_by_the_database(tmp_path: Path) -> None:
    store = create_store(tmp_path / "w.zorgdesk")
    store.close()
    conn = sqlite3.connect(tmp_path / "w.zorgdesk")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO status_update (id, created_at, updated_at, revision, "
                     "reported_on, light, internal) VALUES ('x', '2025-01-01', '2025-01-01', 1, "
                     "'2025-01-01', 'paars', 0)")
    conn.close()


def test_a_file_newer_than_the_app_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "toekomst.zorgdesk"
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Later"))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {HEAD_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerThanAppError) as info:
        open_store(path)
    assert "nieuwere versie van ZorgDesk" in info.value.message
    assert path.read_bytes() == before


def test_other_sqlite_files_are_not_workspaces(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAWorkspaceError) as info:
        open_store(path)
    assert "geen ZorgDesk-werkruimte" in info.value.message
