"""Backups that exist: one after every shift close and one a day, kept 7 daily and 4 weekly.

A backup is SQLite's online backup API into a new file encrypted like the store, checked with
`integrity_check` before it takes its name (see `store.backup`). It runs on a background
thread of its own, so closing a shift or the GUI never waits for it; requests that arrive while
one runs are folded into the next. `Services.close()` waits for a running backup to finish.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from agent_desk.clock import Clock
from agent_desk.policy import Policy
from agent_desk.store import BackupFile, Store, backup_files, take_backup

log = logging.getLogger(__name__)


class BackupService:
    def __init__(self, store: Store, backup_dir: Path, clock: Clock, policy: Policy) -> None:
        self._store = store
        self._dir = backup_dir
        self._clock = clock
        self.daily = int(policy.get("backups.daily", 7))
        self.weekly = int(policy.get("backups.weekly", 4))
        self.check_every_seconds = float(policy.get("backups.check_every_minutes", 60)) * 60
        self._lock = threading.Lock()
        self._pending: str | None = None
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._timer: threading.Thread | None = None
        self.last_error: BaseException | None = None
        # Other once-a-day work run by the same schedule (the retention of personal data).
        self.daily_jobs: list[Callable[[], object]] = []

    # --- now --------------------------------------------------------------------------------------

    def take(self, reason: str = "manual") -> Path:
        """A backup now, on the caller's thread; old ones beyond the policy are removed."""
        path = take_backup(
            self._store.path,
            self._dir,
            self._clock.now(),
            reason,
            self._store.key,
            self.daily,
            self.weekly,
        )
        log.info("backup written: %s (%s)", path.name, reason)
        return path

    def list(self) -> list[BackupFile]:
        """Backups, newest first."""
        return backup_files(self._dir)

    def daily_due(self) -> bool:
        """No backup yet today (UTC day, as the names and the retention count days)."""
        files = self.list()
        return not files or files[0].taken_at.date() < self._clock.now().date()

    # --- in the background ------------------------------------------------------------------------

    def request(self, reason: str) -> None:
        """Take a backup on the backup thread; returns at once."""
        with self._lock:
            self._pending = self._pending or reason
            if self._worker is not None:
                return  # the running worker takes it before it stops
            self._worker = threading.Thread(target=self._run, name="backup", daemon=True)
            self._worker.start()

    def after_shift_close(self, _closed: object = None) -> None:
        self.request("shift-close")

    def request_daily_if_due(self) -> bool:
        if self.daily_due():
            self.request("daily")
            return True
        return False

    def _run(self) -> None:
        while True:
            with self._lock:
                reason, self._pending = self._pending, None
                if reason is None:
                    self._worker = None
                    return
            try:
                self.take(reason)
                self.last_error = None
            except Exception as exc:  # a failed backup must never take the desk down
                self.last_error = exc
                log.error("backup (%s) failed: %s", reason, exc)

    def start_daily(self) -> None:
        """Check now and then every `check_every_minutes` whether today's backup is due."""
        if self._timer is not None:
            return

        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.request_daily_if_due()
                except Exception:
                    log.exception("the daily backup check failed")
                for job in self.daily_jobs:
                    try:
                        job()
                    except Exception:
                        log.exception("daily job %s failed", getattr(job, "__name__", job))
                self._stop.wait(self.check_every_seconds)

        self._timer = threading.Thread(target=loop, name="backup-schedule", daemon=True)
        self._timer.start()

    def wait(self, timeout: float | None = None) -> None:
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def close(self) -> None:
        self._stop.set()
        if self._timer is not None:
            self._timer.join(5)
        self.wait()
