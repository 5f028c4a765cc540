"""knowledge base: articles, their versions, a trigram search index; the article a call used

Revision ID: 0008_knowledge
Revises: 0011_quality_review
Create Date: 2026-12-01 15:00:00

Articles are searched while the agent types, in Chinese: an external-content FTS5 table with the
trigram tokenizer over title, body and tags, kept in step by triggers (as customer_phones_fts).
A second index over titles and tags alone keeps ranking cheap.
A call keeps the public id and version of the article whose answer was inserted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_knowledge"
down_revision = "0011_quality_review"
branch_labels = None
depends_on = None

FTS = "kb_articles_fts"
COLUMNS = "title, body, tags"
NEW = "new.title, new.body, new.tags"
OLD = "old.title, old.body, old.tags"
# Titles and tags alone: their posting lists are short, so ranking a question's many trigrams
# (suggestions) or a common word's titles stays in milliseconds at 20,000 articles.
TITLES = "kb_titles_fts"
T_COLUMNS = "title, tags"
T_NEW = "new.title, new.tags"
T_OLD = "old.title, old.tags"

TRIGGERS = (
    f"""CREATE TRIGGER {FTS}_ai AFTER INSERT ON kb_articles BEGIN
        INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (new.id, {NEW});
        INSERT INTO {TITLES}(rowid, {T_COLUMNS}) VALUES (new.id, {T_NEW});
    END""",
    f"""CREATE TRIGGER {FTS}_ad AFTER DELETE ON kb_articles BEGIN
        INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});
        INSERT INTO {TITLES}({TITLES}, rowid, {T_COLUMNS}) VALUES ('delete', old.id, {T_OLD});
    END""",
    f"""CREATE TRIGGER {FTS}_au AFTER UPDATE OF title, body, tags ON kb_articles BEGIN
        INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});
        INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (new.id, {NEW});
        INSERT INTO {TITLES}({TITLES}, rowid, {T_COLUMNS}) VALUES ('delete', old.id, {T_OLD});
        INSERT INTO {TITLES}(rowid, {T_COLUMNS}) VALUES (new.id, {T_NEW});
    END""",
)


def upgrade() -> None:
    op.create_table(
        "kb_articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_key", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("categories", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.String(length=500), nullable=False),
        sa.Column("author_no", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_no", sa.String(length=32), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("published_by_no", sa.String(length=32), nullable=True),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "status IN ('proposed', 'published', 'retired')", name=op.f("ck_kb_articles_status")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_kb_articles_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_articles")),
        sa.UniqueConstraint("public_id", name=op.f("uq_kb_articles_public_id")),
    )
    op.create_index("ix_kb_articles_title_key", "kb_articles", ["title_key"])
    op.create_index(
        "ix_kb_articles_browse", "kb_articles", ["status", "title", "tags", "categories"]
    )
    op.create_index("ix_kb_articles_author_published", "kb_articles", ["author_no", "published_at"])
    op.create_table(
        "kb_article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("categories", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by_no", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["kb_articles.id"],
            name=op.f("fk_kb_article_versions_article_id_kb_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_versions")),
        sa.UniqueConstraint("article_id", "version", name="uq_kb_article_versions_article_version"),
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kb_article_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("kb_article_version", sa.Integer(), nullable=True))
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({COLUMNS}, content='kb_articles', "
        "content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE VIRTUAL TABLE {TITLES} USING fts5({T_COLUMNS}, content='kb_articles', "
        "content_rowid='id', tokenize='trigram')"
    )
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for suffix in ("au", "ad", "ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {FTS}")
    op.execute(f"DROP TABLE IF EXISTS {TITLES}")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("kb_article_version")
        batch_op.drop_column("kb_article_id")
    op.drop_table("kb_article_versions")
    op.drop_index("ix_kb_articles_author_published", table_name="kb_articles")
    op.drop_index("ix_kb_articles_browse", table_name="kb_articles")
    op.drop_index("ix_kb_articles_title_key", table_name="kb_articles")
    op.drop_table("kb_articles")
