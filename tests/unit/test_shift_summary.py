"""A shift's summary, worked out by hand: the 15 s boundary, breaks, midnight, empty shifts.

Calls are written straight into the store with exact times so every figure has a known answer;
one test goes through the real CallService to check the two agree.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from agent_desk.models import Call, Callback, Case, Customer, OutboxItem, Shift
from agent_desk.shifts import ShiftClosed, ShiftService
from agent_desk.shifts.summary import SummaryInvalid, validate_summary


class PlainRenderer:
    """Stands in for the Qt renderer in service tests (the real one is tested in tests/ui)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.languages: list[str] = []

    def render(self, summary: dict, language: str) -> tuple[bytes, bytes]:
        if self.fail:
            raise RuntimeError("renderer broke")
        self.languages.append(language)
        return f"<html>{summary['shift_id']}</html>".encode(), b"%PDF-1.4 test"


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "secret-pw")


def add_call(
    services,
    agent,
    ring_at: datetime,
    *,
    delay: float | None = None,
    ring_for: float | None = None,
    talk: float = 60,
    wrapup: float = 30,
    direction: str = "inbound",
    category: str | None = "inquiry",
    resolution: str | None = "resolved",
    satisfaction: int | None = None,
    greeting: bool = True,
    signoff: bool = True,
    number: str = "13812345678",
) -> None:
    """An answered call (delay given), an abandoned one (ring_for given) or an outbound one."""
    with services.store.sessions.begin() as session:
        call = Call(
            agent_id=agent.id,
            direction=direction,
            caller_number=number,
            ring_started_at=ring_at,
            category=category,
            resolution=resolution,
            satisfaction=satisfaction,
            greeting_given=greeting,
            signoff_given=signoff,
        )
        if ring_for is not None:
            call.outcome = "abandoned"
            call.ring_duration_ms = round(ring_for * 1000)
            call.ended_at = ring_at + timedelta(seconds=ring_for)
        else:
            delay = delay or 0.0
            call.outcome = "answered"
            call.answer_delay_ms = round(delay * 1000)
            call.answered_at = ring_at + timedelta(seconds=delay)
            call.ended_at = call.answered_at + timedelta(seconds=talk)
            call.wrapup_ended_at = call.ended_at + timedelta(seconds=wrapup)
        session.add(call)


