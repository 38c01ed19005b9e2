"""A workspace in one PostgreSQL database: URLs, the engine, and the schema check on opening.

A `postgresql://` URL follows libpq's conventions (host, port, database, user, `?service=`);
psycopg hands it to libpq, so a password comes from ~/.pgpass, PGPASSFILE or a service file
and never has to be written into the URL or the app's settings. One database holds one
workspace. The schema is Alembic's (table `alembic_version`): a server at a revision this app
does not know is refused exactly like a newer file, and an older one is upgraded only when the
caller asks for it, in one transaction (PostgreSQL rolls DDL back with everything else).
psycopg and SQLAlchemy are imported inside the functions: start-up of a file workspace stays
as light as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, NewerThanAppError, StoreError
from zorgdesk.store.schema import HEAD_REVISION, HEAD_VERSION, REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import URL, Connection, Engine

    from zorgdesk.store.integrity import CheckReport

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: str | Path) -> bool:
    """True for a PostgreSQL URL; a Path is always a local file (even one named like a URL)."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def server_url(text: str) -> URL:
    """The SQLAlchemy URL for psycopg 3; query options (service, sslmode, ...) go to libpq."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is geen geldig serveradres (verwacht: "
            "postgresql://server/database)."), name=text) from None
    return url.set(drivername="postgresql+psycopg")


def with_password(text: str, password: str) -> str:
    """The URL with `password` in it: for the connection only, never to be shown or kept."""
    return server_url(text).set(drivername="postgresql", password=password).render_as_string(
        hide_password=False)


def display_name(text: str) -> str:
    """The URL as people may see it: never with a password in it."""
    url = server_url(text)
    shown = url.set(drivername="postgresql")
    return shown.render_as_string(hide_password=True).replace(":***@", "@")


def database_name(text: str) -> str:
    url = server_url(text)
    return url.database or str(url.query.get("service", "")) or display_name(text)


def make_server_engine(text: str) -> Engine:
    from sqlalchemy import create_engine

    # pre_ping: a connection that the server or the network dropped is replaced, not reused.
    return create_engine(server_url(text), pool_pre_ping=True, pool_size=2, max_overflow=4)


def server_revision(conn: Connection) -> str | None:
    """The Alembic revision of the database, or None when it holds no workspace yet."""
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def check_revision(revision: str | None, name: str) -> int:
    """The schema version of a server workspace; refuses empty and newer databases."""
    if revision is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "De serverdatabase {name} bevat geen ZorgDesk-werkruimte. Zet er "
            "eerst een op met 'zorgdesk upload'."), name=name)
    if revision not in REVISIONS:
        raise NewerThanAppError(QT_TRANSLATE_NOOP(
            "StoreError", "De werkruimte {name} op de server heeft een schema dat deze versie "
            "van ZorgDesk niet kent (revisie {version}; deze versie kent tot en met "
            "{newest}). Werk ZorgDesk bij; er is niets gewijzigd."),
            name=name, version=revision, newest=HEAD_REVISION)
    return REVISIONS.index(revision) + 1


class PasswordNeededError(StoreError):
    """The server wants a password that neither the URL, ~/.pgpass nor a service file gave
    (or the one given was wrong): the app asks for it (ui/workspace/server_password.py)."""


PASSWORD_REFUSALS = ("no password supplied", "password authentication failed")


def connect_error(exc: Exception, name: str) -> StoreError:
    """A failed connection in Dutch, with libpq's own first line as the reason."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if any(text in reason for text in PASSWORD_REFUSALS):
        return PasswordNeededError(QT_TRANSLATE_NOOP(
            "StoreError", "De server voor {name} vraagt een wachtwoord, of het gegeven "
            "wachtwoord klopt niet."), name=name)
    return StoreError(QT_TRANSLATE_NOOP(
        "StoreError", "Kan geen verbinding maken met de server voor {name}: {reason}"),
        name=name, reason=reason)


