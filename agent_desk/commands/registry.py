"""How a sub-command is registered, and the one place `--as AGENT_NO` is handled.

Every sub-command says, when it is registered with `command(...)`, which permission of
`agent_desk/access.py` it needs, or why it needs no account (`NoAccount("reason")`). A command
that needs a permission gets `--as AGENT_NO`; before it runs, `authorize` reads that account's
password from the first line of standard input (asked on a terminal), logs in through the
account service (so a wrong password counts towards the lockout and is audited like a login in
the window), and checks the role. Without `--as`, or refused, the command does not run: one
line on stderr and exit 4. On a profile that has no account yet (branch IT setting the desk
up), commands run without `--as`; the first account made must be an administrator.

tests/unit/test_cli_roles.py walks every registered command and fails when one declares
nothing, and checks the README's command table against the declarations.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from agent_desk.access import SETUP, Permission, needs_text
from agent_desk.agent_numbers import escape_text
from agent_desk.errors import AgentDeskError

EXIT_REFUSED = 4

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class NoAccount:
    """A command anyone at the desk may run, and why (it reads and changes no customer data,
    accounts or settings)."""

    reason: str


Needs = Permission | NoAccount


def command(
    sub: argparse._SubParsersAction,
    name: str,
    *,
    needs: Needs,
    func: Handler,
    help: str,
    precheck: Handler | None = None,
    open_during_setup: bool = False,
    offline_login: Callable[[argparse.Namespace, str, str], Any] | None = None,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """Add a sub-command with what it needs.

    `precheck(args)` runs before the password is asked (arguments that can be judged
    without the store, so a typo is said before anything else). `open_during_setup`: the
    command also runs without `--as` while the profile has no active administrator (only
    `user add`, which then makes the administrator). `offline_login(args, agent_no,
    password)`: how the account is checked when the store is too damaged to open (only
    `db restore`, which checks it in the backup it puts back).
    """
    if not isinstance(needs, Permission | NoAccount):
        raise TypeError(f"{name}: needs must be a Permission or NoAccount, not {needs!r}")
    parser = sub.add_parser(name, help=help, **kwargs)
    parser.set_defaults(
        func=func,
        needs=needs,
        command_name=parser.prog.split(maxsplit=1)[-1],  # "user add" of "agent-desk user add"
        precheck=precheck,
        open_during_setup=open_during_setup,
        offline_login=offline_login,
    )
    if isinstance(needs, Permission):
        parser.add_argument(
            "--as",
            dest="as_agent",
            metavar="AGENT_NO",
            help=f"the account running this ({needs_text(needs)}); its password is the first "
            "line of standard input",
        )
    return parser


def day_arg(text: str) -> date:
    """`--from`/`--to`: an ASCII YYYY-MM-DD the reports can count from (years 1970–9998, as
    for weeks): 0001-01-01 or 9999-12-31 ran a report past the calendar's end."""
    from agent_desk.quality.weeks import FIRST_YEAR, LAST_YEAR

    try:
        day = date.fromisoformat(text.strip()) if text.strip().isascii() else None
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text}: only dates from {FIRST_YEAR} to {LAST_YEAR} are reported"
        )
    return day


