"""What the agent sees when a save cannot happen, and when a setting is typed wrong.

- another program holds the database as the agent presses Save: the record stays in the form,
  a sentence in Chinese says to try again, and pressing Save again later works;
- the share settings refuse a password written into the location (it would end up in
  config.toml) and a location that is not complete, beside the fields, keeping the dialog open.
"""

from __future__ import annotations

import pytest

from agent_desk.calls.events import RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.models import engine as engine_module
from agent_desk.services import Services
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.share_settings import ShareSettingsDialog
from tests import dbaccess


def _admin(services):
    """Share settings are an administrator's (the window shows them to no one else)."""
    return services.accounts.create("0001", "管理员", "admin", "admin-pw1")


@pytest.fixture
def quick_busy_services(profile, clock, monkeypatch):
    """Services whose saves give up after 0.2 s on a held lock (the product waits 5 s)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(
        engine_module,
        "PRAGMAS",
        (*(p for p in engine_module.PRAGMAS if "busy_timeout" not in p), "PRAGMA busy_timeout=200"),
    )
    services = Services.open(profile, clock)
    yield services
    services.close()


def test_a_locked_database_keeps_the_record_in_the_form_and_says_so_in_chinese(
    qtbot, quick_busy_services, ui_settings, language, clock, profile
):
    services = quick_busy_services
    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    reply = window.call_controller.handle_event(
        RingEvent("ring", caller="13800138000", call_id="pbx-1", source="cti")
    )
    public_id = reply["call"]
    clock.advance(3)
    window.call_desk.answer()
    form = window.call_desk.form
    form.load(
        CallRecord(
            category="inquiry",
            subject="资费",
            question="套餐多少钱",
            answer="99 元",
            resolution="resolved",
            satisfaction=5,
            signoff_given=True,
        )
    )
    other = dbaccess.connect(profile.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert form.save() is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "数据库正被其他程序占用" in form.general_error.text()
    assert form.subject.text() == "资费" and form.question.toPlainText() == "套餐多少钱"
    assert services.calls.get(public_id).saved_at is None
    assert form.save() is not None
    # Once the database is free, the same record, kept on screen, is what gets saved.
    saved = services.calls.get(public_id)
    assert saved.saved_at == clock.now()
    assert (saved.category, saved.subject, saved.satisfaction) == ("inquiry", "资费", 5)


def test_share_settings_refuse_a_password_in_the_location(qtbot, services, language):
    language("zh_CN")
    dialog = ShareSettingsDialog(services.settings, _admin(services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText("smb://desk01:Very-secret-9@fileserver/summaries/BR001")
    dialog.accept()
    assert dialog.isVisible()
    assert "共享位置中不能包含密码" in dialog.result_label.text()
    saved = services.profile.config_file
    assert not saved.exists() or "Very-secret-9" not in saved.read_text(encoding="utf-8")
    assert "Very-secret-9" not in str(services.config.get("share.location"))

    dialog.location.setText("smb://")
    dialog.accept()
    assert dialog.isVisible()
    assert "该位置不完整" in dialog.result_label.text()


def test_a_callback_typed_for_days_ago_or_without_a_purpose_is_refused_in_chinese(
    qtbot, services, clock, language
):
    from datetime import timedelta

    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.ui.case_dialog import ScheduleCallbackDialog, to_qdatetime

    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    customer = services.customers.create(
        CustomerChanges(name="李四", phones=(PhoneInput("13912345678"),)), actor="1001"
    )
    dialog = ScheduleCallbackDialog(services, agent, customer_id=customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setText("告知退款结果")
    dialog.due.setDateTime(to_qdatetime(clock.now() - timedelta(days=3)))
    dialog.submit()
    assert dialog.isVisible() and dialog.scheduled is None
    assert "该时间已过" in dialog.error.text()

    dialog.due.setDateTime(to_qdatetime(clock.now() + timedelta(hours=2)))
    dialog.purpose.setText("  ")
    dialog.submit()
    assert dialog.isVisible() and "请填写回访事由" in dialog.error.text()
    assert services.callbacks.for_customer(customer.id) == []

    dialog.purpose.setText("告知退款结果")
    dialog.submit()
    assert dialog.scheduled is not None


def test_answering_while_the_database_is_held_says_so_in_chinese_and_the_call_still_rings(
    qtbot, quick_busy_services, ui_settings, language, clock, profile
):
    from agent_desk.ui.call_controller import Stage

    services = quick_busy_services
    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.call_controller.handle_event(
        RingEvent("ring", caller="13800138000", call_id="pbx-2", source="cti")
    )
    clock.advance(2)
    other = dbaccess.connect(profile.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.call_desk.answer()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "数据库正被其他程序占用" in window.status.currentMessage()
    assert window.call_controller.stage is Stage.RINGING
    window.call_desk.answer()
    assert window.call_controller.stage is Stage.TALKING


def test_a_failed_autosave_tells_the_agent_until_the_next_one_works(
    qtbot, quick_busy_services, ui_settings, language, clock, profile
):
    services = quick_busy_services
    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.call_controller.handle_event(
        RingEvent("ring", caller="13800138000", call_id="pbx-3", source="cti")
    )
    window.call_desk.answer()
    form = window.call_desk.form
    form.subject.setText("宽带断线")
    other = dbaccess.connect(profile.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        form.autosave(force=True)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "数据库正被其他程序占用" in form.general_error.text()
    form.autosave(force=True)
    assert form.general_error.text() == ""
    assert len(services.calls.pending_drafts(agent.id)) == 1
