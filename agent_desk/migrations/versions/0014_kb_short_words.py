"""knowledge base: an index of characters and character pairs for one- and two-character words

Revision ID: 0014
Revises: 0008_knowledge
Create Date: 2026-12-01 18:30:00

Most Chinese words are two characters (发票, 退款, 积分), and the trigram index cannot look them
up. `kb_grams_fts` holds each article's distinct characters and neighbouring pairs (title and
tags in `head`, body in `body`) as unicode61 tokens; `models/knowledge.py` keeps it in step on
every write of an article. Existing articles are indexed here, and their `title_key` is
recomputed: duplicates are now compared after NFKC and without spaces between CJK characters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_desk.knowledge.search import title_key
from agent_desk.models.knowledge import short_grams

revision = "0014_kb_short_words"
down_revision = "0013_kb_variants"
branch_labels = None
depends_on = None

GRAMS = "kb_grams_fts"


def upgrade() -> None:
    # detail=column: single-token lookups with a column filter, no positions kept.
    op.execute(
        f"CREATE VIRTUAL TABLE {GRAMS} USING fts5(head, body, tokenize='unicode61', "
        "detail=column)"
    )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, title, tags, body FROM kb_articles")).all()
    for article_id, title, tags, body in rows:
        bind.execute(
            sa.text(f"INSERT INTO {GRAMS}(rowid, head, body) VALUES (:id, :head, :body)"),
            {"id": article_id, "head": short_grams(title, tags), "body": short_grams(body)},
        )
        bind.execute(
            sa.text("UPDATE kb_articles SET title_key = :key WHERE id = :id"),
            {"id": article_id, "key": title_key(title)},
        )


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {GRAMS}")
