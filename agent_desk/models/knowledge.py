"""Knowledge-base articles and every version they had.

An article is identified outside this desk by its `public_id` (the share's package carries it),
so an article published at one desk and imported at another is the same article with the same
version numbers. `categories` and `tags` are kept as space-framed word lists (" inquiry repair ")
so one LIKE finds a word without a join; the search index is an FTS5 table over title, body and
tags (`models/raw_sql.py`, migration 0008), and one- and two-character words have their own index
of characters and character pairs, kept here (migration 0014).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime
from agent_desk.models.raw_sql import KB_GRAMS_FTS

ARTICLE_STATUSES = ("proposed", "published", "retired")
TITLE_MAX = 200


class KbArticle(PublicIdMixin, Base):
    """The current version of an article."""

    __tablename__ = "kb_articles"
    __table_args__ = (
        CheckConstraint("status IN ('proposed', 'published', 'retired')", name="status"),
        CheckConstraint("version >= 1", name="version"),
        Index("ix_kb_articles_title_key", "title_key"),
        # Lists a category's articles by title (suggestions before the question is typed).
        Index("ix_kb_articles_browse", "status", "title", "tags", "categories"),
        Index("ix_kb_articles_author_published", "author_no", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    # The title as compared for duplicates (`knowledge.search.title_key`): NFKC, case-folded,
    # spaces squeezed, none between CJK characters.
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


# --- the index of one- and two-character words -------------------------------------------------

# Where words break, for the index and for what the agent types (`knowledge/search.py`):
# spaces, hyphens and the common Chinese and Western punctuation.
WORD_BREAK = re.compile(r"[\s,，。、；;：:？?！!（）()\[\]【】“”\"'《》<>/\\|-]+")


def short_grams(*texts: str) -> str:
    """Every distinct character and pair of neighbouring characters of the texts' words,
    space-separated, for the `kb_grams_fts` index: 「申请开具发票」 holds 发, 票 and 发票, so
    a one- or two-character word is one index lookup. Pairs never span a word break."""
    grams: dict[str, None] = {}
    for value in texts:
        for word in WORD_BREAK.split(value.lower()):
            grams.update(dict.fromkeys(word))
            grams.update(dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1)))
    return " ".join(grams)


def _index(connection: Connection, target: KbArticle) -> None:
    connection.execute(
        text(f"INSERT INTO {KB_GRAMS_FTS}(rowid, head, body) VALUES (:id, :head, :body)"),
        {
            "id": target.id,
            "head": short_grams(target.title, target.tags),
            "body": short_grams(target.body),
        },
    )


def _unindex(connection: Connection, article_id: int) -> None:
    connection.execute(text(f"DELETE FROM {KB_GRAMS_FTS} WHERE rowid = :id"), {"id": article_id})


# Every write of an article goes through the ORM (the service, an import, the demo, the bench),
# so these keep the index in the same transaction as the row, as the trigram tables' triggers do.
@event.listens_for(KbArticle, "after_insert")
def _article_inserted(_mapper: Any, connection: Connection, target: KbArticle) -> None:
    _index(connection, target)


@event.listens_for(KbArticle, "after_update")
def _article_updated(_mapper: Any, connection: Connection, target: KbArticle) -> None:
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in ("title", "tags", "body")):
        _unindex(connection, target.id)
        _index(connection, target)


@event.listens_for(KbArticle, "after_delete")
def _article_deleted(_mapper: Any, connection: Connection, target: KbArticle) -> None:
    _unindex(connection, target.id)
