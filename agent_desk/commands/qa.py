"""`agent-desk qa sample|score|report`: the weekly quality review without a screen.

All three need `review_quality` (a supervisor or an administrator): `--as AGENT_NO`, password
on standard input (agent_desk/commands/registry.py). Arguments that can be judged without the
store (a week that does not exist, a score out of 1-10) are refused before the password is
asked, with exit 2 and one line.

Scoring a call that already has a review replaces that review: the new revision is published
to the share and the old score stays in the audit log (`quality.rescore`); the command says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date

from agent_desk.access import Permission
from agent_desk.commands.registry import command, day_arg, group
from agent_desk.errors import AgentDeskError


def register(sub: argparse._SubParsersAction) -> None:
    qsub = group(sub, "qa", "quality review: weekly sample, scores, report")
    sample = command(
        qsub,
        "sample",
        needs=Permission.REVIEW_QUALITY,
        func=sample_cmd,
        precheck=_check_week,
        help="the week's review queue: a random sample of answered calls per agent",
    )
    sample.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W48")
    sample.add_argument(
        "--seed", type=int, help="the draw's seed (default: the week; same seed, same sample)"
    )
    sample.add_argument(
        "--local",
        action="store_true",
        help="draw from this desk's own calls even when a share is set (default: the share's)",
    )
    sample.add_argument("--json", action="store_true", help="print JSON")
    score = command(
        qsub,
        "score",
        needs=Permission.REVIEW_QUALITY,
        func=score_cmd,
        precheck=_check_score,
        help="score one call 1-10 (a call scored before: the new score replaces it, audited)",
    )
    score.add_argument("call_id", metavar="CALL_ID", help="the call's id as `qa sample` prints it")
    score.add_argument("--score", required=True, metavar="1..10")
    score.add_argument("--comment", default="", help="the supervisor's comment")
    from agent_desk.quality.criteria import CRITERIA  # no database layer: the CLI stays light

    for name in CRITERIA:
        score.add_argument(
            f"--{name.replace('_', '-')}", dest=f"c_{name}", metavar="1..10", help=f"{name} 1-10"
        )
    score.add_argument("--json", action="store_true", help="print JSON")
    mine = command(
        qsub,
        "mine",
        needs=Permission.TAKE_CALLS,
        func=mine_cmd,
        help="the reviews of your own calls (taken from the share first), newest first",
    )
    mine.add_argument("--json", action="store_true", help="print JSON")
    ack = command(
        qsub,
        "ack",
        needs=Permission.TAKE_CALLS,
        func=ack_cmd,
        help="say you have read the review of your call (sent to the share with the next sync)",
    )
    ack.add_argument("review_id", metavar="REVIEW_ID", help="the id `qa mine` prints")
    report = command(
        qsub,
        "report",
        needs=Permission.REVIEW_QUALITY,
        func=report_cmd,
        precheck=_check_period,
        help="average score per agent and month, reviews done against required",
    )
    for flag, dest in (("--from", "date_from"), ("--to", "date_to")):
        report.add_argument(flag, dest=dest, required=True, type=day_arg, metavar="YYYY-MM-DD")
    report.add_argument("--share", help="folder, UNC path or smb:// (default: share.location)")
    report.add_argument("--json", action="store_true", help="print JSON")


def _check_week(args: argparse.Namespace) -> int:
    from agent_desk.quality.weeks import normal_week

    args.week = normal_week(args.week)  # `2026-w49 ` is 2026-W49: one spelling, one seed
    return 0


def _criteria(args: argparse.Namespace) -> dict[str, str]:
    from agent_desk.quality.criteria import CRITERIA

    return {n: getattr(args, f"c_{n}") for n in CRITERIA if getattr(args, f"c_{n}") is not None}


def _check_score(args: argparse.Namespace) -> int:
    from agent_desk.quality.service import check_score

    check_score(args.score)
    for name, value in _criteria(args).items():
        check_score(value, f"--{name.replace('_', '-')}")
    return 0


def _check_period(args: argparse.Namespace) -> int:
    if args.date_to < args.date_from:
        raise AgentDeskError("--to is before --from")
    return 0


def sample_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        queue = services.quality.queue(args.actor, args.week, args.seed, local=args.local)
        per_agent = services.quality.per_agent
        complaints = services.quality.complaints_per_agent
        zone = services.policy.zone
    finally:
        services.close()
    for s in queue.skipped:
        print(f"skipped {s.path}: {s.reason} {s.detail}".rstrip(), file=sys.stderr)
    calls = queue.calls
    if args.json:
        doc = {
            "week": queue.week,
            "seed": queue.seed,
            "source": queue.source,
            "per_agent": per_agent,
            "complaints_per_agent": complaints,
            "calls": [
                {
                    "call_id": c.call_id,
                    "branch": c.branch,
                    "agent_no": c.agent_no,
                    "agent_name": c.agent_name,
                    "ring_started_at": c.ring_started_at.isoformat(),
                    "category": c.category,
                    "complaint": c.complaint,
                }
                for c in calls
            ],
            "skipped": len(queue.skipped),
        }
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    agents = len({(c.branch, c.agent_no) for c in calls})
    where = "the shift summaries on the share" if queue.source == "share" else "this desk's calls"
    print(f"{queue.week}: {len(calls)} calls of {agents} agents to review (from {where})")
    for c in calls:  # times in the branch's zone, as everywhere the desk shows one
        agent = f"{c.branch}·{c.agent_no}" if c.branch else c.agent_no
        when = c.ring_started_at.astimezone(zone)
        print(f"{agent}\t{c.call_id}\t{when:%Y-%m-%d %H:%M}\t{c.category}")
    return 0


def score_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        review = services.quality.score(
            args.actor, args.call_id, args.score, _criteria(args), args.comment
        )
    finally:
        services.close()
    if args.json:
        doc = {
            "review_id": review.review_id,
            "call_id": review.call_id,
            "agent_no": review.agent_no,
            "week": review.week,
            "score": review.score,
            "revision": review.revision,
            "replaced_score": review.replaced,
        }
        print(json.dumps(doc, ensure_ascii=False))
    elif review.replaced is not None:
        print(
            f"re-scored call {review.call_id} of {review.agent_no}: {review.replaced} -> "
            f"{review.score} (revision {review.revision}; the new score replaces the old one, "
            "which stays in the audit log)"
        )
    else:
        print(f"scored call {review.call_id} of {review.agent_no}: {review.score}/10")
    return 0


def mine_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        zone = services.policy.zone
        try:
            services.quality.reviews_from_share()
        except (AgentDeskError, OSError) as exc:  # unreachable share: what is here still shows
            reason = getattr(exc, "message", None) or exc.__class__.__name__
            print(f"agent-desk: the share was not read ({reason}); reviews here:", file=sys.stderr)
        reviews = services.quality.reviews_of(args.actor)
    finally:
        services.close()
    if args.json:
        doc = [
            {
                "review_id": r.review_id,
                "call_id": r.call_id,
                "week": r.week,
                "score": r.score,
                "criteria": r.criteria,
                "comment": r.comment,
                "reviewer_no": r.reviewer_no,
                "revision": r.revision,
                "scored_at": r.scored_at.astimezone(zone).isoformat(timespec="seconds"),
                "acknowledged": r.acknowledged_at is not None,
            }
            for r in reviews
        ]
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    if not reviews:
        print("no reviews of your calls yet")
        return 0
    for r in reviews:
        when = r.scored_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        seen = "acknowledged" if r.acknowledged_at else "not acknowledged: qa ack " + r.review_id
        print(f"{r.week}\t{r.score}/10\tby {r.reviewer_no} {when}\t{seen}")
        if r.comment:
            print(f"\t{r.comment}")
    return 0


def ack_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        review = services.quality.acknowledge(args.actor, args.review_id.strip())
    finally:
        services.close()
    print(
        f"acknowledged the review of {review.week} ({review.score}/10); it reaches the share "
        "with the next sync"
    )
    return 0


def report_cmd(args: argparse.Namespace) -> int:
    from agent_desk.access import require
    from agent_desk.cli import open_services
    from agent_desk.quality.published import load_reviews
    from agent_desk.quality.report import quality_rows, reading_days, thursday
    from agent_desk.reports import ReportQuery

    services = open_services(args)
    try:
        require(args.actor, Permission.REVIEW_QUALITY, services.audit, "qa report")
        share = args.share or str(services.config.get("share.location") or "")
        if not share:
            raise AgentDeskError("no share: give --share or set share.location")
        zone = services.policy.zone
        username = str(services.config.get("share.username") or "")
        # A week belongs to the month of its Thursday (agent_desk/quality/report.py): the
        # weeks of the period are read whole, a few days beyond it at either end.
        first, last = reading_days(args.date_from, args.date_to)
        reviews, skipped = load_reviews(share, first, last, zone, username)
        result = services.reports.load(
            args.actor, ReportQuery(share, first, last, frozenset(), frozenset())
        )
        per_agent = services.quality.per_agent
    finally:
        services.close()
    answered: dict[tuple[str, date], int] = defaultdict(int)
    names: dict[str, str] = {}
    for row in result.rows:
        answered[(row.agent_key, date.fromisoformat(row.day))] += row.answered
        names[row.agent_key] = row.agent_name
    rows = quality_rows(reviews, answered, per_agent, names, (args.date_from, args.date_to))
    from agent_desk.ui.report_text import SKIP_REASONS  # the report's words for its codes

    for s in skipped:
        print(f"skipped {s.path}: {SKIP_REASONS.get(s.reason, s.reason)}", file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "from": args.date_from.isoformat(),
                    "to": args.date_to.isoformat(),
                    "rows": [r.__dict__ for r in rows],
                    "acknowledged": sum(
                        r.acknowledged
                        for r in reviews
                        if args.date_from <= thursday(r.day) <= args.date_to
                    ),
                    "skipped": len(skipped),
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    done = sum(r.reviews for r in rows)
    period = (args.date_from, args.date_to)
    acknowledged = sum(r.acknowledged for r in reviews if period[0] <= thursday(r.day) <= period[1])
    print(
        f"{done} reviews, {args.date_from} – {args.date_to} (the ISO weeks whose Thursday "
        f"falls in the period); {acknowledged} acknowledged by the agent"
    )
    print("agent\tname\tmonth\treviews/required\taverage")
    for r in rows:
        average = "—" if r.average is None else f"{r.average:.1f}"
        print(f"{r.agent_key}\t{r.agent_name}\t{r.month}\t{r.reviews}/{r.required}\t{average}")
    return 0
