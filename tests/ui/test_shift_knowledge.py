"""The agent's knowledge-base contributions of the month in the shift report they read: the
report (HTML/PDF), the close-shift preview built from it, in Chinese and English."""

from __future__ import annotations

import html

import pytest

from agent_desk.ui.shift_close_dialog import ShiftCloseDialog
from agent_desk.ui.summary_render import build_html


@pytest.fixture
def shift_with_two_contributions(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "password-1")
    supervisor = services.accounts.create("2001", "李主管", "supervisor", "password-2")
    services.shifts.start(agent)
    for title in ("发票开具", "退款到账"):
        article = services.knowledge.propose(agent, title, "正文内容", ["inquiry"])
        services.knowledge.publish(supervisor, article.id)
    clock.advance(3600)
    return services.shifts.last(agent_no="1001")


@pytest.mark.parametrize(
    ("lang", "label", "below"),
    [
        ("zh_CN", "本月已发布知识条目（2026-11，截至班次结束）", "未达标"),
        ("en", "Articles published this month (2026-11, as of the shift's end)", "below target"),
    ],
)
def test_the_shift_report_shows_the_months_contributions_against_the_target(
    qapp, services, shift_with_two_contributions, lang, label, below
):
    summary = services.shifts.summary(shift_with_two_contributions.id, lang)
    assert summary["knowledge"]["published"] == 2
    page = build_html(summary, lang)
    assert html.escape(label) in page
    row = page[page.index(html.escape(label)) :].split("</tr>")[0]
    assert ">2 <span" in row and ">5</td>" in row and below in row


def test_the_close_shift_preview_shows_the_contributions(
    qtbot, services, shift_with_two_contributions, language
):
    language("en")
    dialog = ShiftCloseDialog(services.shifts, shift_with_two_contributions, "en")
    qtbot.addWidget(dialog)
    text = dialog.preview.toPlainText()
    assert "Knowledge base" in text
    assert "Articles published this month (2026-11, as of the shift's end)" in text
