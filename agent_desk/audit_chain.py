"""The audit log's hash chain: how a row's hash is made and how a chain is checked.

Each row stores the hash of the row before it (`prev_hash`) and its own `hash`, the SHA-256 of
that previous hash and the row's content (id, time, actor, action, target, detail). Changing,
removing or reordering a row breaks the chain from that row on. The format is frozen: the
migration that chained the rows written before it (0005) and every check since use it.

Standard library only, so the migration and `agent-desk audit verify` read the same rule.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64  # the "previous hash" of the first row
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # UTC, as the store keeps times

# The triggers that keep the table append-only, as the migrations create them (0005: no
# UPDATE, no DELETE; 0010: a new row only after the last one and chained to it, which also
# stops INSERT OR REPLACE from swapping a row). `audit verify` checks they are all there.
APPEND_GUARD = "audit_events_append_only"
APPEND_GUARD_SQL = (
    f"CREATE TRIGGER {APPEND_GUARD} BEFORE INSERT ON audit_events "
    "WHEN NEW.id <= coalesce((SELECT max(id) FROM audit_events), 0) "
    "OR NEW.prev_hash IS NOT coalesce("
    f"(SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), '{GENESIS}') "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: a row goes after the last one, "
    "chained to it'); END"
)
GUARD_TRIGGERS = {
    **{
        name: f"CREATE TRIGGER {name} BEFORE {event} ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        for name, event in (
            ("audit_events_no_update", "UPDATE"),
            ("audit_events_no_delete", "DELETE"),
        )
    },
    APPEND_GUARD: APPEND_GUARD_SQL,
}


def missing_guards(triggers: dict[str, str]) -> list[str]:
    """The guard triggers absent from `{name: sql}` (sqlite_master), or not as made."""
    return [
        name
        for name, sql in GUARD_TRIGGERS.items()
        if " ".join((triggers.get(name) or "").split()) != " ".join(sql.split())
    ]


def time_text(at: datetime | str) -> str:
    """The row's time as hashed: UTC, microseconds, whatever form it was given in."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime(TIME_FORMAT)


def row_hash(
    prev_hash: str,
    row_id: int,
    at: datetime | str,
    actor: str,
    action: str,
    target: str,
    detail: str,
) -> str:
    content = json.dumps(
        [row_id, time_text(at), actor, action, target, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Broken:
    """The first row where the chain does not hold, and why (a code and English words)."""

    row_id: int
    at: str
    action: str
    reason: str  # "changed", "out_of_chain"

    @property
    def message(self) -> str:
        what = (
            "its content does not match its hash (changed after it was written)"
            if self.reason == "changed"
            else "it does not follow the row before it (a row was removed, added or reordered)"
        )
        return f"audit row {self.row_id} ({self.at} UTC, {self.action}): {what}"


# (id, at, actor, action, target, detail, prev_hash, hash), ordered by id.
Row = tuple[int, "datetime | str", str, str, str, str, str, str]


def first_broken(rows: Iterable[Row]) -> Broken | None:
    expected_prev = GENESIS
    for row_id, at, actor, action, target, detail, prev_hash, stored in rows:
        when = time_text(at)[:19]
        if prev_hash != expected_prev:
            return Broken(row_id, when, action, "out_of_chain")
        if row_hash(prev_hash, row_id, at, actor, action, target, detail) != stored:
            return Broken(row_id, when, action, "changed")
        expected_prev = stored
    return None
