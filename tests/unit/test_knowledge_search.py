"""Searching the knowledge base by the words agents type: 发票, 退款, 退, several at once; and
the title rules (one line, duplicates compared by width, case and CJK spacing aside)."""

from __future__ import annotations

import pytest

from agent_desk.errors import ValidationError
from agent_desk.knowledge import DuplicateTitle
from agent_desk.knowledge.search import title_key


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def supervisor(services):
    return services.accounts.create("2001", "李主管", "supervisor", "password-2")


def publish(services, supervisor, agent, title, body, tags=()):
    article = services.knowledge.propose(agent, title, body, ["inquiry"], tags)
    return services.knowledge.publish(supervisor, article.id)


def titles(services, typed):
    return [h.title for h in services.knowledge.search(typed)]


def test_two_character_words_find_articles_by_their_answers(services, agent, supervisor):
    publish(
        services,
        supervisor,
        agent,
        "开具电子凭证",
        "可在订单页面申请开具发票，电子发票会发送到邮箱。",
    )
    publish(services, supervisor, agent, "发票抬头修改", "联系客服修改抬头。")
    publish(services, supervisor, agent, "退款多久到账", "退款一般三个工作日内原路退回。")
    assert titles(services, "发票") == ["发票抬头修改", "开具电子凭证"]  # title first, then text
    assert titles(services, "发票 邮箱") == ["开具电子凭证"]  # every word, title or text
    assert titles(services, "邮箱") == ["开具电子凭证"]
    assert titles(services, "退款") == ["退款多久到账"]
    assert titles(services, "退") == ["退款多久到账"]  # one character
    assert titles(services, "原路 退款") == ["退款多久到账"]
    assert titles(services, "电子发票 邮箱") == ["开具电子凭证"]  # a long and a short word
    assert titles(services, "电子发票 退款") == []
    assert titles(services, "票邮") == []  # 「票，电」: pairs never span punctuation
    assert titles(services, '"% *') == []  # quotes, wildcards: plain characters


def test_the_short_word_index_follows_edits_retirement_and_imports(
    services, agent, supervisor, clock, tmp_path
):
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    kb = services.knowledge
    article = publish(
        services, supervisor, agent, "积分兑换", "会员积分可兑换话费。", tags=["会员"]
    )
    kb.propose(agent, "物流查询", "物流单号在订单里。")  # proposed: never offered
    assert titles(services, "物流") == []
    assert titles(services, "话费") == ["积分兑换"]
    kb.edit(supervisor, article.id, body="会员积分可兑换流量。", tags=["福利"])
    assert titles(services, "话费") == []
    assert titles(services, "流量") == ["积分兑换"]
    assert titles(services, "福利") == ["积分兑换"]
    package = kb.export_package(supervisor, "BJ01", "desk1")
    other = Services.open(Profile.at(tmp_path / "desk2").ensure(), clock)
    try:
        other.knowledge.import_package(package, "kb-test.json")
        assert [h.title for h in other.knowledge.search("流量")] == ["积分兑换"]
        kb.retire(supervisor, article.id)
        other.knowledge.import_package(kb.export_package(supervisor, "BJ01", "d1"), "n")
        assert other.knowledge.search("流量") == []
    finally:
        other.close()
    assert titles(services, "流量") == []


@pytest.mark.parametrize(
    "title",
    ["控制\x07字符", "两行\n标题", "回车\r", "制表\t符", "分段\u2029", "退款多久到账\u200b"],
)
def test_titles_refuse_control_characters_and_line_breaks(services, agent, title):
    with pytest.raises(ValidationError) as caught:
        services.knowledge.propose(agent, title, "正文", ["inquiry"])
    assert caught.value.params["reason"] == "kb.title.control"
    assert services.knowledge.articles() == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Refund Time", "Ｒｅｆｕｎｄ Ｔｉｍｅ"),  # full width
        ("退款多久到账", "退款 多久到账"),  # a space between Chinese characters
        ("退款多久到账", "退款　多久　到账"),  # ideographic spaces
        ("宽带 VIP 资费", "宽带VIP资费".replace("VIP", " vip ")),
    ],
)
def test_duplicate_titles_are_compared_by_width_case_and_chinese_spacing(
    services, agent, supervisor, first, second
):
    kb = services.knowledge
    existing = kb.propose(agent, first, "正文", ["inquiry"])
    with pytest.raises(DuplicateTitle) as caught:
        kb.propose(agent, second, "别的正文", ["inquiry"])
    assert caught.value.params["existing_id"] == existing.id
    other = kb.propose(agent, "另一篇", "正文", ["inquiry"])
    with pytest.raises(DuplicateTitle):
        kb.edit(supervisor, other.id, title=second)


def test_title_key_keeps_spaces_between_western_words():
    assert title_key("Refund  time") == "refund time"
    assert title_key("Refundtime") != title_key("Refund time")
    assert title_key("退款 VIP") == "退款 vip"
    assert title_key("退款多久\u200b到账") == title_key("退款多久到账")  # an older title, imported


def test_articles_written_before_the_upgrade_are_found_by_short_words(profile, clock):
    from datetime import UTC

    from sqlalchemy import text

    from agent_desk.audit import AuditService
    from agent_desk.knowledge import KnowledgeService
    from agent_desk.store import migrate, open_store

    store = open_store(profile.db_path, profile.backup_dir, clock, migrate_to_head=False)
    try:
        migrate(store.engine, "0008_knowledge")
        at = "'2026-11-24 01:00:00'"
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO kb_articles (id, public_id, title, title_key, body, categories,"
                    " tags, author_no, status, version, created_at, updated_at, updated_by_no,"
                    " published_at, published_by_no, origin) VALUES (1, 'a1', '退款 多久到账',"
                    f" '退款 多久到账', '原路退回，发票作废。', ' inquiry ', ' ', '1001',"
                    f" 'published', 2, {at}, {at}, '2001', {at}, '2001', 'local')"
                )
            )
        migrate(store.engine, "head")
        kb = KnowledgeService(store.sessions, clock, UTC, AuditService(store.sessions, clock))
        assert [h.title for h in kb.search("发票")] == ["退款 多久到账"]
        with store.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT title_key FROM kb_articles")).scalar() == "退款多久到账"
            )
    finally:
        store.close()


def test_a_question_of_two_character_words_still_gets_suggestions(services, agent, supervisor):
    """「发票怎么开」 has no run of three characters without a function word (怎, 么)."""
    publish(services, supervisor, agent, "开具电子凭证", "可在订单页面申请开具发票。")
    publish(services, supervisor, agent, "发票抬头修改", "联系客服修改抬头。")
    publish(services, supervisor, agent, "宽带资费", "每月九十九元。")
    kb = services.knowledge
    assert [h.title for h in kb.suggest("inquiry", "发票怎么开")] == [
        "发票抬头修改",
        "开具电子凭证",
    ]
    assert [h.title for h in kb.suggest(None, "请问，我的发票抬头")][:1] == ["发票抬头修改"]
    assert kb.suggest(None, "怎么了") == []
