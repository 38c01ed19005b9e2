"""authors: every row remembers who changed it last (`changed_by`, a display name); on a
server every change also notifies the open apps (store/notify.py)

Revision ID: authors
Revises: sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "authors"
down_revision = "sync"
branch_labels = None
depends_on = None


def _row_tables() -> list[str]:
    """Every table with the bookkeeping of a row, as the database has them (not the merge's
    own tables, store/capture.py, which keep a `revision` of their own)."""
    from zorgdesk.store.capture import SYNC_TABLES

    inspector = sa.inspect(op.get_bind())
    return sorted(t for t in inspector.get_table_names() if t not in SYNC_TABLES
                  and {"revision", "updated_at"} <= {c["name"] for c in inspector.get_columns(t)})


def upgrade() -> None:
    # ADD COLUMN of a nullable column is a plain ALTER on SQLite too: no table is rebuilt.
    for table in _row_tables():
        op.add_column(table, sa.Column("changed_by", sa.String(length=120), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # the merge's triggers list columns: take the new one in
        from zorgdesk.store.capture import install_capture

        install_capture(bind.connection.dbapi_connection)  # type: ignore[arg-type]
    else:
        from zorgdesk.store.notify import install_notify

        install_notify(bind, _row_tables())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        from zorgdesk.store.notify import drop_notify

        drop_notify(bind, _row_tables())
    for table in _row_tables():
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("changed_by")
