"""A person's data on request and not forever: import a customer book, export one person,
erase one person, anonymise what is older than the retention period. Roles are checked by the
service itself and every run is audited."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from agent_desk.calls.service import CallRecord
from agent_desk.context import AppContext
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.errors import NotFound, PermissionDenied
from agent_desk.models import Call, Customer, CustomerPhone
from agent_desk.privacy import (
    AmbiguousNumber,
    ImportCancelled,
    ImportFileError,
    OutputExists,
)
from agent_desk.services import Services
from agent_desk.store import open_store
from tests.unit.test_shift_summary import PlainRenderer

NUMBER = "13912345678"
NAME = "欧阳娜娜"


@pytest.fixture
def staff(services):
    a = services.accounts
    return {
        "agent": a.create("1001", "王小明", "agent", "secret-pw"),
        "supervisor": a.create("8001", "陈主管", "supervisor", "secret-pw"),
        "admin": a.create("0001", "管理员", "admin", "secret-pw"),
    }


def test_a_customer_book_is_imported_with_a_report_of_every_row(services, staff, tmp_path):
    known = services.customers.create(
        CustomerChanges(name="张三", phones=(PhoneInput("13800138000"),)), actor="8001"
    )
    book = tmp_path / "客户.csv"
    book.write_text(
        "姓名,电话,VIP,备注\n"
        "李四,+86 139 1234 5678; 010-6552 9988,2,老客户\n"
        "张三丰,１３８．００１３．８０００,VIP3,换了名字\n"  # 张三's number, another name: refused
        ",13700001111,,\n"
        "王五,12,,\n"
        "赵六,,1,\n"
        "钱七,13600001111,9,\n"
        "孙八,13500001111 / 13912345678,,\n"  # 13912345678 is 李四's, from row 2: refused
        "李四,13912345678,3,\n",  # the same person again: updates
        encoding="utf-8",
    )
    report = services.privacy.import_customers(book, staff["supervisor"])
    assert (report.added, report.updated) == (1, 1)
    assert {(r.row, r.reason) for r in report.refused} == {
        (3, "name.differs"),  # never renamed by a book: the old name would be lost
        (4, "name.required"),
        (5, "phone.invalid"),
        (6, "phone.none"),
        (7, "vip.invalid"),
        (8, "name.differs"),
    }
    li = services.customers.lookup_by_number("010 6552 9988")
    assert li is not None and li.name == "李四" and li.vip_level == 3
    assert {p.normalised for p in li.phones} == {NUMBER, "01065529988"}
    zhang = services.customers.get(known.id)
    assert zhang.name == "张三" and "换了名字" not in (zhang.notes or "")
    assert [h.name for h in services.customers.search("6552")] == ["李四"]  # FTS kept up
    assert services.audit.recent(action="customer.import")[0].actor == "8001"


def test_an_excel_customer_book_is_imported_too(services, staff, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "phones", "VIP", "notes"])
    sheet.append(["John Smith", 13800138000, 1, "prefers English"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = services.privacy.import_customers(path, staff["admin"])
    assert (report.added, report.updated, report.refused) == (1, 0, [])
    assert services.customers.lookup_by_number("+86 138 0013 8000").name == "John Smith"


def test_agents_may_not_import_export_or_erase(services, staff, tmp_path):
    book = tmp_path / "b.csv"
    book.write_text("name,phone\n李四,13912345678\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        services.privacy.import_customers(book, staff["agent"])
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),)), actor="1001"
    )
    with pytest.raises(PermissionDenied):
        services.privacy.export_person(customer.id, staff["agent"])
    with pytest.raises(PermissionDenied):
        services.privacy.erase_person(customer.id, staff["supervisor"], "request")
    assert services.customers.get(customer.id).name == NAME


def a_person_with_history(services, clock, staff):
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),), notes="住在望京"), actor="1001"
    )
    agent = staff["agent"]
    shift = services.shifts.start(agent)
    call = services.calls.ring(NUMBER, agent_id=agent.id)
    clock.advance(4)
    services.calls.answer(call.public_id)
    clock.advance(60)
    services.calls.hang_up(call.public_id)
    saved = services.calls.save_record(
        call.public_id,
        CallRecord(
            category="complaint",
            subject="欧阳娜娜的账单",
            question="欧阳娜娜说多扣了 50 元",
            answer="已登记",
            resolution="follow_up",
            satisfaction=3,
            greeting_given=True,
            signoff_given=True,
            needs_follow_up=True,
            customer_id=customer.id,
        ),
        actor=agent,
    )
    services.cases.record_contact(saved.case_id, actor=agent, text="欧阳娜娜已回电")
    clock.advance(600)
    closed = services.shifts.close(shift.id, "en", PlainRenderer())
    services.backups.wait(30)
    return customer, saved, closed


def test_everything_about_one_person_is_exported_unmasked_and_audited(
    services, clock, staff, tmp_path
):
    customer, _saved, _closed = a_person_with_history(services, clock, staff)
    cid = services.privacy.find_person(phone="+86 139-1234-5678")
    assert cid == customer.id
    out = tmp_path / "p.json"
    services.privacy.export_person_json(cid, staff["supervisor"], out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == customer.id
    assert data["customer"]["name"] == NAME and data["customer"]["notes"] == "住在望京"
    assert [p["raw"] for p in data["phones"]] == [NUMBER]  # unmasked
    assert data["calls"][0]["caller_number"] == NUMBER
    assert data["calls"][0]["question"] == "欧阳娜娜说多扣了 50 元"
    assert data["cases"][0]["events"][-1]["text"] == "欧阳娜娜已回电"
    row = services.audit.recent(action="customer.export")[0]
    assert row.actor == "8001" and row.target == customer.public_id


def test_an_exports_times_are_the_branchs_with_their_offset(services, clock, staff, tmp_path):
    # They were written in UTC, while everything else is shown in the branch's zone (review).
    from datetime import datetime

    customer, _saved, _closed = a_person_with_history(services, clock, staff)
    out = tmp_path / "p.json"
    data = services.privacy.export_person_json(customer.id, staff["supervisor"], out)
    written = json.loads(out.read_text(encoding="utf-8"))
    times = [written["exported_at"], written["customer"]["created_at"]]
    times += [written["calls"][0]["ring_started_at"], written["cases"][0]["events"][0]["at"]]
    assert all(t.endswith("+08:00") for t in times), times
    now = clock.now().astimezone(services.policy.zone).isoformat(timespec="seconds")
    assert data["exported_at"] == now
    assert datetime.fromisoformat(written["exported_at"]) == clock.now().replace(microsecond=0)


def test_an_erased_person_is_gone_from_the_file_and_summaries_stay_true(profile, clock, tmp_path):
    # A plain store, so the bytes on disk can be searched for the name and number at all.
    context = AppContext.load(profile, clock)
    services = Services(context, open_store(profile.db_path, profile.backup_dir, clock))
    try:
        staff = {
            "agent": services.accounts.create("1001", "王小明", "agent", "secret-pw"),
            "admin": services.accounts.create("0001", "管理员", "admin", "secret-pw"),
        }
        customer, _saved, closed = a_person_with_history(services, clock, staff)
        with services.store.sessions() as session:
            calls_before = session.scalar(select(func.count()).select_from(Call))
        erased = services.privacy.erase_person(customer.id, staff["admin"], "PIPL 删除请求 #7")
        assert erased.removed["calls"] == 1 and erased.removed["phones"] == 1
        assert erased.removed["case_events"] >= 1 and erased.removed["customers"] == 1
        assert erased.kept == {"calls": 1, "cases": 1, "callbacks": erased.kept["callbacks"]}
        assert services.customers.lookup_by_number(NUMBER) is None
        assert services.customers.search("2345") == []
        with services.store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Call)) == calls_before
            assert session.scalar(select(func.count()).select_from(CustomerPhone)) == 0
            assert session.get(Customer, customer.id).name == ""
        summary = services.shifts.summary(closed.shift.id)
        assert summary == closed.summary  # the closed shift's figures are untouched
        row = services.audit.recent(action="customer.erase")[0]
        assert row.actor == "0001" and "PIPL 删除请求 #7" in row.detail
    finally:
        services.close()
    for path in (profile.db_path, profile.db_path.with_name("agent_desk.db-wal")):
        data = path.read_bytes() if path.exists() else b""
        assert NAME.encode("utf-8") not in data, path
        assert NUMBER.encode("ascii") not in data, path


def test_personal_data_older_than_the_retention_period_is_anonymised(services, clock, staff):
    customer, saved, _closed = a_person_with_history(services, clock, staff)
    c = services.cases
    c.assign(saved.case_id, actor=staff["agent"])
    c.start(saved.case_id, actor=staff["agent"], text="处理中")
    c.reply(saved.case_id, actor=staff["agent"], text="已退款")
    c.close(
        saved.case_id,
        actor=staff["agent"],
        satisfaction=5,
        root_cause="计费错误",
        improvement="核对套餐",
    )
    recent = services.customers.create(
        CustomerChanges(name="新客户", phones=(PhoneInput("13700001111"),)), actor="1001"
    )
    assert services.privacy.apply_retention(force=True) == {"customers": 0, "calls": 0, "cases": 0}
    clock.advance(timedelta(days=1094).total_seconds())
    services.customers.update(
        recent.id, CustomerChanges(name="新客户", phones=(PhoneInput("13700001111"),))
    )
    clock.advance(timedelta(days=2).total_seconds())
    counts = services.privacy.apply_retention()
    assert counts["customers"] == 1 and counts["calls"] == 1 and counts["cases"] == 1
    assert services.customers.get(customer.id).name == ""
    assert services.customers.get(recent.id).name == "新客户"  # touched within the period
    assert services.privacy.apply_retention() == {}  # once a day
    assert services.audit.recent(action="retention.apply")[0].actor == ""


def test_only_an_administrator_sees_the_recovery_key_and_it_is_audited(services, staff):
    from agent_desk.dbkey import parse_recovery

    with pytest.raises(PermissionDenied):
        services.privacy.recovery_key(staff["supervisor"])
    shown = services.privacy.recovery_key(staff["admin"])
    assert parse_recovery(shown) == services.store.key
    assert len(shown.split("-")) == 16
    assert services.audit.recent(action="db.key_export")[0].actor == "0001"


# --- who the request is about, and where the export goes ------------------------------------------


def _share_number(services, number: str, *customer_ids: int) -> None:
    """A number several customers hold: the editor refuses it today, but older records (a
    family's landline before the check existed, a merge of desks) have it."""
    with services.store.sessions.begin() as session:
        for cid in customer_ids:
            session.add(CustomerPhone(customer_id=cid, raw=number, normalised=number, label=""))


def test_a_number_two_customers_hold_names_neither_and_lists_their_ids_masked(services, staff):
    a = services.customers.create(CustomerChanges(name="张三丰", phones=()), actor="8001")
    b = services.customers.create(CustomerChanges(name="李四", phones=()), actor="8001")
    _share_number(services, "01065529988", a.id, b.id)
    with pytest.raises(AmbiguousNumber) as info:
        services.privacy.find_person(phone="010-6552 9988")
    message = info.value.message
    assert f"id {a.id} (张**)" in message and f"id {b.id} (李*)" in message
    assert "张三丰" not in message and "65529988" not in message
    assert services.privacy.find_person(customer_id=str(b.id)) == b.id
    assert services.privacy.find_person(customer_id=b.public_id) == b.id
    with pytest.raises(NotFound):
        services.privacy.find_person(phone="13700001111")
    with pytest.raises(NotFound):
        services.privacy.find_person(customer_id="999")
    # beyond 64 bits and digits of other scripts: no such customer, not an OverflowError
    for odd in ("99999999999999999999", "\u0663", "\u00b2"):
        with pytest.raises(NotFound):
            services.privacy.find_person(customer_id=odd)


def test_an_export_file_is_private_and_never_replaces_another(services, staff, tmp_path):
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),)), actor="1001"
    )
    out = tmp_path / "requests" / "person.json"
    out.parent.mkdir()
    services.privacy.export_person_json(customer.id, staff["supervisor"], out)
    assert out.stat().st_mode & 0o777 == 0o600
    out.write_text("the first request's file", encoding="utf-8")
    with pytest.raises(OutputExists):
        services.privacy.export_person_json(customer.id, staff["supervisor"], out)
    assert out.read_text(encoding="utf-8") == "the first request's file"
    services.privacy.export_person_json(customer.id, staff["supervisor"], out, force=True)
    assert json.loads(out.read_text(encoding="utf-8"))["customer"]["name"] == NAME
    assert [p.name for p in out.parent.iterdir()] == ["person.json"]  # no temp file left


