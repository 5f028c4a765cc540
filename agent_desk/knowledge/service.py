"""The knowledge base: articles agents propose and supervisors edit, publish and retire.

Rules (one place; the window and the command line both come here):
- Any account proposes an article (status `proposed`); supervisors and administrators
  (`Permission.PUBLISH_KNOWLEDGE`) edit, publish, retire and merge. A refusal is audited.
- A title is 1-200 characters on one line without control characters, a body 1-50,000;
  categories are call categories. A title equal to another article's that is not retired is
  refused, naming that article (`DuplicateTitle`), and the window offers to merge into it;
  titles are compared by `title_key` (width, case and spaces aside, `knowledge/search.py`).
- Every change (an edit, publishing, retiring, a merge, an import) is a new version: the
  article's `version` goes up and the version as saved is kept in `kb_article_versions`, so the
  history holds every earlier text.
- Only published articles are searched and suggested; an article used on a call is noted on
  the call with its version.
- A published contribution is an article an agent wrote (`author_no`), counted in the month
  (branch zone) it was first published.
- A proposal leaves the desk at once: `propose` queues it through the outbox to
  `kb/proposals/<branch>/<id>.v<version>.json`; the desks that have a supervisor or
  administrator account read their branch's proposals at start and after each sync and list
  them as proposed (author kept). Publishing keeps the id, so the author's desk takes the
  published article from the package as its own proposal, now published, and counts it.
- A package from the share is imported whole or not at all (`knowledge/package.py`). From the
  share the desk tries the packages newest first and takes the newest good one; a refused file
  is remembered (audit `kb.refused`) and not read again, a name dated more than a day after now
  (a desk with a wrong clock) is passed over until its time comes.
- An article is taken when the package has a newer version than the desk. Two texts of the
  same version number (two desks edited before the packages crossed) are settled the same way
  on every desk: the later saved one wins (then the higher agent number, then the text's
  digest); the other text stays in the history as a variant of that version. An imported
  article whose title equals another article's here (the rule of `propose`) is skipped with
  the reason, the rest of the package is imported.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.access import AuditSink, Permission, require
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError, NotFound, ValidationError
from agent_desk.knowledge.package import (
    BRANCH_FOLDER,
    MAX_PACKAGE_BYTES,
    MAX_PROPOSAL_BYTES,
    PACKAGE_NAME,
    PACKAGE_SCHEMA,
    PACKAGE_VERSION,
    PROPOSAL_NAME,
    PROPOSAL_SCHEMA,
    PROPOSALS_FOLDER,
    SHARE_FOLDER,
    PackageRefused,
    package_bytes,
    package_name,
    package_time,
    parse_package,
    parse_proposal,
    proposal_path,
)
from agent_desk.knowledge.search import (
    build_query,
    like_pattern,
    phrase,
    telling_grams,
    telling_pairs,
    title_key,
    title_problem,
    word_list,
    words_of,
)
from agent_desk.models import Agent, AuditEvent, KbArticle, KbArticleVersion, OutboxItem
from agent_desk.models.calls import CATEGORIES
from agent_desk.models.engine import SessionFactory
from agent_desk.models.knowledge import TITLE_MAX
from agent_desk.models.raw_sql import KB_FTS, KB_GRAMS_FTS, KB_TITLES_FTS

log = logging.getLogger(__name__)

BODY_MAX = 50_000
TAG_MAX = 40
TAGS_MAX = 12
SEARCH_LIMIT = 20
SUGGEST_LIMIT = 8
SNIPPET = 120
# A package named more than this after now comes from a desk with a wrong clock: passed over.
FUTURE_SLACK = timedelta(days=1)
VARIANT_LENGTH = 12
# What the audit log remembers of the share's files, so none is read twice.
TAKEN, REFUSED, FUTURE, PROPOSAL_SEEN = "kb.import", "kb.refused", "kb.future", "kb.proposal"


class Actor(Protocol):
    @property
    def agent_no(self) -> str: ...

    @property
    def role(self) -> str: ...


class DuplicateTitle(ValidationError):
    """Another article (not retired) has this title; `existing_id`/`existing_title` name it."""

    def __init__(self, existing_id: str, existing_title: str) -> None:
        super().__init__(
            "title",
            f"an article with this title exists already: {existing_title} ({existing_id})",
            reason="kb.title.duplicate",
            existing_id=existing_id,
            existing_title=existing_title,
        )


class InvalidTransition(AgentDeskError):
    code = "kb.transition"


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    title: str
    body: str
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    author_no: str
    status: str
    version: int
    created_at: datetime
    updated_at: datetime
    updated_by_no: str
    published_at: datetime | None
    origin: str


@dataclass(frozen=True)
class ArticleHit:
    """A search result: enough to list it; the body is fetched with `get` when used."""

    id: str
    title: str
    version: int
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    snippet: str


@dataclass(frozen=True)
class VersionInfo:
    version: int
    title: str
    body: str
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    status: str
    saved_at: datetime
    saved_by_no: str
    note: str
    variant: str = ""  # "": the line the article went on from; else another desk's text


@dataclass(frozen=True)
class SkippedArticle:
    """An article of a package or proposal not imported (the rest was).
    `reason`: kb.title.duplicate."""

    article_id: str
    title: str
    reason: str
    existing_id: str
    existing_title: str

    @property
    def message(self) -> str:
        return (
            f"{self.title} ({self.article_id}) skipped: the article {self.existing_title} "
            f"({self.existing_id}) here has this title"
        )


@dataclass(frozen=True)
class RefusedFile:
    """A file of `kb/` on the share not imported. `reason`: a PackageRefused reason, or
    kb.package.future for a name dated after now."""

    name: str
    reason: str
    message: str  # in English, for the log and the command line
    params: dict[str, Any] = field(default_factory=dict, compare=False)  # for the UI's words


@dataclass(frozen=True)
class ImportResult:
    name: str
    added: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedArticle, ...] = ()
    refused: tuple[RefusedFile, ...] = ()
    proposals: int = 0  # proposals taken from kb/proposals/ (new or newer)


def _check_proposal_place(
    proposal: dict[str, Any], named: re.Match[str], branch: str, name: str
) -> None:
    """A proposal says what its place on the share says: the article and version of its file
    name, the branch of its folder. A copy moved or renamed by hand is not taken."""
    article = proposal["article"]
    if (article["id"], article["version"]) != (named.group(1), int(named.group(2))):
        raise PackageRefused(
            f"the file is named for {named.group(1)} version {int(named.group(2))} but holds "
            f"{article['id']} version {article['version']}",
            name=name,
            reason="kb.package.schema",
        )
    if proposal["branch"] != branch:
        raise PackageRefused(
            f"a proposal of branch {proposal['branch']} in the folder of branch {branch}",
            name=name,
            reason="kb.package.schema",
        )


def _unusable_folder(name: str, exc: OSError) -> AgentDeskError:
    """`kb` (or a proposals folder) on the share that is a file or cannot be listed: said in
    words, nothing taken from it, the rest of the desk goes on."""
    what = "is a file, not a folder" if isinstance(exc, NotADirectoryError) else "cannot be read"
    detail = exc.strerror or exc.__class__.__name__
    return AgentDeskError(f"{name} on the share {what} ({detail}); nothing was taken from it")


def _info(row: KbArticle) -> ArticleInfo:
    return ArticleInfo(
        row.public_id,
        row.title,
        row.body,
        words_of(row.categories),
        words_of(row.tags),
        row.author_no,
        row.status,
        row.version,
        row.created_at,
        row.updated_at,
        row.updated_by_no,
        row.published_at,
        row.origin,
    )


def _content(title: str, body: str, categories: str, tags: str, status: str) -> tuple[str, ...]:
    """What makes two texts of a version the same (not when or by whom it was saved)."""
    return (title, body, categories, tags, status)


def _row_content(row: KbArticle | KbArticleVersion) -> tuple[str, ...]:
    return _content(row.title, row.body, row.categories, row.tags, row.status)


def _item_content(item: dict[str, Any]) -> tuple[str, ...]:
    return _content(
        item["title"],
        item["body"],
        word_list(item["categories"]),
        word_list(item["tags"]),
        item["status"],
    )


def _variant(content: tuple[str, ...]) -> str:
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:VARIANT_LENGTH]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def check_title(title: str) -> str:
    bad = title_problem(title)
    if bad is not None:
        raise ValidationError(
            "title",
            f"a title is one line without control characters ({bad} found)",
            reason="kb.title.control",
            character=bad,
        )
    clean = " ".join(title.split())
    if not clean:
        raise ValidationError("title", "a title is needed", reason="kb.title.required")
    if len(clean) > TITLE_MAX:
        raise ValidationError(
            "title",
            f"at most {TITLE_MAX} characters",
            reason="kb.title.too_long",
            maximum=TITLE_MAX,
        )
    return clean


def check_body(body: str) -> str:
    clean = body.strip()
    if not clean:
        raise ValidationError("body", "the article needs a text", reason="kb.body.required")
    if len(clean) > BODY_MAX:
        raise ValidationError(
            "body",
            f"at most {BODY_MAX:,} characters ({len(clean):,} given)",
            reason="kb.body.too_long",
            maximum=BODY_MAX,
            length=len(clean),
        )
    return clean


def check_categories(categories: Sequence[str]) -> str:
    for category in categories:
        if category not in CATEGORIES:
            raise ValidationError(
                "categories",
                f"unknown call category {category!r} (one of {', '.join(CATEGORIES)})",
                reason="kb.category.unknown",
                category=category,
            )
    return word_list(list(categories))


def check_tags(tags: Sequence[str]) -> str:
    stored = word_list(list(tags))
    words = words_of(stored)
    if len(words) > TAGS_MAX or any(len(t) > TAG_MAX for t in words):
        raise ValidationError(
            "tags",
            f"at most {TAGS_MAX} tags of at most {TAG_MAX} characters",
            reason="kb.tags.too_many",
            maximum=TAGS_MAX,
        )
    return stored


def month_bounds(month: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The calendar month of `month` in the branch's zone, as [start, end)."""
    start = datetime(month.year, month.month, 1, tzinfo=zone)
    end = datetime(month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=zone)
    return start, end


