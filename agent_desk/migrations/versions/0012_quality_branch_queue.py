"""the branch-wide review queue: reviews of calls this desk does not hold; the drawn queue

Revision ID: 0012
Revises: 0008_knowledge
Create Date: 2026-12-01 18:30:00

With a share, a supervisor's weekly queue is drawn from the calls.csv files of the shift
summaries on the share (agent_desk/quality/branch.py). A review of such a call has no row in
`calls` here, so `quality_reviews.call_id` and `agent_id` may be empty and the review keeps the
call's facts itself (public id, agent, branch, ring time, category). `quality_queue` keeps the
drawn share calls, so `qa score` and the review window find them. A review taken from the
share onto the agent's desk (scored on a supervisor's desk) names its reviewer by number
(`reviewer_no`): that supervisor need not have an account here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_quality_branch_queue"
down_revision = "0014_kb_short_words"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quality_reviews") as batch:
        batch.alter_column("call_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("agent_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("reviewer_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("reviewer_no", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("call_public_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("call_agent_no", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("call_agent_name", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("call_branch", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("call_ring_started_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("call_category", sa.String(length=32), nullable=True))
        batch.create_unique_constraint(
            op.f("uq_quality_reviews_call_public_id"), ["call_public_id"]
        )
    op.create_table(
        "quality_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.String(length=64), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("agent_no", sa.String(length=16), nullable=False),
        sa.Column("agent_name", sa.String(length=100), nullable=False),
        sa.Column("ring_started_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("greeting_given", sa.Boolean(), nullable=False),
        sa.Column("signoff_given", sa.Boolean(), nullable=False),
        sa.Column("phone_call_id", sa.String(length=200), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_queue")),
        sa.UniqueConstraint("call_id", name=op.f("uq_quality_queue_call_id")),
    )


def downgrade() -> None:
    op.drop_table("quality_queue")
    with op.batch_alter_table("quality_reviews") as batch:
        batch.drop_constraint(op.f("uq_quality_reviews_call_public_id"), type_="unique")
        for name in (
            "call_category",
            "call_ring_started_at",
            "call_branch",
            "call_agent_name",
            "call_agent_no",
            "call_public_id",
            "reviewer_no",
        ):
            batch.drop_column(name)