def test_refusals_by_role_are_in_the_audit_log(services, staff, tmp_path):
    book = tmp_path / "b.csv"
    book.write_text("name,phone\n李四,13912345678\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        services.privacy.import_customers(book, staff["agent"])
    with pytest.raises(PermissionDenied):
        services.privacy.run_retention(staff["supervisor"])
    with pytest.raises(PermissionDenied):
        services.privacy.recovery_key(staff["supervisor"])
    refused = [
        (r.actor, r.target) for r in services.audit.recent(action="permission.refused", limit=3)
    ]
    assert sorted(refused) == [
        ("1001", "customer.import b.csv"),
        ("8001", "db.key_export"),
        ("8001", "retention.apply"),
    ]


# --- import: files as they come -------------------------------------------------------------------


def _count_customers(services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Customer))


def test_a_gbk_csv_from_excel_is_read(services, staff, tmp_path):
    book = tmp_path / "客户.csv"
    book.write_bytes("姓名,电话,VIP,备注\r\n欧阳娜娜,13912345678,1,老客户\r\n".encode("gbk"))
    report = services.privacy.import_customers(book, staff["supervisor"])
    assert (report.added, report.refused) == (1, [])
    assert services.customers.lookup_by_number(NUMBER).name == NAME


@pytest.mark.parametrize(
    "content",
    [
        b'name,phone,notes\n\xe6\x9d\x8e\xe5\x9b\x9b,13912345678,"a note that\n',  # open quote
        b"name,phone\n\xe6\x9d\x8e\xe5\x9b\x9b,13912345678\n\x00\x00\x00\x00",  # NUL bytes
        bytes(range(256)) * 8,  # binary
        b"",  # empty
    ],
    ids=["cut-inside-a-quoted-field", "nul-bytes", "binary", "empty"],
)
def test_a_file_that_cannot_be_read_whole_imports_nothing(services, staff, tmp_path, content):
    book = tmp_path / "book.csv"
    book.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        services.privacy.import_customers(book, staff["supervisor"])
    assert "Nothing was imported" in info.value.message
    assert _count_customers(services) == 0


