"""Changes on a server announce themselves: PostgreSQL NOTIFY on channel `zorgdesk`.

One statement-level trigger per table sends the table's name after every insert, update or
delete; an open app LISTENs on its own connection (ui/workspace/server_watch.py) and looks
again at once, instead of waiting for its two-second poll, which stays as the fallback (a
notification is lost when the connection drops). NOTIFY is delivered when the transaction
commits, so nobody looks at a change that might still roll back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

CHANNEL = "zorgdesk"

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION zorgdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""


def install_notify(conn: Connection, tables: Iterable[str]) -> None:
    conn.exec_driver_sql(_FUNCTION)
    for table in tables:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS zorgdesk_notify ON "{table}"')
        conn.exec_driver_sql(
            f'CREATE TRIGGER zorgdesk_notify AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION zorgdesk_notify()")


def drop_notify(conn: Connection, tables: Iterable[str]) -> None:
    for table in tables:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS zorgdesk_notify ON "{table}"')
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS zorgdesk_notify()")


def listen(url: str) -> object:
    """A separate autocommit connection LISTENing on the channel (psycopg's Connection)."""
    import psycopg
    from sqlalchemy import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = psycopg.connect(conninfo, autocommit=True)
    conn.execute(f"LISTEN {CHANNEL}")
    return conn