def published_contributions(
    session: Session, month: date, zone: tzinfo, upto: datetime | None = None
) -> dict[str, int]:
    """The one definition of a contribution: articles by author first published in the month
    (up to `upto` when given, e.g. a shift's end), whatever their status now."""
    start, end = month_bounds(month, zone)
    if upto is not None:
        end = min(end, upto)
    rows = session.execute(
        select(KbArticle.author_no, func.count())
        .where(KbArticle.published_at >= start, KbArticle.published_at < end)
        .group_by(KbArticle.author_no)
    )
    return {str(no): int(n) for no, n in rows}


class KnowledgeService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        zone: tzinfo,
        refusals: AuditSink,
        where: Callable[[], tuple[str, str]] | None = None,
    ) -> None:
        """`where`: the desk's (branch code, desk code) when a proposal or package is queued
        (read each time: the settings may change); without it proposals stay on the desk."""
        self._sessions = sessions
        self._clock = clock
        self._zone = zone
        self._refusals = refusals
        self._where = where

    # --- writing ---------------------------------------------------------------------------

    def propose(
        self,
        actor: Actor | None,
        title: str,
        body: str,
        categories: Sequence[str] = (),
        tags: Sequence[str] = (),
    ) -> ArticleInfo:
        """Any account proposes an article; a supervisor publishes it later, at any desk of
        the branch: the proposal is queued for `kb/proposals/<branch>/` on the share."""
        require(actor, Permission.TAKE_CALLS, self._refusals, "kb.propose")
        assert actor is not None
        clean_title = check_title(title)
        clean_body = check_body(body)
        cats = check_categories(categories)
        stored_tags = check_tags(tags)
        now = self._clock.now()
        with self._sessions.begin() as session:
            self._refuse_duplicate(session, clean_title, None)
            row = KbArticle(
                title=clean_title,
                title_key=title_key(clean_title),
                body=clean_body,
                categories=cats,
                tags=stored_tags,
                author_no=actor.agent_no,
                status="proposed",
                version=1,
                created_at=now,
                updated_at=now,
                updated_by_no=actor.agent_no,
                origin="local",
            )
            session.add(row)
            session.flush()
            self._keep_version(session, row, actor.agent_no, "proposed")
            if self._where is not None:
                self._queue_proposal(session, row, *self._where())
            audit.record(
                session, self._clock, actor.agent_no, "kb.propose", row.public_id, clean_title
            )
            return _info(row)

    def _queue_proposal(self, session: Session, row: KbArticle, branch: str, desk: str) -> None:
        """The proposal as it is now, in the outbox; the sync puts it on the share."""
        document = {
            "schema": PROPOSAL_SCHEMA,
            "version": PACKAGE_VERSION,
            "proposed_at": row.updated_at.isoformat(),
            "branch": branch,
            "desk": desk,
            "article": {
                "id": row.public_id,
                "version": row.version,
                "title": row.title,
                "body": row.body,
                "categories": list(words_of(row.categories)),
                "tags": list(words_of(row.tags)),
                "status": "proposed",
                "author": row.author_no,
                "created_at": row.created_at.isoformat(),
            },
        }
        self._queue(
            session,
            "kb_proposal",
            proposal_path(branch, row.public_id, row.version),
            package_bytes(document),
        )

    def _queue(self, session: Session, kind: str, path: str, content: bytes) -> None:
        session.add(OutboxItem.waiting(kind, path, content, self._clock.now()))

    def edit(
        self,
        actor: Actor | None,
        article_id: str,
        *,
        title: str | None = None,
        body: str | None = None,
        categories: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
    ) -> ArticleInfo:
        """A supervisor changes an article; the text before stays in its history."""
        require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, f"kb.edit {article_id}")
        assert actor is not None
        with self._sessions.begin() as session:
            row = self._get(session, article_id)
            if row.status == "retired":
                raise InvalidTransition(
                    "a retired article is not edited; publish it again first",
                    reason="kb.retired",
                )
            changed = self._apply(session, row, title, body, categories, tags)
            if not changed:
                return _info(row)
            self._bump(session, row, actor.agent_no, "edited")
            audit.record(session, self._clock, actor.agent_no, "kb.edit", row.public_id, row.title)
            return _info(row)

    def merge_into(
        self,
        actor: Actor | None,
        article_id: str,
        body: str,
        categories: Sequence[str] = (),
        tags: Sequence[str] = (),
    ) -> ArticleInfo:
        """A supervisor merges a duplicate's text into the existing article: the text is added
        below the existing body (unless it is already there) and the categories and tags are
        joined; one new version."""
        require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, f"kb.merge {article_id}")
        assert actor is not None
        addition = check_body(body)
        with self._sessions.begin() as session:
            row = self._get(session, article_id)
            merged = row.body if addition in row.body else f"{row.body}\n\n{addition}"
            self._apply(
                session,
                row,
                None,
                merged,
                [*words_of(row.categories), *categories],
                [*words_of(row.tags), *tags],
            )
            self._bump(session, row, actor.agent_no, "merged")
            audit.record(session, self._clock, actor.agent_no, "kb.merge", row.public_id, row.title)
            return _info(row)

    def publish(self, actor: Actor | None, article_id: str) -> ArticleInfo:
        return self._set_status(actor, article_id, "published")

    def retire(self, actor: Actor | None, article_id: str) -> ArticleInfo:
        return self._set_status(actor, article_id, "retired")

    def _set_status(self, actor: Actor | None, article_id: str, status: str) -> ArticleInfo:
        verb = "publish" if status == "published" else "retire"
        require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, f"kb.{verb} {article_id}")
        assert actor is not None
        now = self._clock.now()
        with self._sessions.begin() as session:
            row = self._get(session, article_id)
            if row.status == status:
                raise InvalidTransition(
                    f"the article is already {status}", reason=f"kb.already_{status}"
                )
            if status == "published":
                self._refuse_duplicate(session, row.title, row.id)
                if row.published_at is None:  # a contribution counts in its first month
                    row.published_at = now
                    row.published_by_no = actor.agent_no
            row.status = status
            self._bump(session, row, actor.agent_no, status)
            audit.record(
                session, self._clock, actor.agent_no, f"kb.{verb}", row.public_id, row.title
            )
            return _info(row)

    def _apply(
        self,
        session: Session,
        row: KbArticle,
        title: str | None,
        body: str | None,
        categories: Sequence[str] | None,
        tags: Sequence[str] | None,
    ) -> bool:
        before = (row.title, row.body, row.categories, row.tags)
        if title is not None:
            clean = check_title(title)
            if title_key(clean) != row.title_key:
                self._refuse_duplicate(session, clean, row.id)
            row.title, row.title_key = clean, title_key(clean)
        if body is not None:
            row.body = check_body(body)
        if categories is not None:
            row.categories = check_categories(categories)
        if tags is not None:
            row.tags = check_tags(tags)
        return (row.title, row.body, row.categories, row.tags) != before

    def _bump(self, session: Session, row: KbArticle, by: str, note: str) -> None:
        row.version += 1
        row.updated_at = self._clock.now()
        row.updated_by_no = by
        session.flush()
        self._keep_version(session, row, by, note)

    def _keep_version(
        self,
        session: Session,
        row: KbArticle,
        by: str,
        note: str,
        saved_at: datetime | None = None,
    ) -> None:
        session.add(
            KbArticleVersion(
                article_id=row.id,
                version=row.version,
                title=row.title,
                body=row.body,
                categories=row.categories,
                tags=row.tags,
                status=row.status,
                saved_at=saved_at or self._clock.now(),
                saved_by_no=by,
                note=note,
            )
        )

    @staticmethod
    def _same_title(session: Session, title: str, own_id: int | None) -> tuple[str, str] | None:
        """The one title rule: another article, not retired, whose title equals this one."""
        query = select(KbArticle.public_id, KbArticle.title).where(
            KbArticle.title_key == title_key(title), KbArticle.status != "retired"
        )
        if own_id is not None:
            query = query.where(KbArticle.id != own_id)
        found = session.execute(query.limit(1)).first()
        return None if found is None else (str(found[0]), str(found[1]))

    @classmethod
    def _refuse_duplicate(cls, session: Session, title: str, own_id: int | None) -> None:
        found = cls._same_title(session, title, own_id)
        if found is not None:
            raise DuplicateTitle(*found)

    @staticmethod
    def _get(session: Session, article_id: str) -> KbArticle:
        row = session.scalar(select(KbArticle).where(KbArticle.public_id == article_id.strip()))
        if row is None:
            raise NotFound(f"no knowledge article {article_id}", reason="kb.not_found")
        return row

    # --- reading ---------------------------------------------------------------------------

    def get(self, article_id: str) -> ArticleInfo:
        with self._sessions() as session:
            return _info(self._get(session, article_id))

    def history(self, article_id: str) -> list[VersionInfo]:
        """Every version of the article, newest first; another desk's text of a version
        number (a variant, not taken) right after the one taken."""
        with self._sessions() as session:
            row = self._get(session, article_id)
            versions = session.scalars(
                select(KbArticleVersion)
                .where(KbArticleVersion.article_id == row.id)
                .order_by(KbArticleVersion.version.desc(), KbArticleVersion.variant)
            )
            return [
                VersionInfo(
                    v.version,
                    v.title,
                    v.body,
                    words_of(v.categories),
                    words_of(v.tags),
                    v.status,
                    v.saved_at,
                    v.saved_by_no,
                    v.note,
                    v.variant,
                )
                for v in versions
            ]

    def articles(self, status: str | None = None, limit: int = 500) -> list[ArticleInfo]:
        """Articles by status (all when None), newest change first."""
        with self._sessions() as session:
            query = select(KbArticle).order_by(KbArticle.updated_at.desc(), KbArticle.id.desc())
            if status:
                query = query.where(KbArticle.status == status)
            return [_info(r) for r in session.scalars(query.limit(limit))]

    def search(self, typed: str, limit: int = SEARCH_LIMIT) -> list[ArticleHit]:
        """Published articles matching every word typed: words of three characters or more
        through the trigram index, shorter ones (发票, 退) through the index of characters and
        pairs; in the title, the tags or the text.

        Articles whose title or tags hold every word come first (those starting with what was
        typed, then shorter titles), then articles whose text holds them. Nothing is ranked
        inside the index: a common trigram is in thousands of titles, and bm25 over them cost
        40-80 ms at 20,000 articles (bench/kb.py), where a LIMIT costs well under one."""
        query = build_query(typed)
        if query.empty:
            return []
        params: dict[str, Any] = {"limit": limit, "pool": limit * 4}
        if query.match:
            params["q"] = query.match
        if query.short:
            params["g"] = query.short
            params["hg"] = f"{{head}} : ({query.short})"
            # The pair index drives; a longer word typed with it narrows through its trigrams.
            head_from, head_match, all_from, all_match = KB_GRAMS_FTS, ":hg", KB_GRAMS_FTS, ":g"
            head_also = (
                f" AND a.id IN (SELECT rowid FROM {KB_TITLES_FTS} WHERE {KB_TITLES_FTS} MATCH :q)"
                if query.match
                else ""
            )
            all_also = (
                f" AND a.id IN (SELECT rowid FROM {KB_FTS} WHERE {KB_FTS} MATCH :q)"
                if query.match
                else ""
            )
        else:
            head_from, head_match, all_from, all_match = KB_TITLES_FTS, ":q", KB_FTS, ":q"
            head_also = all_also = ""
        with self._sessions() as session:
            pool = list(
                session.execute(
                    text(
                        "SELECT a.id, a.title FROM ("
                        f"SELECT rowid AS rid FROM {head_from} "
                        f"WHERE {head_from} MATCH {head_match} LIMIT :pool"
                        ") s CROSS JOIN kb_articles a ON a.id = s.rid "
                        f"WHERE a.status = 'published'{head_also}"
                    ),
                    params,
                )
            )
            first = typed.strip().casefold()
            pool.sort(key=lambda r: (not r[1].casefold().startswith(first), len(r[1]), r[0]))
            ids = [int(r[0]) for r in pool[:limit]]
            if len(ids) < limit:
                params["more"] = limit + len(ids)
                for found in session.scalars(
                    text(
                        f"SELECT a.id FROM {all_from} f CROSS JOIN kb_articles a "
                        f"ON a.id = f.rowid WHERE {all_from} MATCH {all_match} "
                        f"AND a.status = 'published'{all_also} LIMIT :more"
                    ),
                    params,
                ):
                    if found not in ids:
                        ids.append(found)
                    if len(ids) >= limit:
                        break
            return self._hits(session, ids)

    def suggest(
        self, category: str | None, question: str, limit: int = SUGGEST_LIMIT
    ) -> list[ArticleHit]:
        """Articles for a call: those whose title or tags share the most telling words (runs
        of three characters without a function word such as 了, 的, 怎么) with the question,
        the call's category first at equal count; then articles whose text shares them; when
        fewer than two such runs tell anything (「发票怎么开」), the same with the question's
        two-character words (发票); with no question yet, the category's articles by title."""
        cat = like_pattern(f" {category or '-'} ")
        params: dict[str, Any] = {"limit": limit, "cat": cat, "pool": limit * 8}
        parts = telling_grams(question)
        pairs = telling_pairs(question) if len(parts) < 2 else []
        if not parts and not pairs and not category:
            return []
        with self._sessions() as session:
            if not parts and not pairs:
                sql = (
                    "SELECT a.id FROM kb_articles a INDEXED BY ix_kb_articles_browse "
                    "WHERE a.status = 'published' AND a.categories LIKE :cat ESCAPE '\\' "
                    "ORDER BY a.title LIMIT :limit"
                )
                return self._hits(session, list(session.scalars(text(sql), params)))
            wanted = f" {category} " if category else None
            ids: list[int] = []
            # Titles and tags first, then the text; each a pool in index order. The question's
            # trigrams first; with fewer than two that tell anything, its two-character words.
            passes: list[tuple[str, str, tuple[str, ...], tuple[int, ...]]] = []
            if parts:
                params["q"] = " OR ".join(phrase(g) for g in parts)
                passes += [(KB_TITLES_FTS, ":q", tuple(parts), (1, 2))]
                passes += [(KB_FTS, ":q", tuple(parts), (1, 2, 4))]
            if pairs:
                params["p"] = " OR ".join(phrase(g) for g in pairs)
                params["hp"] = f"{{head}} : ({params['p']})"
                passes += [(KB_GRAMS_FTS, ":hp", tuple(pairs), (1, 2))]
                passes += [(KB_GRAMS_FTS, ":p", tuple(pairs), (1, 2, 4))]
            for fts, match, words_of_question, words_at in passes:
                pool = list(
                    session.execute(
                        text(
                            "SELECT a.id, a.title, a.tags, a.categories, a.body FROM ("
                            f"SELECT rowid AS rid FROM {fts} WHERE {fts} MATCH {match} "
                            "LIMIT :pool) s CROSS JOIN kb_articles a ON a.id = s.rid "
                            "WHERE a.status = 'published'"
                        ),
                        params,
                    )
                )

                def score(
                    row: Any,
                    at: tuple[int, ...] = words_at,
                    asked: tuple[str, ...] = words_of_question,
                ) -> tuple[int, bool, int]:
                    words = " ".join(row[i] for i in at).casefold()
                    shared = sum(1 for g in asked if g in words)
                    return (-shared, wanted is None or wanted not in row[3], int(row[0]))

                for row in sorted(pool, key=score):
                    if int(row[0]) not in ids:
                        ids.append(int(row[0]))
                if len(ids) >= limit:
                    break
            return self._hits(session, ids[:limit])

    @staticmethod
    def _hits(session: Session, ids: list[int]) -> list[ArticleHit]:
        """The rows of `ids`, in that order."""
        if not ids:
            return []
        rows = {
            r[0]: r[1:]
            for r in session.execute(
                text(
                    "SELECT a.id, a.public_id, a.title, a.version, a.categories, a.tags, "
                    f"substr(a.body, 1, {SNIPPET}) FROM kb_articles a "
                    f"WHERE a.id IN ({', '.join(str(int(i)) for i in ids)})"
                )
            )
        }
        return [_hit(rows[i]) for i in ids if i in rows]

    # --- contributions ---------------------------------------------------------------------

    def contributions(self, month: date) -> dict[str, int]:
        """Articles first published in the month (branch zone), by author's agent number."""
        with self._sessions() as session:
            return published_contributions(session, month, self._zone)

    def contributions_of(self, agent_no: str, month: date) -> int:
        return self.contributions(month).get(agent_no, 0)

    # --- the package on the share ----------------------------------------------------------

    def export_package(self, actor: Actor | None, branch: str, desk: str) -> bytes:
        """Every published and retired article with its history, as one package."""
        require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, "kb.export")
        assert actor is not None
        with self._sessions() as session:
            package = self._package(session, actor.agent_no, branch, desk)
        data = package_bytes(package)
        self._refusals.record(actor.agent_no, "kb.export", "", f"{package['count']} articles")
        return data

    def _package(self, session: Session, by: str, branch: str, desk: str) -> dict[str, Any]:
        rows = session.scalars(
            select(KbArticle)
            .where(KbArticle.status.in_(("published", "retired")))
            .order_by(KbArticle.id)
        ).all()
        history: dict[int, list[dict[str, Any]]] = {}
        for v in session.scalars(
            select(KbArticleVersion)
            .join(KbArticle, KbArticle.id == KbArticleVersion.article_id)
            .where(KbArticle.status.in_(("published", "retired")))
            .order_by(
                KbArticleVersion.article_id, KbArticleVersion.version, KbArticleVersion.variant
            )
        ):
            entry = {
                "version": v.version,
                "title": v.title,
                "body": v.body,
                "categories": list(words_of(v.categories)),
                "tags": list(words_of(v.tags)),
                "status": v.status,
                "saved_at": v.saved_at.isoformat(),
                "saved_by": v.saved_by_no,
            }
            if v.variant:
                entry["variant"] = v.variant
            history.setdefault(v.article_id, []).append(entry)
        articles = [
            {
                "id": r.public_id,
                "version": r.version,
                "title": r.title,
                "body": r.body,
                "categories": list(words_of(r.categories)),
                "tags": list(words_of(r.tags)),
                "status": r.status,
                "author": r.author_no,
                "created_at": r.created_at.isoformat(),
                "published_at": _iso(r.published_at),
                "published_by": r.published_by_no,
                "history": history.get(r.id, []),
            }
            for r in rows
        ]
        return {
            "schema": PACKAGE_SCHEMA,
            "version": PACKAGE_VERSION,
            "generated_at": self._clock.now().isoformat(),
            "branch": branch,
            "desk": desk,
            "published_by": by,
            "count": len(articles),
            "articles": articles,
        }

    def queue_for_share(self, actor: Actor | None, branch: str, desk: str) -> str:
        """Put the package in the outbox (`kb/<name>`): the sync writes it to the share with
        its temp-file-then-rename and checksum; returns the path on the share."""
        require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, "kb.share")
        assert actor is not None
        now = self._clock.now()
        with self._sessions.begin() as session:
            content = package_bytes(self._package(session, actor.agent_no, branch, desk))
            path = f"{SHARE_FOLDER}/{package_name(now, branch, desk)}"
            self._queue(session, "kb_package", path, content)
            audit.record(session, self._clock, actor.agent_no, "kb.share", path)
        return path

    def import_package(
        self, data: bytes, name: str = "", actor: Actor | None = None
    ) -> ImportResult:
        """Import a package whole, or nothing of it (PackageRefused); an article whose title
        another article here has is skipped (in `skipped`). `actor`: a person importing a
        file (supervisors); None when the desk takes the share's package."""
        if actor is not None:
            require(actor, Permission.PUBLISH_KNOWLEDGE, self._refusals, "kb.import")
        package = parse_package(data, name)
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        skipped: list[SkippedArticle] = []
        by = actor.agent_no if actor is not None else "share"
        with self._sessions.begin() as session:
            for item in package["articles"]:
                outcome = self._take_article(session, item, by)
                if isinstance(outcome, SkippedArticle):
                    skipped.append(outcome)
                else:
                    counts[outcome] += 1
            audit.record(
                session,
                self._clock,
                by,
                TAKEN,
                name,
                f"{counts['added']} new, {counts['updated']} newer, "
                f"{counts['unchanged']} unchanged, {len(skipped)} skipped",
            )
        for skip in skipped:
            log.warning("knowledge package %s: %s", name, skip.message)
        log.info("knowledge package %s: %s", name, counts)
        return ImportResult(
            name, counts["added"], counts["updated"], counts["unchanged"], tuple(skipped)
        )

    def _take_article(
        self, session: Session, item: dict[str, Any], by: str
    ) -> str | SkippedArticle:
        """One article of a package: "added", "updated", "unchanged", or skipped."""
        row = session.scalar(select(KbArticle).where(KbArticle.public_id == item["id"]))
        if row is not None and (
            row.version > item["version"]
            or (
                row.version == item["version"]
                and (
                    _row_content(row) == _item_content(item) or self._ours_wins(session, row, item)
                )
            )
        ):
            self._merge_history(session, row, item["history"], theirs_line=False)
            return "unchanged"
        if item["status"] != "retired":
            clash = self._same_title(session, item["title"], row.id if row is not None else None)
            if clash is not None:
                return SkippedArticle(
                    item["id"], item["title"], "kb.title.duplicate", clash[0], clash[1]
                )
        outcome = "updated"
        if row is None:
            row = KbArticle(public_id=item["id"], origin="share")
            session.add(row)
            outcome = "added"
        row.title = item["title"]
        row.title_key = title_key(item["title"])
        row.body = item["body"]
        row.categories = word_list(item["categories"])
        row.tags = word_list(item["tags"])
        row.author_no = item["author"]
        row.status = item["status"]
        row.version = item["version"]
        row.created_at = datetime.fromisoformat(item["created_at"])
        row.updated_at = self._clock.now()
        row.updated_by_no = item["published_by"] or by
        row.published_at = _time(item["published_at"])
        row.published_by_no = item["published_by"]
        session.flush()
        self._merge_history(session, row, item["history"], theirs_line=True)
        current = session.scalar(
            select(KbArticleVersion).where(
                KbArticleVersion.article_id == row.id,
                KbArticleVersion.version == row.version,
                KbArticleVersion.variant == "",
            )
        )
        if current is None:
            self._keep_version(session, row, by, "imported")
        return outcome

    def _ours_wins(self, session: Session, row: KbArticle, item: dict[str, Any]) -> bool:
        """Two texts of one version number: the same answer on every desk. The later saved
        wins, then the higher agent number that saved it, then the higher digest."""
        ours = session.scalar(
            select(KbArticleVersion).where(
                KbArticleVersion.article_id == row.id,
                KbArticleVersion.version == row.version,
                KbArticleVersion.variant == "",
            )
        )
        theirs = next(
            (
                v
                for v in item["history"]
                if v["version"] == item["version"] and not v.get("variant")
            ),
            None,
        )
        our_key = (
            _aware(ours.saved_at if ours is not None else row.updated_at),
            ours.saved_by_no if ours is not None else row.updated_by_no,
            _variant(_row_content(row)),
        )
        their_key = (
            _aware(datetime.fromisoformat(theirs["saved_at"]))
            if theirs is not None
            else _aware(datetime.fromisoformat(item["created_at"])),
            theirs["saved_by"] if theirs is not None else str(item["published_by"] or ""),
            _variant(_item_content(item)),
        )
        return our_key > their_key

    def _merge_history(
        self, session: Session, row: KbArticle, history: list[dict[str, Any]], theirs_line: bool
    ) -> None:
        """Versions the desk lacks are added. Where both have a version number with other
        texts, `theirs_line` says whose goes on the main line; the other becomes a variant."""
        have = {
            (v.version, v.variant): v
            for v in session.scalars(
                select(KbArticleVersion).where(KbArticleVersion.article_id == row.id)
            )
        }
        for entry in history:
            content = _item_content(entry)
            number = entry["version"]
            if any(n == number and _row_content(v) == content for (n, _), v in have.items()):
                continue  # this text of this version is here already
            main = have.get((number, ""))
            variant = "" if main is None and not entry.get("variant") else _variant(content)
            if variant and theirs_line and main is not None and not entry.get("variant"):
                mine = _variant(_row_content(main))
                main.variant = mine  # ours steps aside for the package's line
                session.flush()
                del have[(number, "")]
                have[(number, mine)] = main
                variant = ""
            added = KbArticleVersion(
                article_id=row.id,
                version=number,
                title=entry["title"],
                body=entry["body"],
                categories=word_list(entry["categories"]),
                tags=word_list(entry["tags"]),
                status=entry["status"],
                saved_at=datetime.fromisoformat(entry["saved_at"]),
                saved_by_no=entry["saved_by"],
                note="imported" if not variant else "other desk's text, not taken",
                variant=variant,
            )
            session.add(added)
            session.flush()
            have[(number, variant)] = added

    # --- the share ---------------------------------------------------------------------------

    def _remembered(self, session: Session) -> dict[str, str]:
        """The share's files this desk has taken, refused or passed over: name → action."""
        rows = session.execute(
            select(AuditEvent.target, AuditEvent.action).where(
                AuditEvent.action.in_((TAKEN, REFUSED, FUTURE, PROPOSAL_SEEN))
            )
        )
        seen: dict[str, str] = {}
        for target, action in rows:
            if seen.get(str(target)) != TAKEN:
                seen[str(target)] = str(action)
        return seen

    def imported_already(self, name: str) -> bool:
        """Whether a package of this name was imported here (the audit log remembers)."""
        with self._sessions() as session:
            return self._remembered(session).get(name) == TAKEN

    def refused_files(self, limit: int = 20) -> list[RefusedFile]:
        """The share's files this desk refused, newest first (for the supervisor's window)."""
        with self._sessions() as session:
            rows = session.execute(
                select(AuditEvent.target, AuditEvent.detail)
                .where(AuditEvent.action == REFUSED)
                .order_by(AuditEvent.id.desc())
                .limit(limit)
            )
            return [
                RefusedFile(str(t), "kb.package", str(d), {"name": str(t), "detail": str(d)})
                for t, d in rows
            ]

    def _reviews_here(self) -> bool:
        """A desk with a supervisor or administrator account reads the proposals."""
        with self._sessions() as session:
            found = session.scalar(
                select(Agent.id)
                .where(Agent.role.in_(("supervisor", "admin")), Agent.active.is_(True))
                .limit(1)
            )
            return found is not None

    def _refuse_file(self, name: str, exc: PackageRefused, action: str = REFUSED) -> RefusedFile:
        message = exc.message
        self._refusals.record("share", action, name, message[:500])
        log.warning("knowledge file %s refused: %s", name, message)
        return RefusedFile(
            name, str(exc.params.get("reason") or exc.code), message, dict(exc.params)
        )

    def import_from_share(self, location: str, username: str = "") -> ImportResult | None:
        """At start and after each sync: the newest good package of each desk in `kb/` that
        this desk has not yet taken, and (on a desk with a supervisor) the branch's new
        proposals. None when there is nothing new. A bad package is refused (in `refused`,
        remembered, not read again) and that desk's next older one tried; a
        ShareError/ReportFolderMissing when the share cannot be reached."""
        from agent_desk.reports.files import is_missing, open_location

        if not location.strip():
            return None
        with self._sessions() as session:
            seen = self._remembered(session)
        refused: list[RefusedFile] = []
        result: ImportResult | None = None
        proposals = ImportResult("", 0, 0, 0)
        files = open_location(location, username)
        try:
            folder = f"{files.root}{files.sep}{SHARE_FOLDER}"
            try:
                entries = list(files.scandir(folder))
            except OSError as exc:
                if is_missing(exc):
                    return None
                raise _unusable_folder(SHARE_FOLDER, exc) from None
            names = sorted(
                (e.name for e in entries if PACKAGE_NAME.match(e.name) and not files.is_link(e)),
                reverse=True,
            )
            # Each desk's package is a whole snapshot of what that desk has published, so the
            # newest good package of *every* desk is taken, not only the newest on the share: a
            # package another desk wrote later, without this desk's article, must not hide it.
            by_desk: dict[str, list[str]] = {}
            for name in names:
                by_desk.setdefault(name[len("kb-YYYYmmddTHHMMSSZ-") :], []).append(name)
            latest = self._clock.now() + FUTURE_SLACK
            taken: list[ImportResult] = []
            for desk_names in sorted(by_desk.values(), key=lambda group: group[0]):
                for name in desk_names:
                    at = package_time(name)
                    if at is None or at > latest:
                        if seen.get(name) is None:
                            refused.append(
                                self._refuse_file(
                                    name,
                                    PackageRefused(
                                        f"named {at:%Y-%m-%d %H:%M} UTC, after now: written by "
                                        "a desk whose clock is wrong; passed over until then"
                                        if at is not None
                                        else "not a package name",
                                        name=name,
                                        reason="kb.package.future",
                                    ),
                                    FUTURE,
                                )
                            )
                        continue
                    if seen.get(name) == TAKEN:
                        break  # this desk's newest good one is here already
                    if seen.get(name) == REFUSED:
                        continue
                    try:
                        data = files.read(f"{folder}{files.sep}{name}", limit=MAX_PACKAGE_BYTES)
                        if len(data) > MAX_PACKAGE_BYTES:
                            raise PackageRefused(
                                "larger than any knowledge package",
                                name=name,
                                reason="kb.package.schema",
                            )
                        taken.append(self.import_package(data, name))
                        break
                    except PackageRefused as exc:
                        refused.append(self._refuse_file(name, exc))
            if taken:
                result = ImportResult(
                    ", ".join(t.name for t in taken),
                    sum(t.added for t in taken),
                    sum(t.updated for t in taken),
                    sum(t.unchanged for t in taken),
                    tuple(a for t in taken for a in t.skipped),
                )
            if self._where is not None and self._reviews_here():
                proposals = self._import_proposals(files, folder, self._where()[0], seen, refused)
        finally:
            close = getattr(files, "close", None)
            if close is not None:
                close()
        news = refused or proposals.added or proposals.updated or proposals.skipped
        if result is None and not news:
            return None
        base = result or ImportResult("", 0, 0, 0)
        return ImportResult(
            base.name,
            base.added,
            base.updated,
            base.unchanged,
            base.skipped + proposals.skipped,
            tuple(refused),
            proposals.added + proposals.updated,
        )

    def _import_proposals(
        self,
        files: Any,
        folder: str,
        branch: str,
        seen: dict[str, str],
        refused: list[RefusedFile],
    ) -> ImportResult:
        """The branch's proposals not read yet, each in its own transaction; a bad file is
        refused with its reason and the others are read."""
        from agent_desk.reports.files import NOT_TEXT_NAME, is_missing, is_text_name, shown_name

        if not BRANCH_FOLDER.match(branch):
            return ImportResult("", 0, 0, 0)
        where = f"{folder}{files.sep}{PROPOSALS_FOLDER}{files.sep}{branch}"
        try:
            entries = list(files.scandir(where))
        except OSError as exc:
            if is_missing(exc):
                return ImportResult("", 0, 0, 0)
            raise _unusable_folder(f"{SHARE_FOLDER}/{PROPOSALS_FOLDER}/{branch}", exc) from None
        added = updated = unchanged = 0
        skipped: list[SkippedArticle] = []
        for entry in sorted(entries, key=lambda e: e.name):
            text_name = is_text_name(entry.name)
            # a name in another code page is kept and said as shown_name: the audit log, the
            # log and the window hold text only
            name = f"{SHARE_FOLDER}/{PROPOSALS_FOLDER}/{branch}/{shown_name(entry.name)}"
            if seen.get(name) is not None or files.is_link(entry):
                continue
            named = PROPOSAL_NAME.match(entry.name)
            try:
                if not text_name:  # said once, never read
                    raise PackageRefused(NOT_TEXT_NAME, name=name, reason="kb.package.name")
                if named is None:  # a stray file among the proposals: said once, never read
                    raise PackageRefused(
                        "not a proposal's name (<article id>.v<version>.json)",
                        name=name,
                        reason="kb.package.schema",
                    )
                data = files.read(f"{where}{files.sep}{entry.name}", limit=MAX_PROPOSAL_BYTES)
                if len(data) > MAX_PROPOSAL_BYTES:
                    raise PackageRefused(
                        "larger than any proposal", name=name, reason="kb.package.schema"
                    )
                proposal = parse_proposal(data, name)
                _check_proposal_place(proposal, named, branch, name)
            except PackageRefused as exc:
                refused.append(self._refuse_file(name, exc))
                continue
            with self._sessions.begin() as session:
                outcome = self._take_proposal(session, proposal)
                detail = outcome if isinstance(outcome, str) else outcome.message
                audit.record(session, self._clock, "share", PROPOSAL_SEEN, name, detail[:500])
            if isinstance(outcome, SkippedArticle):
                skipped.append(outcome)
            elif outcome == "added":
                added += 1
            elif outcome == "updated":
                updated += 1
            else:
                unchanged += 1
        return ImportResult("", added, updated, unchanged, tuple(skipped))

    def _take_proposal(self, session: Session, proposal: dict[str, Any]) -> str | SkippedArticle:
        item = proposal["article"]
        row = session.scalar(select(KbArticle).where(KbArticle.public_id == item["id"]))
        if row is not None and (row.status != "proposed" or row.version >= item["version"]):
            return "unchanged"  # published, retired or edited here since: the desk's is newer
        clash = self._same_title(session, item["title"], row.id if row is not None else None)
        if clash is not None:
            return SkippedArticle(
                item["id"], item["title"], "kb.title.duplicate", clash[0], clash[1]
            )
        outcome = "updated"
        at = datetime.fromisoformat(proposal["proposed_at"])
        if row is None:
            row = KbArticle(public_id=item["id"], origin="share")
            session.add(row)
            outcome = "added"
        row.title = item["title"]
        row.title_key = title_key(item["title"])
        row.body = item["body"]
        row.categories = word_list(item["categories"])
        row.tags = word_list(item["tags"])
        row.author_no = item["author"]
        row.status = "proposed"
        row.version = item["version"]
        row.created_at = datetime.fromisoformat(item["created_at"])
        row.updated_at = at
        row.updated_by_no = item["author"]
        session.flush()
        self._keep_version(session, row, item["author"], "proposed", saved_at=at)
        return outcome


def _hit(row: Any) -> ArticleHit:
    return ArticleHit(
        row[0], row[1], int(row[2]), words_of(row[3]), words_of(row[4]), " ".join(row[5].split())
    )
