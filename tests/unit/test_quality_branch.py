"""The branch-wide review queue: a supervisor at their own PC, whose store holds none of the
agents' calls, draws the week's queue from the shift summaries on the share, scores those
calls, and a reviewer may not score their own call."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from agent_desk.errors import PermissionDenied
from agent_desk.models import OutboxItem
from agent_desk.paths import Profile
from agent_desk.quality.service import UnknownCall
from agent_desk.quality.weeks import week_bounds
from agent_desk.services import Services
from agent_desk.shifts.demo_summaries import write_demo_summaries
from tests.quality_fixtures import MONDAY_W48, add_calls

W48 = "2026-W48"


def _share(root, copies: float = 0.0):
    # 4 agents of 2 branches, the Sunday before W48 to the Monday after it
    write_demo_summaries(
        root, agents=4, branches=2, days=9, start=date(2026, 11, 22), seed=3, copies=copies
    )
    return root


@pytest.fixture
def supdesk(services, tmp_path):
    """A supervisor's own desk: an account, a share, and no call of any agent."""
    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    share = _share(tmp_path / "share")
    services.config.set("share.location", str(share))
    services.config.save()
    return services, sup, share


def test_a_supervisor_desk_without_calls_draws_every_agents_week_from_the_share(supdesk):
    services, sup, _ = supdesk
    queue = services.quality.queue(sup, W48, seed=5)
    assert queue.source == "share" and queue.skipped == ()
    agents = {(c.branch, c.agent_no) for c in queue.calls}
    assert len(agents) == 4 and len({b for b, _ in agents}) == 2
    start, end = week_bounds(W48, services.policy.zone)
    for agent in agents:
        mine = [c for c in queue.calls if (c.branch, c.agent_no) == agent]
        assert len(mine) == 5  # every demo agent answers far more than five calls a week
        assert sum(c.complaint for c in mine) <= 2
    assert all(start <= c.ring_started_at < end for c in queue.calls)
    assert len({c.call_id for c in queue.calls}) == len(queue.calls)


def test_another_desk_seeing_the_same_share_draws_the_same_queue_copies_or_not(
    supdesk, tmp_path, clock
):
    services, sup, _ = supdesk
    mine = [c.call_id for c in services.quality.queue(sup, W48, seed=5).calls]
    copied = _share(tmp_path / "copied", copies=0.5)  # backups of half the shifts beside them
    other = Services.open(Profile.at(tmp_path / "other").ensure(), clock)
    try:
        boss = other.accounts.create("8002", "李主管", "supervisor", "boss-pw-2")
        other.config.set("share.location", str(copied))
        theirs = other.quality.queue(boss, W48, seed=5)
    finally:
        other.close()
    assert [c.call_id for c in theirs.calls] == mine  # each shift counted once
    assert theirs.week == W48


def test_a_call_drawn_from_the_share_is_scored_here_and_published_for_its_branch(supdesk):
    services, sup, _ = supdesk
    call = services.quality.queue(sup, W48, seed=5).calls[0]
    review = services.quality.score(sup, call.call_id, 7, {"opening": 8}, "语气好")
    assert (review.agent_no, review.agent_name) == (call.agent_no, call.agent_name)
    assert review.week == W48
    with services.store.sessions() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "quality_review")).one()
    assert item.relative_path.startswith(f"qa/{call.branch}/{W48}/")
    doc = json.loads(item.content)
    assert doc["call"]["call_id"] == call.call_id
    assert doc["agent"] == {"agent_no": call.agent_no, "name": call.agent_name}
    assert doc["branch"]["code"] == call.branch
    again = services.quality.score(sup, call.call_id, 9)
    assert (again.revision, again.replaced) == (2, 7)
    shown = services.quality.call_for_review(sup, call.call_id)
    assert shown.from_share and shown.review is not None and shown.review.score == 9
    assert shown.question == "" and shown.agent_no == call.agent_no


def test_a_call_neither_here_nor_in_a_drawn_queue_says_to_draw_the_queue_first(supdesk):
    services, sup, _ = supdesk
    with pytest.raises(UnknownCall) as refused:
        services.quality.score(sup, "3f1e0c1a-0000-4000-8000-000000000000", 7)
    assert "qa sample --week" in refused.value.message


def test_a_broken_calls_csv_is_skipped_with_its_reason_and_the_rest_is_drawn(supdesk):
    services, sup, share = supdesk
    files = sorted(share.rglob("calls.csv"))
    files[0].write_bytes(b"\x00\xffnot a csv at all")
    files[1].write_bytes(files[1].read_bytes()[:40])  # cut inside the header
    files[2].unlink()
    queue = services.quality.queue(sup, W48, seed=5)
    reasons = {s.reason for s in queue.skipped if s.path.endswith("calls.csv")}
    assert reasons <= {"corrupt", "unreadable"} and len(queue.skipped) >= 2
    assert len({(c.branch, c.agent_no) for c in queue.calls}) == 4


