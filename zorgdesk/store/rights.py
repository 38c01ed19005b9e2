"""Rights on a server workspace: lezer, bewerker and beheerder as PostgreSQL roles.

The server enforces them, not the app: each workspace (database) gets three group roles
without login, named after the database, with GRANTs on its tables; a person's login role is
made a member of exactly one of them. A lezer's UPDATE is then refused by PostgreSQL itself,
whichever path it comes through. A beheerder holds the three roles WITH ADMIN OPTION, so
he can make others lezer or bewerker (`zorgdesk grant`) without being a superuser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection

ROLES = ("lezer", "bewerker", "beheerder")


def group_role(database: str, role: str) -> str:
    return f"zorgdesk_{database}_{role}"[:63]


def ensure_roles(conn: Connection, database: str) -> None:
    """Create the three group roles and their GRANTs (idempotent)."""
    quote = conn.dialect.identifier_preparer.quote
    names = {role: group_role(database, role) for role in ROLES}
    existing = {row[0] for row in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
        {"names": list(names.values())})}
    for name in names.values():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
    lezer, bewerker, beheerder = (quote(names[r]) for r in ROLES)
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quote(database)} TO {lezer}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {lezer}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {lezer}")
    conn.exec_driver_sql(f"GRANT {lezer} TO {bewerker}")
    conn.exec_driver_sql(
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {bewerker}")
    conn.exec_driver_sql(f"GRANT {bewerker} TO {beheerder}")
    # A role cannot hold itself: making another beheerder stays the server admin's job.
    for name in (lezer, bewerker):
        conn.exec_driver_sql(f"GRANT {name} TO {beheerder} WITH ADMIN OPTION")


def grant_role(conn: Connection, database: str, user: str, role: str) -> None:
    """Make `user` a member of exactly the group role `role` of this workspace."""
    if role not in ROLES:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekende rol {name}; kies lezer, bewerker of beheerder."), name=role)
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(user)s", {"user": user}).first()
    if exists is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "De gebruiker {name} bestaat niet op de server; laat de beheerder "
            "van de server die eerst aanmaken."), name=user)
    ensure_roles(conn, database)
    quote = conn.dialect.identifier_preparer.quote
    for other in ROLES:
        conn.exec_driver_sql(
            f"REVOKE {quote(group_role(database, other))} FROM {quote(user)}")
    conn.exec_driver_sql(f"GRANT {quote(group_role(database, role))} TO {quote(user)}")


def set_display_name(conn: Connection, user: str, name: str) -> None:
    """The name under which `user`'s changes are shown to everyone (store/authors.py): kept
    by the server as the role's comment, so every laptop shows the same name."""
    from sqlalchemy import text

    quote = conn.dialect.identifier_preparer.quote
    literal = conn.execute(text("SELECT quote_literal(:name)"), {"name": name.strip()}).scalar()
    conn.exec_driver_sql(f"COMMENT ON ROLE {quote(user)} IS {literal}")