def test_a_csv_cut_in_its_last_line_refuses_that_row_and_imports_the_rest(
    services, staff, tmp_path
):
    whole = "姓名,电话,VIP\n李四,13912345678,1\n王五,13800138000,2\n".encode()
    book = tmp_path / "cut.csv"
    book.write_bytes(whole[: whole.index(b"13800138000") + 5])  # 王五,13800 (no line end)
    report = services.privacy.import_customers(book, staff["supervisor"])
    assert report.added == 1
    assert [(r.row, r.reason) for r in report.refused] == [(3, "row.incomplete")]
    # Cut inside a Chinese character of a UTF-8 file: read as UTF-8 up to the cut, not as GBK.
    utf8 = "name,phone\n李四,13912345678\n王五".encode()
    book.write_bytes(utf8[:-1])
    report = services.privacy.import_customers(book, staff["supervisor"])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)  # 李四 as stored
    assert [r.reason for r in report.refused] == ["row.incomplete"]
    assert services.customers.lookup_by_number(NUMBER).name == "李四"
    # A hand-typed file whose complete last line has no line end is imported whole.
    book.write_text("name,phone,vip\n赵六,13700001111,0", encoding="utf-8")
    assert services.privacy.import_customers(book, staff["supervisor"]).added == 1


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_damaged_excel_file_imports_nothing(services, staff, tmp_path):
    import zipfile

    good = _xlsx(
        tmp_path / "good.xlsx",
        [["name", "phone"]] + [[f"客户{n}", 13900000000 + n] for n in range(2000)],
    )
    cut_zip = tmp_path / "cut-zip.xlsx"
    cut_zip.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    cut_sheet = tmp_path / "cut-sheet.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(cut_sheet, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) * 2 // 3]  # the sheet's XML stops mid-row
            dst.writestr(item, data)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    for path in (cut_zip, cut_sheet, garbage):
        with pytest.raises(ImportFileError):
            services.privacy.import_customers(path, staff["supervisor"])
    assert _count_customers(services) == 0
    assert services.privacy.import_customers(good, staff["supervisor"]).added == 2000


