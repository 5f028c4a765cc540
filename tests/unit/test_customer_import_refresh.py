"""The monthly refresh of a customer book (review 14, fresh eyes): importing a book the desk
already knows took 20 minutes for 100,000 rows, one UPDATE per row inside the one write
transaction, every other save of the desk refused meanwhile. A row that changes nothing is now
not written and is reported as unchanged; the real changes go in a few bulk statements, and
search finds the customers as the book left them. On the real encrypted store."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import event, text

from agent_desk.customers import CustomerChanges, PhoneInput


@pytest.fixture
def supervisor(services):
    return services.accounts.create("8001", "陈主管", "supervisor", "secret-pw")


def _book(tmp_path, lines, name="book.csv"):
    path = tmp_path / name
    path.write_text("姓名,电话,VIP,备注\n" + "".join(f"{line}\n" for line in lines), "utf-8")
    return path


def _db(services, sql, **params):
    with services.store.sessions() as session:
        return session.execute(text(sql), params).all()


def test_the_same_book_again_changes_nothing_and_says_unchanged(
    services, supervisor, clock, tmp_path
):
    rows = [f"客户{n},139{n:08d},{n % 6},note {n}" for n in range(300)]
    book = _book(tmp_path, rows)
    first = services.privacy.import_customers(book, supervisor)
    assert (first.added, first.updated, first.unchanged) == (300, 0, 0)
    stamped = _db(services, "SELECT id, updated_at FROM customers ORDER BY id")
    clock.advance(3600)
    again = services.privacy.import_customers(book, supervisor)
    assert (again.added, again.updated, again.unchanged, again.refused) == (0, 0, 300, [])
    assert again.imported == 300 and again.rows == 300
    # Not written at all: updated_at as the first import left it, notes not doubled.
    assert _db(services, "SELECT id, updated_at FROM customers ORDER BY id") == stamped
    assert _db(services, "SELECT notes FROM customers WHERE name = '客户7'") == [("note 7",)]
    audit = services.audit.recent(action="customer.import")[0]
    assert audit.detail == "added=0 updated=0 unchanged=300 refused=0"


def test_real_changes_are_saved_and_search_finds_the_customer_as_the_book_left_it(
    services, supervisor, clock, tmp_path
):
    zhang = services.customers.create(
        CustomerChanges(name="张三", phones=(PhoneInput("13800138000"),), notes="老客户"),
        actor="8001",
    )
    smith = services.customers.create(
        CustomerChanges(name="John Smith", phones=(PhoneInput("13700001111"),)), actor="8001"
    )
    li = services.customers.create(
        CustomerChanges(name="李四", phones=(PhoneInput("13600001111"),), notes="老客户\n换了地址"),
        actor="8001",
    )
    # A name stored with other spaces (an older version, a hand edit): the book's spelling wins.
    with services.store.sessions.begin() as session:
        session.execute(
            text("UPDATE customers SET name = 'John   Smith' WHERE id = :i"), {"i": smith.id}
        )
    clock.advance(3600)
    report = services.privacy.import_customers(
        _book(
            tmp_path,
            [
                "张三,13800138000; 010-6552 9988,3,换了地址",  # VIP, a number and a note
                "John Smith,13700001111,,",  # the name tidied
                "李四,13600001111,,换了地址",  # the note is there already: nothing to do
                "张三,13800138000,,搬到上海",  # the same customer again: this note too
            ],
        ),
        supervisor,
    )
    assert (report.added, report.updated, report.unchanged, report.refused) == (0, 3, 1, [])
    got = services.customers.get(zhang.id)
    assert got.vip_level == 3 and got.notes == "老客户\n换了地址\n搬到上海"
    assert got.updated_at == clock.now()
    assert {p.normalised for p in got.phones} == {"13800138000", "01065529988"}
    assert [h.id for h in services.customers.search("6552")] == [zhang.id]  # FTS kept up
    assert services.customers.get(li.id).notes == "老客户\n换了地址"  # kept, not cut to the row's
    assert services.customers.get(smith.id).name == "John Smith"
    assert [h.id for h in services.customers.search("John Smith")] == [smith.id]
    assert [h.id for h in services.customers.search("js")] == [smith.id]
    assert _db(services, "SELECT id FROM customers WHERE name = 'John   Smith'") == []


def test_an_update_import_writes_in_bulk_not_one_statement_per_row(services, supervisor, tmp_path):
    rows = [f"客户{n},139{n:08d},1," for n in range(3000)]
    services.privacy.import_customers(_book(tmp_path, rows), supervisor)
    changed = [f"客户{n},139{n:08d},2,新备注" for n in range(3000)]
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many):
        statements.append(statement)

    event.listen(services.store.engine, "before_cursor_execute", seen)
    try:
        report = services.privacy.import_customers(_book(tmp_path, changed, "b2.csv"), supervisor)
    finally:
        event.remove(services.store.engine, "before_cursor_execute", seen)
    assert (report.updated, report.unchanged) == (3000, 0)
    updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE CUSTOMERS")]
    assert 1 <= len(updates) <= 5, len(updates)
    assert len(statements) < 60, len(statements)  # lookups in chunks, writes in batches
    assert _db(services, "SELECT count(*) FROM customers WHERE vip_level = 2") == [(3000,)]
    assert _db(services, "SELECT notes FROM customers WHERE name = '客户5'") == [("新备注",)]


def test_a_save_while_the_import_reads_is_not_lost_nor_written_over(
    services, supervisor, tmp_path, caplog
):
    """The import reads and checks on a snapshot and takes the write lock at its first write;
    a customer saved in between makes it start again under the lock, so the book is checked
    against what the desk holds, not against what it held a moment ago."""
    book = _book(tmp_path, ["李四,13912345678,2,", "王五,13800138000,,"])
    saved = []

    def meanwhile(step):  # the window's save, between the import's lookups and its writes
        if step.stage == "save" and not saved:
            saved.append(
                services.customers.create(
                    CustomerChanges(name="王小五", phones=(PhoneInput("13800138000"),)),
                    actor="1001",
                )
            )

    with caplog.at_level(logging.INFO, logger="agent_desk.privacy"):
        report = services.privacy.import_customers(book, supervisor, progress=meanwhile)
    assert any("again under the lock" in r.getMessage() for r in caplog.records)
    assert (report.added, report.updated) == (1, 0)
    assert [(r.row, r.reason) for r in report.refused] == [(3, "name.differs")]
    assert services.customers.lookup_by_number("13800138000").name == "王小五"
    assert _db(
        services, "SELECT count(*) FROM customer_phones WHERE normalised = '13800138000'"
    ) == [(1,)]
    assert services.audit.recent(action="customer.import")[0].detail == (
        "added=1 updated=0 unchanged=0 refused=1"
    )
