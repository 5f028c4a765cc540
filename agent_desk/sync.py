"""Publishing the outbox to the share, and the state the status bar shows.

The outbox is the source of truth: an item is `pending` until the share holds an identical copy
(then `sent`), `conflict` when a different file is already there (never overwritten; a person
decides), or `failed` when the share can never take that one item (its name is too long or
invalid, a link stands in its way): the reason is kept and the other items still go. When the
share cannot be reached, is read-only or full, items stay `pending` and are retried with
exponential backoff and jitter (`attempts`, `next_attempt_at`, `last_error`), so a branch whose
share is down for a day does not hammer it and catches up by itself.

A `failed` item is not given up: the cause is often something a person removes (a stray file
where a day folder should be, a link an admin later deletes, a share moved to another server).
Each automatic run retries it once its `next_attempt_at` (FAILED_RETRY_SECONDS after it
failed) has passed, and a forced run ("Sync now", `agent-desk sync`) retries every failed and
conflicting item at once; `problems()` lists them with their reasons (`agent-desk sync --list`,
the window's Outbox). A conflict is only retried by a forced run: it needs a person, and the
retry finds the different file still there until someone moves it.

A refused logon is different: trying again with the same password could lock the share's
service account. The refusal is remembered (a salted fingerprint of location, user name and
password, in `share_refusals`) and the sync does not contact the share again until one of the
three changes; the status bar says so.

No Qt: the GUI runs `run()` on a worker thread; the CLI calls it directly.
"""

from __future__ import annotations

import hashlib
import logging
import random
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import OperationalError

from agent_desk.clock import Clock
from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError
from agent_desk.models import OutboxItem, ShareRefusal
from agent_desk.models.engine import SessionFactory
from agent_desk.share import (
    LocalDiskFull,
    ShareAuthFailed,
    ShareBackend,
    ShareConflict,
    ShareError,
    ShareItemRefused,
    ShareNotConfigured,
    SharePasswordUnavailable,
    ShareUnavailable,
    is_disk_full,
    open_share,
)

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 30.0
BACKOFF_MAX_SECONDS = 30 * 60.0
# A failed item is retried by the automatic runs this long after it failed (an hour: the
# obstacle is usually removed by a person, and a log line a minute would bury the others).
FAILED_RETRY_SECONDS = 3600.0


@dataclass(frozen=True)
class SyncState:
    """What the status bar says: synced, N waiting, or share offline since …"""

    kind: str  # "synced" | "waiting" | "offline" | "refused" | "no_password" | "not_configured"
    waiting: int
    conflicts: int
    offline_since: datetime | None = None
    error_code: str = ""
    error: str = ""
    failed: int = 0  # items the share can never take, each with its reason


@dataclass(frozen=True)
class SyncResult:
    sent: int
    already_there: int
    conflicts: int
    remaining: int
    error: AgentDeskError | None
    state: SyncState
    busy: bool = False  # another run was in progress; nothing done
    failed: int = 0  # items marked failed this run


