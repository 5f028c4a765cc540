"""A person's data on request, in the window: where supervisors and administrators find it, an
import with its progress and report off the GUI thread, an export, an erasure; the service
checks the role again whatever the window shows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.privacy_actions import EraseDialog

NUMBER = "13912345678"
NAME = "欧阳娜娜"


def _login(services, no, role):
    services.accounts.create(no, "x", role, f"pw-{no}-1")
    return services.accounts.login(no, f"pw-{no}-1")


@pytest.fixture
def said(monkeypatch):
    """What the window said in message boxes (they would block the test)."""
    messages = []

    def box(kind):
        return lambda _parent, title, text, *a, **k: messages.append((kind, title, text))

    monkeypatch.setattr(QMessageBox, "information", box("info"))
    monkeypatch.setattr(QMessageBox, "warning", box("warning"))
    return messages


def _window(qtbot, services, ui_settings, agent):
    window = MainWindow(services.context, agent, ui_settings, services, take_calls=False)
    qtbot.addWidget(window)
    return window


def _names(window):
    return {a.objectName() for a in window.tools_menu.actions() if a.objectName()}


def _card_actions(window):
    return {a.objectName() for a in window.data_request_button.menu().actions()}


def test_each_role_sees_what_it_may_do_and_no_more(qtbot, services, ui_settings):
    agent = _login(services, "1001", "agent")
    window = _window(qtbot, services, ui_settings, agent)
    assert not {"importCustomersAction", "exportCustomerAction"} & _names(window)
    assert not hasattr(window, "data_request_button")
    boss = _window(qtbot, services, ui_settings, _login(services, "8001", "supervisor"))
    assert {"importCustomersAction", "exportCustomerAction"} <= _names(boss)
    assert "eraseCustomerAction" not in _names(boss)
    assert _card_actions(boss) == {"exportThisCustomerAction"}
    admin = _window(qtbot, services, ui_settings, _login(services, "0001", "admin"))
    assert {"importCustomersAction", "exportCustomerAction", "eraseCustomerAction"} <= _names(admin)
    assert _card_actions(admin) == {"exportThisCustomerAction", "eraseThisCustomerAction"}


def test_an_import_shows_its_progress_off_the_gui_thread_and_ends_with_the_report(
    qtbot, services, ui_settings, tmp_path, language
):
    import threading

    language("zh_CN")
    window = _window(qtbot, services, ui_settings, _login(services, "8001", "supervisor"))
    book = tmp_path / "客户.csv"
    rows = [f"客户{n},137{n:08d},1," for n in range(6000)]
    book.write_text(
        "姓名,电话,VIP,备注\n" + "\n".join(rows) + "\n王五,12,,\n,13600001111,,\n",
        encoding="utf-8",
    )
    threads, values = set(), []

    def watch(_stage, done, _total):
        threads.add(threading.current_thread().name)
        values.append(done)

    dialog = window.privacy_actions.import_book(book)
    dialog.job.progress.connect(watch)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=60_000)
    assert dialog.error is None
    assert dialog.report.added == 6000 and len(dialog.report.refused) == 2
    assert dialog.summary.text() == "客户.csv：6,002 行；新增 6,000，更新 0，未变 0，拒绝 2。"
    assert dialog.refused.rowCount() == 2
    assert dialog.refused.item(0, 1).text() == "不是电话号码: 12"
    assert dialog.refused.item(1, 1).text() == "没有姓名"
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    assert threads == {"MainThread"} and values  # delivered on the GUI thread, from the worker
    assert services.customers.lookup_by_number("13700000042").name == "客户42"
    dialog.accept()


def test_a_cancelled_import_leaves_nothing_and_says_so(qtbot, services, ui_settings, tmp_path):
    window = _window(qtbot, services, ui_settings, _login(services, "0001", "admin"))
    book = tmp_path / "big.csv"
    book.write_text(
        "name,phone\n" + "\n".join(f"c{n},137{n:08d}" for n in range(40_000)) + "\n",
        encoding="utf-8",
    )
    dialog = window.privacy_actions.import_book(book)
    dialog.reject()  # Escape while it runs: cancels first
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.report is not None, timeout=60_000)
    assert dialog.report is None
    assert dialog.summary.text() == "The import was cancelled. Nothing was imported."
    assert services.customers.search("c1") == []


def test_a_damaged_file_is_said_in_words_and_nothing_imported(
    qtbot, services, ui_settings, tmp_path
):
    window = _window(qtbot, services, ui_settings, _login(services, "8001", "supervisor"))
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = window.privacy_actions.import_book(book)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert dialog.summary.text().startswith(f"{book} is not an Excel file that can be read")


def test_a_supervisor_exports_the_customer_on_the_card(
    qtbot, services, ui_settings, tmp_path, monkeypatch, said
):
    window = _window(qtbot, services, ui_settings, _login(services, "8001", "supervisor"))
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),), notes="住在望京"), actor="8001"
    )
    window.customer_panel.show_customer(customer.id)
    out = tmp_path / "request.json"
    asked = []

    def save_name(_parent, title, suggested, _filter):
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    next(
        a
        for a in window.data_request_button.menu().actions()
        if a.objectName() == "exportThisCustomerAction"
    ).trigger()
    assert asked == [f"customer-{customer.id}.json"]
    assert json.loads(out.read_text(encoding="utf-8"))["customer"]["notes"] == "住在望京"
    assert out.stat().st_mode & 0o777 == 0o600
    assert said[-1][0] == "info" and "欧***" in said[-1][2] and str(out) in said[-1][2]
    assert services.audit.recent(action="customer.export")[0].actor == "8001"


def test_an_administrator_erases_the_customer_on_the_card_after_saying_why(
    qtbot, services, ui_settings, said
):
    window = _window(qtbot, services, ui_settings, _login(services, "0001", "admin"))
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),)), actor="0001"
    )
    window.customer_panel.show_customer(customer.id)
    dialog = window.privacy_actions.erase(customer.id)
    assert "欧***" in dialog.who.text() and "139****5678" in dialog.who.text()
    assert NAME not in dialog.who.text()
    assert not dialog.erase_button.isEnabled()
    dialog.reason.setText("删除请求 2026-12-01 #7")
    assert not dialog.erase_button.isEnabled()  # not without the deliberate tick
    dialog.sure.setChecked(True)
    dialog.erase_button.click()
    assert services.customers.lookup_by_number(NUMBER) is None
    assert window.customer_panel.card.data is None  # the card no longer shows the person
    assert said[-1][0] == "info" and said[-1][2].startswith(f"Customer {customer.id} was erased")
    assert "删除请求 2026-12-01 #7" in services.audit.recent(action="customer.erase")[0].detail


def test_the_service_refuses_a_supervisor_even_in_an_erase_dialog(qtbot, services, said):
    boss = _login(services, "8001", "supervisor")
    customer = services.customers.create(
        CustomerChanges(name=NAME, phones=(PhoneInput(NUMBER),)), actor="8001"
    )
    dialog = EraseDialog(services.privacy, boss, customer.id)
    qtbot.addWidget(dialog)
    dialog.reason.setText("x")
    dialog.sure.setChecked(True)
    dialog.erase_button.click()
    assert dialog.error.text() == "You do not have permission to do this."
    assert services.customers.get(customer.id).name == NAME
    assert services.audit.recent(action="permission.refused")[0].actor == "8001"
