"""Put a workspace file onto a server database, and make a verified local file of one.

Upload is one PostgreSQL transaction: Alembic builds the schema and the rows follow; on any
failure the database is as empty as before. Download writes a new file next to its target
and renames it into place only after `check` passes on it and every table holds as many rows
as on the server: a user's copy is complete or absent, never half.
"""

from __future__ import annotations

from pathlib import Path

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError


def upload(source: Path, url: str) -> dict[str, int]:
    """Copy the workspace file `source` onto the empty database at `url`; rows per table."""
    from alembic import command
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError

    from zorgdesk.store.copy import copy_rows
    from zorgdesk.store.migrate import alembic_config
    from zorgdesk.store.server import connect_error, database_name, make_server_engine
    from zorgdesk.store.workspace_store import open_store

    name = database_name(url)
    store = open_store(Path(source))
    target = make_server_engine(url)
    try:
        with store.engine.connect() as src, target.begin() as dst:
            if inspect(dst).get_table_names():
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De serverdatabase {name} is niet leeg. Een werkruimte gaat "
                    "alleen naar een lege database; er is niets gewijzigd."), name=name)
            command.upgrade(alembic_config(dst), "head")
            return copy_rows(src, dst)
    except OperationalError as exc:
        raise connect_error(exc, name) from exc
    finally:
        target.dispose()
        store.close()


def download(url: str, out: Path) -> dict[str, int]:
    """A new local workspace file with everything on the server; refuses to overwrite."""
    from zorgdesk.store.atomic import atomic_path
    from zorgdesk.store.copy import copy_rows
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.errors import translated_write_errors
    from zorgdesk.store.integrity import check_file
    from zorgdesk.store.migrate import create_schema
    from zorgdesk.store.workspace_store import finalize_file, open_server_store

    out = Path(out)
    if out.exists():
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} bestaat al; kies een nieuwe naam. Er is niets "
            "overschreven."), name=out.name)
    store = open_server_store(url)
    try:
        with translated_write_errors(out), atomic_path(out) as tmp:
            engine = make_engine(tmp)
            try:
                create_schema(engine)
                # REPEATABLE READ: one snapshot of the server while others go on editing.
                with store.engine.connect().execution_options(
                        isolation_level="REPEATABLE READ") as src, engine.begin() as dst:
                    counts = copy_rows(src, dst)
            finally:
                engine.dispose()
            finalize_file(tmp)
            report = check_file(tmp)
            copied = {t: n for t, n in report.counts.items() if t in counts}
            if not report.ok or copied != counts:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De kopie van {name} klopt niet en is niet bewaard: "
                    "{reason}"), name=store.path.name,
                    reason="; ".join(report.problems) or "aantallen verschillen")
    finally:
        store.close()
    return counts
