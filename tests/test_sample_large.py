"""The large synthetic sample: exact sizes, a sound goal tree, integrity and determinism."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from zorgdesk.store import open_store
from zorgdesk.store.schema import sqlite_uri

EXPECTED = {
    # the sizes the benchmarks rely on
    "theme": 10,
    "goal": 2_000,
    "milestone": 10_000,
    "organisation": 300,
    "role": 20_000,
    "meeting": 500,
    "agenda_item": 5_000,
    "action": 10_000,
    # the rest, fixed by construction
    "workspace": 1,
    "body": 10,
    "body_member": 130,
    "person": 400,
    "year_mark": 5_400,
    "status_update": 6_000,
    "indicator": 200,
    "measurement": 800,
    "funding_line": 120,
    "tag": 6,
    "programme": 8,
    "programme_goal": 96,
    "related_initiative": 150,
    "agenda_item_goal": 2_500,
}
ROW_TABLES = (
    "workspace", "theme", "goal", "milestone", "organisation", "person", "role", "body",
    "body_member", "meeting", "agenda_item", "action", "decision", "meeting_attendance",
    "year_mark", "status_update", "indicator", "measurement", "funding_line", "tag",
    "programme", "related_initiative",
)


@pytest.fixture(scope="module")
def db(sample_files: dict[str, Path]) -> sqlite3.Connection:
    store = open_store(sample_files["large"])
    conn = sqlite3.connect(sqlite_uri(store.path), uri=True)  # a plain file read
    store.close()
    return conn


def count(db: sqlite3.Connection, sql: str) -> int:
    value: int = db.execute(sql).fetchone()[0]
    return value


def test_exact_counts(db: sqlite3.Connection) -> None:
    got = {table: count(db, f"SELECT count(*) FROM {table}") for table in EXPECTED}
    assert got == EXPECTED


def test_module_counts_match(db: sqlite3.Connection) -> None:
    from zorgdesk.samples.large import COUNTS

    for table, n in COUNTS.items():
        assert count(db, f"SELECT count(*) FROM {table}") == n, table


def test_foreign_keys_and_integrity(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_column_defaults_filled(db: sqlite3.Connection) -> None:
    for table in ROW_TABLES:
        missing = count(
            db,
            f"SELECT count(*) FROM {table} WHERE id IS NULL OR length(id) != 36 "
            "OR created_at IS NULL OR updated_at IS NULL OR revision != 1",
        )
        assert missing == 0, table


def test_goal_tree(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT g.code, g.level, p.code, t.code FROM goal g JOIN theme t ON t.id = g.theme_id "
        "LEFT JOIN goal p ON p.id = g.parent_id"
    ).fetchall()
    levels = Counter(level for _, level, _, _ in rows)
    assert levels["strategisch"] == 200
    assert levels["operationeel"] + levels["project"] == 1_800
    assert levels["project"] > 0
    for code, level, parent_code, theme_code in rows:
        if level == "strategisch":
            assert parent_code is None
            assert re.fullmatch(rf"{re.escape(theme_code)}\.\d+", code)
        else:
            assert re.fullmatch(rf"{re.escape(parent_code)}\.[A-Z]+", code)
    assert len({code for code, *_ in rows}) == 2_000
    per_theme = Counter(theme for _, level, _, theme in rows if level == "strategisch")
    assert set(per_theme.values()) == {20}
    children = Counter(parent for _, level, parent, _ in rows if parent is not None)
    assert all(5 <= n <= 13 for n in children.values())


def test_text_lengths(db: sqlite3.Connection) -> None:
    for title, text in db.execute("SELECT title, text FROM goal"):
        assert 5 <= len(title.split()) <= 15
        assert 40 <= len(text.split()) <= 150


def test_roles_unique_and_mixed(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(DISTINCT goal_id || organisation_id) FROM role") == 20_000
    assert count(
        db, "SELECT count(*) FROM role WHERE goal_id IS NULL OR person_id IS NOT NULL"
    ) == 0
    assert count(db, "SELECT count(DISTINCT role) FROM role") == 5


def test_mixes(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(DISTINCT kind) FROM organisation") == 14
    assert count(db, "SELECT count(*) FROM organisation WHERE kind = 'gemeente' "
                     "AND population IS NULL") == 0
    assert count(db, "SELECT count(DISTINCT precision) FROM milestone") == 4
    assert count(db, "SELECT count(DISTINCT status) FROM milestone") == 5
    assert count(db, "SELECT min(year) FROM milestone") == 2024
    assert count(db, "SELECT max(year) FROM milestone") == 2027
    assert count(db, "SELECT count(*) FROM milestone WHERE start_date IS NOT NULL") > 1_000
    assert count(db, "SELECT count(DISTINCT light) FROM status_update") == 3
    assert count(db, "SELECT count(*) FROM person WHERE publishable") == 0
    assert count(db, "SELECT count(DISTINCT body_id) FROM meeting") == 10


def test_deterministic(sample_files: dict[str, Path], tmp_path: Path) -> None:
    from zorgdesk.samples import write_sample

    again = write_sample("large", tmp_path / "again.zorgdesk")
    queries = (
        "SELECT code, title, text, level FROM goal ORDER BY code",
        "SELECT g.code, m.position, m.title, m.precision, m.year, m.status FROM milestone m "
        "JOIN goal g ON g.id = m.goal_id ORDER BY g.code, m.position",
        "SELECT name, kind, population FROM organisation ORDER BY name",
        "SELECT m.title, a.position, a.title FROM agenda_item a JOIN meeting m "
        "ON m.id = a.meeting_id ORDER BY m.title, a.parent_id IS NOT NULL, a.position",
    )
    first = sqlite3.connect(sample_files["large"])
    second = sqlite3.connect(again)
    try:
        for sql in queries:
            assert first.execute(sql).fetchall() == second.execute(sql).fetchall(), sql
    finally:
        first.close()
        second.close()
