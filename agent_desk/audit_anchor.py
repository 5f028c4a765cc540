"""Anchors of the audit log outside the desk: the newest row's id and hash, sent to the share.

A hash chain kept in the same file as the rows shows a row changed or removed by someone who
did not recompute the chain; whoever holds the database and its key can recompute it, or cut
rows off the end. So at every shift close the desk queues a small file
(`resources/schema/audit_anchor.schema.json`) in the outbox, in the same transaction as the
shift's summary: the audit log's newest row (id and hash), its first row's hash and its row
count. Once on the share it is out of the desk's reach; `agent-desk audit verify` compares the
log with every anchor it can read: those in the local outbox (their record keeps the id and the
start of the hash in the file name even after the bytes are pruned) and, with `--anchors DIR`,
those on the share or a copy of them. A log rewritten before an anchor, or cut short of it, no
longer matches.

Share layout: `audit/<branch>/<desk>/<YYYY-MM-DD>/audit-<id>-<hash[:16]>.json` (the desk is the
PC's host name, as the daily case archive names it). Supervisor reports skip `audit/`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from agent_desk.audit_chain import time_text
from agent_desk.errors import AgentDeskError
from agent_desk.models.outbox import OutboxItem
from agent_desk.paths import resource

SCHEMA = "agent-desk/audit-anchor"
VERSION = 1
FOLDER = "audit"  # at the top of the share, beside the branches' folders and archive/
KIND = "audit_anchor"  # its outbox items
MAX_ANCHOR_BYTES = 64_000  # a real one is about 600 bytes
_NAME = re.compile(r"audit-(?P<id>\d+)-(?P<hash>[0-9a-f]{16})\.json$")
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


class AnchorInvalid(AgentDeskError):
    code = "audit.anchor_invalid"


@dataclass(frozen=True)
class Anchor:
    """What an anchor says: row `last_id` had hash `last_hash` (the whole hash, or its first
    16 hex digits when only the outbox record's file name is left)."""

    last_id: int
    last_hash: str
    first_hash: str | None
    written_at: str
    source: str


@dataclass(frozen=True)
class AnchorProblem:
    anchor: Anchor
    reason: str  # "rewritten", "cut_off", "other_chain"

    @property
    def message(self) -> str:
        a = self.anchor
        when = a.written_at[:19].replace("T", " ")
        if self.reason == "cut_off":
            what = f"names audit row {a.last_id}, which the log no longer has (rows were cut off)"
        elif self.reason == "other_chain":
            what = "belongs to a log whose first row differs (row 1 was rewritten, or this "
            what += "anchor is of another installation)"
        else:
            what = f"does not match audit row {a.last_id} (the log was rewritten)"
        return f"the anchor of {when} ({a.source}) {what}"


def _segment(part: str) -> str:
    return _UNSAFE.sub("_", part).strip("._") or "_"


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(resource("schema", "audit_anchor.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate_anchor(data: Any) -> None:
    error = next(iter(sorted(_validator().iter_errors(data), key=str)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise AnchorInvalid(f"not an audit anchor: {where}: {error.message}")


def _iso(at: datetime | str) -> str:
    return datetime.fromisoformat(time_text(at)).replace(tzinfo=UTC).isoformat()


def make_anchor(
    session: Session, now: datetime, *, branch: str, desk: str, agent_no: str, shift_id: str
) -> dict[str, Any] | None:
    """The anchor of the log as this transaction sees it; None while the log is empty."""
    head = session.execute(
        text("SELECT id, hash, at FROM audit_events ORDER BY id DESC LIMIT 1")
    ).first()
    if head is None:
        return None
    first = session.execute(text("SELECT hash FROM audit_events ORDER BY id LIMIT 1")).scalar()
    rows = session.execute(text("SELECT count(*) FROM audit_events")).scalar()
    anchor = {
        "schema": SCHEMA,
        "version": VERSION,
        "branch": branch,
        "desk": desk,
        "written_at": now.astimezone(UTC).isoformat(),
        "shift_id": shift_id,
        "agent_no": agent_no,
        "audit": {
            "rows": int(rows or 0),
            "last_id": int(head[0]),
            "last_hash": head[1],
            "last_at": _iso(head[2]),
            "first_hash": first,
        },
    }
    validate_anchor(anchor)
    return anchor


def anchor_path(anchor: dict[str, Any]) -> str:
    day = datetime.fromisoformat(anchor["written_at"]).astimezone().strftime("%Y-%m-%d")
    audit = anchor["audit"]
    return "/".join(
        (
            FOLDER,
            _segment(anchor["branch"]),
            _segment(anchor["desk"]),
            day,
            f"audit-{audit['last_id']:08d}-{audit['last_hash'][:16]}.json",
        )
    )


def desk_name() -> str:
    """This PC's desk code when none is set: the default of `desk.code`, as the daily case
    archive and the shift folders name the desk on the share (agent_desk/codes.py)."""
    from agent_desk.codes import host_desk_code

    return host_desk_code()


def queue_anchor(
    session: Session,
    now: datetime,
    *,
    branch: str,
    agent_no: str,
    shift_public_id: str,
    desk: str | None = None,
) -> str | None:
    """Queue the log's anchor in the outbox inside the caller's transaction (a shift close):
    it commits with the rows it vouches for. Returns its path on the share."""
    anchor = make_anchor(
        session,
        now,
        branch=branch,
        desk=desk or desk_name(),
        agent_no=agent_no,
        shift_id=shift_public_id,
    )
    if anchor is None:
        return None
    content = json.dumps(anchor, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")
    path = anchor_path(anchor)
    session.add(
        OutboxItem(
            shift_id=None,  # not one of the shift's own files (those are its summary and reports)
            kind=KIND,
            relative_path=path,
            content=content,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            status="pending",
            attempts=0,
            next_attempt_at=None,
            created_at=now,
        )
    )
    session.flush()
    return path


# --- reading anchors back -----------------------------------------------------------------------


def _from_data(data: dict[str, Any], source: str) -> Anchor:
    audit = data["audit"]
    return Anchor(
        int(audit["last_id"]),
        audit["last_hash"],
        audit["first_hash"],
        data["written_at"],
        source,
    )


def outbox_anchors(session: Session) -> list[Anchor]:
    """The anchors this desk queued (sent or not): from their bytes while the outbox keeps
    them, else from the file name, which holds the row id and the start of its hash."""
    anchors = []
    for path, content, created in session.execute(
        select(OutboxItem.relative_path, OutboxItem.content, OutboxItem.created_at).where(
            OutboxItem.kind == KIND
        )
    ):
        source = f"outbox {path}"
        try:
            data = json.loads(content) if content else None
            if data is not None:
                validate_anchor(data)
                anchors.append(_from_data(data, source))
                continue
        except (ValueError, AnchorInvalid):
            pass
        match = _NAME.search(path)
        if match:
            when = created.isoformat() if created else ""
            anchors.append(Anchor(int(match["id"]), match["hash"], None, when, source))
    return anchors


def read_anchors(
    folder: Path, branch: str | None = None, desk: str | None = None
) -> tuple[list[Anchor], list[tuple[str, str]]]:
    """Anchors in a folder (the share's `audit/…`, or a copy), all depths; of one branch and
    desk when given. Returns (anchors, [(file, why it was skipped)])."""
    from agent_desk.reports.files import NOT_TEXT_NAME, is_text_name, shown_name

    anchors: list[Anchor] = []
    skipped: list[tuple[str, str]] = []
    if not folder.is_dir():
        raise AnchorInvalid(f"{folder} is not a folder")
    for path in sorted(folder.rglob("*.json")):
        if not is_text_name(str(path.relative_to(folder))):
            skipped.append((shown_name(str(path)), NOT_TEXT_NAME))
            continue
        try:
            if path.stat().st_size > MAX_ANCHOR_BYTES:
                raise AnchorInvalid("too large for an audit anchor")
            data = json.loads(path.read_text(encoding="utf-8"))
            validate_anchor(data)
        except (OSError, ValueError, AnchorInvalid) as exc:
            reason = exc.message if isinstance(exc, AgentDeskError) else str(exc)
            skipped.append((str(path), reason))
            continue
        if branch is not None and data["branch"] != branch:
            continue
        if desk is not None and data["desk"] != desk:
            continue
        anchors.append(_from_data(data, str(path)))
    return anchors, skipped


def compare(session: Session, anchors: list[Anchor]) -> list[AnchorProblem]:
    """Every anchor the log does not match, oldest row first."""
    first = session.execute(text("SELECT hash FROM audit_events ORDER BY id LIMIT 1")).scalar()
    problems = []
    for anchor in sorted(anchors, key=lambda a: (a.last_id, a.source)):
        stored = session.execute(
            text("SELECT hash FROM audit_events WHERE id = :id"), {"id": anchor.last_id}
        ).scalar()
        if anchor.first_hash is not None and first is not None and anchor.first_hash != first:
            problems.append(AnchorProblem(anchor, "other_chain"))
        elif stored is None:
            problems.append(AnchorProblem(anchor, "cut_off"))
        elif not stored.startswith(anchor.last_hash):
            problems.append(AnchorProblem(anchor, "rewritten"))
    return problems
