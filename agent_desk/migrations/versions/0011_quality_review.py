"""recordings and quality_reviews; an index for the weekly quality sample

Revision ID: 0011_quality_review
Revises: 0007_share_faults
Create Date: 2026-12-01 15:00:00

A call can carry a recording (linked by call id), and a supervisor scores a weekly random
sample of each agent's answered calls. The partial indexes let the sampler read a week of
answered calls (and complaints) per agent without touching the calls table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_quality_review"
down_revision = "0007_share_faults"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source IN ('baresip', 'pattern')", name=op.f("ck_recordings_source")),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_recordings_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recordings")),
        sa.UniqueConstraint("call_id", name=op.f("uq_recordings_call_id")),
    )
    op.create_table(
        "quality_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("criteria_json", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("scored_at", sa.DateTime(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("score BETWEEN 1 AND 10", name=op.f("ck_quality_reviews_score")),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_quality_reviews_revision")),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_quality_reviews_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_quality_reviews_call_id_calls")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["agents.id"], name=op.f("fk_quality_reviews_reviewer_id_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_reviews")),
        sa.UniqueConstraint("call_id", name=op.f("uq_quality_reviews_call_id")),
        sa.UniqueConstraint("public_id", name=op.f("uq_quality_reviews_public_id")),
    )
    op.create_index(
        "ix_quality_reviews_agent_week", "quality_reviews", ["agent_id", "week"], unique=False
    )
    op.create_index(
        "ix_calls_answered_agent_ring",
        "calls",
        ["agent_id", "ring_started_at"],
        unique=False,
        sqlite_where=sa.text("outcome = 'answered'"),
    )
    op.create_index(
        "ix_calls_answered_complaint",
        "calls",
        ["agent_id", "ring_started_at"],
        unique=False,
        sqlite_where=sa.text("outcome = 'answered' AND category = 'complaint'"),
    )


def downgrade() -> None:
    op.drop_index("ix_calls_answered_complaint", table_name="calls")
    op.drop_index("ix_calls_answered_agent_ring", table_name="calls")
    op.drop_index("ix_quality_reviews_agent_week", table_name="quality_reviews")
    op.drop_table("quality_reviews")
    op.drop_table("recordings")
