"""kb_article_versions.variant: two desks' texts of one version number are both kept

Revision ID: 0013_kb_variants
Revises: 0008_knowledge
Create Date: 2026-12-01 18:30:00

Two desks can each save a version 3 of one article (a supervisor at each edits it before the
packages cross). Every desk takes the same one as current (knowledge/service.py says which),
and keeps the other text in the history as a variant of that version: `variant` is "" for the
version the article went on from, and a short digest of the text for the one not taken.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_kb_variants"
down_revision = "0008_knowledge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kb_article_versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("variant", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.drop_constraint("uq_kb_article_versions_article_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_kb_article_versions_article_version_variant", ["article_id", "version", "variant"]
        )


def downgrade() -> None:
    op.execute("DELETE FROM kb_article_versions WHERE variant != ''")
    with op.batch_alter_table("kb_article_versions", schema=None) as batch_op:
        batch_op.drop_constraint("uq_kb_article_versions_article_version_variant", type_="unique")
        batch_op.create_unique_constraint(
            "uq_kb_article_versions_article_version", ["article_id", "version"]
        )
        batch_op.drop_column("variant")
