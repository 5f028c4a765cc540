"""`agent-desk user add|list|passwd|disable|enable|role`: accounts for branch IT scripts.

All of it is an administrator's (`--as AGENT_NO`, that account's password on the first line of
standard input), except changing one's own password. On a profile with no account yet the first
`user add` needs no `--as` and must make an administrator. A new password given with
`--password-stdin` is the next line of standard input (the first, during setup).
"""

from __future__ import annotations

import argparse

from agent_desk.access import ROLES, SETUP, Permission
from agent_desk.agent_numbers import RULE, check_agent_no, escape_text
from agent_desk.commands.registry import Refused, command, group, new_password
from agent_desk.errors import ValidationError


def _new_agent_no(text: str) -> str:
    """A new account's number, checked before any password is asked."""
    try:
        return check_agent_no(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"{RULE}, not {escape_text(text)!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    usub = group(sub, "user", "manage agent accounts")
    add = command(
        usub,
        "add",
        needs=Permission.MANAGE_ACCOUNTS,
        func=add_cmd,
        help="create an account (the first one, made without --as, must be an admin)",
        open_during_setup=True,
    )
    add.add_argument("--agent-no", required=True, type=_new_agent_no, help=f"{RULE}, e.g. 1001")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new account's password from standard input (for scripts)",
    )
    command(
        usub,
        "list",
        needs=Permission.MANAGE_ACCOUNTS,
        func=list_cmd,
        help="list accounts (number, name, role, state)",
    )
    pw = command(
        usub,
        "passwd",
        needs=Permission.CHANGE_OWN_PASSWORD,
        func=passwd_cmd,
        help="change your own password, or (administrators) reset another's: it must then be "
        "changed at the next login; also lifts a lockout",
    )
    pw.add_argument("--agent-no", required=True)
    pw.add_argument("--password-stdin", action="store_true")
    for name, active, text in (
        ("disable", False, "disable an account (it is kept, with its history)"),
        ("enable", True, "enable a disabled account"),
    ):
        p = command(usub, name, needs=Permission.MANAGE_ACCOUNTS, func=active_cmd, help=text)
        p.add_argument("--agent-no", required=True)
        p.set_defaults(active=active)
    role = command(
        usub, "role", needs=Permission.MANAGE_ACCOUNTS, func=role_cmd, help="change a role"
    )
    role.add_argument("--agent-no", required=True)
    role.add_argument("--role", choices=ROLES, required=True)


def add_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    password = new_password(args.password_stdin)
    services = open_services(args)
    try:
        if args.actor is SETUP:
            info = services.accounts.set_up(args.agent_no, args.name, password, args.role)
        else:
            info = services.accounts.add(args.actor, args.agent_no, args.name, args.role, password)
    finally:
        services.close()
    print(f"created {info.agent_no} {info.name} ({info.role})")
    if info.must_change_password:
        print(f"{info.agent_no} chooses a new password at the first login")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        accounts = services.accounts.accounts(args.actor)
        now = services.clock.now()
    finally:
        services.close()
    for info in accounts:
        state = "active" if info.active else "disabled"
        if info.locked_until and info.locked_until > now:
            state += ", locked"
        if info.must_change_password:
            state += ", must change password"
        fields = (info.agent_no, info.name, info.role, state)
        print("\t".join(escape_text(field) for field in fields))
    return 0


def passwd_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    own = args.actor is not SETUP and args.agent_no.strip() == args.actor.agent_no
    if not own and args.actor.must_change_password:
        raise Refused(
            f"{args.actor.agent_no} must change its own password first (user passwd "
            f"--agent-no {args.actor.agent_no})"
        )
    password = new_password(args.password_stdin)
    services = open_services(args)
    try:
        if own:
            services.accounts.change_own_password(args.agent_no, args.as_password, password)
        else:
            services.accounts.reset_password(args.actor, args.agent_no, password)
    finally:
        services.close()
    if own:
        print(f"password changed for {args.agent_no}")
    else:
        print(f"password reset for {args.agent_no}; it must be changed at the next login")
    return 0


def active_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        info = services.accounts.set_active(args.actor, args.agent_no, args.active)
    finally:
        services.close()
    print(f"{info.agent_no} {'enabled' if info.active else 'disabled'}")
    return 0


def role_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        info = services.accounts.set_role(args.actor, args.agent_no, args.role)
    finally:
        services.close()
    print(f"{info.agent_no} is now {info.role}")
    return 0
