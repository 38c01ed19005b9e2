"""Alembic environment: always run on the connection the app hands over, in one transaction.

No fileConfig(): it would disable the app's own loggers.
"""

from __future__ import annotations

from alembic import context

from zorgdesk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached from the alembic command line
    raise RuntimeError("ZorgDesk-migraties draaien alleen via zorgdesk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode (copy-and-rename) is SQLite's way round ALTER; PostgreSQL alters in place.
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
