"""Alembic environment: always run on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from agent_desk.models import Base
from agent_desk.models.raw_sql import include_name

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through agent_desk.store
    raise RuntimeError("run migrations through agent_desk.store, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
