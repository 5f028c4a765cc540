"""recordings and quality_reviews; an index for the weekly quality sample

Revision ID: 0011_quality_review
Revises: 0010_audit_append_guard
Create Date: 2026-12-01 15:00:00

A call can carry a recording (linked by call id), and a supervisor scores a weekly random
sample of each agent's answered calls. The partial indexes let the sampler read a week of
answered calls (and complaints) per agent without touching the calls table, and
call_hour_counts (kept by triggers) says how many calls each agent answered in each hour, so a
week is not read through to count it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_quality_review"
down_revision = "0010_audit_append_guard"
branch_labels = None
depends_on = None


# Answered calls per agent and UTC hour of ring, kept by the store itself whatever code writes
# the calls (the desk answers a ringing call with an UPDATE of its outcome).
_HOUR = "substr({row}.ring_started_at, 1, 13)"
_ADD = (
    "INSERT INTO call_hour_counts (agent_id, hour, answered) "
    "VALUES ({row}.agent_id, " + _HOUR + ", 1) "
    "ON CONFLICT (agent_id, hour) DO UPDATE SET answered = answered + 1"
)
_REMOVE = (
    "UPDATE call_hour_counts SET answered = answered - 1 "
    "WHERE agent_id = {row}.agent_id AND hour = " + _HOUR
)
TRIGGERS = {
    "trg_calls_count_insert": (
        "CREATE TRIGGER trg_calls_count_insert AFTER INSERT ON calls "
        "WHEN NEW.outcome = 'answered' BEGIN " + _ADD.format(row="NEW") + "; END"
    ),
    "trg_calls_count_update": (
        "CREATE TRIGGER trg_calls_count_update "
        "AFTER UPDATE OF outcome, agent_id, ring_started_at ON calls "
        "WHEN OLD.outcome = 'answered' OR NEW.outcome = 'answered' BEGIN "
        + _REMOVE.format(row="OLD")
        + " AND OLD.outcome = 'answered'; "
        + "INSERT INTO call_hour_counts (agent_id, hour, answered) "
        "SELECT NEW.agent_id, substr(NEW.ring_started_at, 1, 13), 1 "
        "WHERE NEW.outcome = 'answered' "
        "ON CONFLICT (agent_id, hour) DO UPDATE SET answered = answered + 1; END"
    ),
    "trg_calls_count_delete": (
        "CREATE TRIGGER trg_calls_count_delete AFTER DELETE ON calls "
        "WHEN OLD.outcome = 'answered' BEGIN " + _REMOVE.format(row="OLD") + "; END"
    ),
}
BACKFILL = (
    "INSERT INTO call_hour_counts (agent_id, hour, answered) "
    "SELECT agent_id, substr(ring_started_at, 1, 13), count(*) FROM calls "
    "WHERE outcome = 'answered' GROUP BY agent_id, substr(ring_started_at, 1, 13)"
)


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
    op.create_table(
        "call_hour_counts",
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agent_id", "hour", name=op.f("pk_call_hour_counts")),
    )
    op.execute(BACKFILL)
    for ddl in TRIGGERS.values():
        op.execute(ddl)
    op.create_index(
        "ix_calls_answered_complaint",
        "calls",
        ["agent_id", "ring_started_at"],
        unique=False,
        sqlite_where=sa.text("outcome = 'answered' AND category = 'complaint'"),
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("call_hour_counts")
    op.drop_index("ix_calls_answered_complaint", table_name="calls")
    op.drop_index("ix_calls_answered_agent_ring", table_name="calls")
    op.drop_index("ix_quality_reviews_agent_week", table_name="quality_reviews")
    op.drop_table("quality_reviews")
    op.drop_table("recordings")
