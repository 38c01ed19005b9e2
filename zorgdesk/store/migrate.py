"""Bring a workspace file to the current schema: backup first, all-or-nothing, then stamp.

Alembic is imported only here, and only when a file is older than the app (~100 ms).
The whole upgrade runs in one transaction on a connection made with SQLAlchemy's pysqlite
recipe (engine.py: BEGIN emitted by us), so DDL rolls back with everything else when a
step fails; the backup made before the attempt is kept. Foreign keys are off during the
upgrade (batch table rebuilds would otherwise cascade-delete) and checked before COMMIT.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from zorgdesk.store.capture import install_capture
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, MigrationFailedError
from zorgdesk.store.schema import HEAD_REVISION, HEAD_VERSION, REVISIONS, stamp

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: object, migrations_dir: Path | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir or MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def revisions_in(migrations_dir: Path | None = None) -> list[str]:
    """Revision ids of a migrations folder, oldest first (a straight line is required)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None, migrations_dir))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migraties hebben {len(heads)} koppen; er mag er één zijn")
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(
    engine: Engine, from_version: int, *, migrations_dir: Path | None = None,
    file_name: str = "De werkruimte",
) -> int:
    """Upgrade in one transaction; on any failure nothing of the upgrade remains.

    Returns the new user_version (the number of revisions up to head).
    """
    from alembic import command

    try:
        order = revisions_in(migrations_dir) if migrations_dir else list(REVISIONS)
        version = len(order)
        with engine.connect() as conn:
            dbapi = conn.connection.dbapi_connection
            assert dbapi is not None
            # Batch steps rebuild tables (copy, DROP, rename). With foreign keys on, DROP
            # TABLE would cascade-delete the children; the pragma is ignored inside a
            # transaction, so it goes off before BEGIN and the keys are checked before COMMIT.
            dbapi.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                command.upgrade(alembic_config(conn, migrations_dir), "head")
                # A batch step rebuilds its table and SQLite drops the table's triggers
                # with it: the merge capture is laid again over every table.
                install_capture(dbapi)  # type: ignore[arg-type]
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        f"na de migratie verwijzen {len(broken)} rij(en) naar niets "
                        f"(eerste: {tuple(broken[0])})"
                    )
                stamp(dbapi, version)  # type: ignore[arg-type]
    except Exception as exc:
        # Details (SQL, traceback) go to the app's log file (INFO), never to stderr.
        log.info("migratie van %s vanaf versie %s mislukt", file_name, from_version,
                 exc_info=True)
        raise MigrationFailedError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} kon niet worden bijgewerkt naar de nieuwe versie "
            "(van schemaversie {version}). Er is niets gewijzigd: het bestand is precies zoals "
            "het was, en de reservekopie van voor de poging is bewaard. Werk met de vorige "
            "versie van ZorgDesk verder en meld dit probleem (reden: {reason})."),
            name=file_name, version=from_version, reason=_short_reason(exc)) from exc
    return version


def _short_reason(exc: BaseException) -> str:
    """The kind of failure without SQL or a Python traceback: first line, no statement."""
    orig = getattr(exc, "orig", None)
    text = str(orig if isinstance(orig, BaseException) else exc).splitlines()[0:1]
    line = text[0] if text else type(exc).__name__
    return line.split("[SQL:")[0].strip()[:160] or type(exc).__name__


def migrate_workspace(path: Path, from_version: int, *,
                      migrations_dir: Path | None = None) -> Path:
    """Backup ('voor-migratie'), then upgrade `path` to head; returns the backup's path."""
    from zorgdesk.store.backup import make_backup, recent_unchanged_backup, still_current
    from zorgdesk.store.engine import make_engine

    path = Path(path)
    backup = recent_unchanged_backup(path, "voor-migratie") or make_backup(path, "voor-migratie")
    engine = make_engine(path)
    try:
        upgrade_to_head(engine, from_version, migrations_dir=migrations_dir,
                        file_name=path.name)
    except MigrationFailedError:
        engine.dispose()
        still_current(backup)  # rolled back: the next attempt this hour reuses this backup
        raise
    finally:
        engine.dispose()
    return backup


def create_schema(engine: Engine) -> None:
    """Create a new file at head directly from the models and mark it as such."""
    from zorgdesk.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        if conn.dialect.name == "sqlite":  # the merge capture is for local copies
            install_capture(conn.connection.dbapi_connection)  # type: ignore[arg-type]
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql(
            "INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,)
        )
        stamp(conn.connection.dbapi_connection, HEAD_VERSION)  # type: ignore[arg-type]


__all__ = ["REVISIONS", "create_schema", "migrate_workspace", "upgrade_to_head"]
