"""`agent-desk deadlines` and `agent-desk archive`: case deadlines and the daily archive.

`deadlines` lets branch IT check the policy and the holiday calendar (including a dropped-in
holidays.toml) without opening the database; `archive` queues the day's case records, phone
numbers masked, for the share.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command
from agent_desk.errors import ValidationError

KINDS = ("complaint", "report", "inquiry", "suggestion", "repair")


def register(sub: argparse._SubParsersAction) -> None:
    dl = command(
        sub,
        "deadlines",
        needs=NoAccount("computes dates from the policy and the calendar; opens no records"),
        func=deadlines_cmd,
        help="print the deadlines a case received at a given time gets",
    )
    dl.add_argument("--kind", required=True, choices=KINDS, help="case kind")
    dl.add_argument(
        "--received",
        required=True,
        metavar="ISO-TIME",
        help="when the case was received, e.g. 2026-09-30T17:00 (desk zone) or with +08:00",
    )
    dl.add_argument("--json", action="store_true", help="print one JSON object")

    ar = command(
        sub,
        "archive",
        needs=Permission.ARCHIVE,
        func=archive_cmd,
        help="queue the day's case records (numbers masked) for the share",
    )
    ar.add_argument("--day", metavar="YYYY-MM-DD", help="local day to archive (default: today)")
    ar.add_argument("--branch", help="branch code for the folder (default: branch.code)")
    ar.add_argument("--desk", help="desk code for the folder (default: desk.code)")


def _parse_received(text: str, zone: object) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            "received", f"{text!r} is not an ISO 8601 time such as 2026-09-30T17:00"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)  # a wall-clock time at the desk
    return value


def deadlines_cmd(args: argparse.Namespace) -> int:
    from agent_desk.context import AppContext
    from agent_desk.paths import Profile
    from agent_desk.workdays import DeadlinePolicy, WorkCalendar, calendar_folders

    context = AppContext.load(Profile.resolve(args.profile))
    calendar = WorkCalendar.load(
        *calendar_folders(context.profile.config_dir, context.config.get("share.location"))
    )
    policy = DeadlinePolicy(context.policy.data, calendar)
    received = _parse_received(args.received, policy.zone)
    deadlines = policy.compute(args.kind, received)
    if args.json:
        print(json.dumps(deadlines.as_json(), ensure_ascii=False))
        return 0
    rows = [
        ("received", deadlines.received_at),
        ("points by", deadlines.points_by),
        ("feedback by", deadlines.feedback_by),
        ("reply by", deadlines.reply_by),
    ]
    for label, value in rows:
        if value is not None:
            print(f"{label:<12} {value.isoformat()}  ({value:%a})")
    if deadlines.rule:
        print(f"{'rule':<12} {deadlines.rule}")
    return 0


def archive_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.codes import check_code

    services = open_services(args)
    try:
        if args.day:
            try:
                day = date.fromisoformat(args.day)
            except ValueError:
                raise ValidationError("day", f"{args.day!r} is not a date YYYY-MM-DD") from None
        else:
            day = services.cases.deadlines.to_local(services.clock.now()).date()
        branch = check_code(args.branch, "--branch") if args.branch else None
        desk = check_code(args.desk, "--desk") if args.desk else None
        branch = branch or services.config.get("branch.code")
        desk = desk or services.config.get("desk.code")
        for path in services.cases.archive_day(args.actor, day, branch, desk=desk):
            print(f"queued {path}")
    finally:
        services.close()
    return 0
