"""Scripts: seeded from resources, rendered with the agent's number, edited by supervisors only."""

from __future__ import annotations

import pytest

from agent_desk.calls.call_scripts import check_body, render
from agent_desk.errors import PermissionDenied, ValidationError


def test_greeting_is_seeded_in_chinese_and_filled_with_the_agent_number(services):
    text = services.scripts.text("greeting", "zh_CN", {"agent_no": "1001"})
    assert text == "您好，1001号为您服务，请问有什么可以帮您？"
    assert "1001" in services.scripts.text("greeting", "en", {"agent_no": "1001"})


def test_sign_off_asks_for_more_thanks_and_ends_with_goodbye(services):
    text = services.scripts.text("signoff", "zh_CN", {})
    assert "还有什么" in text and "感谢" in text and text.rstrip("！!。").endswith("再见")


def test_etiquette_reminders_name_the_three_dos_and_donts(services):
    text = services.scripts.text("etiquette", "zh_CN", {})
    for words in ("「请」字当头", "「您」字不离口", "「再见」结尾", "推诿", "责怪客户"):
        assert words in text


def test_complaint_prompt_apologises_and_asks_for_the_points_in_five_minutes(services):
    text = services.scripts.text("prompt", "zh_CN", {"reply_time": "12月1日"}, category="complaint")
    assert "抱歉" in text and "5 分钟" in text and "12月1日" in text
    for category in ("inquiry", "suggestion", "repair"):
        script = services.scripts.get("prompt", "zh_CN", category)
        assert script is not None, category
        assert (script.kind, script.category, script.language) == ("prompt", category, "zh_CN")
        # A prompt the agent can read out: Chinese text, not an empty or English placeholder.
        assert any("\u4e00" <= ch <= "\u9fff" for ch in script.body), (category, script.body)


def test_seeding_twice_adds_nothing(services):
    services.scripts.list()
    assert services.scripts.seed() == 0
    assert len(services.scripts.list("zh_CN")) == len(services.scripts.list("en")) == 9


def test_unknown_placeholder_reads_as_nothing_when_rendering_known_ones():
    assert render("{agent_no}号 {customer_name}", {"agent_no": "7"}) == "7号 "


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("您好，{agnet_no}号为您服务", "script.placeholder"),
        ("您好，{agent_no号为您服务", "script.braces"),
        ("{agent_no!r}", "script.placeholder"),
        ("   ", "script.empty"),
    ],
)
def test_a_template_with_an_unknown_placeholder_cannot_be_saved(body, reason):
    with pytest.raises(ValidationError) as raised:
        check_body(body)
    assert raised.value.params["reason"] == reason


def test_supervisor_edits_a_script_and_it_is_audited(services):
    boss = services.accounts.create("8001", "陈主管", "supervisor", "password-1")
    greeting = services.scripts.get("greeting", "zh_CN")
    services.scripts.update(greeting.public_id, "您好，{company}{agent_no}号为您服务。", actor=boss)
    assert services.scripts.text(
        "greeting", "zh_CN", {"agent_no": "1001", "company": "某公司"}
    ) == ("您好，某公司1001号为您服务。")
    (event,) = services.audit.recent(action="script.update")
    assert (event.actor, event.target) == ("8001", "greeting/*/zh_CN")


def test_an_agent_cannot_edit_scripts_and_bad_edits_change_nothing(services):
    agent = services.accounts.create("1001", "王小明", "agent", "password-1")
    boss = services.accounts.create("8001", "陈主管", "supervisor", "password-1")
    greeting = services.scripts.get("greeting", "zh_CN")
    with pytest.raises(PermissionDenied):
        services.scripts.update(greeting.public_id, "你好", actor=agent)
    with pytest.raises(ValidationError):
        services.scripts.update(greeting.public_id, "{nonsense}", actor=boss)
    assert services.scripts.get("greeting", "zh_CN").body == greeting.body
