"""`agent-desk audit verify|list`: check the audit log's hash chain; read it (administrators).

`verify` names the first row whose content or place in the chain was changed and exits 1; it
prints row numbers, times and actions only, so it needs no account. `list` prints the rows
(phone numbers masked) for an administrator.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import ValidationError

EXIT_BROKEN = 1


def _since(text: str) -> datetime:
    """A day (local midnight) or an ISO time; naive times are the desk's local time."""
    try:
        if len(text) == 10:
            value = datetime.combine(date.fromisoformat(text), time())
        else:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a day or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {text}"
        ) from None
    return value if value.tzinfo else value.astimezone()


def register(sub: argparse._SubParsersAction) -> None:
    asub = group(sub, "audit", "check or read the audit log")
    command(
        asub,
        "verify",
        needs=NoAccount("checks the hash chain; prints row numbers and actions, no content"),
        func=verify_cmd,
        help="check the hash chain; exit 1 naming the first changed or removed row",
    )
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
        checked, broken = services.audit.verify()
    finally:
        services.close()
    if broken is not None:
        print(f"agent-desk: {broken.message}", file=sys.stderr)
        return EXIT_BROKEN
    print(f"ok: {checked} audit rows, chain unbroken")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.phones import mask_text

    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", "--limit must be 1 or more")
    services = open_services(args)
    try:
        rows = services.audit.since(args.since, args.limit)
        services.audit.record(
            args.actor.agent_no,
            "audit.list",
            args.since.astimezone(UTC).isoformat() if args.since else "",
            f"rows={len(rows)}",
        )
    finally:
        services.close()
    for row in rows:
        when = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        said = (mask_text(" ".join(text.split())) for text in (row.target, row.detail))
        print("\t".join((str(row.id), when, row.actor or "-", row.action, *said)))
    return 0
