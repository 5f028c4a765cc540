"""Reading the reviews the desks published to the share: `qa/<branch>/<ISO week>/…json`.

Each review is counted once: a file copied elsewhere under `qa/` (a backup folder, `x (1).json`)
carries the same review id, and of one review's revisions only the newest counts (a re-score
is a new file, never an overwrite). Junk (not JSON, cut short, another schema or version, a
score out of range) is skipped with its reason; no link is followed (the share walk of
agent_desk/reports/files.py). An agent's acknowledgement lies beside the review as
`<review id>.r<revision>.ack`: that revision is then marked acknowledged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from agent_desk.quality.service import (
    ACK_SUFFIX,
    CRITERIA,
    QA_FOLDER,
    SCHEMA_NAME,
    SCHEMA_VERSION,
)
from agent_desk.quality.weeks import weeks_between
from agent_desk.reports.files import (
    MAX_SUMMARY_BYTES,
    is_missing,
    is_text_name,
    open_location,
    shown_name,
)

_WEEK_DIR = re.compile(r"^\d{4}-W\d{2}$")
MAX_DEPTH = 6  # qa/<branch>/<week>/ is three; copies may sit a little deeper


@dataclass(frozen=True)
class PublishedReview:
    review_id: str
    revision: int
    branch_code: str
    agent_no: str
    agent_name: str
    week: str
    call_id: str
    day: date  # the call's local day in the branch's zone
    score: int
    path: str
    # the agent acknowledged this revision on their desk (an `<id>.r<revision>.ack` beside it)
    acknowledged: bool = False

    @property
    def agent_key(self) -> str:
        return f"{self.branch_code}·{self.agent_no}" if self.branch_code else self.agent_no


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str  # unreadable, too_large, corrupt, foreign, version, schema, link, too_deep,
    # name_not_utf8


def parse_review(data: bytes, path: str, zone: tzinfo) -> PublishedReview | str:
    """A review, or the reason the file is not one."""
    if len(data) > MAX_SUMMARY_BYTES:
        return "too_large"
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "corrupt"
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA_NAME:
        return "foreign"
    if doc.get("version") != SCHEMA_VERSION:
        return "version"
    try:
        score = doc["score"]
        revision = doc["revision"]
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 10:
            return "schema"
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            return "schema"
        criteria = doc.get("criteria") or {}
        if not isinstance(criteria, dict) or any(
            k not in CRITERIA or not isinstance(v, int) or not 1 <= v <= 10
            for k, v in criteria.items()
        ):
            return "schema"
        ring = datetime.fromisoformat(str(doc["call"]["ring_started_at"]))
        if ring.tzinfo is None:
            return "schema"
        return PublishedReview(
            review_id=str(doc["review_id"]),
            revision=revision,
            branch_code=str(doc["branch"]["code"]),
            agent_no=str(doc["agent"]["agent_no"]),
            agent_name=str(doc["agent"].get("name", "")),
            week=str(doc["week"]),
            call_id=str(doc["call"]["call_id"]),
            day=ring.astimezone(zone).date(),
            score=score,
            path=path,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return "schema"


def _walk(
    files: Any, folder: str, depth: int, skipped: list[SkippedFile], weeks: set[str]
) -> Iterator[str]:
    """The .json files under `folder`; a week folder (qa/<branch>/<week>) outside the period
    is not entered (a year of reviews is not read for one month's report)."""
    if depth > MAX_DEPTH:
        skipped.append(SkippedFile(folder, "too_deep"))
        return
    try:
        entries = sorted(files.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        if not is_missing(exc):
            skipped.append(SkippedFile(folder, "unreadable"))
        return
    for entry in entries:
        if not is_text_name(entry.name):  # not entered, not read (reports/files.py)
            skipped.append(SkippedFile(shown_name(entry.path), "name_not_utf8"))
        elif files.is_link(entry):
            skipped.append(SkippedFile(entry.path, "link"))
        elif entry.is_dir():
            if depth == 2 and _WEEK_DIR.match(entry.name) and entry.name not in weeks:
                continue
            yield from _walk(files, entry.path, depth + 1, skipped, weeks)
        elif entry.name.endswith((".json", ACK_SUFFIX)):
            yield entry.path


def load_reviews(
    location: str | Path,
    date_from: date,
    date_to: date,
    zone: tzinfo,
    username: str = "",
) -> tuple[list[PublishedReview], list[SkippedFile]]:
    """The newest revision of every review on the share whose call falls in the period."""
    files = open_location(location, username)
    try:
        return reviews_in(files, date_from, date_to, zone)
    finally:
        close = getattr(files, "close", None)
        if close is not None:
            close()


def reviews_in(
    files: Any, date_from: date, date_to: date, zone: tzinfo
) -> tuple[list[PublishedReview], list[SkippedFile]]:
    """As `load_reviews`, through files already open (the report's own walk of the share)."""
    root = files.root.rstrip("/\\")
    skipped: list[SkippedFile] = []
    newest: dict[str, PublishedReview] = {}
    top = f"{root}{files.sep}{QA_FOLDER}"
    try:
        files.stat(top)
    except OSError as exc:
        if is_missing(exc):
            return [], []  # no desk has published a review yet
        return [], [SkippedFile(top, "unreadable")]
    weeks = set(weeks_between(date_from, date_to))
    acks: set[tuple[str, int]] = set()
    for path in _walk(files, top, 1, skipped, weeks):
        if path.endswith(ACK_SUFFIX):  # the name says it all: <review id>.r<revision>.ack
            name = path.rpartition(files.sep)[2][: -len(ACK_SUFFIX)]
            review_id, _, revision = name.rpartition(".r")
            if review_id and revision.isascii() and revision.isdigit():
                acks.add((review_id, int(revision)))
            continue
        try:
            data = files.read(path)
        except OSError as exc:
            skipped.append(SkippedFile(path, "removed" if is_missing(exc) else "unreadable"))
            continue
        review = parse_review(data, path, zone)
        if isinstance(review, str):
            skipped.append(SkippedFile(path, review))
            continue
        if not date_from <= review.day <= date_to:
            continue
        known = newest.get(review.review_id)
        if known is None or review.revision > known.revision:
            newest[review.review_id] = review
    out = [
        replace(r, acknowledged=True) if (r.review_id, r.revision) in acks else r
        for r in newest.values()
    ]
    return sorted(out, key=lambda r: (r.agent_key, r.day, r.call_id)), skipped
