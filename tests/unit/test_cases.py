"""Cases: numbering, the workflow with every allowed and refused step, closing rules, archive."""

from __future__ import annotations

import csv
import io
import itertools
import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from agent_desk.accounts import AgentInfo
from agent_desk.cases import TRANSITIONS, CaseError, ClosingRuleError, InvalidTransition
from agent_desk.clock import FakeClock
from agent_desk.errors import ValidationError
from agent_desk.models.cases import STATUSES
from agent_desk.models.outbox import OutboxItem
from agent_desk.services import Services


@pytest.fixture
def agent(services: Services) -> AgentInfo:
    return services.accounts.create("1001", "张三", "agent", "secret1")


def open_complaint(services: Services, agent: AgentInfo, **kw):
    kw.setdefault("matter", "账单多扣费 50 元")
    kw.setdefault("contact", "13812341234")
    return services.cases.open_case("complaint", actor=agent, **kw)


def drive_to(services: Services, agent: AgentInfo, case_id: int, status: str):
    """Walk a fresh case along the normal path until it reaches `status`."""
    c = services.cases
    path = {
        "received": [],
        "assigned": [lambda: c.assign(case_id, actor=agent)],
        "in_progress": ["assigned", lambda: c.start(case_id, actor=agent)],
        "replied": ["in_progress", lambda: c.reply(case_id, actor=agent, text="已退款")],
        "closed": [
            "replied",
            lambda: c.close(
                case_id, actor=agent, satisfaction=5, root_cause="计费错误", improvement="修复规则"
            ),
        ],
        "reopened": ["closed", lambda: c.reopen(case_id, actor=agent, reason="再次来电")],
    }
    for step in path[status]:
        if isinstance(step, str):
            drive_to(services, agent, case_id, step)
        else:
            step()
    return c.get(case_id)


def move(services: Services, agent: AgentInfo, case_id: int, target: str):
    c = services.cases
    actions = {
        "assigned": lambda: c.assign(case_id, actor=agent),
        "in_progress": lambda: c.start(case_id, actor=agent),
        "replied": lambda: c.reply(case_id, actor=agent, text="答复"),
        "closed": lambda: c.close(
            case_id, actor=agent, satisfaction=4, root_cause="原因", improvement="措施"
        ),
        "reopened": lambda: c.reopen(case_id, actor=agent, reason="客户不满意"),
    }
    return actions[target]()


def test_complaint_numbers_count_per_kind_and_day(services, agent, clock) -> None:
    first = open_complaint(services, agent)
    second = open_complaint(services, agent)
    report = services.cases.open_case("report", actor=agent, matter="举报")
    assert first.number == "TS-20261124-0001"
    assert second.number == "TS-20261124-0002"
    assert report.number == "JB-20261124-0001"
    clock.advance(24 * 3600)
    assert open_complaint(services, agent).number == "TS-20261125-0001"


