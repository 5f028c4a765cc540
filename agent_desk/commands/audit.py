"""`agent-desk audit verify|list`: check the audit log; read it (administrators).

`verify` checks the hash chain, the triggers that keep the table append-only, every account's
role against the log, and the log against its anchors (the outbox's, and with `--anchors DIR`
those on the share); it names each problem and exits 1. It prints row numbers, times, actions
and file names only, so it needs no account. `list` prints the rows (phone numbers masked,
every field escaped so a crafted agent number cannot fake a line) for an administrator.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import ValidationError

EXIT_BROKEN = 1


def _since(text: str) -> datetime:
    """A day (midnight) or an ISO time; a time without an offset is the branch's (`list_cmd`
    gives it the branch's zone, which only the profile knows)."""
    try:
        if len(text) == 10:
            value = datetime.combine(date.fromisoformat(text), time())
        else:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a day or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {text}"
        ) from None
    return value


def register(sub: argparse._SubParsersAction) -> None:
    asub = group(sub, "audit", "check or read the audit log")
    vf = command(
        asub,
        "verify",
        needs=NoAccount("checks the hash chain; prints row numbers and actions, no content"),
        func=verify_cmd,
        help="check the hash chain, its triggers, the roles and the anchors sent to the share; "
        "exit 1 naming each problem",
    )
    vf.add_argument(
        "--anchors",
        type=Path,
        metavar="DIR",
        help="also compare with the anchors in DIR (the share's audit/ folder, or a copy)",
    )
    vf.add_argument(
        "--branch", metavar="CODE", help="anchors of this branch (default: branch.code)"
    )
    vf.add_argument("--desk", metavar="CODE", help="anchors of this desk (default: desk.code)")
    ls = command(
        asub,
        "list",
        needs=Permission.READ_AUDIT,
        func=list_cmd,
        help="print the audit log, oldest first (phone numbers masked)",
    )
    ls.add_argument("--since", type=_since, metavar="YYYY-MM-DD[THH:MM]", help="from this time")
    ls.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows")


def verify_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        branch = args.branch or str(services.config.get("branch.code") or "")
        desk = args.desk or str(services.config.get("desk.code"))  # as its shift folders say
        check = services.audit.check(args.anchors, branch, desk)
    finally:
        services.close()
    for path, why in check.skipped:
        print(f"agent-desk: not an anchor, skipped: {path}: {_one_line(why)}", file=sys.stderr)
    problems = [check.broken.message] if check.broken else []
    problems += [
        f"the trigger {name} that keeps the audit log append-only is missing or changed"
        for name in check.missing_guards
    ]
    problems += [m.message for m in check.roles] + [p.message for p in check.anchor_problems]
    for problem in problems:
        print(f"agent-desk: {problem}", file=sys.stderr)
    if problems:
        return EXIT_BROKEN
    if check.newest_anchor is None:
        anchors = "no anchor to compare with yet (one is queued at every shift close)"
    else:
        newest = check.newest_anchor
        anchors = (
            f"matches {check.anchors} anchor{'s' if check.anchors != 1 else ''} "
            f"(newest: row {newest.last_id} of {newest.written_at[:10]})"
        )
    print(
        f"ok: {check.rows} audit rows, chain unbroken, guard triggers in place, roles as "
        f"logged; {anchors}"
    )
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def list_cmd(args: argparse.Namespace) -> int:
    from agent_desk.agent_numbers import escape_text
    from agent_desk.cli import open_services
    from agent_desk.clock import iso
    from agent_desk.phones import mask_text

    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", "--limit must be 1 or more")
    services = open_services(args)
    try:
        zone = services.policy.zone  # every time in the branch's zone, whatever the PC's is
        since = args.since
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=zone)
        rows = services.audit.since(since, args.limit)
        services.audit.record(
            args.actor.agent_no,
            "audit.list",
            since.astimezone(UTC).isoformat() if since else "",
            f"rows={len(rows)}",
        )
    finally:
        services.close()
    for row in rows:
        when = iso(row.at, zone)
        said = (mask_text(text) for text in (row.target, row.detail))
        # Every field escaped: a tab or newline typed into one cannot make a line of its own.
        fields = (row.actor or "-", row.action, *said)
        print("\t".join((str(row.id), when, *(escape_text(f) for f in fields))))
    return 0
