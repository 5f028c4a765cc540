"""Alembic environment: always run on the connection the store hands over.

Batch migrations rebuild a SQLite table by copying it and dropping the original. With foreign
keys on, dropping a table other tables point to fails (or, worse, cascades deletes into
call_drafts), so foreign keys are off while the migrations run and checked before the commit.
SQLite ignores the pragma inside a transaction, so it is set before the migrations begin one.
"""

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
dbapi = connection.connection.dbapi_connection
keys_were_on = dbapi.execute("PRAGMA foreign_keys").fetchone()[0] == 1
if keys_were_on and not connection.in_transaction():
    dbapi.execute("PRAGMA foreign_keys=OFF")
try:
    with context.begin_transaction():
        context.run_migrations()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")
    if connection.in_transaction():
        connection.commit()  # before the pragma below, which an open transaction would ignore
except BaseException:
    if connection.in_transaction():
        connection.rollback()
    raise
finally:
    if keys_were_on:
        dbapi.execute("PRAGMA foreign_keys=ON")
