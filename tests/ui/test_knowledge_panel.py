"""The knowledge panel during a call, and the knowledge window: the agent's view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agent_desk.calls.events import RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.ui.knowledge_window import KnowledgeWindow
from agent_desk.ui.main_window import MainWindow


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def supervisor(services):
    services.accounts.create("8001", "陈主管", "supervisor", "password2")
    return services.accounts.login("8001", "password2")


@pytest.fixture
def articles(services, agent, supervisor):
    kb = services.knowledge
    made = {}
    for title, body, cats in (
        ("宽带报修流程", "请先重启光猫，仍不能上网请登记报修，24 小时内上门。", ["repair"]),
        ("宽带资费说明", "包月套餐每月九十九元，含光纤安装。", ["inquiry"]),
        ("积分兑换", "积分可在营业厅兑换话费。", ["inquiry"]),
    ):
        article = kb.propose(agent, title, body, cats)
        made[title] = kb.publish(supervisor, article.id)
    return made


@pytest.fixture
def window(qtbot, services, ui_settings, agent, language, articles):
    language("en")
    win = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(win)
    win.resize(1600, 860)  # a wide screen: the panel shows beside the call
    win.show()
    return win


def answer_a_call(window):
    reply = window.call_controller.handle_event(
        RingEvent("ring", caller="13800138000", call_id="pbx-1", source="cti")
    )
    assert reply["ok"], reply
    window.call_desk.answer()
    return reply["call"]


def test_the_panel_suggests_for_the_question_and_ctrl_enter_inserts_the_answer(
    window, qtbot, services, articles
):
    public_id = answer_a_call(window)
    form = window.call_desk.form
    panel = window.knowledge_desk.panel
    form.category.setCurrentIndex(form.category.findData("repair"))
    form.question.setPlainText("我家宽带报修了还没人来")
    qtbot.waitUntil(lambda: [h.title for h in panel.hits][:1] == ["宽带报修流程"], timeout=5000)
    assert panel.heading.text() == "Suggested for this call"

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert panel.query.hasFocus()
    panel.query.insert("九十九")  # an input method commits the words at once
    qtbot.waitUntil(lambda: panel.mode == "search" and len(panel.hits) == 1, timeout=5000)
    assert panel.hits[0].title == "宽带资费说明"
    qtbot.keyClick(panel.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.answer.toPlainText() == "包月套餐每月九十九元，含光纤安装。"

    form.subject.setText("资费")
    form.resolution.setCurrentIndex(form.resolution.findData("resolved"))
    assert form.save() is None  # the first Ctrl+S hints at the sign-off and satisfaction
    assert form.save() is not None  # the next one saves as it is
    kept = services.calls.record_of(public_id)
    used = articles["宽带资费说明"]
    assert (kept.kb_article_id, kept.kb_article_version) == (used.id, used.version)
    assert isinstance(kept, CallRecord)


def test_ctrl_enter_in_the_question_field_inserts_the_suggestion_once(window, qtbot):
    """The agent types the question and, without leaving it, takes the suggested answer."""
    answer_a_call(window)
    form = window.call_desk.form
    panel = window.knowledge_desk.panel
    form.category.setCurrentIndex(form.category.findData("repair"))
    form.question.setFocus()
    form.question.insertPlainText("宽带报修了没人来")  # an input method commits the words
    qtbot.waitUntil(lambda: [h.title for h in panel.hits][:1] == ["宽带报修流程"], timeout=5000)
    assert form.question.hasFocus()
    qtbot.keyClick(form.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    expected = "请先重启光猫，仍不能上网请登记报修，24 小时内上门。"
    assert form.answer.toPlainText() == expected
    assert form.question.toPlainText() == "宽带报修了没人来"  # no line break typed into it
    qtbot.keyClick(form.question, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert form.answer.toPlainText() == expected  # the same article twice: added once
    assert "not added again" in window.status.currentMessage()


def test_on_a_narrow_window_the_first_ctrl_enter_shows_what_the_next_inserts(window, qtbot):
    answer_a_call(window)
    form = window.call_desk.form
    dock = window.knowledge_desk.dock
    window.resize(1280, 690)
    qtbot.waitUntil(lambda: not dock.isVisible())
    form.question.setFocus()
    form.question.insertPlainText("积分兑换")
    panel = window.knowledge_desk.panel
    qtbot.waitUntil(lambda: [h.title for h in panel.hits][:1] == ["积分兑换"], timeout=5000)
    qtbot.keyClick(form.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible() and form.answer.toPlainText() == ""
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.answer.toPlainText() == "积分可在营业厅兑换话费。"


def test_the_panel_searches_one_or_two_characters_in_titles_and_answers(window, qtbot):
    panel = window.knowledge_desk.panel
    panel.query.insert("积分")
    qtbot.waitUntil(lambda: panel.mode == "search" and len(panel.hits) == 1, timeout=5000)
    assert panel.hits[0].title == "积分兑换"
    panel.query.clear()
    panel.query.insert("光猫")  # two characters, in an answer only
    qtbot.waitUntil(lambda: [h.title for h in panel.hits] == ["宽带报修流程"], timeout=5000)


def test_without_a_call_the_answer_is_not_inserted_and_the_agent_is_told(window, qtbot):
    panel = window.knowledge_desk.panel
    panel.query.insert("积分兑换")
    qtbot.waitUntil(lambda: len(panel.hits) == 1, timeout=5000)
    panel.insert_current()
    assert window.call_desk.form.answer.toPlainText() == ""
    assert "Answer a call first" in window.status.currentMessage()


def test_the_panel_is_a_dock_the_agent_can_hide_with_f9(window, qtbot):
    dock = window.knowledge_desk.dock
    assert dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert dock.isVisible()


def test_on_a_1280_px_window_the_panel_steps_aside_until_asked_for(window, qtbot):
    """At 1366x768 and 1280x800 the call form needs the width for every field and Save."""
    dock = window.knowledge_desk.dock
    window.resize(1280, 690)
    qtbot.waitUntil(lambda: not dock.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert dock.isVisible() and window.knowledge_desk.panel.query.hasFocus()
    window.resize(1270, 690)
    assert dock.isVisible()  # asked for: it stays


def test_the_window_fits_a_1366x768_screen_with_the_panel(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700


def test_a_duplicate_title_names_the_article_and_a_supervisor_merges(
    qtbot, services, supervisor, articles, language, monkeypatch
):
    language("en")
    win = KnowledgeWindow(services.knowledge, supervisor)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.title.setText("积分兑换")
    win.body.setPlainText("积分每年年底清零。")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.save()
    merged = services.knowledge.get(articles["积分兑换"].id)
    assert merged.body == "积分可在营业厅兑换话费。\n\n积分每年年底清零。"
    assert win.error.text() == "Saved: published, version 3."
    assert win.history.count() == 3


def test_an_agent_proposes_in_the_window_and_an_oversized_text_is_refused_in_chinese(
    qtbot, services, agent, language
):
    language("zh_CN")
    win = KnowledgeWindow(services.knowledge, agent)
    qtbot.addWidget(win)
    assert not win.publish_button.isEnabled()
    win.title.setText("新条目")
    win.body.setPlainText("字" * 50_001)
    win.save()
    assert win.error.text() == "条目最多 50000 个字符，当前为 50001 个。"
    assert services.knowledge.articles() == []
    win.body.setPlainText("新条目的答案")
    win.categories["other"].setChecked(True)
    win.save()
    assert [a.status for a in services.knowledge.articles()] == ["proposed"]
