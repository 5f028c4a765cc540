"""How articles travel between desks: proposals to the supervisor, packages back, bad files on
the share, titles and versions that two desks made each on their own (review-14 K1-K3)."""

from __future__ import annotations

import json

import pytest

from agent_desk.knowledge import PackageRefused
from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.share import FolderShare


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def open_desk(tmp_path, clock, name, share):
    desk = Services.open(Profile.at(tmp_path / name).ensure(), clock)
    desk.sync.use_backend(lambda: FolderShare(share))
    return desk


@pytest.fixture
def agent_desk(tmp_path, clock, share):
    desk = open_desk(tmp_path, clock, "agent-desk", share)
    yield desk
    desk.close()


@pytest.fixture
def sup_desk(tmp_path, clock, share):
    desk = open_desk(tmp_path, clock, "sup-desk", share)
    yield desk
    desk.close()


@pytest.fixture
def agent(agent_desk):
    return agent_desk.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def supervisor(sup_desk):
    return sup_desk.accounts.create("8001", "陈主管", "supervisor", "password-2")


def send(desk):
    result = desk.sync.run(force=True)
    assert result.error is None
    return result.sent


def take(desk, share):
    return desk.knowledge.import_from_share(str(share))


def share_package(desk, supervisor, clock):
    desk.knowledge.queue_for_share(supervisor, "UNSET", "desk")
    send(desk)
    clock.advance(1)  # the next package gets a later name


# --- K1: proposals reach the supervisor, and come back published ----------------------------


def test_an_agents_proposal_is_published_at_the_supervisors_desk_and_counts_at_the_agents(
    agent_desk, sup_desk, agent, supervisor, share, clock
):
    from tests.unit.test_shift_summary import PlainRenderer

    shift = agent_desk.shifts.start(agent)
    proposed = agent_desk.knowledge.propose(agent, "积分兑换", "在会员页兑换积分。", ["inquiry"])
    assert send(agent_desk) == 1
    [branch] = (share / "kb" / "proposals").iterdir()  # the desk's branch code (BR001)
    assert (branch / f"{proposed.id}.v1.json").is_file()

    taken = take(sup_desk, share)
    assert taken is not None and taken.proposals == 1
    listed = sup_desk.knowledge.articles("proposed")
    assert [(a.id, a.title, a.author_no) for a in listed] == [(proposed.id, "积分兑换", "1001")]
    assert take(sup_desk, share) is None  # read once

    sup_desk.knowledge.edit(supervisor, proposed.id, body="在会员页“积分”中兑换。")
    sup_desk.knowledge.publish(supervisor, proposed.id)
    share_package(sup_desk, supervisor, clock)

    back = take(agent_desk, share)
    assert (back.added, back.updated) == (0, 1)
    mine = agent_desk.knowledge.get(proposed.id)
    assert (mine.status, mine.version, mine.body) == ("published", 3, "在会员页“积分”中兑换。")
    assert [h.id for h in agent_desk.knowledge.search("中兑换")] == [proposed.id]
    month = clock.now().date().replace(day=1)
    assert agent_desk.knowledge.contributions_of("1001", month) == 1
    clock.advance(3600)
    summary = agent_desk.shifts.close(shift.id, "en", PlainRenderer()).summary
    assert summary["knowledge"]["published"] == 1


def test_a_proposal_retired_at_the_supervisors_desk_is_retired_at_the_agents_uncounted(
    agent_desk, sup_desk, agent, supervisor, share, clock
):
    proposed = agent_desk.knowledge.propose(agent, "重复的提议", "内容。")
    send(agent_desk)
    take(sup_desk, share)
    sup_desk.knowledge.retire(supervisor, proposed.id)
    share_package(sup_desk, supervisor, clock)
    take(agent_desk, share)
    assert agent_desk.knowledge.get(proposed.id).status == "retired"
    assert agent_desk.knowledge.contributions_of("1001", clock.now().date().replace(day=1)) == 0


def test_a_desk_without_a_supervisor_does_not_take_proposals(
    agent_desk, agent, share, tmp_path, clock
):
    agent_desk.knowledge.propose(agent, "只在主管处", "内容。")
    send(agent_desk)
    other = open_desk(tmp_path, clock, "desk3", share)
    try:
        other.accounts.create("1002", "张三", "agent", "password-3")
        assert take(other, share) is None
        assert other.knowledge.articles() == []
    finally:
        other.close()


