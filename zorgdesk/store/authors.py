"""Who is writing: the name every changed row records in `changed_by`.

On a server it is the login's display name, which the server keeps for everyone alike
(`COMMENT ON ROLE fatma IS 'Fatma Öztürk'`, set by `zorgdesk grant --name`), else the login
itself: the same name whoever's laptop reads it. On a file it is the computer account's full
name (or its login name): a copy made on the road says whose it was.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

MAX_LENGTH = 120


def local_author() -> str:
    name = ""
    try:
        import pwd

        name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):  # Windows, or an account without a name
        pass
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = ""
    return (name or "onbekend")[:MAX_LENGTH]


def server_author(conn: Connection) -> str:
    from sqlalchemy import text

    row = conn.execute(text(
        "SELECT coalesce(nullif(shobj_description(oid, 'pg_authid'), ''), rolname) "
        "FROM pg_roles WHERE rolname = current_user")).first()
    return str(row[0] if row else "onbekend")[:MAX_LENGTH]


def stamp_authors(session: Any, author: str) -> None:
    """Before a flush: every new or changed row carries `author` as its last changer."""
    changed = [*session.new, *(o for o in session.dirty if session.is_modified(o))]
    for obj in changed:
        if hasattr(obj, "changed_by"):
            obj.changed_by = author
