"""sync: per-row bases and tombstones for merging copies (store/capture.py)

Revision ID: sync
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "sync"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from zorgdesk.store.capture import install_capture

    dbapi = op.get_bind().connection.dbapi_connection
    install_capture(dbapi)  # type: ignore[arg-type]


def downgrade() -> None:
    dbapi = op.get_bind().connection.dbapi_connection
    assert dbapi is not None
    for (name,) in dbapi.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync_base_%'"
    ).fetchall():
        dbapi.execute(f'DROP TRIGGER "{name}"')
    op.drop_table("sync_base")
