"""`agent-desk ring|answer|hangup`: the CTI events softphones and PBX scripts send.

They talk to the running AgentDesk of the profile over its local socket and return at once.
Kept light on purpose (no SQLAlchemy, no store): a softphone runs this on every call.
Exit codes: 0 delivered, 2 refused by the app, 3 no AgentDesk running for this profile.
"""

from __future__ import annotations

import argparse
import sys

EXIT_REFUSED = 2
EXIT_NOT_RUNNING = 3


def register(sub: argparse._SubParsersAction) -> None:
    ring = sub.add_parser("ring", help="CTI: a call rings at this desk (shows the countdown)")
    ring.add_argument("--caller", required=True, metavar="NUMBER", help="the caller's number")
    ring.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
    ring.set_defaults(func=send_cmd, cti="ring")
    answer = sub.add_parser("answer", help="CTI: the agent picked up (stops the countdown)")
    answer.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
    answer.set_defaults(func=send_cmd, cti="answer")
    hangup = sub.add_parser("hangup", help="CTI: the call ended (unanswered = abandoned)")
    hangup.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
    hangup.set_defaults(func=send_cmd, cti="hangup")


def send_cmd(args: argparse.Namespace) -> int:
    from agent_desk.calls.cti import message_for
    from agent_desk.paths import Profile
    from agent_desk.ui.single_instance import send_message

    profile = Profile.resolve(args.profile)
    message = message_for(args.cti, getattr(args, "caller", None), args.call_id)
    reply = send_message(profile.instance_key, message)
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
