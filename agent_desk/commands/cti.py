"""`agent-desk ring|answer|hangup`: the CTI events softphones and PBX scripts send.

They talk to the running AgentDesk of the profile over its local socket and return at once.
Kept light on purpose (no SQLAlchemy, no store): a softphone runs this on every call.
Softphones pass what they have: `ring` takes the caller as `--caller` or as a trailing argument
(a number or a SIP/SIPS/tel URI, with or without a display name, read by the app), and
`answer`/`hangup` take trailing arguments as the caller's number (MicroSIP appends it to every
command it runs): without a call id, the app uses it to tell calls apart. A value that starts
with a dash (`--caller -Private-`) is the option's value, and bytes that are not UTF-8 (a
Latin-1 display name) become U+FFFD: the ring is never lost to the command line.
Exit codes: 0 delivered, 2 refused by the app, 3 no AgentDesk running for this profile (or its
socket is not ours to talk to); the message names the socket it tried.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from agent_desk.commands.registry import NoAccount, command

EXIT_REFUSED = 2
EXIT_NOT_RUNNING = 3

# A softphone runs these on every call: the running AgentDesk, where someone is logged in,
# decides what the event may do.
CTI_EVENT = NoAccount("a phone event for the running AgentDesk, which has its own login")


def register(sub: argparse._SubParsersAction) -> None:
    ring = command(
        sub,
        "ring",
        needs=CTI_EVENT,
        func=send_cmd,
        help="CTI: a call rings at this desk (shows the countdown)",
    )
    ring.add_argument(
        "--caller",
        metavar="CALLER",
        help="the caller: a number or a SIP/tel URI, e.g. '\"张三\" <sip:+8613108888888@pbx>'",
    )
    ring.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
    ring.add_argument("caller_args", nargs="*", metavar="CALLER", help=argparse.SUPPRESS)
    ring.set_defaults(cti="ring")
    for name, text in (
        ("answer", "CTI: the agent picked up (stops the countdown)"),
        ("hangup", "CTI: the call ended (unanswered = abandoned)"),
    ):
        parser = command(sub, name, needs=CTI_EVENT, func=send_cmd, help=text)
        parser.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
        # What a softphone appends (MicroSIP: the caller's number) tells calls without ids apart.
        parser.add_argument("caller_args", nargs="*", metavar="NUMBER", help=argparse.SUPPRESS)
        parser.set_defaults(cti=name)


CTI_COMMANDS = ("ring", "answer", "hangup")
VALUE_OPTIONS = ("--caller", "--call-id")


def fix_argv(argv: list[str]) -> list[str]:
    """A CTI command's argv as argparse can read it: `--caller -Private-` (a value starting
    with a dash, which argparse takes for an option) joined as `--caller=-Private-`, and
    arguments that are not UTF-8 (undecodable bytes kept as surrogates) made U+FFFD."""
    if _command_of(argv) not in CTI_COMMANDS:
        return argv
    argv = [_text(arg) for arg in argv]
    fixed: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        value = argv[i + 1] if i + 1 < len(argv) else ""
        if (
            arg in VALUE_OPTIONS
            and value.startswith("-")
            and value not in VALUE_OPTIONS
            and not value.startswith("--profile")
        ):
            fixed.append(f"{arg}={value}")
            i += 2
            continue
        fixed.append(arg)
        i += 1
    return fixed


def _command_of(argv: list[str]) -> str | None:
    """The sub-command word: the first argument that is neither an option nor its value."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--profile", "--lang"):
            i += 2
            continue
        if not arg.startswith("-"):
            return arg
        i += 1
    return None


def _text(arg: str) -> str:
    """An argument as text: bytes that were not UTF-8 (surrogate-escaped by Python) as U+FFFD."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return arg


def message_for(kind: str, caller: str | None = None, call_id: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"cmd": kind}
    if caller:
        message["caller"] = caller
    if call_id:
        message["call_id"] = call_id
    return message


def send_cmd(args: argparse.Namespace) -> int:
    from agent_desk.errors import AgentDeskError
    from agent_desk.local_socket import socket_name
    from agent_desk.paths import Profile
    from agent_desk.ui.single_instance import send_message

    # An unquoted placeholder with spaces (+86 138 0013 8000) arrives as several words.
    words = [getattr(args, "caller", None) or "", *(getattr(args, "caller_args", None) or [])]
    caller = " ".join(w for w in words if w) or None
    if args.cti == "ring" and caller is None:
        print("agent-desk: ring needs the caller: --caller NUMBER", file=sys.stderr)
        return EXIT_REFUSED
    profile = Profile.resolve(args.profile)
    try:
        reply = send_message(profile, message_for(args.cti, caller, args.call_id))
    except AgentDeskError as exc:
        print(f"agent-desk: {exc.message} The {args.cti} event was not sent.", file=sys.stderr)
        return EXIT_NOT_RUNNING
    if reply is None:
        print(
            f"agent-desk: AgentDesk is not running for the profile {profile.data_dir.parent} "
            f"(nothing answers on {socket_name(profile)}); the {args.cti} event was not "
            "delivered",
            file=sys.stderr,
        )
        return EXIT_NOT_RUNNING
    if not reply.get("ok") and str(reply.get("error", "")).startswith("unknown command"):
        print(
            f"agent-desk: AgentDesk is running but not ready for calls (nobody logged in yet); "
            f"the {args.cti} event was not delivered",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if not reply.get("ok"):
        print(
            f"agent-desk: {args.cti} refused: {reply.get('error', 'no reason given')}",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    call = reply.get("call")
    print(f"{args.cti} ok" + (f" {call}" if call else ""))
    return 0
