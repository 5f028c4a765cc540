"""Customers as agents use them: create, edit, the screen pop, search as you type, merge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from agent_desk.customers import (
    CustomerChanges,
    DuplicatePhone,
    MergeRefused,
    PhoneInput,
    name_initials,
)
from agent_desk.errors import ValidationError
from agent_desk.models import Agent, AuditEvent, Call, Callback, Case


def _customer(services, name="张三", *numbers, **kw):
    phones = [PhoneInput(n) for n in (numbers or ("13800138000",))]
    return services.customers.create(CustomerChanges(name=name, phones=phones, **kw), actor="1001")


def _agent(services) -> int:
    with services.store.sessions.begin() as session:
        agent = Agent(
            agent_no="1001",
            name="王小明",
            role="agent",
            password_hash="x",
            created_at=services.clock.now(),
        )
        session.add(agent)
        session.flush()
        return agent.id


def _history(services, customer_id, agent_id, when, tag):
    """One call, one open case, one pending callback, as the calls and cases services would."""
    with services.store.sessions.begin() as session:
        call = Call(
            agent_id=agent_id,
            customer_id=customer_id,
            caller_number="13800138000",
            caller_normalised="13800138000",
            ring_started_at=when,
            outcome="answered",
            category="inquiry",
            subject=f"call {tag}",
        )
        session.add(call)
        session.flush()
        case = Case(
            number=f"TS-20261124-{tag}",
            kind="complaint",
            customer_id=customer_id,
            call_id=call.id,
            received_at=when + timedelta(minutes=1),
            matter=f"matter {tag}",
        )
        session.add(case)
        session.flush()
        session.add(
            Callback(
                case_id=case.id,
                customer_id=customer_id,
                due_at=when + timedelta(minutes=2),
                purpose=f"callback {tag}",
                created_at=when,
            )
        )
        return call.id, case.id


def test_an_agent_creates_a_customer_with_several_numbers(services):
    made = _customer(
        services,
        "张三",
        "+86 138 0013 8000",
        "010-6552 9988 ext 12",
        vip_level=3,
        company="华夏银行",
        preferences="上午来电",
        notes="老客户",
    )
    assert [p.normalised for p in made.phones] == ["13800138000", "01065529988"]
    assert made.phones[0].raw == "+86 138 0013 8000"
    again = services.customers.get(made.id)
    assert again.vip_level == 3 and again.company == "华夏银行"
    assert again.preferences == "上午来电" and again.notes == "老客户"
    audit = services.audit.recent(action="customer.create")
    assert audit and audit[0].target == made.public_id


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        (CustomerChanges(name="  "), "name.required"),
        (CustomerChanges(name="张三", vip_level=6), "customer.vip_level"),
        (CustomerChanges(name="张三", vip_level=-1), "customer.vip_level"),
        (CustomerChanges(name="张三", phones=[PhoneInput("12")]), "customer.phone_invalid"),
        (
            CustomerChanges(
                name="张三", phones=[PhoneInput("13800138000"), PhoneInput("+8613800138000")]
            ),
            "customer.phone_twice",
        ),
    ],
)
def test_invalid_customer_details_are_refused_with_a_reason(services, changes, reason):
    with pytest.raises(ValidationError) as info:
        services.customers.create(changes)
    assert info.value.params["reason"] == reason


def test_a_number_of_another_customer_is_refused(services):
    _customer(services, "张三", "13800138000")
    with pytest.raises(DuplicatePhone) as info:
        _customer(services, "李四", "0086 138-0013-8000")
    assert info.value.params["other_name"] == "张三"


def test_editing_keeps_kept_numbers_and_replaces_the_rest(services):
    made = _customer(services, "张三", "13800138000", "01065529988")
    kept_id = made.phones[0].id
    edited = services.customers.update(
        made.id,
        CustomerChanges(
            name="张三丰",
            phones=[PhoneInput("138 0013 8000", "mobile"), PhoneInput("13911112222")],
            vip_level=1,
        ),
    )
    assert edited.name == "张三丰"
    assert services.customers.get(made.id).phones[0].id == kept_id
    assert [(p.normalised, p.label) for p in edited.phones] == [
        ("13800138000", "mobile"),
        ("13911112222", ""),
    ]
    assert services.customers.lookup_by_number("01065529988") is None
    assert services.customers.lookup_by_number("13911112222").name == "张三丰"
    assert services.customers.search("zsf")[0].id == made.id


@pytest.mark.parametrize(
    "spelling",
    [
        "13800138000",
        "+86 138 0013 8000",
        "+8613800138000",
        "0086-138-0013-8000",
        "86 13800138000",
        "013800138000",
        "138-0013-8000",
        " 138 0013 8000 ",
    ],
)
def test_the_screen_pop_finds_the_caller_however_the_number_is_written(services, spelling):
    made = _customer(services, "张三", "13800138000", vip_level=2)
    card = services.customers.lookup_by_number(spelling)
    assert card is not None
    assert (card.id, card.name, card.vip_level) == (made.id, "张三", 2)
    assert card.matched_number == "13800138000"


@pytest.mark.parametrize("spelling", ["010-6552 9988", "+86 10 6552 9988", "01065529988 ext 12"])
def test_the_screen_pop_finds_a_landline(services, spelling):
    made = _customer(services, "李四", "(010) 6552-9988")
    assert services.customers.lookup_by_number(spelling).id == made.id


def test_an_unknown_number_pops_nothing(services):
    _customer(services, "张三", "13800138000")
    assert services.customers.lookup_by_number("13800138001") is None
    assert services.customers.lookup_by_number("") is None


def test_the_card_shows_last_calls_open_cases_and_due_callbacks(services, clock):
    made = _customer(services, "张三", "13800138000")
    agent_id = _agent(services)
    for i in range(7):
        _history(services, made.id, agent_id, clock.now() - timedelta(days=10 - i), f"{i:04d}")
    with services.store.sessions.begin() as session:
        session.get(Case, 1).status = "closed"
    card = services.customers.lookup_by_number("13800138000")
    assert len(card.last_calls) == 5
    assert card.last_calls[0].subject == "call 0006"  # newest first
    assert "TS-20261124-0000" not in [c.number for c in card.open_cases]
    assert card.open_cases[0].number == "TS-20261124-0006"
    assert card.due_callbacks[0].purpose == "callback 0000"  # nearest due first
    assert all(cb.overdue for cb in card.due_callbacks)


def test_pinyin_initials_are_made_on_save():
    assert name_initials("张三") == "zs"
    assert name_initials("欧阳娜娜") == "oynn"
    assert name_initials("John Smith") == "js"
    assert name_initials("曾国藩") == "zgf"  # the surname's reading, not céng
    assert name_initials("单雄信") == "sxx"
    assert name_initials("尉迟恭") == "ycg"


def test_search_finds_by_name_prefix(services):
    zhang = _customer(services, "张三", "13800138000")
    _customer(services, "张三丰", "13800138001")
    _customer(services, "李四", "13800138002")
    hits = services.customers.search("张三")
    assert [h.name for h in hits] == ["张三", "张三丰"]
    assert hits[0].id == zhang.id and hits[0].number == "13800138000"
    assert services.customers.search("张") and not services.customers.search("王")


def test_search_finds_zhang_san_by_zs(services):
    _customer(services, "张三", "13800138000")
    _customer(services, "李四", "13800138001")
    hits = services.customers.search("zs")
    assert [(h.name, h.matched) for h in hits] == [("张三", "initials")]
    assert [h.name for h in services.customers.search("ZS")] == ["张三"]


@pytest.mark.parametrize("fragment", ["8000", "0013", "138001", "00138000", "138-0013"])
def test_search_finds_any_part_of_a_number(services, fragment):
    _customer(services, "张三", "13800138000")
    _customer(services, "李四", "13911112222")
    hits = services.customers.search(fragment)
    assert [(h.name, h.matched, h.number) for h in hits] == [("张三", "number", "13800138000")]


def test_search_by_a_short_number_start_and_a_full_number(services):
    _customer(services, "张三", "13800138000")
    _customer(services, "李四", "01065529988")
    assert [h.name for h in services.customers.search("01")] == ["李四"]
    assert [h.name for h in services.customers.search("+86 138 0013 8000")] == ["张三"]


def test_search_finds_the_customer_of_a_case_number(services, clock):
    made = _customer(services, "张三", "13800138000")
    _history(services, made.id, _agent(services), clock.now(), "0007")
    hits = services.customers.search("ts-20261124-0007")
    assert [(h.name, h.matched, h.case_number) for h in hits] == [
        ("张三", "case", "TS-20261124-0007")
    ]


def test_the_timeline_is_newest_first(services, clock):
    made = _customer(services, "张三", "13800138000")
    agent_id = _agent(services)
    _history(services, made.id, agent_id, clock.now() - timedelta(days=2), "0001")
    _history(services, made.id, agent_id, clock.now() - timedelta(days=1), "0002")
    timeline = services.customers.timeline(made.id)
    assert [e.kind for e in timeline] == ["callback", "case", "call"] * 2
    assert [e.at for e in timeline] == sorted((e.at for e in timeline), reverse=True)
    assert timeline[1].title == "TS-20261124-0002"


def test_merging_two_records_keeps_all_history(services, clock):
    keep = _customer(services, "张三", "13800138000", vip_level=1, notes="老客户")
    drop = _customer(services, "张 三", "13911112222", "01065529988", vip_level=4, company="华夏")
    agent_id = _agent(services)
    _history(services, keep.id, agent_id, clock.now() - timedelta(days=2), "0001")
    _history(services, drop.id, agent_id, clock.now() - timedelta(days=1), "0002")

    merged = services.customers.merge(keep.id, drop.id, actor="1001")

    assert {p.normalised for p in merged.phones} == {"13800138000", "13911112222", "01065529988"}
    assert merged.vip_level == 4 and merged.company == "华夏" and merged.notes == "老客户"
    assert services.customers.get(drop.id).merged_into_id == keep.id
    assert services.customers.lookup_by_number("13911112222").id == keep.id
    with services.store.sessions() as session:
        for model in (Call, Case, Callback):
            owners = session.scalars(select(model.customer_id)).all()
            assert owners == [keep.id, keep.id], model.__tablename__
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "customer.merge")
        ).one()
        assert "calls=1 cases=1 callbacks=1" in audit.detail
    assert len(services.customers.timeline(keep.id)) == 6
    assert all(h.id != drop.id for h in services.customers.search("zs"))
    with pytest.raises(MergeRefused):
        services.customers.merge(keep.id, drop.id)
    with pytest.raises(MergeRefused):
        services.customers.merge(keep.id, keep.id)


def test_a_number_attached_to_an_existing_customer_pops_that_customer(services):
    made = _customer(services, "张三", "13800138000")
    services.customers.add_phone(made.id, "021-5555 6666", "office", actor="1001")
    assert services.customers.lookup_by_number("02155556666").id == made.id
    other = _customer(services, "李四", "13911112222")
    with pytest.raises(DuplicatePhone):
        services.customers.add_phone(other.id, "02155556666")


def test_a_latin_name_is_found_however_it_is_capitalised(services):
    made = _customer(services, "John Smith", "13800138000")
    assert [h.id for h in services.customers.search("john sm")] == [made.id]
    assert [h.id for h in services.customers.search("John")] == [made.id]
    assert [h.id for h in services.customers.search("js")] == [made.id]
