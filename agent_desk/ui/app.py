"""The GUI composition root: application, translations, single instance, login, window.

The first window (login, setup or the selftest's main window) is shown straight away while the
store opens on a worker thread; see StoreLoader.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_desk import APP_NAME, DESKTOP_ID, __version__
from agent_desk.context import AppContext
from agent_desk.dbfile import probe_folder
from agent_desk.errors import AgentDeskError, CorruptDatabase, LocalDiskFull, StoreReadOnly
from agent_desk.first_start import needs_setup
from agent_desk.logs import setup_logging
from agent_desk.paths import Profile, resource
from agent_desk.ui.autologin import try_autologin
from agent_desk.ui.error_text import describe
from agent_desk.ui.i18n import choose_language, install_translators
from agent_desk.ui.privacy_text import describe_store_error
from agent_desk.ui.single_instance import LOCK_FILE, InstanceGuard, send_message
from agent_desk.ui.store_loader import StoreLoader
from agent_desk.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.privacy import PastErasure
    from agent_desk.services import Services
    from agent_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "agentdesk.svg"))))
    return app  # type: ignore[return-value]


def _title() -> str:
    return QCoreApplication.translate("App", "AgentDesk cannot start")


def _offer_restore(context: AppContext, error: CorruptDatabase) -> bool:
    """Tell the agent the database is damaged; restore the newest backup if they agree."""
    from agent_desk.clock import SystemClock
    from agent_desk.privacy import erasures_after_backup
    from agent_desk.store import newest_backup, restore

    profile = context.profile
    newest = newest_backup(profile.backup_dir)
    if newest is None:
        QMessageBox.critical(None, _title(), describe_store_error(error))
        return False
    answer = QMessageBox.critical(
        None,
        _title(),
        describe_store_error(error)
        + "\n\n"
        + QCoreApplication.translate("App", "Restore the newest backup now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    key = context.key_store().load()
    # Who was erased after the backup was taken: read before the file goes aside (a damaged
    # one cannot be read, and nobody is logged in here to erase them again).
    erasures = erasures_after_backup(profile.db_path, newest, key)
    aside = restore(profile.db_path, newest, SystemClock().now(), key)
    log.warning("restored %s; the database it replaced is kept as %s", newest, aside)
    note = erasure_note(erasures)
    if note:
        QMessageBox.warning(None, QCoreApplication.translate("App", "Backup restored"), note)
    return True


def erasure_note(erasures: list[PastErasure] | None) -> str:
    """What a restore in the window says about people erased after the backup was taken:
    that they cannot be checked (the replaced database could not be read), or who is back and
    must be erased again by an administrator ("" when nobody was)."""
    if erasures is None:
        return QCoreApplication.translate(
            "App",
            "The damaged database could not be read, so erasures made after this backup was "
            "taken cannot be checked. An administrator must erase again everyone the register "
            "of erasures (PRIVACY.md section 6) lists as erased since then.",
        )
    if not erasures:
        return ""
    lines = "\n".join(
        QCoreApplication.translate("App", "public id {id}, erased {at} UTC").format(
            id=e.public_id, at=e.at
        )
        for e in erasures
    )
    return (
        QCoreApplication.translate(
            "App",
            "People erased after this backup was taken are back in the restored data. An "
            "administrator must erase each of them again: agent-desk customer erase --id "
            'PUBLIC_ID --reason "… again after restore" --yes --as ADMIN',
        )
        + "\n\n"
        + lines
    )


def _authenticate(
    context: AppContext,
) -> tuple[AgentInfo | None, StoreLoader | None, bool]:
    """Setup or login while the store opens; retries once after restoring a backup.

    Returns the agent, the loader and whether this session takes calls (opens a shift).
    """
    from agent_desk.ui.account_dialogs import LoginDialog, SetupDialog

    for _attempt in range(2):
        loader = StoreLoader(context).start()
        auto = try_autologin(loader)  # tests only: a private file, read once and deleted
        if auto is not None:
            return auto.agent, loader, auto.take_calls
        first = needs_setup(context.profile.db_path, context.key_store().load)
        dialog = SetupDialog(loader) if first else LoginDialog(loader)
        accepted = dialog.exec()
        if accepted:
            agent = _after_login(loader, dialog.agent, getattr(dialog, "typed_password", ""))
            if agent is None:
                return None, loader, False  # a forced password change was cancelled
            return agent, loader, _takes_calls(agent)
        error = dialog.startup_error or (loader.error if loader.done else None)
        if error is None:
            return None, loader, False  # the agent cancelled
        if isinstance(error, CorruptDatabase) and _offer_restore(context, error):
            continue
        if isinstance(error, AgentDeskError) and not isinstance(error, CorruptDatabase):
            # Read-only folder, full disk, missing key: said as such, no restore offered.
            QMessageBox.critical(None, _title(), describe_store_error(error))
        elif not isinstance(error, AgentDeskError):
            log.error("the store could not be opened", exc_info=error)
            QMessageBox.critical(
                None,
                _title(),
                QCoreApplication.translate(
                    "App",
                    "The database could not be opened because of an unexpected problem. "
                    "Nothing was changed. The details are in the log file for branch IT.",
                ),
            )
        return None, None, False
    return None, None, False


def _after_login(loader: StoreLoader, agent: AgentInfo | None, password: str) -> AgentInfo | None:
    """A password an administrator reset is changed before the window opens."""
    if agent is None or not agent.must_change_password:
        return agent
    from agent_desk.ui.account_steps import ChangePasswordDialog

    dialog = ChangePasswordDialog(
        loader.wait().accounts, agent, forced=True, current_password=password
    )
    if not dialog.exec():
        log.info("agent %s did not change the reset password; not logged in", agent.agent_no)
        return None
    return dialog.changed


def _takes_calls(agent: AgentInfo) -> bool:
    """Agents take calls; supervisors and administrators choose (default: supervise only)."""
    from agent_desk.access import shift_at_login

    if shift_at_login(agent.role):
        return True
    from agent_desk.ui.account_steps import WorkModeDialog

    dialog = WorkModeDialog(agent)
    dialog.exec()
    return dialog.take_calls


def _report_unexpected(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """An error no one foresaw: the log gets the traceback, the agent a sentence, the app lives.

    Qt calls slots from its event loop; an exception escaping one would otherwise print a
    traceback to nowhere and leave the agent guessing whether the record was saved.
    """
    log.error("unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
    if QApplication.instance() is not None:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App",
                "AgentDesk met an unexpected problem. What you saved is safe. "
                "The details are in the log file for branch IT.",
            ),
        )


def quit_cleanly_on_terminate(app: QApplication) -> None:
    """A log-off, shutdown or `kill` sends SIGTERM: quit the normal way so the open call's
    draft is saved and the sync thread stops, instead of dying with what was typed."""
    if not hasattr(signal, "SIGTERM"):  # pragma: no cover
        return
    from agent_desk.ui.main_window import TERMINATING

    def terminate(_signum: int, _frame: object) -> None:
        log.info("terminate signal: quitting cleanly")
        app.setProperty(TERMINATING, True)  # no question on the way out (a call on the line)
        QTimer.singleShot(0, lambda: (QApplication.closeAllWindows(), app.quit()))

    signal.signal(signal.SIGTERM, terminate)
    # Python runs signal handlers between bytecodes only; while Qt waits in C++ nothing runs,
    # so a light timer hands control back to the interpreter twice a second.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)


def run_gui(args: argparse.Namespace) -> int:
    profile = Profile.resolve(args.profile).ensure()
    setup_logging(profile.log_dir)
    app = make_application()
    settings = UiSettings(profile)
    install_translators(app, choose_language(args.lang, settings.language))
    sys.excepthook = _report_unexpected

    # Before the lock file: a read-only folder or a full disk is not "already running".
    problem = probe_folder(profile.data_dir)
    if problem is not None:
        error: AgentDeskError = (
            StoreReadOnly(path=str(profile.data_dir))
            if problem == "read_only"
            else LocalDiskFull(f"no free space in {profile.data_dir}")
        )
        log.error("the data folder cannot be written: %s", error.message)
        QMessageBox.critical(None, _title(), describe_store_error(error))
        return 2
    guard = InstanceGuard(profile, profile.data_dir / LOCK_FILE)
    if not guard.acquire():
        try:
            reply = send_message(profile, {"cmd": "activate"})
        except AgentDeskError as exc:
            reply = {"ok": False, "error": exc.message}
        log.info("another instance runs for this profile; asked it to come forward: %s", reply)
        print(
            QCoreApplication.translate("App", "AgentDesk is already running for this profile."),
            file=sys.stderr,
        )
        return 0
    log.info(
        "AgentDesk %s starting (profile %s, pid %d)", __version__, profile.data_dir, os.getpid()
    )
    _remove_conversion_leftovers(profile)
    services = None
    quit_cleanly_on_terminate(app)
    try:
        # One pass per login: File > Log out closes the window as quitting does, and the
        # login comes back for whoever uses the desk next.
        while True:
            try:
                context = AppContext.load(profile)  # settings changed meanwhile count
            except AgentDeskError as exc:
                QMessageBox.critical(None, _title(), describe(exc))
                return 2
            agent, loader, take_calls = _authenticate(context)
            if loader is None:
                return 2
            services = loader.wait() if loader.error is None else None
            if agent is None or services is None:
                return 0
            window, services = _open_window(
                args, context, services, agent, settings, take_calls, guard
            )
            guard.activate_requested.connect(window.bring_to_front)
            code = app.exec()
            if not getattr(window, "logged_out", False):
                return code
            log.info("agent %s logged out; the login is shown again", agent.agent_no)
            services.close()
            services = None
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        if services is not None:
            services.close()
        guard.release()


def _remove_conversion_leftovers(profile: Profile) -> None:
    """A `db encrypt`/`db decrypt` killed in the middle left `.converting` copies (never a whole
    file): holding the profile's lock, which a running conversion holds too, they are removed."""
    from agent_desk.store import remove_conversion_leftovers

    remove_conversion_leftovers(profile.data_dir)