def group(
    sub: argparse._SubParsersAction,
    name: str,
    help: str,
) -> argparse._SubParsersAction:
    """A command with actions of its own (`user add`, `db check`…)."""
    parser = sub.add_parser(name, help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def leaf_parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every runnable sub-command of a parser, with its name (`user add`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from leaf_parsers(child, (*path, name))
            return
    if path:
        yield " ".join(path), parser


# --- standard input ------------------------------------------------------------------------------


def read_line(prompt: str) -> str:
    """One line of standard input (a password), or asked without echo on a terminal."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise AgentDeskError("no password on standard input")
    return line.rstrip("\r\n")


def new_password(from_stdin: bool) -> str:
    """The new password of `--password-stdin` (the line after the `--as` password), or asked
    twice on a terminal."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise AgentDeskError(
                "no new password on standard input (with --as: its password on the first "
                "line, the new one on the next)"
            )
        return line.rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("New password again: ") != first:
        raise AgentDeskError("the two passwords differ")
    return first


# --- who runs the command ------------------------------------------------------------------------


class Refused(AgentDeskError):
    """The command did not run: no account, a wrong password, or a role without the right."""

    code = "cli.refused"


def _how(command_name: str, permission: Permission) -> str:
    return (
        f"{command_name} needs {needs_text(permission)}: --as AGENT_NO, password on standard input"
    )


def _count(profile: Any, sql: str) -> int | None:
    """A count from the store without opening it (no SQLAlchemy, no migration), read with the
    profile's key when the file is encrypted: 0 when the database or its table does not exist
    yet, None when the file cannot be read (damaged, or its key is missing: then accounts may
    well exist, and nothing runs without one)."""
    from agent_desk.dbfile import DB_ERRORS, FileState, connect, state_of

    db_path = profile.db_path
    state = state_of(db_path)
    if state is FileState.MISSING:
        return 0
    try:
        key = None
        if state is not FileState.PLAIN:
            from agent_desk.context import AppContext

            key = AppContext.load(profile).key_store().load()
            if key is None:
                return None
        con = connect(db_path, key, readonly=True)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except DB_ERRORS as exc:
        return 0 if "no such table" in str(exc) else None
    except AgentDeskError:  # a config.toml that does not load: say so when the store opens
        return None


def authorize(args: argparse.Namespace, open_services: Callable[[argparse.Namespace], Any]) -> None:
    """Set `args.actor` for the command, or raise Refused (exit 4) after auditing the try.

    The services opened to log in are left on `args` for the command to use.
    """
    needs = getattr(args, "needs", None)
    if isinstance(needs, NoAccount):
        args.actor = None
        return
    if not isinstance(needs, Permission):
        name = getattr(args, "command_name", None) or getattr(args, "command", "?")
        raise Refused(f"{name}: this command declares no permission, so it is not run")
    precheck = getattr(args, "precheck", None)
    if precheck is not None:
        precheck(args)
    from agent_desk.paths import Profile

    profile = Profile.resolve(args.profile)
    as_agent = getattr(args, "as_agent", None)
    command_name = args.command_name
    if not as_agent:
        if _count(profile, "SELECT count(*) FROM agents") == 0:
            args.actor = SETUP  # branch IT setting up: no account exists to log in with
            return
        if (
            args.open_during_setup
            and _count(profile, "SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1")
            == 0
        ):
            args.actor = SETUP
            return
        _audit_without_account(args, open_services, "", command_name, "no --as")
        raise Refused(_how(command_name, needs))
    try:
        password = read_line(f"Password of {escape_text(as_agent)}: ")
    except AgentDeskError:
        _audit_without_account(args, open_services, as_agent, command_name, "no password")
        raise Refused(_how(command_name, needs)) from None
    from agent_desk.errors import AccountDisabled, AccountLocked, AuthError, CorruptDatabase

    try:
        services = _services(args, open_services)
    except CorruptDatabase:
        # Only a restore runs on a damaged database: the account is checked in the backup.
        offline = getattr(args, "offline_login", None)
        if offline is None:
            raise
        services = None
    try:
        if services is None:
            actor = offline(args, as_agent, password)
        else:
            actor = services.accounts.login(as_agent, password)
    except (AccountLocked, AccountDisabled) as exc:
        raise Refused(exc.message) from None
    except AuthError:
        raise Refused(f"wrong agent number or password; {_how(command_name, needs)}") from None

    def refuse(detail: str, message: str) -> Refused:
        if services is not None:
            services.audit.record(
                actor.agent_no, "permission.refused", f"cli {command_name}", detail
            )
        return Refused(message)

    if actor.must_change_password and needs is not Permission.CHANGE_OWN_PASSWORD:
        raise refuse(
            "must change password",
            f"{actor.agent_no} must change its password first: agent-desk user passwd "
            f"--agent-no {actor.agent_no} --as {actor.agent_no} --password-stdin (the current "
            "password on the first line, the new one on the next)",
        )
    if not actor.may(needs):
        raise refuse(
            f"role={actor.role} needs={needs.value}",
            f"{actor.agent_no} is {_role_word(actor.role)}; {_how(command_name, needs)}",
        )
    args.actor = actor
    args.as_password = password  # `user passwd` of one's own account asks for it again


def _audit_without_account(
    args: argparse.Namespace,
    open_services: Callable[[argparse.Namespace], Any],
    actor: str,
    command_name: str,
    detail: str,
) -> None:
    """A try refused before any login, in the audit log when the store can be opened."""
    from agent_desk.errors import CorruptDatabase

    try:
        services = _services(args, open_services)
    except CorruptDatabase:
        return  # nothing can be written there; the refusal stands all the same
    services.audit.record(actor, "permission.refused", f"cli {command_name}", detail)


def _services(args: argparse.Namespace, open_services: Callable[[argparse.Namespace], Any]) -> Any:
    """The store's services, opened once and left on `args` for the command to take."""
    if getattr(args, "opened_services", None) is None:
        args.opened_services = None  # open_services hands over an opened set, if any
        args.opened_services = open_services(args)
    return args.opened_services


def refusal_text(error: AgentDeskError, args: argparse.Namespace) -> str:
    """The one line of a refusal: as said by `authorize`, or a service's PermissionDenied
    (e.g. an agent closing another agent's shift) with who is needed."""
    if isinstance(error, Refused):
        return error.message
    needs = error.params.get("permission")
    name = getattr(args, "command_name", "this")
    if needs:
        return f"refused: {_how(name, Permission(needs))}"
    return f"refused: {error.message}"


def _role_word(role: str) -> str:
    return {"agent": "an agent", "supervisor": "a supervisor", "admin": "an administrator"}.get(
        role, role
    )
