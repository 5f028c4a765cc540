"""Knowledge-base articles and every version they had.

An article is identified outside this desk by its `public_id` (the share's package carries it),
so an article published at one desk and imported at another is the same article with the same
version numbers. `categories` and `tags` are kept as space-framed word lists (" inquiry repair ")
so one LIKE finds a word without a join; the search index is an FTS5 table over title, body and
tags (`models/raw_sql.py`, migration 0008).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime

ARTICLE_STATUSES = ("proposed", "published", "retired")
TITLE_MAX = 200


class KbArticle(PublicIdMixin, Base):
    """The current version of an article."""

    __tablename__ = "kb_articles"
    __table_args__ = (
        CheckConstraint("status IN ('proposed', 'published', 'retired')", name="status"),
        CheckConstraint("version >= 1", name="version"),
        Index("ix_kb_articles_title_key", "title_key"),
        # Covers the 1-2 character search (LIKE over titles and tags) without reading bodies.
        Index("ix_kb_articles_browse", "status", "title", "tags", "categories"),
        Index("ix_kb_articles_author_published", "author_no", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    # The title as compared for duplicates: case-folded, spaces squeezed.
    title_key: Mapped[str] = mapped_column(String(TITLE_MAX))
    body: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(String(200), default=" ")
    tags: Mapped[str] = mapped_column(String(500), default=" ")
    # The author's agent number, not a row id: an imported article's author lives at another desk.
    author_no: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by_no: Mapped[str] = mapped_column(String(32), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by_no: Mapped[str | None] = mapped_column(String(32))
    # "local", or "share": imported from a package another desk published.
    origin: Mapped[str] = mapped_column(String(8), default="local")


class KbArticleVersion(Base):
    """One version of an article as it was saved; the current one is the highest number
    (of variant "")."""

    __tablename__ = "kb_article_versions"
    __table_args__ = (
        UniqueConstraint(
            "article_id",
            "version",
            "variant",
            name="uq_kb_article_versions_article_version_variant",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("kb_articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    body: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(String(200))
    tags: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16))
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    saved_by_no: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(String(200), default="")
    # "" on the line the article went on from; a digest of the text (VARIANT_LENGTH) for
    # another desk's text of the same version number that was not taken (migration 0013).
    variant: Mapped[str] = mapped_column(String(16), default="", server_default="")
