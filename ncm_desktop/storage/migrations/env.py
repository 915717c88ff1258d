"""Alembic environment: always run on a connection handed over by ``storage.migrate``."""

from __future__ import annotations

from alembic import context

from ncm_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by rebuilding them; PostgreSQL alters them in place.
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,  # one transaction for the whole upgrade: all or nothing
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