def test_junk_among_the_proposals_is_refused_with_a_reason_and_the_rest_taken(
    agent_desk, sup_desk, agent, supervisor, share
):
    good = agent_desk.knowledge.propose(agent, "好的提议", "内容。")
    send(agent_desk)
    [folder] = (share / "kb" / "proposals").iterdir()
    (folder / "00000000-0000-0000-0000-000000000001.v1.json").write_bytes(b'{"schema": "agent-')
    (folder / "00000000-0000-0000-0000-000000000002.v1.json").write_bytes(b"\x00\xff" * 50)
    (folder / "notes.txt").write_text("not a proposal")
    [real] = folder.glob(f"{good.id}.v*.json")
    moved = json.loads(real.read_text(encoding="utf-8"))
    (folder / "00000000-0000-0000-0000-000000000003.v1.json").write_text(  # renamed by hand
        json.dumps(moved, ensure_ascii=False), encoding="utf-8"
    )
    moved["branch"] = "BR999"  # another branch's, put in this branch's folder
    (folder / real.name.replace(".v1.", ".v2.")).write_text(
        json.dumps({**moved, "article": {**moved["article"], "version": 2}}, ensure_ascii=False),
        encoding="utf-8",
    )

    taken = take(sup_desk, share)
    assert taken.proposals == 1
    reasons = {r.name.rsplit("/", 1)[1]: r.reason for r in taken.refused}
    assert reasons == {
        "00000000-0000-0000-0000-000000000001.v1.json": "kb.package.truncated",
        "00000000-0000-0000-0000-000000000002.v1.json": "kb.package.truncated",
        "00000000-0000-0000-0000-000000000003.v1.json": "kb.package.schema",
        real.name.replace(".v1.", ".v2."): "kb.package.schema",
        "notes.txt": "kb.package.schema",
    }
    assert [a.id for a in sup_desk.knowledge.articles()] == [good.id]
    assert take(sup_desk, share) is None  # the junk is not read (nor told) again


# --- K2: one bad package does not stop the desk ---------------------------------------------


