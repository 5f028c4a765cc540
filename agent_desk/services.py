"""The composition root below the UI: builds every service for one profile.

The GUI, the CLI and the tests all get their services here, each with the same clock, so no
module reaches for globals.
"""

from __future__ import annotations

from agent_desk.accounts import AccountService
from agent_desk.audit import AuditService
from agent_desk.backups import BackupService
from agent_desk.branch_settings import SettingsService
from agent_desk.callbacks import CallbackService
from agent_desk.calls.call_scripts import ScriptService
from agent_desk.calls.service import CallService
from agent_desk.cases import CaseService
from agent_desk.clock import Clock
from agent_desk.context import AppContext
from agent_desk.customers import CustomerService
from agent_desk.knowledge import KnowledgeService
from agent_desk.paths import Profile
from agent_desk.privacy import PrivacyService
from agent_desk.quality.service import QualityService
from agent_desk.reports import INDEX_FILE, ReportService
from agent_desk.shifts import ShiftService, daily_archive_hook
from agent_desk.store import Store, open_store
from agent_desk.sync import SyncService
from agent_desk.workdays import WorkCalendar, calendar_folders


class Services:
    def __init__(self, context: AppContext, store: Store) -> None:
        self.context = context
        self.profile = context.profile
        self.clock = context.clock
        self.config = context.config
        self.policy = context.policy
        self.store = store
        sessions = store.sessions
        self.audit = AuditService(sessions, self.clock)
        self.accounts = AccountService(sessions, self.clock, self.policy, self.audit)
        self.settings = SettingsService(self.config, self.audit)
        self.calendar = WorkCalendar.load(
            *calendar_folders(self.profile.config_dir, self.config.get("share.location"))
        )
        self.cases = CaseService(sessions, self.clock, self.policy, self.calendar)
        self.callbacks = CallbackService(sessions, self.clock, self.policy)
        self.customers = CustomerService(sessions, self.clock)
        self.calls = CallService(
            sessions, self.clock, self.policy, cases=self.cases, callbacks=self.callbacks
        )
        self.scripts = ScriptService(sessions, self.clock)
        self.shifts = ShiftService(sessions, self.clock, self.policy, self.config)
        desk_code = self.config.get  # read at each close: the settings may change
        if archive := daily_archive_hook(self.cases, desk=lambda: desk_code("desk.code")):
            self.shifts.close_hooks.append(archive)
        self.backups = BackupService(store, self.profile.backup_dir, self.clock, self.policy)
        # A backup after every shift close, on the backup thread: the close does not wait.
        self.shifts.after_close.append(self.backups.after_shift_close)
        self.privacy = PrivacyService(
            sessions, self.clock, self.policy, store.key, audit_sink=self.audit
        )
        # Retention runs with the daily backup check: at every start of the app, then daily.
        self.backups.daily_jobs.append(self.privacy.apply_retention)
        self.sync = SyncService(sessions, self.clock, self.config)
        self.knowledge = KnowledgeService(
            sessions, self.clock, self.policy.zone, self.audit, where=self.branch_desk
        )
        self.reports = ReportService(
            self.clock,
            self.policy,
            self.profile.data_dir / INDEX_FILE,
            audit=self.audit,
            config=self.config,
            refusals=self.sync,  # a password the share refused is not tried again
        )
        # the review queue reads the share's shifts through the reports' loading (each once)
        self.quality = QualityService(
            sessions, self.clock, self.policy, self.config, self.audit, shifts=self.reports
        )
        # The recording is linked when the wrap-up ends (baresip's folder may be rotated
        # before the weekly review), and again lazily when the call is opened for review.
        self.calls.wrapup_ended.append(self.quality.link_recording)

    @classmethod
    def open(
        cls, profile: Profile, clock: Clock | None = None, *, check_existing: bool = True
    ) -> Services:
        """`check_existing=False` only for a store this process has just written (see
        store.open_store)."""
        return cls.from_context(AppContext.load(profile, clock), check_existing=check_existing)

    @classmethod
    def from_context(cls, context: AppContext, *, check_existing: bool = True) -> Services:
        from agent_desk.calls.training import TRAINING_DIR_NAME

        profile = context.profile
        store = open_store(
            profile.db_path,
            profile.backup_dir,
            context.clock,
            keys=context.key_store(),
            backups_daily=int(context.policy.get("backups.daily", 7)),
            backups_weekly=int(context.policy.get("backups.weekly", 4)),
            # The training store shares the desk's key: the key says nothing of its own file.
            key_is_evidence=profile.data_dir.name != TRAINING_DIR_NAME,
            check_existing=check_existing,
        )
        return cls(context, store)

    def branch_desk(self) -> tuple[str, str]:
        """The branch and desk codes as the share's names use them (read at each use)."""
        from agent_desk.codes import clean_code

        return (
            clean_code(self.config.get("branch.code"), "UNSET"),
            clean_code(self.config.get("desk.code"), "desk"),
        )

    def close(self) -> None:
        self.backups.close()
        self.customers.close()
        self.store.close()
