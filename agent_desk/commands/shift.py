"""`agent-desk shift close|summary` and `agent-desk sync`: shifts and the share, headless.

`shift close --last` closes a shift left open (the desk crashed, the agent went home) through
exactly the same service call as the window's "Close shift…", so its files are queued the same
way. `sync` pushes the outbox now, trying failed and conflicting items again: exit 0 when
everything is on the share, 1 when items remain, with the reason on stderr. `sync --list` prints
the items not on the share, one a line with its state and reason, and sends nothing.
"""

from __future__ import annotations

import argparse
import json
import sys

from agent_desk.access import Permission, require
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import AgentDeskError

EXIT_REMAINING = 1


def register(sub: argparse._SubParsersAction) -> None:
    ssub = group(sub, "shift", "close a shift or print its summary")
    close = command(
        ssub,
        "close",
        needs=Permission.TAKE_CALLS,  # one's own; another agent's needs CLOSE_OTHER_SHIFT
        func=close_cmd,
        help="close the last open shift and queue its summary (another agent's: supervisors "
        "and administrators)",
    )
    close.add_argument("--last", action="store_true", required=True, help="the newest open shift")
    close.add_argument("--agent", metavar="AGENT_NO", help="only this agent's shifts")
    summary = command(
        ssub,
        "summary",
        needs=Permission.TAKE_CALLS,  # one's own; another agent's needs READ_REPORTS
        func=summary_cmd,
        help="print the summary of the last shift (another agent's: supervisors and "
        "administrators)",
    )
    summary.add_argument("--last", action="store_true", required=True, help="the newest shift")
    summary.add_argument("--agent", metavar="AGENT_NO", help="only this agent's shifts")
    summary.add_argument("--format", choices=("json", "text"), default="json")
    sync = command(
        sub,
        "sync",
        needs=NoAccount("publishes what is already queued (numbers masked) to the share"),
        func=sync_cmd,
        help="publish queued shift summaries to the share now (failed and conflicting items "
        "are tried again)",
    )
    sync.add_argument(
        "--list",
        action="store_true",
        help="list the items not on the share with their reasons (failed, conflict, waiting); "
        "nothing is sent",
    )


def _language(args: argparse.Namespace) -> str:
    return args.lang or "zh_CN"


def _whose(args: argparse.Namespace, services, others: Permission, what: str) -> str | None:
    """The agent whose shift the command may touch: an agent only their own (also without
    --agent); another agent's shift needs `others` (refused and audited otherwise)."""
    actor = args.actor
    if actor.may(others):
        return args.agent
    if args.agent and args.agent != actor.agent_no:
        require(actor, others, services.audit, f"{what} {args.agent}")
    return actor.agent_no


def close_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.ui.single_instance import LOCK_FILE, instance_running
    from agent_desk.ui.summary_render import QtSummaryRenderer, ensure_gui_application

    ensure_gui_application()
    services = open_services(args)
    try:
        if instance_running(services.profile.data_dir / LOCK_FILE):
            raise AgentDeskError(
                "AgentDesk is running on this desk: close the shift there (File > Close "
                "shift...), or quit AgentDesk first; the shift was not closed"
            )
        agent_no = _whose(args, services, Permission.CLOSE_OTHER_SHIFT, "shift.close")
        shift = services.shifts.last(status="open", agent_no=agent_no)
        if shift is None:
            raise AgentDeskError("there is no open shift to close")
        closed = services.shifts.close(
            shift.id, _language(args), QtSummaryRenderer(), at_last_seen=True
        )
        services.audit.record(
            args.actor.agent_no, "shift.close.cli", closed.shift.public_id, closed.shift.agent_no
        )
        zone = services.policy.zone
    finally:
        services.close()
    ended = (
        closed.shift.ended_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if closed.shift.ended_at
        else "?"
    )
    print(
        f"closed shift {closed.shift.public_id} of agent {closed.shift.agent_no}, ended {ended} "
        "(the desk's last activity); queued:"
    )
    for item in closed.files:
        print(f"  {item.relative_path} ({item.size} bytes, sha256 {item.sha256})")
    if closed.summary["language"] != _language(args):
        print(
            f"agent-desk: the {_language(args)} translations are not installed (run 'make i18n'):"
            " the shift's report was written in English",
            file=sys.stderr,
        )
    return 0


def summary_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        agent_no = _whose(args, services, Permission.READ_REPORTS, "shift.summary")
        shift = services.shifts.last(agent_no=agent_no)
        if shift is None:
            raise AgentDeskError("there is no shift yet")
        summary = services.shifts.summary(shift.id, _language(args))
    finally:
        services.close()
    if args.format == "json":
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        calls, times = summary["calls"], summary["shift"]
        status = "closed" if shift.status == "closed" else "open (preview)"
        print(f"shift {summary['shift_id']} of {summary['agent']['agent_no']}: {status}")
        print(f"  {times['started_at']} – {times['ended_at']}")
        print(
            f"  online {times['online_seconds'] / 3600:.2f} h, "
            f"break {times['break_seconds'] / 3600:.2f} h"
        )
        print(
            f"  calls offered {calls['offered']}, answered {calls['answered']}, "
            f"within rule {calls['answered_within_rule']}, outbound {calls['outbound']}"
        )
        if (kb := summary.get("knowledge")) is not None:
            print(
                f"  knowledge articles published in {kb['month']}: {kb['published']} "
                f"of {kb['monthly_target']} a month"
            )
    return 0


def sync_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    if args.list:
        try:
            problems = services.sync.problems()
            zone = services.policy.zone
        finally:
            services.close()
        return _print_problems(problems, zone)
    try:
        result = services.sync.run(force=True)
        state = result.state
    finally:
        services.close()
    print(
        f"sent {result.sent}, already there {result.already_there}, waiting {state.waiting}, "
        f"conflicts {state.conflicts}, failed {state.failed}"
    )
    remaining = state.waiting + state.conflicts + state.failed
    if remaining:
        if result.error:
            reason = result.error.message
        elif state.conflicts:
            reason = (
                f"{state.conflicts} file(s) conflict with different files on the share; "
                "see agent-desk sync --list"
            )
        elif state.failed:
            reason = (
                f"{state.failed} file(s) cannot be written to the share; see agent-desk sync --list"
            )
        else:
            reason = "items are still queued"
        print(f"agent-desk: {remaining} item(s) not on the share: {reason}", file=sys.stderr)
        return EXIT_REMAINING
    return 0


def _print_problems(problems, zone) -> int:
    """One line per item not on the share: state, path, attempts, next try, reason."""
    if not problems:
        print("every queued item is on the share")
        return 0
    for p in problems:
        retry = (
            p.next_attempt_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            if p.next_attempt_at is not None and p.status != "conflict"
            else "-"
        )
        reason = " ".join((p.reason or "not tried yet").split())
        print(f"{p.status}\t{p.relative_path}\tattempts {p.attempts}\tnext {retry}\t{reason}")
    counts = {s: sum(p.status == s for p in problems) for s in ("failed", "conflict", "pending")}
    print(
        f"{len(problems)} item(s) not on the share: {counts['failed']} failed, "
        f"{counts['conflict']} conflict, {counts['pending']} waiting",
        file=sys.stderr,
    )
    return EXIT_REMAINING