def test_answer_delay_of_exactly_fifteen_seconds_is_within_the_three_ring_rule(
    services, clock, agent
):
    shift = services.shifts.start(agent)
    t0 = clock.now()
    add_call(services, agent, t0 + timedelta(minutes=1), delay=14.9)
    add_call(services, agent, t0 + timedelta(minutes=2), delay=15.0)
    add_call(services, agent, t0 + timedelta(minutes=3), delay=15.1)
    add_call(services, agent, t0 + timedelta(minutes=4), ring_for=15.0)  # gave up at the limit
    add_call(services, agent, t0 + timedelta(minutes=5), ring_for=15.001)
    clock.advance(3600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    calls = summary["calls"]
    assert calls["offered"] == 5
    assert calls["answered"] == 3
    assert calls["answered_within_rule"] == 2
    # of 3 answered + 1 that rang past the limit and was abandoned
    assert (calls["within_rule_base"], calls["within_rule_pct"]) == (4, 0.5)
    assert calls["abandoned_within_rule"] == 1
    assert calls["abandoned_after_rule"] == 1
    assert calls["answer_delay_sum_seconds"] == pytest.approx(45.0)
    assert calls["answer_delay_avg_seconds"] == pytest.approx(15.0)
    assert calls["answer_delay_max_seconds"] == pytest.approx(15.1)
    assert summary["rule"] == {
        "seconds_per_ring": 5.0,
        "rings": 3,
        "answer_limit_seconds": 15.0,
        "callback_grace_minutes": 15.0,
    }


def test_handle_time_resolution_satisfaction_and_script_compliance_add_up(services, clock, agent):
    shift = services.shifts.start(agent)
    t0 = clock.now()
    add_call(
        services,
        agent,
        t0 + timedelta(minutes=1),
        delay=5,
        talk=100,
        wrapup=20,
        satisfaction=5,
        category="complaint",
        resolution="follow_up",
    )
    add_call(
        services,
        agent,
        t0 + timedelta(minutes=10),
        delay=8,
        talk=200,
        wrapup=40,
        satisfaction=4,
        signoff=False,
    )
    add_call(
        services,
        agent,
        t0 + timedelta(minutes=20),
        direction="outbound",
        talk=60,
        wrapup=0,
        category="repair",
        greeting=False,
        satisfaction=None,
    )
    add_call(services, agent, t0 + timedelta(minutes=30), ring_for=4)  # abandoned: not handled
    clock.advance(7200)
    calls = services.shifts.close(shift.id, "en", PlainRenderer()).summary["calls"]
    assert (calls["offered"], calls["answered"], calls["outbound"], calls["handled"]) == (
        3,
        2,
        1,
        3,
    )
    assert calls["talk_seconds"] == pytest.approx(360)
    assert calls["wrapup_seconds"] == pytest.approx(60)
    assert calls["handle_avg_seconds"] == pytest.approx(140)
    assert calls["by_category"] == {
        "inquiry": 1,
        "complaint": 1,
        "report": 0,
        "suggestion": 0,
        "repair": 1,
        "other": 0,
    }
    assert (calls["resolved_on_call"], calls["resolution_pct"]) == (2, pytest.approx(2 / 3, 1e-5))
    assert (calls["satisfaction_sum"], calls["satisfaction_count"]) == (9, 2)
    assert calls["satisfaction_avg"] == pytest.approx(4.5)
    assert (calls["greeting_given"], calls["signoff_given"]) == (2, 2)
    assert calls["greeting_pct"] == pytest.approx(2 / 3, abs=1e-6)


def test_online_time_is_the_shift_minus_its_breaks_by_reason(services, clock, agent):
    shift = services.shifts.start(agent)
    clock.advance(2 * 3600)
    services.shifts.set_state(shift.id, "break", "meal")
    clock.advance(1800)
    services.shifts.set_state(shift.id, "break", "rest")  # straight from one break to another
    clock.advance(600)
    services.shifts.set_state(shift.id, "available")
    clock.advance(3600)
    services.shifts.set_state(shift.id, "on_call")
    clock.advance(300)
    services.shifts.set_state(shift.id, "wrap_up")
    clock.advance(60)
    services.shifts.set_state(shift.id, "break", "training")
    clock.advance(900)  # still on the training break when the shift closes
    times = services.shifts.close(shift.id, "en", PlainRenderer()).summary["shift"]
    assert times["break_by_reason"] == {
        "meal": 1800.0,
        "rest": 600.0,
        "training": 900.0,
        "meeting": 0.0,
        "other": 0.0,
    }
    assert times["break_seconds"] == 3300.0
    span = 7200 + 1800 + 600 + 3600 + 300 + 60 + 900
    assert times["online_seconds"] == span - 3300
    periods = services.shifts.periods(shift.id)
    assert [p.state for p in periods] == [
        "available",
        "break",
        "break",
        "available",
        "on_call",
        "wrap_up",
        "break",
    ]
    assert all(p.ended_at is not None for p in periods)


def test_periods_left_overlapping_by_a_crash_count_their_time_once(services, clock, agent):
    """A desk killed on a break can leave that break open while the next start adds periods:
    the overlap counted twice made the breaks longer than the shift, which the report refuses
    as inconsistent."""
    from agent_desk.models import StatusPeriod
    from agent_desk.reports.rows import inconsistency, row_from_summary

    shift = services.shifts.start(agent)
    started = clock.now()
    clock.advance(4 * 3600)
    with services.store.sessions() as session, session.begin():
        session.add_all(
            StatusPeriod(
                shift_id=shift.id,
                state="break",
                break_reason=reason,
                started_at=started + timedelta(hours=hours),
                ended_at=None if reason == "meal" else started + timedelta(hours=hours + 2),
            )
            for reason, hours in (("meal", 1), ("rest", 2))
        )
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    times = summary["shift"]
    # each period lasts until the next one starts: online 1 h, the meal 1 h, the rest 2 h
    assert times["break_by_reason"]["meal"] == 3600.0
    assert times["break_by_reason"]["rest"] == 7200.0
    assert (times["online_seconds"], times["break_seconds"]) == (3600.0, 3 * 3600.0)
    assert inconsistency(row_from_summary("summary.json", summary), summary) is None


def test_a_break_needs_a_reason(services, agent):
    from agent_desk.errors import ValidationError

    shift = services.shifts.start(agent)
    with pytest.raises(ValidationError):
        services.shifts.set_state(shift.id, "break")
    with pytest.raises(ValidationError):
        services.shifts.set_state(shift.id, "lunch")


def test_a_shift_over_midnight_takes_its_calls_by_agent_and_ring_time(services, agent):
    shanghai = ZoneInfo("Asia/Shanghai")
    night = datetime(2026, 11, 24, 22, 0, tzinfo=shanghai)
    from agent_desk.clock import FakeClock

    clock = FakeClock(night.astimezone(UTC))
    shifts = ShiftService(
        services.store.sessions, clock, services.policy, services.config, zone=shanghai
    )
    other = services.accounts.create("1002", "李娜", "agent", "secret-pw")
    add_call(services, agent, night - timedelta(minutes=5), delay=3)  # before the shift
    add_call(services, agent, datetime(2026, 11, 24, 23, 59, tzinfo=shanghai), delay=3)
    add_call(services, agent, datetime(2026, 11, 25, 0, 1, tzinfo=shanghai), delay=20)
    add_call(services, other, datetime(2026, 11, 25, 0, 2, tzinfo=shanghai), delay=3)
    shift = shifts.start(agent)
    clock.set(datetime(2026, 11, 25, 6, 0, tzinfo=shanghai).astimezone(UTC))
    add_call(services, agent, datetime(2026, 11, 25, 6, 1, tzinfo=shanghai), delay=3)  # after
    closed = shifts.close(shift.id, "zh_CN", PlainRenderer())
    summary = closed.summary
    assert summary["shift"]["started_at"] == "2026-11-24T22:00:00+08:00"
    assert summary["shift"]["ended_at"] == "2026-11-25T06:00:00+08:00"
    assert summary["shift"]["utc_offset_minutes"] == 480
    assert summary["shift"]["online_seconds"] == 8 * 3600
    assert (summary["calls"]["offered"], summary["calls"]["answered_within_rule"]) == (2, 1)
    folder = closed.files[0].relative_path.rsplit("/", 1)[0]
    desk = services.config.get("desk.code")
    assert folder == f"BR001/2026-11-24/1001_20261124T2200_{desk}_{shift.public_id}"
    with services.store.sessions() as session:
        tied = session.scalars(select(Call.shift_id).where(Call.agent_id == agent.id)).all()
    assert sorted(tied, key=lambda x: x or 0) == [None, None, shift.id, shift.id]


def test_a_shift_with_no_calls_has_null_rates_and_still_validates(services, clock, agent):
    shift = services.shifts.start(agent)
    clock.advance(600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    validate_summary(summary)
    calls = summary["calls"]
    assert calls["offered"] == calls["handled"] == 0
    for key in (
        "within_rule_pct",
        "answer_delay_avg_seconds",
        "handle_avg_seconds",
        "resolution_pct",
        "satisfaction_avg",
        "greeting_pct",
        "signoff_pct",
    ):
        assert calls[key] is None, key
    assert summary["targets"]["satisfaction"] == 4.5
    assert summary["targets"]["online_hours"] == 6.0


def test_cases_and_callbacks_of_the_shift_are_counted_by_kind_and_deadline(services, clock, agent):
    shift = services.shifts.start(agent)
    t0 = clock.now()
    with services.store.sessions.begin() as session:
        customer = Customer(name="张三", created_at=t0, updated_at=t0)
        session.add(customer)
        session.flush()

        def case(number, kind, **kw):
            session.add(
                Case(
                    number=number,
                    kind=kind,
                    created_by_id=agent.id,
                    received_at=kw.pop("received_at", t0 + timedelta(minutes=5)),
                    **kw,
                )
            )

        case(
            "TS-1",
            "complaint",
            reply_by=t0 + timedelta(hours=2),
            replied_at=t0 + timedelta(hours=1),
            status="replied",
        )
        case(
            "TS-2",
            "complaint",
            reply_by=t0 + timedelta(hours=2),
            replied_at=t0 + timedelta(hours=3),
            closed_at=t0 + timedelta(hours=3, minutes=5),
            status="closed",
        )
        case(
            "TS-3",
            "complaint",
            received_at=t0 - timedelta(days=6),
            reply_by=t0 + timedelta(hours=1),
        )  # overdue at shift end, opened earlier
        case("JB-1", "report", reply_by=t0 + timedelta(days=14))
        for minutes, done, status in (
            (30, 20, "done"),
            (60, 90, "done"),
            (120, None, "pending"),
            (150, None, "cancelled"),
        ):
            session.add(
                Callback(
                    customer_id=customer.id,
                    agent_id=agent.id,
                    due_at=t0 + timedelta(minutes=minutes),
                    status=status,
                    created_at=t0,
                    done_at=None if done is None else t0 + timedelta(minutes=done),
                )
            )
    clock.advance(4 * 3600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    kinds = summary["cases"]["by_kind"]
    assert kinds["complaint"] == {
        "opened": 2,
        "replied": 2,
        "replied_on_time": 1,
        "closed": 1,
        "overdue": 1,
    }
    assert kinds["report"] == {
        "opened": 1,
        "replied": 0,
        "replied_on_time": 0,
        "closed": 0,
        "overdue": 0,
    }
    assert summary["callbacks"] == {"due": 3, "done_on_time": 1, "done_late": 1, "overdue": 1}


def test_closing_queues_the_summary_report_and_csv_in_the_same_transaction(services, clock, agent):
    shift = services.shifts.start(agent)
    add_call(
        services, agent, clock.now() + timedelta(minutes=1), delay=4, number="+86 138 1234 5678"
    )
    clock.advance(3600)
    closed = services.shifts.close(shift.id, "zh_CN", PlainRenderer())
    names = [f.relative_path.rsplit("/", 1)[1] for f in closed.files]
    assert names == ["summary.json", "report.html", "report.pdf", "calls.csv"]
    with services.store.sessions() as session:
        stored = session.get(Shift, shift.id)
        items = {
            i.relative_path.rsplit("/", 1)[1]: i
            for i in session.scalars(select(OutboxItem).where(OutboxItem.shift_id == shift.id))
        }
    assert stored.status == "closed"
    assert json.loads(stored.summary_json) == closed.summary
    assert json.loads(items["summary.json"].content) == closed.summary
    assert all(i.status == "pending" and i.size == len(i.content) for i in items.values())
    rows = list(csv.DictReader(io.StringIO(items["calls.csv"].content.decode("utf-8-sig"))))
    assert rows[0]["caller"] == "138****5678"
    assert "13812345678" not in items["calls.csv"].content.decode("utf-8-sig")
    assert (rows[0]["answer_delay_seconds"], rows[0]["within_rule"]) == ("4.000", "1")
    with pytest.raises(ShiftClosed):
        services.shifts.close(shift.id, "zh_CN", PlainRenderer())


def test_a_failed_report_leaves_the_shift_open_and_nothing_queued(services, clock, agent):
    shift = services.shifts.start(agent)
    clock.advance(600)
    with pytest.raises(RuntimeError):
        services.shifts.close(shift.id, "en", PlainRenderer(fail=True))
    assert services.shifts.get(shift.id).status == "open"
    with services.store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
    assert services.shifts.get(shift.id).state == "available"


def test_logging_in_again_after_a_crash_continues_the_open_shift(services, clock, agent):
    first = services.shifts.start(agent)
    services.shifts.set_state(first.id, "break", "meal")
    clock.advance(60)
    again = services.shifts.start(agent)
    assert (again.id, again.resumed, again.state, again.break_reason) == (
        first.id,
        True,
        "break",
        "meal",
    )
    services.shifts.close(first.id, "en", PlainRenderer())
    assert services.shifts.start(agent).id != first.id


def test_calls_through_the_call_service_count_with_their_measured_delay(services, clock, agent):
    shift = services.shifts.start(agent)
    ring = services.calls.ring("13800138000", agent_id=agent.id)
    clock.advance(15.0)
    services.calls.answer(ring.public_id)
    clock.advance(90)
    services.calls.hang_up(ring.public_id)
    late = services.calls.ring("13800138001", agent_id=agent.id)
    clock.advance(15.2)
    services.calls.answer(late.public_id)
    clock.advance(600)
    calls = services.shifts.close(shift.id, "en", PlainRenderer()).summary["calls"]
    assert (calls["answered"], calls["answered_within_rule"]) == (2, 1)


def test_a_summary_that_breaks_the_contract_is_refused():
    with pytest.raises(SummaryInvalid):
        validate_summary({"schema": "agent-desk/shift-summary", "version": 1})


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("shift_id",), "-" * 36),  # 36 of [0-9a-f-], the pattern's shape, but not a UUID
        (("shift", "ended_at"), "15:00"),  # not the pattern of a date and time
        (("calls", "offered"), -1),
    ],
)
def test_the_quick_check_refuses_what_jsonschema_refuses(services, clock, agent, where, value):
    """The close checks its summary with the compiled schema check and jsonschema's format
    checker (jsonschema itself only says what is wrong): what either refuses is refused."""
    shift = services.shifts.start(agent)
    clock.advance(600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    validate_summary(summary)
    node = summary
    for name in where[:-1]:
        node = node[name]
    node[where[-1]] = value
    with pytest.raises(SummaryInvalid, match=where[-1]):
        validate_summary(summary)


def test_closing_also_queues_the_cases_daily_archive(services, clock, agent):
    shift = services.shifts.start(agent)
    clock.advance(600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    with services.store.sessions() as session:
        paths = session.scalars(select(OutboxItem.relative_path)).all()
    assert any(p.startswith("archive/BR001/") and p.endswith("cases.csv") for p in paths)


call_specs = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["answered", "abandoned", "outbound", "ringing"]),
            "delay": st.floats(min_value=0, max_value=60, allow_nan=False).map(
                lambda x: round(x, 3)
            ),
            "category": st.sampled_from([None, "inquiry", "complaint", "report", "repair"]),
            "resolution": st.sampled_from([None, "resolved", "follow_up"]),
            "satisfaction": st.sampled_from([None, 1, 3, 5]),
            "greeting": st.booleans(),
        }
    ),
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=call_specs)
def test_any_shift_summary_adds_up_and_keeps_the_contract(services, clock, specs):
    """Whatever calls a shift had, its counts add up and the summary validates."""
    agent = (
        services.accounts.list()[0]
        if services.accounts.list()
        else services.accounts.create("1001", "王小明", "agent", "secret-pw")
    )
    shift = services.shifts.start(agent)
    start = clock.now()
    for n, spec in enumerate(specs):
        ring = start + timedelta(seconds=n * 120 + 1)
        common = {
            "category": spec["category"],
            "resolution": spec["resolution"],
            "satisfaction": spec["satisfaction"],
            "greeting": spec["greeting"],
        }
        if spec["kind"] == "answered":
            add_call(services, agent, ring, delay=spec["delay"], **common)
        elif spec["kind"] == "abandoned":
            add_call(services, agent, ring, ring_for=spec["delay"], **common)
        elif spec["kind"] == "outbound":
            add_call(services, agent, ring, direction="outbound", **common)
        else:
            with services.store.sessions.begin() as session:
                session.add(Call(agent_id=agent.id, ring_started_at=ring, outcome="ringing"))
    clock.advance(len(specs) * 120 + 60)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    validate_summary(summary)
    c = summary["calls"]
    kinds = [s["kind"] for s in specs]
    assert c["offered"] == len(specs) - kinds.count("outbound")
    assert c["answered"] == kinds.count("answered")
    assert c["abandoned_within_rule"] + c["abandoned_after_rule"] == kinds.count("abandoned")
    assert c["handled"] == c["answered"] + c["outbound"] == sum(c["by_category"].values())
    assert c["answered_within_rule"] == sum(
        1 for s in specs if s["kind"] == "answered" and s["delay"] <= 15.0
    )
    assert c["satisfaction_count"] == sum(
        1 for s in specs if s["kind"] in ("answered", "outbound") and s["satisfaction"]
    )
    clock.advance(60)


