"""Migrations: the Alembic chain builds exactly the models' schema, every fixture of an
earlier schema revision opens (upgraded to head) with its data, and a failing migration
leaves the file as it was, keeps the backup and tells the user in Dutch.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store_helpers import dump
from zorgdesk.models import Base
from zorgdesk.store import MigrationFailedError, create_store, open_store
from zorgdesk.store.backup import list_backups
from zorgdesk.store.capture import SYNC_TABLES
from zorgdesk.store.engine import make_engine
from zorgdesk.store.integrity import check_file
from zorgdesk.store.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    migrate_workspace,
    revisions_in,
)
from zorgdesk.store.schema import HEAD_REVISION, HEAD_VERSION, REVISIONS

FIXTURES = Path(__file__).with_name("fixtures")
EXTRA = "extra_step"  # the revision these tests add on top of the head


def _not_sync_table(name: str | None, kind: str, _parent: object) -> bool:
    """The merge bases (store/capture.py) live outside the models on purpose."""
    return not (kind == "table" and name in SYNC_TABLES)


def schema_diffs(path: Path) -> list[object]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True,
                        "include_name": _not_sync_table}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def shape(path: Path) -> dict[str, object]:
    """Columns, indexes and foreign keys of every table, as SQLite reports them."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {
            t: (
                sorted(conn.execute(f'PRAGMA table_info("{t}")').fetchall()),
                sorted((r[1], r[2], r[3]) for r in conn.execute(f'PRAGMA index_list("{t}")')
                       if not r[1].startswith("sqlite_autoindex")),
                sorted(r[2:] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')),
            )
            for t in sorted(tables)
        }
    finally:
        conn.close()


def test_revision_list_matches_the_scripts() -> None:
    assert tuple(revisions_in(MIGRATIONS_DIR)) == REVISIONS
    assert REVISIONS[-1] == HEAD_REVISION and len(REVISIONS) == HEAD_VERSION


def test_upgrade_from_empty_matches_models(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "leeg.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert schema_diffs(path) == []
    created = create_store(tmp_path / "nieuw.zorgdesk")
    created.close()
    assert shape(path) == shape(created.path)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.zorgdesk")),
                         ids=lambda p: p.stem)