def _open_window(
    args: argparse.Namespace,
    context: AppContext,
    services: Services,
    agent: AgentInfo,
    settings: UiSettings,
    take_calls: bool,
    guard: InstanceGuard | None = None,
) -> tuple[MainWindow, Services]:
    """The main window of a logged-in agent, attached to the store (the training store for a
    practice desk), shown."""
    from agent_desk.ui.main_window import MainWindow

    # `phone.source = training` makes a practice desk of this profile, as --training does.
    training = bool(args.training) or context.config.get("phone.source") == "training"
    if training:
        from agent_desk.calls.training import open_training_services

        services.close()
        services = open_training_services(context, agent)
    window = MainWindow(context, agent, settings, take_calls=take_calls)
    window.instance_guard = guard  # the call desk adds the CTI ring/answer/hangup handlers
    window.training = training
    window.attach(services)
    if not training:
        services.backups.start_daily()  # today's backup if none yet, on its own thread
    window.show()
    log.info(
        "main window shown for agent %s (%s)",
        agent.agent_no,
        "taking calls" if take_calls else "supervising, no call shift",
    )
    return window, services


def run_selftest(args: argparse.Namespace) -> int:
    """Build the main window offscreen, open and migrate the store, attach it; no login."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = Profile.resolve(args.profile).ensure()
    setup_logging(profile.log_dir)
    app = make_application()
    settings = UiSettings(profile)
    install_translators(app, choose_language(args.lang, settings.language))
    context = AppContext.load(profile)
    from agent_desk.ui.main_window import MainWindow

    window = MainWindow(context, None, settings)
    window.show()
    app.processEvents()
    shown = time.time()
    services = StoreLoader(context).start().wait()
    try:
        window.attach(services)
        app.processEvents()
        if args.screenshot and not window.grab().save(str(args.screenshot)):
            raise AgentDeskError(f"could not write {args.screenshot}")
        window.close()
    finally:
        services.close()
    print(f"selftest ok (window shown at {shown:.3f}, ready at {time.time():.3f})")
    return 0