def test_a_bad_newest_package_is_refused_once_and_the_newest_good_one_taken(
    sup_desk, supervisor, agent_desk, share, clock
):
    kb = sup_desk.knowledge
    article = kb.propose(supervisor, "宽带资费", "每月九十九元。")
    kb.publish(supervisor, article.id)
    share_package(sup_desk, supervisor, clock)
    good = sorted(p.name for p in (share / "kb").glob("kb-*.json"))[-1]
    data = (share / "kb" / good).read_bytes()
    (share / "kb" / "kb-20261124T020000Z-BR9-half.json").write_bytes(data[: len(data) // 2])
    (share / "kb" / "kb-29991231T235959Z-BR9-wrongclock.json").write_bytes(data)

    taken = take(agent_desk, share)
    assert (taken.name, taken.added) == (good, 1)
    assert {(r.name, r.reason) for r in taken.refused} == {
        ("kb-20261124T020000Z-BR9-half.json", "kb.package.truncated"),
        ("kb-29991231T235959Z-BR9-wrongclock.json", "kb.package.future"),
    }
    assert "incomplete or not JSON" in next(m.message for m in taken.refused if "half" in m.name)
    assert take(agent_desk, share) is None  # nothing new: the bad files are not read again
    assert [r.name for r in agent_desk.knowledge.refused_files()] == [
        "kb-20261124T020000Z-BR9-half.json"
    ]

    kb.edit(supervisor, article.id, body="每月一百元。")
    clock.advance(7200)
    share_package(sup_desk, supervisor, clock)
    newer = take(agent_desk, share)
    assert (newer.updated, newer.refused) == (1, ())
    assert agent_desk.knowledge.get(article.id).body == "每月一百元。"


def test_only_bad_packages_on_the_share_leave_the_desk_as_it_was(agent_desk, share):
    (share / "kb").mkdir()
    (share / "kb" / "kb-20261124T000000Z-BR9-x.json").write_bytes(b"\x00junk")
    taken = take(agent_desk, share)
    assert taken.name == "" and [r.reason for r in taken.refused] == ["kb.package.truncated"]
    assert agent_desk.knowledge.articles() == []


# --- K3: titles and versions made at two desks ----------------------------------------------


def test_an_imported_article_with_a_local_articles_title_is_skipped_the_rest_imported(
    agent_desk, sup_desk, supervisor, share, clock
):
    local_sup = agent_desk.accounts.create("8002", "刘主管", "supervisor", "password-4")
    mine = agent_desk.knowledge.propose(local_sup, "会员积分怎么兑换 ", "本地的答案。")
    agent_desk.knowledge.publish(local_sup, mine.id)
    theirs = sup_desk.knowledge.propose(supervisor, "会员积分怎么兑换", "另一处的答案。")
    sup_desk.knowledge.publish(supervisor, theirs.id)
    other = sup_desk.knowledge.propose(supervisor, "宽带资费", "每月九十九元。")
    sup_desk.knowledge.publish(supervisor, other.id)
    data = sup_desk.knowledge.export_package(supervisor, "BR1", "d1")

    result = agent_desk.knowledge.import_package(data, "kb-x.json", actor=local_sup)
    assert result.added == 1
    [skip] = result.skipped
    assert (skip.article_id, skip.reason, skip.existing_id) == (
        theirs.id,
        "kb.title.duplicate",
        mine.id,
    )
    assert [h.id for h in agent_desk.knowledge.search("怎么兑换")] == [mine.id]


def test_two_desks_editing_the_same_version_converge_and_keep_both_texts(
    agent_desk, sup_desk, supervisor, share, clock
):
    local_sup = agent_desk.accounts.create("8002", "刘主管", "supervisor", "password-4")
    article = sup_desk.knowledge.propose(supervisor, "退款时效", "三天到账。")
    sup_desk.knowledge.publish(supervisor, article.id)
    agent_desk.knowledge.import_package(
        sup_desk.knowledge.export_package(supervisor, "BR1", "d1"), "first"
    )
    sup_desk.knowledge.edit(supervisor, article.id, body="五天到账（主管甲）。")
    clock.advance(60)
    agent_desk.knowledge.edit(local_sup, article.id, body="七天到账（主管乙）。")  # saved later
    from_sup = sup_desk.knowledge.export_package(supervisor, "BR1", "d1")
    from_agent = agent_desk.knowledge.export_package(local_sup, "BR1", "d2")

    sup_desk.knowledge.import_package(from_agent, "from-agent")
    agent_desk.knowledge.import_package(from_sup, "from-sup")

    for desk in (sup_desk, agent_desk):
        current = desk.knowledge.get(article.id)
        assert (current.version, current.body) == (3, "七天到账（主管乙）。")
        texts = [(v.version, v.body, bool(v.variant)) for v in desk.knowledge.history(article.id)]
        assert (3, "七天到账（主管乙）。", False) in texts
        assert (3, "五天到账（主管甲）。", True) in texts
    # and once more each way: nothing changes, nothing doubles
    sup_desk.knowledge.import_package(agent_desk.knowledge.export_package(local_sup, "B", "d"), "a")
    assert len(sup_desk.knowledge.history(article.id)) == 4


def _package(desk, supervisor):
    article = desk.knowledge.propose(supervisor, "宽带资费", "每月九十九元。")
    desk.knowledge.publish(supervisor, article.id)
    return json.loads(desk.knowledge.export_package(supervisor, "BR1", "d1"))


def test_a_package_listing_an_article_twice_is_refused(sup_desk, supervisor, agent_desk):
    package = _package(sup_desk, supervisor)
    package["articles"].append(package["articles"][0])
    package["count"] = 2
    with pytest.raises(PackageRefused) as caught:
        agent_desk.knowledge.import_package(json.dumps(package).encode(), "twice.json")
    assert caught.value.params["reason"] == "kb.package.twice"
    assert "listed twice" in caught.value.message
    assert agent_desk.knowledge.articles() == []


def test_a_package_whose_version_is_below_its_history_is_refused(sup_desk, supervisor, agent_desk):
    package = _package(sup_desk, supervisor)
    package["articles"][0]["version"] = 1  # its history goes to 2
    with pytest.raises(PackageRefused) as caught:
        agent_desk.knowledge.import_package(json.dumps(package).encode(), "low.json")
    assert caught.value.params["reason"] == "kb.package.history"
    assert "history goes to version 2" in caught.value.message
    assert agent_desk.knowledge.articles() == []


def test_each_desks_newest_package_is_taken_so_a_later_package_hides_nothing(
    sup_desk, supervisor, agent_desk, share, clock, tmp_path
):
    """Review 14b: desk A shared article X, then desk B shared its own package without X; a
    desk that took only the newest package never got X."""
    x = sup_desk.knowledge.propose(supervisor, "发票怎么开", "订单页申请开票。", ["inquiry"])
    sup_desk.knowledge.publish(supervisor, x.id)
    sup_desk.knowledge.queue_for_share(supervisor, "BR001", "deskA")
    send(sup_desk)
    clock.advance(1)
    boss_b = agent_desk.accounts.create("8002", "李主管", "supervisor", "password-3")
    y = agent_desk.knowledge.propose(boss_b, "退款多久到账", "三个工作日内。", ["inquiry"])
    agent_desk.knowledge.publish(boss_b, y.id)
    agent_desk.knowledge.queue_for_share(boss_b, "BR001", "deskB")
    send(agent_desk)
    late = open_desk(tmp_path, clock, "desk-c", share)
    try:
        taken = take(late, share)
        assert taken is not None and taken.added == 2
        found = {a.title for a in late.knowledge.search("发票")} | {
            a.title for a in late.knowledge.search("退款")
        }
        assert found == {"发票怎么开", "退款多久到账"}
        assert take(late, share) is None  # each package once
    finally:
        late.close()


def test_a_kb_file_where_the_folder_should_be_is_said_in_words(agent_desk, share):
    from agent_desk.errors import AgentDeskError

    (share / "kb").write_text("not a folder", encoding="utf-8")
    with pytest.raises(AgentDeskError) as refused:
        take(agent_desk, share)
    assert "kb on the share is a file, not a folder" in refused.value.message