def test_every_fixture_upgrades_with_its_data(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_store(path) as store, store.reader() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_VERSION
        assert conn.execute("SELECT name FROM workspace").fetchone()[0] == "Fixtureregio"
        goal = conn.execute(
            "SELECT title, parent_id, target_year FROM goal WHERE code='1.1'").fetchone()
        assert goal == ("Valpreventie in elke wijk", "00000000-0000-4000-8000-000000000020",
                        2027)
        assert conn.execute("SELECT count(*) FROM year_mark").fetchone()[0] == 1
        assert conn.execute("SELECT due_date FROM milestone").fetchone()[0] == "2026-06-30"
        assert conn.execute("SELECT capacity FROM role").fetchone()[0] == "bestuurlijk trekker"
        assert conn.execute("SELECT count(*) FROM goal_tag").fetchone()[0] == 1
    assert schema_diffs(path) == []
    assert check_file(path).ok


def test_fixture_for_the_head_revision_exists() -> None:
    assert (FIXTURES / f"schema-{HEAD_REVISION}.zorgdesk").is_file(), (
        "Maak na een nieuwe revisie de fixture: python tests/fixtures/make_schema_fixture.py"
    )


def migrations_with(tmp_path: Path, body: str) -> Path:
    """A copy of the migrations folder with one extra revision on top of the head."""
    folder = tmp_path / "migraties"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_extra.py").write_text(
        '"""extra"""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = '{EXTRA}'\n"
        f"down_revision = '{HEAD_REVISION}'\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade() -> None:\n" + body + "\n\n"
        "def downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return folder


def fixture_copy(tmp_path: Path) -> Path:
    path = tmp_path / "werkruimte.zorgdesk"
    shutil.copyfile(FIXTURES / f"schema-{HEAD_REVISION}.zorgdesk", path)
    return path


def test_failed_migration_rolls_back_fully(tmp_path: Path) -> None:
    path = fixture_copy(tmp_path)
    folder = migrations_with(tmp_path, (
        "    op.create_table('tijdelijk', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    with op.batch_alter_table('goal', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text))\n"
        "    op.execute(\"UPDATE goal SET title = 'kapot'\")\n"
        "    op.execute('DELETE FROM organisation')\n"
        "    raise RuntimeError('stap 0002 mislukt met opzet')\n"
    ))
    before = dump(path)
    with pytest.raises(MigrationFailedError) as caught:
        migrate_workspace(path, HEAD_VERSION, migrations_dir=folder)
    message = caught.value.message
    assert "werkruimte.zorgdesk" in message and "Er is niets gewijzigd" in message
    assert "reservekopie" in message and "stap 0002 mislukt met opzet" in message
    assert dump(path) == before  # schema, every row and user_version as they were
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["voor-migratie"]
    assert dump(backups[0].path) == before
    assert check_file(path).ok


def test_batch_migration_keeps_children_and_stamps_version(tmp_path: Path) -> None:
    """A table rebuild of `goal` (which children reference ON DELETE CASCADE) loses nothing."""
    path = fixture_copy(tmp_path)
    folder = migrations_with(tmp_path, (
        "    with op.batch_alter_table('goal', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text))\n"
        "    op.execute(\"UPDATE goal SET extra = 'nieuw'\")\n"
    ))
    before = dump(path)[1]
    migrate_workspace(path, HEAD_VERSION, migrations_dir=folder)
    after = dump(path)
    assert after[2] == HEAD_VERSION + 1
    assert after[1]["alembic_version"] == [(EXTRA,)]
    for table in ("year_mark", "milestone", "role", "goal_tag", "person", "organisation"):
        assert after[1][table] == before[table], table
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT DISTINCT extra FROM goal").fetchall() == [("nieuw",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_migration_that_breaks_foreign_keys_is_refused(tmp_path: Path) -> None:
    path = fixture_copy(tmp_path)
    folder = migrations_with(tmp_path, "    op.execute('DELETE FROM organisation')\n")
    before = dump(path)
    with pytest.raises(MigrationFailedError, match="verwijzen"):
        migrate_workspace(path, HEAD_VERSION, migrations_dir=folder)
    assert dump(path) == before


def test_newer_file_is_refused_unchanged(tmp_path: Path) -> None:
    from zorgdesk.store import NewerThanAppError

    path = fixture_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {HEAD_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerThanAppError, match="nieuwere versie van ZorgDesk"):
        open_store(path)
    assert path.read_bytes() == before


def test_opening_a_file_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    path = fixture_copy(tmp_path)
    code = (
        "import sys; from zorgdesk.store import open_store; "
        f"s = open_store(r'{path}', lock=True); s.reader().execute('select 1'); s.close(); "
        "print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_during_migration_leaves_file_as_it_was(tmp_path: Path) -> None:
    """SIGKILL halfway through a migration (after a table rebuild): the file opens unchanged."""
    path = fixture_copy(tmp_path)
    marker = tmp_path / "halverwege"
    folder = migrations_with(tmp_path, (
        "    import time\n"
        "    with op.batch_alter_table('goal', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text))\n"
        "    op.execute('DELETE FROM organisation')\n"
        f"    open(r'{marker}', 'w').close()\n"
        "    time.sleep(30)\n"
    ))
    before = dump(path)
    code = ("import sys\nfrom pathlib import Path\n"
            "from zorgdesk.store.migrate import migrate_workspace\n"
            "migrate_workspace(Path(sys.argv[1]), int(sys.argv[2]), "
            "migrations_dir=Path(sys.argv[3]))\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(path), str(HEAD_VERSION),
                              str(folder)])
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    assert marker.exists(), "the migration never got halfway"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert Path(f"{path}-wal").exists()  # the half migration sits in the write-ahead log
    with open_store(path, lock=True):  # recovery drops the uncommitted frames
        pass
    assert dump(path) == before
    assert [b.reason for b in list_backups(path)] == ["voor-migratie"]
    assert check_file(path).ok