def upgrade_server(engine: Engine) -> None:
    """Alembic to head in one transaction; on failure nothing of it remains."""
    from alembic import command

    from zorgdesk.store.migrate import alembic_config

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def server_version(engine: Engine, name: str) -> int:
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            return check_revision(server_revision(conn), name)
    except OperationalError as exc:
        raise connect_error(exc, name) from exc


__all__ = [
    "HEAD_VERSION", "check_revision", "check_server", "database_name", "display_name",
    "is_server_url", "make_server_engine", "server_revision", "server_url", "server_version",
    "upgrade_server",
]


def check_server(url: str) -> CheckReport:
    """`zorgdesk check URL`: schema revision, references and row counts, read-only.

    PostgreSQL enforces foreign keys on every commit, so the reference check is a recount of
    orphans as a second look (a client killed mid-edit must leave none).
    """
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from zorgdesk.store.copy import workspace_tables
    from zorgdesk.store.integrity import CheckReport

    name = database_name(url)
    report = CheckReport(path=Path(name))
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            revision = server_revision(conn)
            report.alembic_revision = revision
            report.user_version = check_revision(revision, name)
            report.integrity = ["ok"]
            for table in workspace_tables():
                report.counts[table.name] = int(
                    conn.execute(select(func.count()).select_from(table)).scalar_one())
                for fk in table.foreign_keys:
                    parent = fk.column.table
                    target = parent.alias("referenced")  # a goal's parent is a goal too
                    key = target.c[fk.column.name]
                    orphans = conn.execute(
                        select(func.count()).select_from(table).where(
                            fk.parent.isnot(None),
                            ~select(key).where(key == fk.parent).exists(),
                        )).scalar_one()
                    if orphans:
                        report.foreign_key_problems.append(
                            f"{table.name}.{fk.parent.name} -> {parent.name}: {orphans}")
    except StoreError as exc:
        report.problems.append(exc.message)
    except SQLAlchemyError as exc:
        report.problems.append(connect_error(exc, name).message)
    finally:
        engine.dispose()
    report.problems.extend(
        f"{problem} rij(en) verwijzen naar niets" for problem in report.foreign_key_problems)
    return report


def workspace_location(text: str) -> Path | str:
    """A command-line argument as a file (Path) or a server workspace (the URL string)."""
    return text if is_server_url(text) else Path(text)


class ReadOnlyError(StoreError):
    """The server refused a write: the user is a lezer of this workspace."""


class ConflictError(StoreError):
    """Someone else changed the same record since it was read (its revision moved on)."""


class ConnectionLostError(StoreError):
    """The server could not be reached; nothing of the edit was applied."""


@contextmanager
def translated_server_errors(name: str) -> Iterator[None]:
    """The server's refusals as Dutch StoreErrors; the transaction is already rolled back."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "StoreError", "Iemand anders heeft dit gegeven in {name} intussen gewijzigd. Uw "
            "wijziging is niet bewaard; de pagina toont nu wat er staat."), name=name) from exc
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42501":
            raise ReadOnlyError(QT_TRANSLATE_NOOP(
                "StoreError", "U mag in de werkruimte {name} alleen lezen; de server heeft de "
                "wijziging geweigerd. Er is niets gewijzigd."), name=name) from exc
        if exc.connection_invalidated or state is None or state.startswith("08"):
            raise ConnectionLostError(QT_TRANSLATE_NOOP(
                "StoreError", "De verbinding met de server van {name} is verbroken. Er is niets "
                "half bewaard; probeer het zo opnieuw."), name=name) from exc
        raise


def may_write(conn: Connection) -> bool:
    """Whether the server lets this login change the workspace (bewerker or beheerder): asked
    of the server itself, so the app shows what the GRANTs say."""
    from sqlalchemy import text

    return bool(conn.execute(text("SELECT has_table_privilege('goal', 'UPDATE')")).scalar())