def test_numbers_stay_unique_when_desks_save_at_once(services, agent, profile, clock) -> None:
    other = Services.open(profile, clock)  # a second engine on the same file, like a 2nd process
    numbers: list[str] = []
    errors: list[Exception] = []

    def worker(svc: Services) -> None:
        try:
            for _ in range(10):
                numbers.append(open_complaint(svc, agent).number)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(s,)) for s in (services, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors
    assert len(set(numbers)) == 20


def test_opened_case_has_its_deadlines_and_log(services, agent) -> None:
    received = datetime(2026, 9, 30, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai
    case = open_complaint(services, agent, received_at=received)
    assert case.reply_by == datetime(2026, 10, 13, 15, 59, 59, tzinfo=UTC)
    assert case.points_by == received + timedelta(minutes=5)
    assert case.feedback_by == received + timedelta(hours=24)
    assert case.number.startswith("TS-20260930-")  # the local day of receipt
    log = services.cases.timeline(case.id)
    assert [(e.kind, e.to_status, e.actor_name) for e in log] == [("opened", "received", "张三")]


ALLOWED = [(a, b) for a, targets in TRANSITIONS.items() for b in targets]
# Re-assigning an assigned or in-progress case changes the owner, not the state.
REASSIGN = {("assigned", "assigned"), ("in_progress", "assigned")}
REJECTED = [
    (a, b)
    for a, b in itertools.product(
        STATUSES, ("assigned", "in_progress", "replied", "closed", "reopened")
    )
    if (a, b) not in ALLOWED and (a, b) not in REASSIGN
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_every_allowed_transition_is_taken_and_logged(services, agent, current, target) -> None:
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, current)
    moved = move(services, agent, case.id, target)
    assert moved.status == target
    last = [e for e in services.cases.timeline(case.id) if e.kind == "status"][-1]
    assert (last.from_status, last.to_status, last.actor_id) == (current, target, agent.id)


@pytest.mark.parametrize(("current", "target"), REJECTED)
def test_every_other_transition_is_refused(services, agent, current, target) -> None:
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, current)
    before = len(services.cases.timeline(case.id))
    with pytest.raises(InvalidTransition) as info:
        move(services, agent, case.id, target)
    assert info.value.code == "case.invalid_transition"
    assert current in info.value.message and target in info.value.message
    assert services.cases.get(case.id).status == current
    assert len(services.cases.timeline(case.id)) == before


def test_closing_a_complaint_needs_satisfaction_root_cause_and_improvement(services, agent) -> None:
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, "replied")
    with pytest.raises(ClosingRuleError) as info:
        services.cases.close(case.id, actor=agent, satisfaction=5, root_cause="计费错误")
    assert "improvement" in info.value.message
    with pytest.raises(ClosingRuleError):
        services.cases.close(case.id, actor=agent, root_cause="a", improvement="b")
    assert services.cases.get(case.id).status == "replied"
    closed = services.cases.close(
        case.id, actor=agent, satisfaction=4, root_cause="计费错误", improvement="修复规则"
    )
    assert closed.status == "closed" and closed.closed_at is not None
    assert (closed.satisfaction, closed.root_cause, closed.improvement) == (
        4,
        "计费错误",
        "修复规则",
    )


def test_dissatisfied_customer_reopens_the_complaint(services, agent) -> None:
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, "replied")
    after = services.cases.close(
        case.id, actor=agent, satisfaction=2, root_cause="原因", improvement="措施"
    )
    assert after.status == "reopened" and after.closed_at is None and after.replied_at is None
    steps = [(e.from_status, e.to_status) for e in services.cases.timeline(case.id) if e.to_status]
    assert steps[-2:] == [("replied", "closed"), ("closed", "reopened")]
    # Back into the flow: reopened → in progress → replied → closed.
    services.cases.start(case.id, actor=agent)
    services.cases.reply(case.id, actor=agent, text="补偿 100 元")
    done = services.cases.close(
        case.id, actor=agent, satisfaction=5, root_cause="原因", improvement="措施"
    )
    assert done.status == "closed"


def test_satisfaction_given_after_closing_can_reopen(services, agent) -> None:
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, "closed")
    assert services.cases.record_satisfaction(case.id, actor=agent, satisfaction=1).status == (
        "reopened"
    )


def test_first_feedback_is_the_first_contact_and_clears_the_24h_deadline(
    services, agent, clock
) -> None:
    case = open_complaint(services, agent)
    assert [n for n, _ in case.open_deadlines()] == ["feedback", "reply"]
    clock.advance(25 * 3600)
    assert services.cases.get(case.id).overdue(clock.now()) == ["feedback"]
    services.cases.add_note(case.id, actor=agent, text="已转计费部")
    assert services.cases.get(case.id).first_feedback_at is None  # a note is not feedback
    services.cases.record_contact(case.id, actor=agent, text="告知客户处理进度")
    case = services.cases.get(case.id)
    assert case.first_feedback_at == clock.now()
    assert not case.is_overdue(clock.now())
    assert services.cases.overdue() == []


def test_a_reply_deadline_within_four_hours_turns_the_case_amber(services, agent, clock) -> None:
    case = open_complaint(services, agent)
    services.cases.record_contact(case.id, actor=agent, text="进度")  # feedback given
    case = services.cases.get(case.id)
    assert case.next_deadline == case.reply_by
    clock.set(case.reply_by - timedelta(hours=4, seconds=1))
    assert services.cases.deadline_state(services.cases.get(case.id)) == "ok"
    clock.advance(1)  # policy.toml [cases] due_soon_hours = 4
    assert services.cases.deadline_state(services.cases.get(case.id)) == "due_soon"


