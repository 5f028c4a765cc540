"""`agent-desk ring|answer|hangup`: the CTI events softphones and PBX scripts send.

They talk to the running AgentDesk of the profile over its local socket and return at once.
Kept light on purpose (no SQLAlchemy, no store): a softphone runs this on every call.
Softphones pass what they have: `ring` takes the caller as `--caller` or as a trailing argument
(a number or a SIP/SIPS/tel URI, with or without a display name, read by the app), and
`answer`/`hangup` ignore trailing arguments (MicroSIP appends the caller's number to every
command it runs).
Exit codes: 0 delivered, 2 refused by the app, 3 no AgentDesk running for this profile (or its
socket is not ours to talk to).
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
        # What a softphone appends (MicroSIP: the caller's number) is accepted and ignored.
        parser.add_argument("ignored", nargs="*", help=argparse.SUPPRESS)
        parser.set_defaults(cti=name)


def message_for(kind: str, caller: str | None = None, call_id: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"cmd": kind}
    if caller:
        message["caller"] = caller
    if call_id:
        message["call_id"] = call_id
    return message


def send_cmd(args: argparse.Namespace) -> int:
    from agent_desk.errors import AgentDeskError
    from agent_desk.paths import Profile
    from agent_desk.ui.single_instance import send_message

    caller = None
    if args.cti == "ring":
        # An unquoted placeholder with spaces (+86 138 0013 8000) arrives as several words.
        words = [getattr(args, "caller", None) or "", *(getattr(args, "caller_args", None) or [])]
        caller = " ".join(w for w in words if w) or None
        if caller is None:
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
            f"agent-desk: AgentDesk is not running for the profile {profile.data_dir.parent}; "
            f"the {args.cti} event was not delivered",
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
