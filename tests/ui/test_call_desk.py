"""The agent's working minute in the window: banner countdown, answer, scripts, record, draft."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from agent_desk.calls.events import RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.ui.call_controller import Stage
from agent_desk.ui.main_window import MainWindow


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def window(qtbot, services, ui_settings, agent, language):
    language("en")
    win = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(win)
    win.show()
    return win


def ring(window, caller="+86 138 0013 8000", call_id="pbx-7"):
    reply = window.call_controller.handle_event(
        RingEvent("ring", caller=caller, call_id=call_id, source="cti")
    )
    assert reply["ok"], reply
    return reply["call"]


def test_banner_counts_down_three_rings_then_turns_amber_and_red(window, clock):
    banner = window.call_desk.banner
    seen = []
    window.call_controller.ring_started.connect(seen.append)
    ring(window)
    assert seen[0].normalised == "13800138000"
    assert banner.caller_label.text() == "13800138000"  # +86 written as people write it
    assert banner.ring_text() == "15 s Ring 1 of 3"
    assert banner.property("phase") == "ringing"
    clock.advance(10)
    banner.refresh()
    assert (banner.ring_text(), banner.property("phase")) == ("5 s Ring 3 of 3", "last_ring")
    clock.advance(9)
    banner.refresh()
    assert banner.property("phase") == "overdue"
    assert banner.ring_text() == "+4 s late Three-ring rule broken · ring 4"


def test_customer_card_names_the_caller_on_the_banner(window, services, clock):
    from agent_desk.models import Customer

    with services.store.sessions.begin() as session:
        customer = Customer(name="张先生", created_at=clock.now(), updated_at=clock.now())
        session.add(customer)
        session.flush()
        customer_id = customer.id
    public_id = ring(window)
    window.call_controller.set_customer(customer_id, "张先生")
    assert window.call_desk.banner.customer_label.text() == "张先生"
    assert services.calls.get(public_id).customer_id == customer_id


def test_enter_answers_and_the_greeting_carries_the_agent_number(window, qtbot, clock, services):
    public_id = ring(window)
    clock.advance(4.2)
    qtbot.keyClick(window.call_desk.banner, Qt.Key.Key_Return)
    assert window.call_controller.stage is Stage.TALKING
    assert services.calls.get(public_id).answer_delay_ms == 4200
    assert "1001" in window.call_desk.scripts.greeting.text()
    assert window.call_desk.banner.detail_label.text() == "Answered after 4.2 s, within three rings"


def test_f6_and_f7_mark_greeting_and_sign_off_in_the_record(window, qtbot):
    ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    qtbot.keyClick(form.subject, Qt.Key.Key_F6)
    assert form.greeting_given.isChecked()
    assert not form.signoff_given.isChecked()
    qtbot.keyClick(form.subject, Qt.Key.Key_F7)
    assert form.record().signoff_given
    form.greeting_given.setChecked(False)
    assert not window.call_desk.scripts.greeting_button.isChecked()


def test_complaint_shows_its_prompt_and_the_sign_off_waits_for_wrap_up(window):
    ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.category.setCurrentIndex(form.category.findData("complaint"))
    panel = window.call_desk.scripts
    assert "within 5 minutes" in panel.prompt.text()
    assert "goodbye" in panel.signoff.text().lower()
    assert "shift the blame" in panel.etiquette.text()
    window.call_controller.hang_up("pbx-7")
    assert window.call_controller.stage is Stage.WRAPUP
    assert "Wrap-up" in form.timer_label.text()


def test_invalid_record_shows_messages_beside_the_fields(window, services):
    public_id = ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.subject.setText("")
    assert form.save() is None
    assert form.errors["subject"].text() == "Write a short subject."
    assert form.errors["category"].isVisibleTo(form)
    assert not form.errors["satisfaction"].text()
    assert services.calls.get(public_id).saved_at is None


def test_invalid_record_messages_are_in_chinese_for_a_chinese_desk(
    qtbot, services, ui_settings, agent, language
):
    language("zh_CN")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    ring(window)
    window.call_desk.answer()
    window.call_desk.form.save()
    assert window.call_desk.form.errors["question"].text() == "请记录客户的问题。"
    assert window.call_desk.scripts.greeting.text() == "您好，1001号为您服务，请问有什么可以帮您？"


def test_filled_record_is_saved_with_wrap_up_and_signal(window, services, clock):
    saved = []
    window.call_controller.record_saved.connect(saved.append)
    public_id = ring(window)
    clock.advance(3)
    window.call_desk.answer()
    clock.advance(60)
    window.call_controller.hang_up(None)
    clock.advance(20)
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
    form.greeting_given.setChecked(True)
    assert form.save() is not None
    call = services.calls.get(public_id)
    assert (call.category, call.satisfaction, call.greeting_given) == ("inquiry", 5, True)
    assert (call.wrapup_ended_at - call.ended_at).total_seconds() == 20
    assert saved[0].call.public_id == public_id
    assert window.call_controller.stage is Stage.IDLE
    assert not form.subject.isEnabled()


def test_caller_hanging_up_while_ringing_leaves_an_abandoned_call(window, services, clock):
    public_id = ring(window)
    clock.advance(17)
    reply = window.call_controller.handle_event(RingEvent("hangup", call_id="pbx-7"))
    assert reply["ok"]
    call = services.calls.get(public_id)
    assert (call.outcome, call.ring_duration_ms, call.within_rule) == ("abandoned", 17000, False)
    assert window.call_controller.stage is Stage.IDLE


def test_complex_flag_starts_the_two_minute_transfer_clock(window, clock):
    ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.complex_flag.setChecked(True)
    clock.advance(30)
    form.transfer_clock.refresh()
    assert "1:30" in form.transfer_clock.label.text()
    clock.advance(100)
    form.transfer_clock.refresh()
    assert "overdue by 0:10" in form.transfer_clock.label.text()


def test_unsaved_draft_is_offered_again_in_a_new_window(
    qtbot, window, services, ui_settings, agent
):
    public_id = ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.subject.setText("停电报修")
    form.question.setPlainText("整栋楼停电")
    form.autosave()
    again = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(again)
    again.show()
    restored = again.call_desk.form
    assert restored.restore_bar.isVisible()
    restored.restore_offered()
    assert restored.subject.text() == "停电报修"
    assert again.call_controller.current.public_id == public_id
    assert again.call_controller.stage is Stage.WRAPUP


def test_second_ring_while_talking_is_missed_and_listed_for_a_callback(window, services, clock):
    """It was refused (exit 2) and recorded nowhere."""
    ring(window)
    window.call_desk.answer()
    reply = window.call_controller.handle_event(
        RingEvent("ring", caller="13911112222", call_id="pbx-8", source="cti")
    )
    assert reply["ok"] and reply["waiting"]
    assert window.call_controller.current.cti_call_id == "pbx-7"  # still on the first call
    assert "Calls waiting: 1" in window.call_desk.banner.note_label.text()
    clock.advance(20)
    window.call_controller.handle_event(RingEvent("hangup", call_id="pbx-8", source="cti"))
    missed = services.calls.get(reply["call"])
    assert (missed.outcome, missed.ring_duration_ms, missed.rang_while_busy) == (
        "abandoned",
        20000,
        True,
    )
    assert "Missed call from 139****2222" in window.status.currentMessage()
    rows = window.followups.rows
    assert [(r.type, r.number) for r in rows] == [("callback", "13911112222")]
    assert rows[0].subject.startswith("Missed call at")


def test_screen_pop_names_a_known_caller_on_the_banner_and_links_the_call(window, qtbot, services):
    from agent_desk.customers import CustomerChanges, PhoneInput

    zhang = services.customers.create(
        CustomerChanges(name="张三", phones=[PhoneInput("138 0013 8000", "手机")])
    )
    public_id = ring(window, caller="0086 138-0013-8000")
    banner = window.call_desk.banner
    qtbot.waitUntil(lambda: banner.customer_label.text() == "张三", timeout=5000)
    assert services.calls.get(public_id).customer_id == zhang.id
    assert window.call_controller.current.customer_id == zhang.id


def test_supervisor_edits_the_greeting_with_a_live_preview(qtbot, services, language):
    from agent_desk.ui.script_editor import ScriptEditorDialog

    language("en")
    boss = services.accounts.create("8001", "陈主管", "supervisor", "password1")
    dialog = ScriptEditorDialog(services.scripts, boss)
    qtbot.addWidget(dialog)
    for row in range(dialog.list.count()):
        info = dialog.list.item(row).data(Qt.ItemDataRole.UserRole)
        if (info.kind, info.language) == ("greeting", "zh_CN"):
            dialog.list.setCurrentRow(row)
    dialog.body.setPlainText("您好，{agent_no}号{agent_name}为您服务。")
    assert dialog.preview.text() == "您好，1001号王小明为您服务。"
    assert dialog.save()
    assert services.scripts.text("greeting", "zh_CN", {"agent_no": "7", "agent_name": "李"}) == (
        "您好，7号李为您服务。"
    )
    dialog.body.setPlainText("您好，{agent_number}号")
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "{agent_number} is not a placeholder the desk can fill."
    assert not dialog.save()
    assert "{agent_number}" not in services.scripts.get("greeting", "zh_CN").body


def test_f2_opens_the_ring_dialog_and_counts_from_the_key_press(window, qtbot, clock, services):
    from PySide6.QtCore import QTimer

    from agent_desk.ui.ring_dialog import RingDialog

    def type_number() -> None:
        dialog = next(w for w in window.findChildren(RingDialog) if w.isVisible())
        clock.advance(3)  # reading the number off the desk phone
        dialog.number.setText("010-6552 9988")
        dialog.accept()

    QTimer.singleShot(0, type_number)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    event = window.call_controller.current
    assert event.normalised == "01065529988"
    call = services.calls.get(event.public_id)
    assert call.ring_started_at == clock.now() - timedelta(seconds=3)


def test_a_ring_during_wrap_up_sets_the_record_aside_and_offers_it_after_the_next_save(
    window, qtbot, services
):
    first = ring(window, call_id="a")
    window.call_desk.answer()
    window.call_controller.hang_up("a")
    form = window.call_desk.form
    form.subject.setText("第一通：宽带报修")
    second = ring(window, caller="13900001111", call_id="b")
    assert window.call_controller.current.public_id == second
    (draft,) = services.calls.pending_drafts(window.agent.id)
    assert (draft.call_public_id, draft.record.subject) == (first, "第一通：宽带报修")
    window.call_desk.answer()
    form.load(
        CallRecord(
            category="inquiry",
            subject="第二通",
            question="营业时间",
            answer="9 点到 18 点",
            resolution="resolved",
            satisfaction=5,
            signoff_given=True,
        )
    )
    saved = form.save()
    assert saved is not None and saved.call.public_id == second  # the new call, not the first
    assert services.calls.get(second).subject == "第二通"
    qtbot.waitUntil(form.restore_bar.isVisible, timeout=2000)
    # Saved while its caller was still on the line: the call is on until the phone says so.
    window.call_controller.hang_up("b")
    form.restore_offered()
    assert window.call_controller.current.public_id == first
    assert form.subject.text() == "第一通：宽带报修"


def test_outbound_call_from_a_card_is_recorded_as_outbound_and_written_up(window, services):
    event = window.call_controller.place_outbound("0086 139 0000 1111")
    assert (event.direction, event.normalised) == ("outbound", "13900001111")
    assert window.call_controller.stage is Stage.TALKING
    form = window.call_desk.form
    assert form.subject.isEnabled()
    assert window.call_desk.banner.detail_label.text() == "Outbound call"
    window.call_desk.hang_up()
    assert window.call_controller.stage is Stage.WRAPUP
    call = services.calls.get(event.public_id)
    assert (call.direction, call.within_rule, call.ended_at is not None) == (
        "outbound",
        None,
        True,
    )


def test_text_a_caller_or_customer_wrote_is_shown_as_written_never_as_rich_text(
    qtbot, window, services, clock
):
    """`sip:%3Cb%3EVIP%3C%2Fb%3E1@…` rendered bold on the banner, and <img src=…> was taken:
    Qt's labels read text that looks like HTML as HTML."""
    from PySide6.QtWidgets import QLabel

    from agent_desk.customers import CustomerChanges, PhoneInput

    services.customers.create(
        CustomerChanges(
            name="<b>Boss</b>",
            company="<i>Acme</i>",
            notes="<img src=x>",
            phones=[PhoneInput("138 0013 8000", "<u>mobile</u>")],
        )
    )
    from agent_desk.calls.cti import event_from_message

    sent = '"<b>VIP</b>" <sip:%3Cb%3EVIP%3C%2Fb%3E1@10.0.0.5>'
    event = event_from_message({"cmd": "ring", "caller": sent, "call_id": "a"})
    assert window.call_controller.handle_event(event)["ok"]
    assert window.call_controller.current.caller_number == ""  # markup is no number
    assert window.call_controller.current.caller_name == "<b>VIP</b>"
    window.call_controller.hang_up("a")
    ring(window, caller="13800138000", call_id="b")
    qtbot.waitUntil(lambda: "Boss" in window.call_desk.banner.customer_label.text())
    window.call_controller.answer("b")
    window.call_controller.hang_up("b")
    window.call_desk.form.subject.setText("<b>subject</b>")
    rich = [
        label.objectName() or label.text()
        for label in window.findChildren(QLabel)
        if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []


def test_a_dialled_or_restored_call_names_its_number_on_the_banner(window, services):
    """An outbound call showed 'Waiting for calls / F2…' beside 'On the call'; a restored
    wrap-up showed 'Waiting for calls'."""
    banner = window.call_desk.banner
    controller = window.call_controller
    controller.place_outbound("139 0000 1111")
    assert banner.caller_label.text() == "139 0000 1111"
    controller.hang_up()
    assert banner.caller_label.text() == "139 0000 1111"
    controller.save(
        CallRecord(
            category="inquiry",
            subject="回访",
            question="满意吗",
            answer="满意",
            resolution="resolved",
        )
    )
    public_id = ring(window, caller="13800138000", call_id="r1")
    controller.answer("r1")
    controller.session.current = None  # as after a restart: nothing at the desk
    controller.session.stage = Stage.IDLE
    controller.resume(public_id)
    assert banner.caller_label.text() == "13800138000"