def test_reply_deadline_missed_makes_the_case_overdue(services, agent, clock) -> None:
    case = open_complaint(services, agent)
    services.cases.record_contact(case.id, actor=agent, text="进度")
    clock.set(case.reply_by + timedelta(seconds=1))
    assert services.cases.get(case.id).overdue(clock.now()) == ["reply"]
    assert [c.id for c in services.cases.overdue()] == [case.id]
    assert services.cases.deadline_state(services.cases.get(case.id)) == "overdue"


def test_department_reply_and_notes_are_logged_with_who_and_when(services, agent, clock) -> None:
    case = open_complaint(services, agent)
    clock.advance(60)
    services.cases.record_department_reply(case.id, actor=agent, department="计费部", text="已核实")
    entry = services.cases.timeline(case.id)[-1]
    assert (entry.kind, entry.text, entry.actor_name, entry.at) == (
        "department_reply",
        "[计费部] 已核实",
        "张三",
        clock.now(),
    )
    with pytest.raises(ValidationError):
        services.cases.add_note(case.id, actor=agent, text="  ")


def test_editing_details_logs_the_change_with_the_number_masked(services, agent) -> None:
    case = open_complaint(services, agent)
    services.cases.update_details(case.id, actor=agent, contact="13900001111", severity="high")
    text = services.cases.timeline(case.id)[-1].text
    assert "138****1234" in text and "139****1111" in text and "13900001111" not in text


def test_suggestion_is_decided_the_customer_told_and_then_closed(services, agent) -> None:
    case = services.cases.open_case("suggestion", actor=agent, matter="增加夜间客服")
    drive_to(services, agent, case.id, "replied")
    with pytest.raises(ClosingRuleError):
        services.cases.close(case.id, actor=agent)
    with pytest.raises(CaseError) as info:
        services.cases.record_customer_told(case.id, actor=agent)
    assert info.value.params.get("reason") == "case.decision_first"
    services.cases.decide_suggestion(case.id, actor=agent, decision="adopted", text="下月上线")
    services.cases.record_customer_told(case.id, actor=agent, text="电话告知")
    closed = services.cases.close(case.id, actor=agent)
    assert (closed.status, closed.decision) == ("closed", "adopted")
    assert closed.customer_told_at is not None
    kinds = [e.kind for e in services.cases.timeline(case.id)]
    assert "decision" in kinds and "customer_told" in kinds


def test_my_list_is_sorted_by_nearest_deadline_and_filtered(services, agent) -> None:
    other = services.accounts.create("1002", "李四", "agent", "secret1")
    inquiry = services.cases.open_case("inquiry", actor=agent, matter="咨询", department="营业部")
    complaint = open_complaint(services, agent, department="计费部")
    report = services.cases.open_case("report", actor=agent, matter="举报")
    theirs = open_complaint(services, other)
    mine = services.cases.list_cases(agent_id=agent.id)
    # complaint and report owe feedback within 24 h; the inquiry is due in 3 days.
    assert [c.id for c in mine] == [complaint.id, report.id, inquiry.id]
    assert theirs.id in [c.id for c in services.cases.list_cases()]
    assert [c.id for c in services.cases.list_cases(kinds=["inquiry"])] == [inquiry.id]
    assert [c.id for c in services.cases.list_cases(department="计费部")] == [complaint.id]
    assert services.cases.list_cases(statuses=["closed"]) == []


