"""`agent-desk user add|list|passwd`: accounts for branch IT scripts."""

from __future__ import annotations

import argparse
import getpass
import sys

from agent_desk.errors import AgentDeskError


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="manage agent accounts")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="create an account")
    add.add_argument("--agent-no", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=("agent", "supervisor", "admin"), default="agent")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (for scripts)",
    )
    add.set_defaults(func=add_cmd)
    ls = usub.add_parser("list", help="list accounts")
    ls.set_defaults(func=list_cmd)
    pw = usub.add_parser("passwd", help="set a new password (also lifts a lockout)")
    pw.add_argument("--agent-no", required=True)
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=passwd_cmd)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise AgentDeskError("no password on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise AgentDeskError("the two passwords differ")
    return first


def add_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    password = _read_password(args.password_stdin)
    services = open_services(args)
    try:
        info = services.accounts.create(args.agent_no, args.name, args.role, password, actor="cli")
    finally:
        services.close()
    print(f"created {info.agent_no} {info.name} ({info.role})")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        for info in services.accounts.list():
            print(f"{info.agent_no}\t{info.name}\t{info.role}")
    finally:
        services.close()
    return 0


def passwd_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    password = _read_password(args.password_stdin)
    services = open_services(args)
    try:
        services.accounts.change_password(args.agent_no, password, actor="cli")
    finally:
        services.close()
    print(f"password changed for {args.agent_no}")
    return 0
