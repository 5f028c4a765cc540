"""Customer numbers never leave the desk unmasked, and a save that cannot happen writes nothing.

The stories: an agent types a customer's number into every free-text field there is (the
call's question, the complaint's matter, the root cause, a note); the shift is closed and its
files and the day's case archive are queued for the share; the log file is read by branch IT.
None of those may hold the number itself, only 138****1234. And when another program holds
the database, the agent's save says "busy, try again" and leaves no half record.
"""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError

from agent_desk.accounts import AgentInfo
from agent_desk.calls.service import CallRecord
from agent_desk.clock import FakeClock
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.errors import DatabaseBusy
from agent_desk.logs import setup_logging
from agent_desk.models import CustomerPhone, OutboxItem
from agent_desk.models import engine as engine_module
from agent_desk.paths import Profile
from agent_desk.phones import mask_text
from agent_desk.services import Services
from tests import dbaccess
from tests.unit.test_shift_summary import PlainRenderer

CALLER = "+86 139-1234-5678"
# Every way the digits of the caller and of numbers typed into free text could appear.
RAW = ("13912345678", "139-1234-5678", "139 1234 5678", "13700001111", "01065529988", "6552 9988")


@pytest.fixture
def agent(services: Services) -> AgentInfo:
    return services.accounts.create("1001", "张三", "agent", "secret1")


def leaked(text: str) -> list[str]:
    return [raw for raw in RAW if raw in text]


