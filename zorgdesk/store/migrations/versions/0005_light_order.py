"""light_order: an index on status updates in the order the lights are read

A goal's light is its newest status update (services/goals/lights.py): every page reads the
updates ordered by day, time written and id. Without an index that is a sort of every update
on every read (3.1 ms of the overview's first paint on the large sample, 6,000 updates);
with one holding the goal and the light too, SQLite walks the index and never reads the
rows (1.7 ms), and the overview's newest reports come from the same walk.

Revision ID: light_order
Revises: timeline_years
"""

from __future__ import annotations

from alembic import op

revision = "light_order"
down_revision = "timeline_years"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_status_update_light_order", "status_update",
                    ["reported_on", "created_at", "id", "goal_id", "light"])


def downgrade() -> None:
    op.drop_index("ix_status_update_light_order", table_name="status_update")
