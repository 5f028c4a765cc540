"""audit_events: a row goes only after the last one, chained to it

Revision ID: 0010_audit_append_guard
Revises: 0007_share_faults
Create Date: 2026-12-08 01:00:00

0005's triggers refuse UPDATE and DELETE, but SQLite's `INSERT OR REPLACE` (and `REPLACE`
conflict resolution on the primary key) removes the row it replaces without firing a DELETE
trigger: someone with the database could rewrite the log row by row, recomputing the chain.
A BEFORE INSERT trigger now refuses any row whose id is not past the last one, or whose
`prev_hash` is not the last row's hash (the empty log's is GENESIS). The app's own writes
(`agent_desk/audit.py`) always append that way.
"""

from __future__ import annotations

from alembic import op

from agent_desk.audit_chain import APPEND_GUARD, APPEND_GUARD_SQL

revision = "0010_audit_append_guard"
down_revision = "0007_share_faults"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(APPEND_GUARD_SQL)


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {APPEND_GUARD}")