def test_an_import_reports_progress_and_a_cancel_leaves_nothing(services, staff, tmp_path):
    book = tmp_path / "big.csv"
    lines = ["name,phone"] + [f"客户{n},139{n:08d}" for n in range(25_000)]
    book.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    report = services.privacy.import_customers(book, staff["supervisor"], seen.append)
    assert report.added == 25_000
    stages = [p.stage for p in seen]
    assert stages.index("read") < stages.index("check") < stages.index("save")
    assert seen[-1].stage == "save" and seen[-1].done == seen[-1].total == 50_000
    book.write_text(
        "\n".join(["name,phone"] + [f"新{n},137{n:08d}" for n in range(25_000)]) + "\n",
        encoding="utf-8",
    )
    before = _count_customers(services)

    def cancel_while_saving():
        return bool(seen) and seen[-1].stage == "save" and seen[-1].done > 0

    seen.clear()
    with pytest.raises(ImportCancelled):
        services.privacy.import_customers(
            book, staff["supervisor"], seen.append, cancel_while_saving
        )
    assert _count_customers(services) == before
    assert services.customers.lookup_by_number("13700000001") is None


def test_a_desk_left_open_applies_the_retention_again_the_next_day(services, clock):
    import time

    services.backups.check_every_seconds = 0.05
    services.backups.start_daily()  # what the window does when it opens

    def wait_for(day):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and services.privacy.retention_ran_on != day:
            time.sleep(0.02)
        return services.privacy.retention_ran_on

    first = clock.now().date()
    assert wait_for(first) == first
    clock.advance(timedelta(days=1).total_seconds())
    assert wait_for(first + timedelta(days=1)) == first + timedelta(days=1)
