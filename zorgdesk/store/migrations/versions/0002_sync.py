"""sync: per-row bases, tombstones, touched rows and peers for merging copies (store/capture.py)

Revision ID: sync
Revises: meeting_cycle
"""

from __future__ import annotations

from alembic import op

revision = "sync"
down_revision = "meeting_cycle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from zorgdesk.store.capture import install_capture

    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # merging copies is between local files; a server keeps one truth itself
    install_capture(bind.connection.dbapi_connection)  # type: ignore[arg-type]


def downgrade() -> None:
    from zorgdesk.store.capture import drop_capture

    drop_capture(op.get_bind().connection.dbapi_connection)  # type: ignore[arg-type]
    for table in ("sync_peer", "sync_touched", "sync_base"):
        op.drop_table(table)