def a_day_with_numbers_in_every_text(services: Services, clock: FakeClock, agent: AgentInfo):
    """Ring, answer, record a complaint whose texts all carry numbers, work the case to closed."""
    shift = services.shifts.start(agent)
    call = services.calls.ring(CALLER, agent_id=agent.id)
    clock.advance(4)
    services.calls.answer(call.public_id)
    clock.advance(90)
    services.calls.hang_up(call.public_id)
    record = CallRecord(
        category="complaint",
        subject="多扣费，客户另留号码 137 0000 1111",
        question="客户说打过 010-6552 9988 没人接，请回电 139-1234-5678",
        answer="已登记，24 小时内回电",
        resolution="follow_up",
        satisfaction=3,
        greeting_given=True,
        signoff_given=True,
        needs_follow_up=True,
    )
    saved = services.calls.save_record(call.public_id, record, actor=agent)
    assert saved.case_id is not None, saved.follow_up_error  # the complaint opened from the call
    case = services.cases.get(saved.case_id)
    c = services.cases
    c.assign(case.id, actor=agent)
    c.start(case.id, actor=agent, text="已联系 13700001111")
    c.record_contact(case.id, actor=agent, text="客户改用 010 6552 9988 联系")
    c.reply(case.id, actor=agent, text="已退款，回电 13912345678 告知")
    c.close(
        case.id,
        actor=agent,
        satisfaction=5,
        root_cause="计费系统把 13912345678 的套餐记错",
        improvement="核对 139-1234-5678 类号码的套餐迁移",
    )
    clock.advance(600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    return case


def test_every_file_queued_for_the_share_holds_only_masked_numbers(services, clock, agent):
    a_day_with_numbers_in_every_text(services, clock, agent)
    services.cases.queue_daily_archive(date(2026, 11, 24), "BR001", desk="desk-7")
    with services.store.sessions() as session:
        items = list(session.scalars(select(OutboxItem)))
    names = {i.relative_path.rsplit("/", 1)[-1] for i in items}
    assert {"summary.json", "calls.csv", "cases.csv", "cases.json"} <= names
    for item in items:
        text = item.content.decode("utf-8-sig", errors="replace")
        assert leaked(text) == [], item.relative_path
    archive = next(i for i in items if i.relative_path.endswith("cases.json"))
    case = json.loads(archive.content)["cases"][0]
    assert "139****5678" in case["matter"] and "010****9988" in case["matter"]
    assert "139****5678" in case["root_cause"] and "139****5678" in case["improvement"]


def test_the_log_file_never_holds_a_customer_number(services, clock, agent, profile):
    log_file = setup_logging(profile.log_dir)
    try:
        a_day_with_numbers_in_every_text(services, clock, agent)
        try:  # an error whose text carries free text with a number, logged with its traceback
            raise ValueError("customer 13912345678 could not be linked")
        except ValueError:
            logging.getLogger("agent_desk.test").exception("linking failed for 139 1234 5678")
        logging.getLogger("agent_desk.test").info("call on %s at 2026-11-24 11:00", CALLER)
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        logging.getLogger().removeHandler(
            next(h for h in logging.getLogger().handlers if getattr(h, "_agent_desk", False))
        )
    text = log_file.read_text(encoding="utf-8")
    assert "linking failed" in text and "ValueError" in text  # the detail is still there
    assert "139****5678" in text and "2026-11-24 11:00" in text  # dates are not numbers
    assert leaked(text) == []


def test_a_database_error_never_shows_the_number_it_was_saving(services):
    with pytest.raises(IntegrityError) as raised, services.store.sessions.begin() as session:
        session.add(CustomerPhone(customer_id=999_999, raw="13912345678", normalised="13912345678"))
    assert leaked(str(raised.value)) == []


def test_free_text_masking_keeps_dates_times_and_amounts():
    text = "2026-11-24 11:00 退 50 元，订单 20261124，回电 13912345678 或 +86 10 6552 9988"
    masked = mask_text(text)
    assert masked.startswith("2026-11-24 11:00 退 50 元，订单 20261124，回电 139****5678 或 ")
    assert leaked(masked) == []


def test_a_locked_database_says_busy_keeps_the_draft_and_writes_nothing(
    profile: Profile, clock: FakeClock, monkeypatch
):
    # Another program (a backup tool, a second AgentDesk) holds the write lock; wait 0.2 s.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(
        engine_module,
        "PRAGMAS",
        (*(p for p in engine_module.PRAGMAS if "busy_timeout" not in p), "PRAGMA busy_timeout=200"),
    )
    services = Services.open(profile, clock)
    try:
        agent = services.accounts.create("1001", "张三", "agent", "secret1")
        call = services.calls.ring("13912345678", agent_id=agent.id)
        services.calls.answer(call.public_id)
        record = CallRecord(
            category="inquiry",
            subject="资费",
            question="包月多少钱",
            answer="99 元",
            resolution="resolved",
            satisfaction=5,
            greeting_given=True,
            signoff_given=True,
        )
        services.calls.save_draft(agent.id, call.public_id, record)
        other = dbaccess.connect(profile.db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusy) as raised:
                services.calls.save_record(call.public_id, record, actor=agent)
            assert raised.value.code == "db.busy"
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert services.calls.get(call.public_id).saved_at is None
        assert len(services.calls.pending_drafts(agent.id)) == 1
        services.calls.save_record(call.public_id, record, actor=agent)
        assert services.calls.get(call.public_id).saved_at is not None
        assert services.calls.pending_drafts(agent.id) == []
    finally:
        services.close()


@pytest.mark.parametrize("follow_up", ["case", "callback"])
def test_a_call_and_its_follow_up_are_saved_in_one_commit(services, clock, agent, follow_up):
    """A crash can never leave a saved complaint call without its case (or promised callback)."""
    customer = services.customers.create(
        CustomerChanges(name="李四", phones=(PhoneInput("13912345678"),)), actor="1001"
    )
    call = services.calls.ring("13912345678", agent_id=agent.id)
    services.calls.answer(call.public_id)
    record = CallRecord(
        category="complaint",
        subject="多扣费",
        question="账单多扣 50 元",
        answer="已登记",
        resolution="follow_up",
        satisfaction=3,
        greeting_given=True,
        signoff_given=True,
        needs_follow_up=True,
        follow_up_kind=follow_up,
        callback_due_at=clock.now() + timedelta(hours=2),
        customer_id=customer.id,
    )
    commits: list[object] = []

    def committed(connection: object) -> None:
        commits.append(connection)

    engine = services.store.engine
    event.listen(engine, "commit", committed)
    try:
        saved = services.calls.save_record(call.public_id, record, actor=agent)
    finally:
        event.remove(engine, "commit", committed)
    assert saved.follow_up_error is None
    assert (saved.case_id if follow_up == "case" else saved.callback_id) is not None
    assert len(commits) == 1