def test_a_call_taken_after_the_shift_was_closed_is_counted_by_the_next_shift(
    services, clock, agent
):
    """The agent closed the shift but the window stayed open and the phone rang once more:
    that call rang in no shift's window, and the next shift's summary takes it."""
    first = services.shifts.start(agent)
    clock.advance(3600)
    services.shifts.close(first.id, "en", PlainRenderer())
    clock.advance(60)
    late = services.calls.ring("13800138000", agent_id=agent.id)
    clock.advance(20)
    services.calls.hang_up(late.public_id)
    clock.advance(12 * 3600)
    second = services.shifts.start(agent)
    clock.advance(3600)
    closed = services.shifts.close(second.id, "en", PlainRenderer())
    calls = closed.summary["calls"]
    assert (calls["offered"], calls["abandoned_after_rule"]) == (1, 1)


def test_a_shift_closed_the_next_morning_ends_when_the_desk_was_last_seen(services, clock, agent):
    shift = services.shifts.start(agent)
    started = clock.now()
    clock.advance(3 * 3600)
    services.shifts.touch(shift.id)  # the running app's heartbeat, then the desk went dark
    clock.advance(16 * 3600)  # branch IT closes it the next morning
    closed = services.shifts.close(shift.id, "en", PlainRenderer(), at_last_seen=True)
    assert closed.shift.ended_at == started + timedelta(hours=3)
    assert closed.summary["shift"]["online_seconds"] == 3 * 3600


