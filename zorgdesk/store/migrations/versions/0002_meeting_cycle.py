"""Meeting cycle: minutes that get adopted, guests, adopted versions of the work agenda.

Revision ID: meeting_cycle
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "meeting_cycle"
down_revision = "0001"
branch_labels = None
depends_on = None

ROW = (
    ("id", sa.String(length=36)),
    ("created_at", sa.DateTime()),
    ("updated_at", sa.DateTime()),
    ("revision", sa.Integer()),
)


def _row_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column(name, kind, nullable=False) for name, kind in ROW]


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "minutes_status",
            sa.Enum("concept", "vastgesteld", name="minutesstatus", native_enum=False,
                    create_constraint=True, length=24),
            nullable=False, server_default="concept"))
        batch_op.add_column(sa.Column("minutes_adopted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("minutes_adopted_in_id", sa.String(length=36),
                                      nullable=True))
        batch_op.create_index(batch_op.f("ix_meeting_minutes_adopted_in_id"),
                              ["minutes_adopted_in_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_meeting_minutes_adopted_in_id_meeting"),
                                    "meeting", ["minutes_adopted_in_id"], ["id"],
                                    ondelete="SET NULL")

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minutes_of_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_agenda_item_minutes_of_id"), ["minutes_of_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_agenda_item_minutes_of_id_meeting"),
                                    "meeting", ["minutes_of_id"], ["id"], ondelete="SET NULL")

    op.create_table(
        "meeting_guest",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("publishable", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_row_columns(),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_meeting_guest_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guest")),
    )
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_guest_meeting_id"), ["meeting_id"],
                              unique=False)

    op.create_table(
        "adopted_version",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("adopted_by", sa.String(length=200), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=False),
        *_row_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adopted_version")),
    )


def downgrade() -> None:
    op.drop_table("adopted_version")
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_guest_meeting_id"))
    op.drop_table("meeting_guest")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_item_minutes_of_id_meeting"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_agenda_item_minutes_of_id"))
        batch_op.drop_column("minutes_of_id")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_minutes_adopted_in_id_meeting"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_adopted_in_id"))
        batch_op.drop_column("minutes_adopted_in_id")
        batch_op.drop_column("minutes_adopted_on")
        batch_op.drop_column("minutes_status")