def test_daily_archive_queues_masked_csv_and_json(services, agent, clock) -> None:
    case = open_complaint(services, agent, complainant="王五")
    services.cases.add_note(
        case.id, actor=agent, text="客户留了新号码 13955556666，约 2026-11-25 10:00 回电"
    )
    paths = services.cases.queue_daily_archive(date(2026, 11, 24), "BR001", desk="desk-7")
    assert paths == [
        "archive/BR001/2026-11-24/desk-7/cases.csv",
        "archive/BR001/2026-11-24/desk-7/cases.json",
    ]
    with services.store.sessions() as session:
        items = {i.relative_path: i for i in session.scalars(select(OutboxItem))}
    data = json.loads(items[paths[1]].content)
    assert data["cases"][0]["number"] == case.number
    assert data["cases"][0]["contact"] == "138****1234"
    blob = items[paths[0]].content.decode("utf-8-sig") + json.dumps(data, ensure_ascii=False)
    assert "13812341234" not in blob and "13955556666" not in blob
    assert "139****6666，约 2026-11-25 10:00 回电" in blob  # dates are not phone numbers
    rows = list(csv.DictReader(io.StringIO(items[paths[0]].content.decode("utf-8-sig"))))
    assert rows[0]["complainant"] == "王五"
    assert all(i.status == "pending" and len(i.content) == i.size for i in items.values())
    # Queueing again the same day replaces the pending file instead of duplicating it.
    assert services.cases.queue_daily_archive(date(2026, 11, 24), "BR001", desk="desk-7") == paths


def test_archive_after_the_file_was_sent_adds_a_revision(services, agent) -> None:
    open_complaint(services, agent)
    services.cases.queue_daily_archive(date(2026, 11, 24), "BR001", desk="desk-7")
    with services.store.sessions.begin() as session:
        for item in session.scalars(select(OutboxItem)):
            item.status = "sent"
    again = services.cases.queue_daily_archive(date(2026, 11, 24), "BR001", desk="desk-7")
    assert again == [
        "archive/BR001/2026-11-24/desk-7/cases.2.csv",
        "archive/BR001/2026-11-24/desk-7/cases.2.json",
    ]


def test_case_opened_late_from_a_call_shows_the_points_were_late(services, agent, clock) -> None:
    received = clock.now() - timedelta(minutes=6)
    case = open_complaint(services, agent, received_at=received)
    assert case.points_late
    assert not open_complaint(services, agent, received_at=clock.now()).points_late


def test_case_in_an_unknown_calendar_year_is_still_opened_with_a_note(
    services, agent, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 12, 28, 2, 0, tzinfo=UTC))
    case = open_complaint(services, agent)
    # Received Mon 28 Dec 10:00 Beijing time; with 2027 unknown, Mon-Fri count as working
    # days: 29, 30, 31 Dec, 1 and 4 Jan. The agent still gets a date to tell the customer.
    assert case.reply_by == datetime(2027, 1, 4, 15, 59, 59, tzinfo=UTC)
    assert any(
        e.kind == "deadline_estimated" and "2027" in e.text
        for e in services.cases.timeline(case.id)
    )


def test_reassigning_a_case_in_progress_keeps_its_state(services, agent) -> None:
    other = services.accounts.create("1002", "李四", "supervisor", "secret1")
    case = open_complaint(services, agent)
    drive_to(services, agent, case.id, "in_progress")
    moved = services.cases.assign(case.id, actor=other, assignee_id=other.id)
    assert (moved.status, moved.assignee_name) == ("in_progress", "李四")
    assert services.cases.timeline(case.id)[-1].kind == "assigned"


def test_archive_folder_names_this_desk_by_default(services, agent) -> None:
    from agent_desk.codes import host_desk_code

    open_complaint(services, agent)
    (csv_path, _) = services.cases.queue_daily_archive(date(2026, 11, 24), "BR001")
    assert csv_path.startswith("archive/BR001/2026-11-24/")
    # The folder is this PC's own name, so two desks' archives of one day stay apart.
    assert csv_path.split("/")[3] == host_desk_code()


def test_two_desks_with_one_host_name_keep_their_archives_apart_by_desk_code(
    services, agent
) -> None:
    open_complaint(services, agent)
    day = date(2026, 11, 24)
    first = services.cases.queue_daily_archive(day, "BJ01", desk="desk-01")
    second = services.cases.queue_daily_archive(day, "BJ01", desk="desk-02")
    assert first[0] == "archive/BJ01/2026-11-24/desk-01/cases.csv"
    assert second[0] == "archive/BJ01/2026-11-24/desk-02/cases.csv"
    # a branch code stored by an older version is cleaned as the shifts' tree cleans it
    assert services.cases.queue_daily_archive(day, "SH:01", desk="d")[0].startswith(
        "archive/SH_01/"
    )