def test_a_call_after_the_last_heartbeat_still_counts_as_activity(services, clock, agent):
    shift = services.shifts.start(agent)
    started = clock.now()
    clock.advance(3600)
    services.shifts.touch(shift.id)
    add_call(services, agent, started + timedelta(minutes=70), delay=5, talk=60, wrapup=30)
    clock.advance(12 * 3600)
    closed = services.shifts.close(shift.id, "en", PlainRenderer(), at_last_seen=True)
    assert closed.shift.ended_at == started + timedelta(minutes=70, seconds=95)
    assert closed.summary["calls"]["answered"] == 1


def test_closing_in_the_app_ends_the_shift_now(services, clock, agent):
    shift = services.shifts.start(agent)
    services.shifts.touch(shift.id)
    clock.advance(2 * 3600)
    closed = services.shifts.close(shift.id, "en", PlainRenderer())
    assert closed.shift.ended_at == clock.now()


def test_a_desk_that_died_last_night_starts_a_new_shift_and_closes_the_old_one_at_its_last_use(
    services, clock, agent
):
    services.shifts.renderer = PlainRenderer()
    first = services.shifts.start(agent)
    started = clock.now()
    clock.advance(5 * 3600)
    services.shifts.touch(first.id)  # last heartbeat; then the PC dies
    clock.advance(15 * 3600)  # next morning the agent logs in again
    second = services.shifts.start(agent)
    assert second.id != first.id and not second.resumed
    assert second.started_at == clock.now()
    old = services.shifts.summary(first.id)
    assert old["shift"]["online_seconds"] == 5 * 3600
    with services.store.sessions() as session:
        ended = session.get(Shift, first.id).ended_at
        queued = session.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.shift_id == first.id)
        )
    assert ended == started + timedelta(hours=5)
    assert queued == 4