def test_without_a_share_or_with_local_the_desks_own_calls_are_drawn(supdesk):
    services, sup, _ = supdesk
    services.accounts.create("1001", "坐席1001", "agent", "pw-1001")
    ids = add_calls(services, "1001", MONDAY_W48, 12)
    local = services.quality.queue(sup, W48, seed=5, local=True)
    assert local.source == "local" and {c.call_id for c in local.calls} <= set(ids)
    services.config.set("share.location", "")
    assert services.quality.queue(sup, W48, seed=5).source == "local"


def test_a_reviewer_may_not_score_their_own_call_and_the_refusal_is_audited(supdesk):
    services, sup, _ = supdesk
    own = add_calls(services, "8001", MONDAY_W48 + timedelta(hours=2), 3)
    with pytest.raises(PermissionDenied) as refused:
        services.quality.score(sup, own[0], 9)
    assert "your own call" in refused.value.message
    refused_rows = [r for r in services.audit.recent() if r.action == "permission.refused"]
    assert any(own[0] in r.target and r.actor == "8001" for r in refused_rows)


def _agent_desk(tmp_path, clock, share, call):
    """The agent's own PC: their account, the branch, the share, and the call it published."""
    from agent_desk.models import Agent, Call

    desk = Services.open(Profile.at(tmp_path / "agent-pc").ensure(), clock)
    desk.accounts.create(call.agent_no, call.agent_name, "agent", "agent-pw-1")
    desk.config.set("branch.code", call.branch)
    desk.config.set("share.location", str(share))
    with desk.store.sessions.begin() as s:
        agent_id = s.scalar(select(Agent.id).where(Agent.agent_no == call.agent_no))
        s.add(
            Call(
                public_id=call.call_id,
                agent_id=agent_id,
                ring_started_at=call.ring_started_at,
                answered_at=call.ring_started_at + timedelta(seconds=6),
                ended_at=call.ring_started_at + timedelta(minutes=4),
                outcome="answered",
                category=call.category,
                subject="宽带资费",
                question="包月多少钱",
                answer="99 元",
            )
        )
    return desk


def test_the_agent_sees_and_acknowledges_on_their_desk_a_review_scored_on_the_supervisors(
    supdesk, tmp_path, clock
):
    from agent_desk.quality.published import load_reviews

    services, sup, share = supdesk
    clock.advance(7 * 86400)  # the Tuesday after W48
    call = services.quality.queue(sup, W48, seed=5).calls[0]
    services.quality.score(sup, call.call_id, 6, comment="开场白未报工号")
    assert services.sync.run(force=True).error is None
    desk = _agent_desk(tmp_path, clock, share, call)
    try:
        me = desk.accounts.login(call.agent_no, "agent-pw-1")
        assert desk.quality.reviews_from_share() == 1
        assert desk.quality.reviews_from_share() == 0  # taken once
        (mine,) = desk.quality.reviews_of(me)
        assert (mine.score, mine.comment, mine.reviewer_no) == (6, "开场白未报工号", "8001")
        assert mine.acknowledged_at is None
        desk.quality.acknowledge(me, mine.review_id)
        assert desk.sync.run(force=True).error is None
        zone = desk.policy.zone
        (published,) = load_reviews(share, date(2026, 11, 1), date(2026, 11, 30), zone)[0]
        assert published.acknowledged  # the supervisor's desk and qa report see it
        # a re-score on the supervisor's desk asks the agent again
        services.quality.score(sup, call.call_id, 8)
        assert services.sync.run(force=True).error is None
        assert desk.quality.reviews_from_share() == 1
        (again,) = desk.quality.reviews_of(me)
        assert (again.score, again.revision, again.acknowledged_at) == (8, 2, None)
        (published,) = load_reviews(share, date(2026, 11, 1), date(2026, 11, 30), zone)[0]
        assert not published.acknowledged  # revision 2 is not acknowledged yet
    finally:
        desk.close()


def test_calls_scored_for_the_week_stay_in_the_queue_when_a_desk_syncs_late(supdesk, tmp_path):
    """Review 14b: a desk that synced its week late reshuffled an agent's sample, so the two
    calls already scored dropped out and the report ended at 7 of 5."""
    services, sup, share = supdesk
    late = sorted(share.glob("BR002/2026-11-2[3-7]/1002_*"))[0]  # one of 1002's W48 shifts
    aside = tmp_path / "not-yet-synced"
    late.rename(aside)
    before = [c for c in services.quality.queue(sup, W48, seed=5).calls if c.agent_no == "1002"]
    for c in before[:2]:
        services.quality.score(sup, c.call_id, 6)
    aside.rename(late)  # the desk syncs: more of 1002's calls on the share
    after = [c for c in services.quality.queue(sup, W48, seed=5).calls if c.agent_no == "1002"]
    assert {c.call_id for c in before[:2]} <= {c.call_id for c in after}
    assert len(after) == len(before) == 5
