"""Bring a workspace file to the current schema: backup first, all-or-nothing, then stamp."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine

from zorgdesk.store.errors import MigrationFailedError
from zorgdesk.store.schema import HEAD_REVISION, HEAD_VERSION, REVISIONS, stamp

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: object) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade_to_head(engine: Engine, from_version: int) -> None:
    """Upgrade in one transaction; on any failure nothing of the upgrade remains."""
    from alembic import command

    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")  # type: ignore[arg-type]
            stamp(conn.connection.dbapi_connection, HEAD_VERSION)  # type: ignore[arg-type]
    except Exception as exc:
        log.exception("migratie van versie %s mislukt", from_version)
        raise MigrationFailedError(
            "De werkruimte kon niet worden bijgewerkt naar de nieuwe versie. Er is niets "
            f"gewijzigd; de reservekopie van voor de poging is bewaard. ({exc})"
        ) from exc


def create_schema(engine: Engine) -> None:
    """Create a new file at head directly from the models and mark it as such."""
    from zorgdesk.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql(
            "INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,)
        )
        stamp(conn.connection.dbapi_connection, HEAD_VERSION)  # type: ignore[arg-type]


__all__ = ["REVISIONS", "create_schema", "upgrade_to_head"]