@pytest.mark.parametrize(("quiet_minutes", "resumed"), [(4 * 60, True), (4 * 60 + 1, False)])
def test_a_desk_quiet_for_up_to_four_hours_continues_its_shift_and_longer_starts_a_new_one(
    services, clock, agent, quiet_minutes, resumed
):
    services.shifts.renderer = PlainRenderer()
    first = services.shifts.start(agent)
    services.shifts.touch(first.id)
    clock.advance(quiet_minutes * 60)
    again = services.shifts.start(agent)
    assert (again.id == first.id, again.resumed) == (resumed, resumed)
    assert services.shifts.get(first.id).status == ("open" if resumed else "closed")


def test_a_restart_soon_after_a_crash_continues_the_shift(services, clock, agent):
    services.shifts.renderer = PlainRenderer()
    first = services.shifts.start(agent)
    services.shifts.touch(first.id)
    clock.advance(20 * 60)
    again = services.shifts.start(agent)
    assert again.id == first.id and again.resumed


def _callback(services, agent, due_at, done_at=None):
    with services.store.sessions.begin() as session:
        customer = Customer(name="李四", created_at=due_at, updated_at=due_at)
        session.add(customer)
        session.flush()
        session.add(
            Callback(
                customer_id=customer.id,
                agent_id=agent.id,
                due_at=due_at,
                status="pending" if done_at is None else "done",
                created_at=due_at - timedelta(hours=1),
                done_at=done_at,
            )
        )


