"""The knowledge base's rules: who proposes and publishes, versions, search in Chinese, packages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from agent_desk.errors import PermissionDenied, ValidationError
from agent_desk.knowledge import (
    BODY_MAX,
    DuplicateTitle,
    InvalidTransition,
    PackageRefused,
)
from agent_desk.models import AuditEvent, KbArticle, KbArticleVersion
from agent_desk.paths import Profile
from agent_desk.services import Services


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def supervisor(services):
    return services.accounts.create("2001", "李主管", "supervisor", "password-2")


def published(services, supervisor, agent, title, body, categories=("inquiry",), tags=()):
    article = services.knowledge.propose(agent, title, body, categories, tags)
    return services.knowledge.publish(supervisor, article.id)


def test_an_agent_proposes_and_a_supervisor_publishes(services, agent, supervisor):
    kb = services.knowledge
    article = kb.propose(agent, "宽带资费", "包月套餐每月 99 元。", ["inquiry"], ["宽带", "资费"])
    assert (article.status, article.version, article.author_no) == ("proposed", 1, "1001")
    assert kb.search("宽带资费") == []  # proposed articles are not offered on calls
    with pytest.raises(PermissionDenied):
        kb.publish(agent, article.id)
    done = kb.publish(supervisor, article.id)
    assert (done.status, done.version) == ("published", 2)
    assert [h.title for h in kb.search("宽带资费")] == ["宽带资费"]
    with pytest.raises(InvalidTransition):
        kb.publish(supervisor, article.id)


def test_agents_may_not_edit_or_retire_and_the_refusal_is_audited(services, agent, supervisor):
    kb = services.knowledge
    article = published(services, supervisor, agent, "停机保号", "可办理停机保号业务。")
    with pytest.raises(PermissionDenied):
        kb.edit(agent, article.id, body="别的")
    with pytest.raises(PermissionDenied):
        kb.retire(agent, article.id)
    with services.store.sessions() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "1001")).all()
    assert actions.count("permission.refused") == 2
    assert "kb.propose" in actions


def test_every_edit_keeps_the_previous_version(services, agent, supervisor, clock):
    kb = services.knowledge
    article = published(services, supervisor, agent, "话费查询", "拨打 10086 查询。")
    clock.advance(300)
    kb.edit(supervisor, article.id, body="发送短信 CXHF 到 10086 查询。", tags=["话费"])
    retired = kb.retire(supervisor, article.id)
    assert retired.version == 4
    history = kb.history(article.id)
    assert [(v.version, v.status) for v in history] == [
        (4, "retired"),
        (3, "published"),
        (2, "published"),
        (1, "proposed"),
    ]
    assert history[2].body == "拨打 10086 查询。"
    assert history[1].tags == ("话费",)
    assert kb.search("话费查询") == []  # retired: no longer offered


@pytest.mark.parametrize(
    ("title", "body", "reason"),
    [
        ("   ", "正文", "kb.title.required"),
        ("标题", "  ", "kb.body.required"),
        ("标" * 201, "正文", "kb.title.too_long"),
        ("标题", "字" * (BODY_MAX + 1), "kb.body.too_long"),
    ],
)
def test_bad_articles_are_refused_with_a_reason(services, agent, title, body, reason):
    with pytest.raises(ValidationError) as caught:
        services.knowledge.propose(agent, title, body, ["inquiry"])
    assert caught.value.params["reason"] == reason
    assert services.knowledge.articles() == []


def test_a_body_of_exactly_50000_characters_is_taken(services, agent):
    article = services.knowledge.propose(agent, "长文", "字" * BODY_MAX, ["other"])
    assert len(services.knowledge.get(article.id).body) == BODY_MAX


def test_an_unknown_category_is_refused(services, agent):
    with pytest.raises(ValidationError) as caught:
        services.knowledge.propose(agent, "标题", "正文", ["billing"])
    assert caught.value.params["reason"] == "kb.category.unknown"


def test_a_duplicate_title_is_refused_naming_the_existing_article(services, agent, supervisor):
    kb = services.knowledge
    first = kb.propose(agent, "Broadband  Prices", "99 a month", ["inquiry"])
    with pytest.raises(DuplicateTitle) as caught:
        kb.propose(agent, "broadband prices", "other text", ["inquiry"])
    assert caught.value.params["existing_id"] == first.id
    assert caught.value.params["existing_title"] == "Broadband  Prices".replace("  ", " ")
    merged = kb.merge_into(supervisor, first.id, "other text", ["repair"], ["price"])
    assert merged.body == "99 a month\n\nother text"
    assert merged.categories == ("inquiry", "repair")
    assert merged.version == 2
    kb.retire(supervisor, first.id)
    again = kb.propose(agent, "Broadband prices", "new text", ["inquiry"])  # retired: free again
    assert again.title == "Broadband prices"


def test_chinese_search_finds_any_three_characters_and_short_words(services, agent, supervisor):
    published(
        services, supervisor, agent, "宽带资费说明", "包月套餐每月九十九元，含光纤。", tags=["宽带"]
    )
    published(services, supervisor, agent, "手机停机保号", "停机保号每月五元。", tags=["停机"])
    kb = services.knowledge
    assert [h.title for h in kb.search("九十九")] == ["宽带资费说明"]  # in the body
    # two characters: titles and tags first, then the text
    assert [h.title for h in kb.search("每月")] == ["宽带资费说明", "手机停机保号"]
    assert [h.title for h in kb.search("宽带")] == ["宽带资费说明"]  # a tag / title prefix
    assert [h.title for h in kb.search("停机")] == ["手机停机保号"]
    assert [h.title for h in kb.search("保号 手机")] == ["手机停机保号"]  # every word must match
    assert kb.search("") == []
    assert kb.search('"%_') == []  # quotes and LIKE wildcards are plain characters


def test_suggestions_follow_the_question_and_prefer_the_call_category(services, agent, supervisor):
    published(services, supervisor, agent, "宽带报修流程", "宽带断网请先重启光猫。", ["repair"])
    published(
        services, supervisor, agent, "宽带断网赔偿", "宽带断网超过一天可申请赔偿。", ["inquiry"]
    )
    published(services, supervisor, agent, "积分兑换", "积分可兑换话费。", ["inquiry"])
    kb = services.knowledge
    hits = kb.suggest("repair", "我家宽带断网了怎么办")
    # A title sharing the question's words first; then articles whose text shares them
    assert [h.title for h in hits] == ["宽带断网赔偿", "宽带报修流程"]
    # 「断网了」「怎么办」 hold function words (了, 怎么): every question has them
    published(services, supervisor, agent, "断网了怎么办", "先重启光猫。", ["repair"])
    hits = kb.suggest("repair", "我家宽带断网了怎么办")
    assert [h.title for h in hits] == ["宽带断网赔偿", "宽带报修流程"]
    assert kb.suggest("inquiry", "我家宽带断网了怎么办")[0].title == "宽带断网赔偿"
    assert {h.title for h in kb.suggest("inquiry", "")} == {"宽带断网赔偿", "积分兑换"}
    assert kb.suggest(None, "") == []


def test_published_contributions_count_in_the_month_first_published(
    services, agent, supervisor, clock
):
    kb = services.knowledge
    for i in range(3):
        published(services, supervisor, agent, f"条目{i}", "正文内容")
    proposed = kb.propose(agent, "未发布", "正文内容")
    month = services.policy.zone and clock.now().date().replace(day=1)
    assert kb.contributions(month) == {"1001": 3}
    assert kb.contributions_of("1001", month) == 3
    clock.advance(40 * 86400)
    kb.publish(supervisor, proposed.id)
    later = clock.now().date().replace(day=1)
    assert kb.contributions_of("1001", later) == 1
    assert kb.contributions_of("1001", month) == 3
    assert kb.contributions(date(2020, 1, 1)) == {}


def _second_desk(tmp_path, clock):
    return Services.open(Profile.at(tmp_path / "desk2").ensure(), clock)


def test_a_package_carries_published_articles_and_history_to_another_desk(
    services, agent, supervisor, clock, tmp_path
):
    kb = services.knowledge
    article = published(services, supervisor, agent, "宽带资费", "每月九十九元。")
    kb.propose(agent, "草稿", "还没发布")
    kb.edit(supervisor, article.id, body="每月一百元。")
    data = kb.export_package(supervisor, "BJ01", "desk1")
    other = _second_desk(tmp_path, clock)
    try:
        result = other.knowledge.import_package(data, "kb-test.json")
        assert (result.added, result.updated, result.unchanged) == (1, 0, 0)
        copy = other.knowledge.get(article.id)
        assert (copy.body, copy.version, copy.origin) == ("每月一百元。", 3, "share")
        assert [v.version for v in other.knowledge.history(article.id)] == [3, 2, 1]
        assert [h.title for h in other.knowledge.search("一百元")] == ["宽带资费"]
        assert other.knowledge.import_package(data, "again").unchanged == 1
        kb.retire(supervisor, article.id)
        newer = other.knowledge.import_package(kb.export_package(supervisor, "BJ01", "d1"), "n")
        assert newer.updated == 1
        assert other.knowledge.search("一百元") == []
        assert other.knowledge.contributions_of("1001", clock.now().date().replace(day=1)) == 1
    finally:
        other.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: d[: len(d) // 2], "kb.package.truncated"),
        (lambda d: d.replace(b'"version": 1,', b'"version": 2,', 1), "kb.package.version"),
        (
            lambda d: d.replace(b'"schema": "agent-desk/kb-package"', b'"schema": "x"'),
            "kb.package.schema",
        ),
    ],
)
def test_a_bad_package_is_refused_whole(
    services, agent, supervisor, clock, tmp_path, damage, reason
):
    for i in range(3):
        published(services, supervisor, agent, f"文章{i}", f"正文{i}内容")
    data = services.knowledge.export_package(supervisor, "BJ01", "desk1")
    other = _second_desk(tmp_path, clock)
    try:
        with pytest.raises(PackageRefused) as caught:
            other.knowledge.import_package(damage(data), "bad.json")
        assert caught.value.params["reason"] == reason
        assert other.knowledge.articles() == []
    finally:
        other.close()


def test_a_package_cut_between_articles_is_refused_by_its_count(
    services, agent, supervisor, clock, tmp_path
):
    for i in range(3):
        published(services, supervisor, agent, f"文章{i}", f"正文{i}内容")
    package = json.loads(services.knowledge.export_package(supervisor, "BJ01", "desk1"))
    package["articles"] = package["articles"][:2]  # a well-formed file that lost its tail
    other = _second_desk(tmp_path, clock)
    try:
        with pytest.raises(PackageRefused) as caught:
            other.knowledge.import_package(json.dumps(package).encode(), "cut.json")
        assert caught.value.params["reason"] == "kb.package.truncated"
        with other.store.sessions() as session:
            assert session.scalar(select(KbArticle.id)) is None
            assert session.scalar(select(KbArticleVersion.id)) is None
    finally:
        other.close()


def test_the_share_package_is_queued_then_imported_once_by_another_desk(
    services, agent, supervisor, clock, tmp_path
):
    from agent_desk.share import FolderShare

    share = tmp_path / "share"
    share.mkdir()
    published(services, supervisor, agent, "宽带资费", "每月九十九元。")
    path = services.knowledge.queue_for_share(supervisor, "BJ01", "desk1")
    assert path.startswith("kb/kb-") and path.endswith("-BJ01-desk1.json")
    services.sync.use_backend(lambda: FolderShare(share))
    assert services.sync.run(force=True).sent == 2  # the agent's proposal, then the package
    other = _second_desk(tmp_path, clock)
    try:
        assert other.knowledge.import_from_share(str(share)).added == 1
        assert other.knowledge.import_from_share(str(share)) is None  # already taken
        assert other.knowledge.import_from_share(str(tmp_path / "empty")) is None
    finally:
        other.close()


def test_the_call_record_notes_which_article_version_was_used(services, agent, supervisor):
    from agent_desk.calls.service import CallRecord

    article = published(services, supervisor, agent, "宽带资费", "每月九十九元。")
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    record = CallRecord(
        category="inquiry",
        subject="资费",
        question="宽带多少钱",
        answer=services.knowledge.get(article.id).body,
        resolution="resolved",
        kb_article_id=article.id,
        kb_article_version=article.version,
    )
    services.calls.save_record(call.public_id, record, actor=agent)
    kept = services.calls.record_of(call.public_id)
    assert (kept.kb_article_id, kept.kb_article_version) == (article.id, 2)


def test_the_shift_summary_and_the_grade_count_the_months_contributions(
    services, agent, supervisor, clock
):
    from agent_desk.reports.grades import grade_month
    from agent_desk.reports.rows import row_from_summary
    from agent_desk.shifts.summary import validate_summary
    from tests.unit.test_shift_summary import PlainRenderer

    shift = services.shifts.start(agent)
    for i in range(3):
        published(services, supervisor, agent, f"条目{i}", "正文内容")
    services.knowledge.propose(agent, "未发布", "正文内容")  # proposed: not a contribution
    clock.advance(3600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    validate_summary(summary)
    assert summary["version"] == 3
    assert summary["knowledge"] == {"month": "2026-11", "published": 3, "monthly_target": 5}
    row = row_from_summary("x/summary.json", summary)
    grade = grade_month([row], date(2026, 11, 1), services.policy)[0]
    assert grade.components["knowledge"] == 60.0  # 3 of the 5 a month
