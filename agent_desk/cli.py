"""`agent-desk`: the GUI by default, sub-commands for headless work.

Heavy modules (Qt, SQLAlchemy, Alembic) are imported inside the commands that need them, so
`--version` and the CTI sub-commands answer quickly.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from agent_desk import __version__

# Each module has `register(subparsers)`, which adds its sub-commands with
# `agent_desk.commands.registry.command(...)`: a `func(args) -> int` and the permission it needs
# (or why it needs none). `--as AGENT_NO` is handled in one place before the command runs.
COMMAND_MODULES = (
    "agent_desk.commands.selftest",
    "agent_desk.commands.db",
    "agent_desk.commands.user",
    "agent_desk.commands.config",
    "agent_desk.commands.cti",
    "agent_desk.commands.cases",
    "agent_desk.commands.shift",
    "agent_desk.commands.demo",
    "agent_desk.commands.report",
    "agent_desk.commands.audit",
    "agent_desk.commands.customer",
    "agent_desk.commands.qa",
    "agent_desk.commands.kb",
)

EXIT_ERROR = 2
EXIT_REFUSED = 4  # the account is missing, wrong or lacks the role (commands.registry)

log = logging.getLogger("agent_desk.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="agent-desk", description="AgentDesk call-center workstation")
    parser.add_argument("--version", action="version", version=f"agent-desk {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="keep everything of this installation under DIR "
        "(default: per-user folders; env AGENT_DESK_PROFILE)",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language")
    parser.add_argument(
        "--training",
        action="store_true",
        help="training mode: simulated calls, never mixed with real records",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


# Errors about a path the user chose (a file where a folder must be, no permission, a
# read-only disk): one line naming the path, not "unexpected error".
_PATH_ERRORS = frozenset(
    {errno.ENOTDIR, errno.EISDIR, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT}
)


def main(argv: Sequence[str] | None = None) -> int:
    from agent_desk.commands.cti import fix_argv

    parser = build_parser()
    args = parser.parse_args(fix_argv(list(sys.argv[1:] if argv is None else argv)))
    func = getattr(args, "func", None)
    sub_command = func is not None
    if func is None:  # the window logs in with its own dialog
        from agent_desk.ui.app import run_gui

        func = run_gui
    try:
        if sub_command:
            from agent_desk.commands.registry import authorize

            authorize(args, open_services)  # sets args.actor, or refuses (exit 4)
        code = int(func(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at the interpreter's exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `agent-desk db check | head -1`: the reader has what it wanted. Python would flush
        # stdout again at exit and fail a second time, so the rest goes nowhere.
        _quiet_stdout()
        return 141  # what a shell reports for a command ended by SIGPIPE
    except Exception as exc:
        from agent_desk.commands.registry import Refused, refusal_text
        from agent_desk.errors import AgentDeskError, PermissionDenied
        from agent_desk.phones import mask_text

        # One line on stderr, which scripts redirect to files: no customer number in it.
        if isinstance(exc, Refused | PermissionDenied):  # a service said no to this account
            print(f"agent-desk: {_one_line(refusal_text(exc, args))}", file=sys.stderr)
            return EXIT_REFUSED
        if isinstance(exc, AgentDeskError):
            print(f"agent-desk: {_one_line(mask_text(exc.message))}", file=sys.stderr)
            return EXIT_ERROR
        from agent_desk.errors import LocalDiskFull, is_disk_full

        if is_disk_full(exc):  # SQLite or the OS said so in the middle of any command
            log.warning("%s stopped: the disk is full (%s)", args.command, _one_line(str(exc)))
            full = LocalDiskFull(_one_line(str(exc)))
            print(f"agent-desk: {_one_line(mask_text(full.message))}", file=sys.stderr)
            return EXIT_ERROR
        if isinstance(exc, OSError) and exc.filename and exc.errno in _PATH_ERRORS:
            # `--profile` naming a file, a read-only or forbidden folder: say which path
            _log_unexpected(args)
            where = exc.filename if isinstance(exc.filename, str) else str(exc.filename)
            print(
                f"agent-desk: cannot use {_one_line(mask_text(where))}: "
                f"{exc.strerror or exc.__class__.__name__}",
                file=sys.stderr,
            )
            return EXIT_ERROR
        _log_unexpected(args)
        print(
            f"agent-desk: unexpected error: {exc.__class__.__name__}: "
            f"{_one_line(mask_text(str(exc)))} (details in the log file)",
            file=sys.stderr,
        )
        return 1
    finally:
        leftover = getattr(args, "opened_services", None)
        if leftover is not None:  # opened to log in; the command did not take them
            leftover.close()


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _log_unexpected(args: argparse.Namespace) -> None:
    """The traceback goes to the profile's log file, never to the terminal.

    Commands that do not open services have set up no log file; Python's last-resort handler
    would then print the whole traceback on stderr, under the one line the user should see.
    """
    root = logging.getLogger()
    if not root.handlers:
        try:
            from agent_desk.logs import setup_logging
            from agent_desk.paths import Profile

            setup_logging(Profile.resolve(args.profile).ensure().log_dir)
        except Exception:  # no usable profile folder: the line on stderr must do
            root.addHandler(logging.NullHandler())
    log.exception("unexpected error in %s", args.command or "gui")


def open_services(args: argparse.Namespace, log_to_file: bool = True):
    """Services for a headless command, with logging into the profile's log folder.

    Those opened to log the `--as` account in are handed over (the caller closes them).
    """
    from agent_desk.logs import setup_logging
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    opened = getattr(args, "opened_services", None)
    if opened is not None:
        args.opened_services = None
        return opened
    profile = Profile.resolve(args.profile).ensure()
    if log_to_file:
        setup_logging(profile.log_dir)
    return Services.open(profile)


if __name__ == "__main__":
    raise SystemExit(main())