def test_a_callback_in_its_grace_at_the_shift_end_is_counted_once_by_the_next_shift(
    services, clock, agent
):
    """Review 13 #3: due 2 min before a 17:00 close (grace 15 min) is not overdue at 17:00; the
    next morning's shift counts it overdue, once. One done exactly at 17:00 is on time."""
    first = services.shifts.start(agent)
    end = clock.now() + timedelta(hours=8)
    _callback(services, agent, end - timedelta(minutes=2))  # still in its grace at the close
    _callback(services, agent, end - timedelta(minutes=10), done_at=end)  # done at the close
    clock.advance(8 * 3600)
    summary = services.shifts.close(first.id, "en", PlainRenderer()).summary
    assert summary["callbacks"] == {"due": 1, "done_on_time": 1, "done_late": 0, "overdue": 0}

    clock.advance(16 * 3600)  # the next morning: the first callback's grace ran out overnight
    second = services.shifts.start(agent)
    clock.advance(8 * 3600)
    summary = services.shifts.close(second.id, "en", PlainRenderer()).summary
    assert summary["callbacks"] == {"due": 1, "done_on_time": 0, "done_late": 0, "overdue": 1}

    clock.advance(16 * 3600)
    third = services.shifts.start(agent)
    clock.advance(8 * 3600)
    summary = services.shifts.close(third.id, "en", PlainRenderer()).summary
    assert summary["callbacks"]["due"] == 0  # counted once, not again