@dataclass(frozen=True)
class OutboxProblem:
    """An item that is not on the share, with why: what `sync --list` and the Outbox show."""

    relative_path: str
    status: str  # "pending" | "conflict" | "failed"
    reason: str
    attempts: int
    next_attempt_at: datetime | None
    created_at: datetime


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential (30 s, 1, 2, 4 … min, at most 30 min) with "equal jitter": half fixed, half
    random, so desks that lost the share together do not all come back at the same second."""
    delay = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return delay / 2 + rng.uniform(0, delay / 2)


# Sent files keep their bytes this long (a supervisor may ask for one again while the share is
# being tidied); after that only the record of what was sent remains, with its size and
# SHA-256, so a desk's database does not grow by every summary it ever published.
KEEP_SENT_DAYS = 30


def _credentials(backend: ShareBackend) -> tuple[str, str, str] | None:
    """What the backend logs on with; None where the OS logs on (or a backend that says not)."""
    credentials = getattr(backend, "credentials", None)
    return credentials() if callable(credentials) else None


def _fingerprint(credentials: tuple[str, str, str], salt: str) -> str:
    """A salted scrypt of location, user name and password: enough to tell whether they
    changed, useless for finding the password."""
    secret = "\0".join(credentials).encode("utf-8")
    return hashlib.scrypt(secret, salt=bytes.fromhex(salt), n=2**14, r=8, p=1, dklen=32).hex()


class SyncService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        config: BranchConfig,
        backend_factory: Callable[[], ShareBackend] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._config = config
        self._factory = backend_factory or self._configured_backend
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._offline_since: datetime | None = None
        self._last_error: AgentDeskError | None = None

    def _configured_backend(self) -> ShareBackend:
        return open_share(
            str(self._config.get("share.location") or ""),
            str(self._config.get("share.username") or ""),
        )

    def use_backend(self, factory: Callable[[], ShareBackend] | None) -> None:
        """Point the service at another share (after the settings changed)."""
        self._factory = factory or self._configured_backend
        self._offline_since = None
        self._last_error = None

    # --- publishing ---------------------------------------------------------------------------

    def run(self, force: bool = False) -> SyncResult:
        """Publish the pending items that are due (all of them with `force`, for "Sync now")."""
        if not self._lock.acquire(blocking=False):
            return SyncResult(0, 0, 0, self._count("pending"), None, self.state(), busy=True)
        try:
            return self._run(force)
        finally:
            self._lock.release()

    def _run(self, force: bool) -> SyncResult:
        now = self._clock.now()
        due = self._due_ids(now, force)
        sent = already = conflicts = failed = 0
        error: AgentDeskError | None = None
        if due:
            try:
                backend = self._factory()
            except ShareError as exc:
                backend, error = None, exc
            if backend is None:
                self._postpone(due, error)
            elif (refused := self._refused(backend)) is not None:
                error = refused  # the same credentials as refused: the share is not contacted
                due = []
            else:
                for position, item_id in enumerate(due):
                    outcome, error = self._publish(backend, item_id)
                    if outcome == "written":
                        sent += 1
                    elif outcome == "already_there":
                        already += 1
                    elif outcome == "conflict":
                        conflicts += 1
                        error = None
                    elif outcome == "item_failed":  # this one file only: the rest still go
                        failed += 1
                        error = None
                    elif isinstance(error, ShareAuthFailed):
                        self._remember_refusal(backend, error)
                        break  # no retry, no backoff: nothing is tried until they change
                    elif outcome == "failed":  # the share failed: the rest would fail alike
                        self._postpone(due[position:], error)
                        break
        if error is None and (sent or already):
            self._offline_since = None
            self._last_error = None
            self._forget_refusals()  # the share took a logon: an old refusal is history
        elif error is not None:
            self._last_error = error
            if isinstance(error, ShareUnavailable) and self._offline_since is None:
                self._offline_since = now
        self._prune_sent(now)
        remaining = self._count("pending")
        if sent or already or conflicts or failed or error:
            log.info(
                "sync: %d sent, %d already there, %d conflicts, %d failed, %d waiting%s",
                sent,
                already,
                conflicts,
                failed,
                remaining,
                f" ({error.code})" if error else "",
            )
        return SyncResult(sent, already, conflicts, remaining, error, self.state(), failed=failed)

    # --- refused logons -------------------------------------------------------------------------

    def _refused(self, backend: ShareBackend) -> ShareAuthFailed | None:
        """The stored refusal, if the backend would log on with the very same credentials."""
        credentials = _credentials(backend)
        return None if credentials is None else self.refused_logon(*credentials)

    def refused_logon(self, location: str, username: str, password: str) -> ShareAuthFailed | None:
        """The refusal on record for exactly these credentials, if any. The supervisor report
        asks the same before it logs on to an smb:// share, so neither the sync nor a scheduled
        report tries a refused password again (and locks the share's account out)."""
        credentials = (location, username, password)
        with self._sessions() as session:
            refusals = list(
                session.scalars(
                    select(ShareRefusal).where(
                        ShareRefusal.location == location, ShareRefusal.username == username
                    )
                )
            )
        for refusal in refusals:
            if _fingerprint(credentials, refusal.salt) == refusal.fingerprint:
                return ShareAuthFailed(refusal.detail, location=refusal.location)
        return None

    def _remember_refusal(self, backend: ShareBackend, error: ShareAuthFailed) -> None:
        credentials = _credentials(backend)
        if credentials is not None:
            self.remember_refused_logon(*credentials, str(error.params.get("detail") or ""))

    def remember_refused_logon(
        self, location: str, username: str, password: str, detail: str
    ) -> None:
        """Keep a salted fingerprint of credentials the share refused (one per location and
        user name: the newest)."""
        salt = secrets.token_hex(16)
        with self._sessions.begin() as session:
            session.execute(
                delete(ShareRefusal).where(
                    ShareRefusal.location == location, ShareRefusal.username == username
                )
            )
            session.add(
                ShareRefusal(
                    location=location,
                    username=username,
                    salt=salt,
                    fingerprint=_fingerprint((location, username, password), salt),
                    refused_at=self._clock.now(),
                    detail=detail[:500],
                )
            )
        log.warning(
            "the share %s refused the user name or password of %r; not tried again until the "
            "settings or the password change",
            location,
            username,
        )

    def _forget_refusals(self) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(ShareRefusal))

    def refusal(self) -> ShareRefusal | None:
        """The refused logon on record, if any (the status bar says so until it is lifted)."""
        with self._sessions() as session:
            found = session.scalar(select(ShareRefusal).order_by(ShareRefusal.id.desc()))
            if found is not None:
                session.expunge(found)
            return found

    def _prune_sent(self, now: datetime) -> int:
        """Drop the bytes of files sent more than KEEP_SENT_DAYS ago; the record stays."""
        with self._sessions.begin() as session:
            result = session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.status == "sent",
                    OutboxItem.sent_at < now - timedelta(days=KEEP_SENT_DAYS),
                    func.length(OutboxItem.content) > 0,
                )
                .values(content=b"")
                .execution_options(synchronize_session=False)
            )
        if result.rowcount:
            log.info("outbox: dropped the bytes of %d files sent long ago", result.rowcount)
        return int(result.rowcount or 0)

    def _due_ids(self, now: datetime, force: bool) -> list[int]:
        """Pending items that are due, and failed ones whose retry is due (all pending, failed
        and conflicting items with `force`)."""
        with self._sessions() as session:
            if force:
                query = select(OutboxItem.id).where(
                    OutboxItem.status.in_(("pending", "failed", "conflict"))
                )
            else:
                query = select(OutboxItem.id).where(
                    OutboxItem.status.in_(("pending", "failed")),
                    or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now),
                )
            return list(session.scalars(query.order_by(OutboxItem.id)))

    def problems(self) -> list[OutboxProblem]:
        """Every item not on the share, failed and conflicting first, each with its reason."""
        order = {"failed": 0, "conflict": 1, "pending": 2}
        with self._sessions() as session:
            rows = session.execute(
                select(
                    OutboxItem.relative_path,
                    OutboxItem.status,
                    OutboxItem.last_error,
                    OutboxItem.attempts,
                    OutboxItem.next_attempt_at,
                    OutboxItem.created_at,
                )
                .where(OutboxItem.status.in_(("pending", "failed", "conflict")))
                .order_by(OutboxItem.id)
            ).all()
        found = [OutboxProblem(*row) for row in rows]
        return sorted(found, key=lambda p: order.get(p.status, 3))

    def _publish(self, backend: ShareBackend, item_id: int) -> tuple[str, AgentDeskError | None]:
        with self._sessions() as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.status not in ("pending", "failed", "conflict"):
                return "skipped", None
            path, content, sha256 = item.relative_path, item.content, item.sha256
        try:
            outcome = backend.put(path, content, sha256)
        except ShareConflict as exc:
            with self._sessions.begin() as session:
                item = session.get(OutboxItem, item_id)
                item.status = "conflict"
                item.attempts += 1
                item.last_error = exc.message
            log.warning("sync conflict: %s", exc.message)
            return "conflict", exc
        except ShareItemRefused as exc:
            with self._sessions.begin() as session:
                item = session.get(OutboxItem, item_id)
                item.status = "failed"
                item.attempts += 1
                item.last_error = exc.message[:2000]
                item.next_attempt_at = self._clock.now() + timedelta(seconds=FAILED_RETRY_SECONDS)
            log.warning("sync: an item failed on its own: %s", exc.message)
            return "item_failed", exc
        except ShareError as exc:
            return "failed", exc
        except OSError as exc:  # anything a backend did not translate
            return "failed", ShareUnavailable(str(exc), location=backend.location)
        try:
            with self._sessions.begin() as session:
                item = session.get(OutboxItem, item_id)
                item.status = "sent"
                item.sent_at = self._clock.now()
                item.attempts += 1
                item.last_error = ""
                item.next_attempt_at = None
        except LocalDiskFull as exc:
            # The file is on the share but the desk cannot note it; the next run finds the
            # identical file there and counts it as sent. (The engine turns SQLITE_FULL into
            # LocalDiskFull; a plain OperationalError saying so is handled alike.)
            return "failed", exc
        except OperationalError as exc:
            if is_disk_full(exc):
                return "failed", LocalDiskFull(str(exc.orig))
            raise
        return outcome, None

    def _postpone(self, ids: list[int], error: AgentDeskError | None) -> None:
        now = self._clock.now()
        message = error.message if error else "not published"
        try:
            self._write_postponement(ids, message, now)
        except (OperationalError, LocalDiskFull) as exc:
            if not isinstance(exc, LocalDiskFull) and not is_disk_full(exc):
                raise
            log.warning("sync: could not note the failed attempt: %s", exc)

    def _write_postponement(self, ids: list[int], message: str, now: datetime) -> None:
        with self._sessions.begin() as session:
            for item in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids))):
                if item.status == "failed":
                    # its own reason stays; the share being down only moves its next retry
                    item.next_attempt_at = now + timedelta(seconds=FAILED_RETRY_SECONDS)
                    continue
                if item.status != "pending":
                    continue
                item.attempts += 1
                item.last_error = message[:2000]
                item.next_attempt_at = now + timedelta(
                    seconds=backoff_seconds(item.attempts, self._rng)
                )

    # --- state --------------------------------------------------------------------------------

    def _count(self, status: str) -> int:
        with self._sessions() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(OutboxItem).where(OutboxItem.status == status)
                )
                or 0
            )

    def state(self) -> SyncState:
        waiting, conflicts = self._count("pending"), self._count("conflict")
        failed = self._count("failed")
        error = self._last_error
        code, text = (error.code, error.message) if error else ("", "")
        unset = (
            self._factory == self._configured_backend
            and not str(self._config.get("share.location") or "").strip()
        )
        if unset or isinstance(error, ShareNotConfigured):
            return SyncState("not_configured", waiting, conflicts, None, code, text, failed)
        if isinstance(error, ShareAuthFailed):
            return SyncState("refused", waiting, conflicts, None, code, text, failed)
        if isinstance(error, SharePasswordUnavailable):  # not a refusal: tried again each run
            return SyncState("no_password", waiting, conflicts, None, code, text, failed)
        if self._offline_since is not None and waiting:
            return SyncState("offline", waiting, conflicts, self._offline_since, code, text, failed)
        if waiting or conflicts or failed:
            return SyncState("waiting", waiting, conflicts, None, code, text, failed)
        return SyncState("synced", 0, 0)

    def next_attempt_at(self) -> datetime | None:
        with self._sessions() as session:
            return session.scalar(
                select(func.min(OutboxItem.next_attempt_at)).where(OutboxItem.status == "pending")
            )
