"""outbox: items that failed on their own; share_refusals: a refused logon is not retried

Revision ID: 0007_share_faults
Revises: 0003_shift_last_seen
Create Date: 2026-12-01 12:00:00

One item the share cannot take (a name too long) blocked the whole outbox, and a wrong
password was retried with backoff until the share's service account could be locked out.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_share_faults"
down_revision = "0005_accounts_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_outbox_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outbox_status"), "status IN ('pending', 'sent', 'conflict', 'failed')"
        )
    op.create_table(
        "share_refusals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=512), nullable=False),
        sa.Column("username", sa.String(length=256), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("refused_at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_refusals")),
    )


def downgrade() -> None:
    op.drop_table("share_refusals")
    op.execute("UPDATE outbox SET status = 'pending' WHERE status = 'failed'")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_outbox_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outbox_status"), "status IN ('pending', 'sent', 'conflict')"
        )
