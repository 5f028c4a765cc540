"""agents.must_change_password; the audit log hash-chained and append-only

Revision ID: 0005_accounts_audit_chain
Revises: 0003_shift_last_seen
Create Date: 2026-12-01 01:00:00

An administrator's password reset makes the user choose a new password at the next login.
Audit rows get `prev_hash` and `hash` (see agent_desk/audit_chain.py); the rows written before
this revision are chained here, in id order, and triggers then refuse UPDATE and DELETE, so
one `DELETE FROM audit_events` no longer removes every trace of an account.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_desk.audit_chain import GENESIS, row_hash

revision = "0005_accounts_audit_chain"
down_revision = "0004_phone_calls"
branch_labels = None
depends_on = None

TRIGGERS = {
    "audit_events_no_update": "UPDATE",
    "audit_events_no_delete": "DELETE",
}


def upgrade() -> None:
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), server_default="0", nullable=False
            )
        )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("hash", sa.String(length=64), server_default="", nullable=False)
        )
        # A login with an unknown agent number counts that number's earlier tries.
        batch_op.create_index(batch_op.f("ix_audit_events_actor"), ["actor"], unique=False)
    bind = op.get_bind()
    rows = bind.exec_driver_sql(
        "SELECT id, at, actor, action, target, detail FROM audit_events ORDER BY id"
    ).fetchall()
    prev = GENESIS
    for row_id, at, actor, action, target, detail in rows:
        digest = row_hash(prev, row_id, at, actor, action, target, detail)
        bind.exec_driver_sql(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?",
            (prev, digest, row_id),
        )
        prev = digest
    for name, event in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_audit_events_actor", table_name="audit_events")
    # SQLite's own DROP COLUMN (3.35+): a batch copy of `agents` would have to drop the table,
    # which the calls and cases that reference it forbid.
    for table, column in (
        ("audit_events", "hash"),
        ("audit_events", "prev_hash"),
        ("agents", "must_change_password"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
