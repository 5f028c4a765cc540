"""One definition of every figure: the summary, calls.csv, the demo and the report agree.

Each figure of a summary is recomputed here by hand from its calls.csv, with plain sums of
the CSV's columns, so a second copy of a definition anywhere (the demo had one) cannot drift.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.policy import Policy
from agent_desk.reports import ReportQuery, ReportService, aggregate
from agent_desk.shifts.demo_summaries import write_demo_summaries
from tests import dbaccess
from tests.unit.test_shift_summary import PlainRenderer, add_call

SUPERVISOR = AgentInfo(1, "p-1", "9001", "周主管", "supervisor")


def recompute(csv_bytes: bytes, limit: float) -> dict[str, object]:
    """The `calls` figures of a summary, worked out from its calls.csv with plain sums."""
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    inbound = [r for r in rows if r["direction"] == "inbound"]
    outbound = [r for r in rows if r["direction"] == "outbound"]
    answered = [r for r in inbound if r["outcome"] == "answered"]
    abandoned = [r for r in inbound if r["outcome"] == "abandoned"]
    handled = answered + outbound
    limit_d = Decimal(str(limit))

    def total(group: list[dict[str, str]], column: str) -> Decimal:
        return sum((Decimal(r[column] or "0") for r in group), Decimal(0))

    within = sum(1 for r in answered if Decimal(r["answer_delay_seconds"]) <= limit_d)
    after = sum(1 for r in abandoned if Decimal(r["ring_seconds"]) > limit_d)
    ratings = [int(r["satisfaction"]) for r in handled if r["satisfaction"]]
    greeting = sum(r["greeting_given"] == "1" for r in handled)
    signoff = sum(r["signoff_given"] == "1" for r in handled)
    resolved = sum(r["resolution"] == "resolved" for r in handled)
    delays = [Decimal(r["answer_delay_seconds"]) for r in answered]
    talk, wrapup = total(handled, "talk_seconds"), total(handled, "wrapup_seconds")

    def pct(part: int, whole: int, digits: int = 6) -> float | None:
        return round(part / whole, digits) if whole else None

    # the CSV's own verdict column says the same as its delays
    assert sum(r["within_rule"] == "1" for r in rows) == within
    assert all(r["within_rule"] == "" for r in outbound + abandoned)
    return {
        "offered": len(inbound),
        "answered": len(answered),
        "outbound": len(outbound),
        "abandoned_within_rule": len(abandoned) - after,
        "abandoned_after_rule": after,
        "answered_within_rule": within,
        "within_rule_base": len(answered) + after,
        "within_rule_pct": pct(within, len(answered) + after),
        "answer_delay_sum_seconds": float(sum(delays, Decimal(0))),
        "answer_delay_avg_seconds": round(float(sum(delays)) / len(delays), 3) if delays else None,
        "answer_delay_max_seconds": float(max(delays)) if delays else None,
        "talk_seconds": float(talk),
        "wrapup_seconds": float(wrapup),
        "handled": len(handled),
        "handle_avg_seconds": round(float(talk + wrapup) / len(handled), 3) if handled else None,
        "by_category": {
            cat: sum(1 for r in handled if (r["category"] or "other") == cat)
            for cat in ("inquiry", "complaint", "report", "suggestion", "repair", "other")
        },
        "resolved_on_call": resolved,
        "resolution_pct": pct(resolved, len(handled)),
        "satisfaction_sum": sum(ratings),
        "satisfaction_count": len(ratings),
        "satisfaction_avg": round(sum(ratings) / len(ratings), 4) if ratings else None,
        "greeting_given": greeting,
        "signoff_given": signoff,
        "greeting_pct": pct(greeting, len(handled)),
        "signoff_pct": pct(signoff, len(handled)),
    }


def test_the_three_ring_rate_counts_callers_who_gave_up_after_three_rings(services, clock):
    """4 of 5 answered within 15 s while 2 more rang past 15 s and hung up: 4/7, not 80 %."""
    agent = services.accounts.create("1001", "李小梅", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    t0 = clock.now()
    for minute, delay in enumerate((3, 8, 12, 15, 21)):
        add_call(services, agent, t0 + timedelta(minutes=minute + 1), delay=delay)
    add_call(services, agent, t0 + timedelta(minutes=10), ring_for=18)
    add_call(services, agent, t0 + timedelta(minutes=11), ring_for=30)
    add_call(services, agent, t0 + timedelta(minutes=12), ring_for=6)  # gave up within: no part
    clock.advance(3600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    calls = summary["calls"]
    assert (calls["answered_within_rule"], calls["within_rule_base"]) == (4, 7)
    assert calls["within_rule_pct"] == pytest.approx(4 / 7, abs=1e-6)


def test_outbound_calls_are_outside_the_rule_and_the_csv_sums_to_the_summary(services, clock):
    agent = services.accounts.create("1001", "李小梅", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    t0 = clock.now()
    add_call(services, agent, t0 + timedelta(minutes=1), delay=4)
    add_call(services, agent, t0 + timedelta(minutes=2), delay=19)
    for minute in range(3, 8):  # callbacks and dial-outs: picked up fast, but no rule applies
        add_call(services, agent, t0 + timedelta(minutes=minute), delay=2, direction="outbound")
    clock.advance(3600)
    closed = services.shifts.close(shift.id, "en", PlainRenderer())
    with services.store.sessions() as session:
        from sqlalchemy import select

        from agent_desk.models import OutboxItem

        csv_bytes = session.scalar(select(OutboxItem.content).where(OutboxItem.kind == "calls_csv"))
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    outbound = [r for r in rows if r["direction"] == "outbound"]
    assert len(outbound) == 5
    assert {r["within_rule"] for r in outbound} == {""}
    assert {r["answer_delay_seconds"] for r in outbound} == {""}
    assert (
        sum(r["within_rule"] == "1" for r in rows)
        == closed.summary["calls"]["answered_within_rule"]
        == 1
    )
    assert recompute(csv_bytes, 15.0) == closed.summary["calls"]


def test_every_figure_of_every_demo_summary_comes_from_its_calls_csv(tmp_path):
    root = tmp_path / "share"
    count = write_demo_summaries(
        root, agents=12, branches=3, days=3, start=date(2026, 11, 2), seed=4
    )
    summaries = sorted(root.rglob("summary.json"))
    assert len(summaries) == count >= 36
    outbound_seen = abandoned_late_seen = 0
    for path in summaries:
        summary = json.loads(path.read_text(encoding="utf-8"))
        csv_bytes = (path.parent / "calls.csv").read_bytes()
        assert csv_bytes.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as the desk writes
        limit = summary["rule"]["answer_limit_seconds"]
        assert recompute(csv_bytes, limit) == summary["calls"], path
        outbound_seen += summary["calls"]["outbound"]
        abandoned_late_seen += summary["calls"]["abandoned_after_rule"]
    assert outbound_seen and abandoned_late_seen  # the demo exercises both rules


def test_every_summary_the_demo_profile_queues_comes_from_its_calls_csv(tmp_path):
    from agent_desk.demo import fill_profile
    from agent_desk.paths import Profile

    profile = Profile.at(tmp_path / "demo").ensure()
    fill_profile(profile, 60, 240, 2, date(2026, 11, 20), make_renderer=lambda: PlainRenderer())
    con = dbaccess.connect(profile.db_path)
    try:
        items = dict(
            con.execute(
                "SELECT relative_path, content FROM outbox WHERE kind IN "
                "('summary_json', 'calls_csv')"
            ).fetchall()
        )
    finally:
        con.close()
    summaries = {p: c for p, c in items.items() if p.endswith("summary.json")}
    assert len(summaries) > 3
    for path, content in summaries.items():
        summary = json.loads(content)
        csv_bytes = items[path.replace("summary.json", "calls.csv")]
        assert recompute(csv_bytes, summary["rule"]["answer_limit_seconds"]) == summary["calls"]


def test_the_report_rate_is_the_summed_parts_of_the_summaries(tmp_path, clock):
    root = tmp_path / "share"
    write_demo_summaries(root, agents=6, branches=2, days=2, start=date(2026, 11, 2), seed=8)
    result = ReportService(clock, Policy.load(), tmp_path / "i.db").load(
        SUPERVISOR, ReportQuery(root, date(2026, 11, 1), date(2026, 11, 30))
    )
    for group in aggregate(result.rows, "agent"):
        docs = [json.loads(Path(r.path).read_text(encoding="utf-8")) for r in group.rows]
        within = sum(d["calls"]["answered_within_rule"] for d in docs)
        base = sum(d["calls"]["within_rule_base"] for d in docs)
        assert group.totals.parts("within_rule_pct") == (within, base)
        assert group.totals.figure("within_rule_pct") == pytest.approx(within / base)


def test_a_shift_whose_calls_overlap_still_closes_within_the_bounds(services, clock):
    """Overlapping calls can add up to more talk than a day; the shift must still close with
    a summary the reports accept (the desk would otherwise be stuck with an open shift)."""
    agent = services.accounts.create("1001", "李小梅", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    t0 = clock.now()
    for n in range(30):
        add_call(services, agent, t0 + timedelta(minutes=n), delay=3, talk=4000, wrapup=10)
    clock.advance(4 * 3600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    assert summary["calls"]["talk_seconds"] == 86_400  # 120,000 s of overlapping calls
    assert summary["calls"]["handled"] == 30


def test_a_callback_is_not_overdue_before_its_grace_has_run_out():
    """Review 13 #3, its own reproduction: due 16:58 and not done, or done at 17:00 exactly."""
    from datetime import datetime, timezone

    from agent_desk.shifts.figures import CallbackFacts, callback_figures, grace

    z = timezone(timedelta(hours=8))
    start, end = datetime(2026, 11, 30, 9, 0, tzinfo=z), datetime(2026, 11, 30, 17, 0, tzinfo=z)
    pending = CallbackFacts(datetime(2026, 11, 30, 16, 58, tzinfo=z), None)
    done_at_end = CallbackFacts(datetime(2026, 11, 30, 16, 50, tzinfo=z), end)
    assert callback_figures([pending], start, end, grace(15)) == {
        "due": 0,
        "done_on_time": 0,
        "done_late": 0,
        "overdue": 0,
    }
    assert callback_figures([done_at_end], start, end, grace(15))["done_on_time"] == 1
    tomorrow = end + timedelta(hours=24)
    assert callback_figures([pending], end, tomorrow, grace(15))["overdue"] == 1
