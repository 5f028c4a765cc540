"""The weekly quality review: the sample a supervisor gets, scoring, acknowledging, what goes
to the share, and the settings that name recordings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from agent_desk.errors import ConfigError, PermissionDenied
from agent_desk.models import OutboxItem
from agent_desk.quality.published import load_reviews
from agent_desk.quality.recordings import (
    RecordingNameRefused,
    RecordingPatternRefused,
    check_pattern,
    pattern_path,
)
from agent_desk.quality.report import quality_rows
from agent_desk.quality.service import (
    NotAnswered,
    ScoreOutOfRange,
    UnknownCall,
    UnknownReview,
    check_score,
)
from agent_desk.quality.weeks import BadWeek, parse_week, week_bounds, week_of
from tests.quality_fixtures import MONDAY_W48, add_calls

W48 = "2026-W48"


@pytest.fixture
def desk(services):
    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    for no in ("1001", "1002", "1003"):
        services.accounts.create(no, f"坐席{no}", "agent", f"pw-{no}")
    return services, sup


def agent(services, no):
    return services.accounts.login(no, f"pw-{no}")


# --- weeks ------------------------------------------------------------------------------------


def test_iso_weeks_parse_to_their_monday_and_impossible_weeks_are_refused():
    assert parse_week("2026-W48").isoformat() == "2026-11-23"
    assert parse_week("2026-W53").isoformat() == "2026-12-28"  # 2026 has 53 weeks
    for bad in ("2026-W54", "2025-W53", "2026-W00", "2026-48", "W48", "2026-W4", ""):
        with pytest.raises(BadWeek) as refused:
            parse_week(bad)
        assert "YYYY-Www" in refused.value.message
    with pytest.raises(BadWeek, match="weeks 01 to 53"):
        parse_week("2026-W54")
    assert week_of(parse_week("2027-W01")) == "2027-W01"


def test_a_week_runs_monday_to_monday_in_the_branchs_zone():
    from zoneinfo import ZoneInfo

    start, end = week_bounds(W48, ZoneInfo("Asia/Shanghai"))
    assert start.astimezone(UTC) == datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
    assert end - start == timedelta(days=7)


# --- the sample --------------------------------------------------------------------------------


def test_the_same_seed_draws_the_same_sample_and_another_seed_another(desk):
    services, sup = desk
    add_calls(services, "1001", MONDAY_W48, 40)
    add_calls(services, "1002", MONDAY_W48, 40)
    first = services.quality.sample(sup, W48, seed=7)
    again = services.quality.sample(sup, W48, seed=7)
    other = services.quality.sample(sup, W48, seed=8)
    assert [c.call_id for c in first] == [c.call_id for c in again]
    assert {c.call_id for c in first} != {c.call_id for c in other}
    per_agent = {no: [c for c in first if c.agent_no == no] for no in ("1001", "1002")}
    assert all(len(calls) == 5 for calls in per_agent.values())
    assert len({c.call_id for c in first}) == 10


def test_the_sample_does_not_change_when_other_agents_calls_are_added(desk):
    services, sup = desk
    add_calls(services, "1001", MONDAY_W48, 30)
    before = [c.call_id for c in services.quality.sample(sup, W48, seed=3)]
    add_calls(services, "1002", MONDAY_W48, 30)
    after = [c.call_id for c in services.quality.sample(sup, W48, seed=3) if c.agent_no == "1001"]
    assert before == after


def test_complaints_come_first_up_to_the_cap_and_random_ordinary_calls_fill_the_sample(desk):
    services, sup = desk
    ids = add_calls(services, "1001", MONDAY_W48, 50, complaints=3)
    sample = services.quality.sample(sup, W48, seed=1)
    mine = {c.call_id for c in sample if c.agent_no == "1001"}
    assert len(mine) == 5
    assert len(mine & set(ids[:3])) == 2  # [quality] complaints_per_agent = 2
    assert sum(c.complaint for c in sample) == 2


def test_a_week_of_complaints_does_not_crowd_out_ordinary_calls(desk):
    services, sup = desk
    ids = add_calls(services, "1001", MONDAY_W48, 60, complaints=20)
    for seed in (1, 2, 3):
        mine = {c.call_id for c in services.quality.sample(sup, W48, seed=seed)}
        assert len(mine) == 5
        assert len(mine & set(ids[:20])) == 2
        assert len(mine - set(ids[:20])) == 3  # ordinary service is sampled too


def test_too_few_ordinary_calls_are_made_up_with_more_complaints(desk):
    services, sup = desk
    ids = add_calls(services, "1001", MONDAY_W48, 8, complaints=6)
    mine = {c.call_id for c in services.quality.sample(sup, W48, seed=1)}
    assert len(mine) == 5
    assert set(ids[6:]) <= mine  # both ordinary calls
    assert len(mine & set(ids[:6])) == 3


def test_the_complaint_cap_follows_the_policy(desk, profile, clock):
    services, sup = desk
    services.config.set("policy.quality.complaints_per_agent", 0)
    services.config.save()
    from agent_desk.services import Services

    ids = add_calls(services, "1001", MONDAY_W48, 30, complaints=4)
    reopened = Services.open(profile, clock)
    try:
        mine = {c.call_id for c in reopened.quality.sample(sup, W48, seed=1)}
    finally:
        reopened.close()
    assert len(mine) == 5 and not mine & set(ids[:4])


def test_an_agent_with_fewer_than_five_answered_calls_has_all_of_them_reviewed(desk):
    services, sup = desk
    answered = add_calls(services, "1003", MONDAY_W48, 3)
    add_calls(services, "1003", MONDAY_W48 + timedelta(hours=3), 4, outcome="abandoned")
    sample = services.quality.sample(sup, W48, seed=99)
    assert {c.call_id for c in sample} == set(answered)


def test_calls_of_other_weeks_and_agents_without_calls_are_not_sampled(desk):
    services, sup = desk
    add_calls(services, "1001", MONDAY_W48 - timedelta(days=1), 10)  # Sunday of W47
    add_calls(services, "1001", MONDAY_W48 + timedelta(days=7), 10)  # Monday of W49
    assert services.quality.sample(sup, W48, seed=1) == []


def test_sample_size_follows_the_policy(desk, profile, clock):
    services, sup = desk
    services.config.set("policy.quality.sample_per_agent", 8)
    services.config.save()
    from agent_desk.services import Services

    add_calls(services, "1001", MONDAY_W48, 30)
    reopened = Services.open(profile, clock)
    try:
        assert len(reopened.quality.sample(sup, W48, seed=1)) == 8
    finally:
        reopened.close()


def test_an_agent_cannot_draw_the_sample(desk):
    services, _ = desk
    with pytest.raises(PermissionDenied):
        services.quality.sample(agent(services, "1001"), W48)


# --- scores -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 11, -1, "abc", "7.5", 3.0, True, None])
def test_scores_outside_one_to_ten_are_refused(value):
    with pytest.raises(ScoreOutOfRange) as refused:
        check_score(value)
    assert "1 to 10" in refused.value.message


@pytest.mark.parametrize("value", [1, 10, "7", " 4 "])
def test_whole_scores_from_one_to_ten_are_taken(value):
    assert 1 <= check_score(value) <= 10


def test_a_score_is_audited_and_queued_for_the_share(desk):
    services, sup = desk
    (call,) = add_calls(services, "1001", MONDAY_W48, 1)
    review = services.quality.score(
        sup, call, 8, {"opening": 9, "etiquette": 7}, comment="开场白规范"
    )
    assert (review.score, review.revision, review.week) == (8, 1, W48)
    assert services.audit.recent(5, action="quality.score")[0].target == call
    with services.store.sessions() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "quality_review")).one()
    assert item.relative_path == f"qa/BR001/{W48}/{review.review_id}.r1.json"
    doc = json.loads(item.content)
    assert doc["score"] == 8 and doc["criteria"] == {"etiquette": 7, "opening": 9}
    schema = json.loads(
        (
            __import__("agent_desk.paths").paths.resource("schema", "quality_review.schema.json")
        ).read_text(encoding="utf-8")
    )
    import jsonschema

    jsonschema.validate(doc, schema)


def test_a_phone_number_in_the_comment_is_masked_on_the_share_but_kept_at_the_desk(desk):
    services, sup = desk
    (call,) = add_calls(services, "1001", MONDAY_W48, 1)
    review = services.quality.score(sup, call, 6, comment="客户电话13812345678 请回电")
    assert review.comment == "客户电话13812345678 请回电"  # the desk's own store keeps it
    with services.store.sessions() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "quality_review")).one()
    doc = json.loads(item.content)
    assert "13812345678" not in item.content.decode("utf-8")
    assert doc["comment"] == "客户电话138****5678 请回电"


def test_the_queue_learns_which_calls_are_already_scored(desk):
    services, sup = desk
    calls = add_calls(services, "1001", MONDAY_W48, 3)
    services.quality.score(sup, calls[1], 6)
    assert services.quality.scores_of(sup, calls) == {calls[1]: 6}
    with pytest.raises(PermissionDenied):
        services.quality.scores_of(agent(services, "1001"), calls)


def test_a_rescore_replaces_the_review_keeps_the_old_score_in_the_audit_and_asks_again(desk):
    services, sup = desk
    (call,) = add_calls(services, "1001", MONDAY_W48, 1)
    first = services.quality.score(sup, call, 4)
    me = agent(services, "1001")
    services.quality.acknowledge(me, first.review_id)
    second = services.quality.score(sup, call, 9, comment="复核后提高")
    assert (second.review_id, second.revision, second.replaced) == (first.review_id, 2, 4)
    assert second.acknowledged_at is None
    (row,) = services.audit.recent(5, action="quality.rescore")
    assert row.detail == "score=4->9 revision=2"
    (mine,) = services.quality.reviews_of(me)
    assert mine.score == 9
    with services.store.sessions() as s:
        paths = sorted(
            s.scalars(select(OutboxItem.relative_path).where(OutboxItem.kind == "quality_review"))
        )
        acks = list(
            s.scalars(select(OutboxItem.relative_path).where(OutboxItem.kind == "quality_ack"))
        )
    assert [p.rsplit(".", 2)[-2] for p in paths] == ["r1", "r2"]  # never an overwrite
    assert acks == [f"qa/BR001/2026-W48/{first.review_id}.r1.ack"]  # to the share, beside r1


def test_unknown_and_unanswered_calls_cannot_be_scored(desk):
    services, sup = desk
    with pytest.raises(UnknownCall, match="no call nope"):
        services.quality.score(sup, "nope", 5)
    (missed,) = add_calls(services, "1001", MONDAY_W48, 1, outcome="abandoned")
    with pytest.raises(NotAnswered):
        services.quality.score(sup, missed, 5)


def test_only_a_supervisor_scores_and_an_agent_acknowledges_only_their_own(desk):
    services, sup = desk
    (call,) = add_calls(services, "1001", MONDAY_W48, 1)
    with pytest.raises(PermissionDenied):
        services.quality.score(agent(services, "1002"), call, 10)
    assert services.audit.recent(5, action="permission.refused")
    review = services.quality.score(sup, call, 6)
    with pytest.raises(PermissionDenied):
        services.quality.acknowledge(agent(services, "1002"), review.review_id)
    with pytest.raises(UnknownReview):
        services.quality.acknowledge(agent(services, "1001"), "nope")
    done = services.quality.acknowledge(agent(services, "1001"), review.review_id)
    assert done.acknowledged_at is not None
    assert services.audit.recent(5, action="quality.acknowledge")


# --- the share and the report --------------------------------------------------------------------


def _publish_all(services, root):
    """What the sync does, without it: each queued file written under the share folder."""
    with services.store.sessions() as s:
        for item in s.scalars(select(OutboxItem)):
            path = root / item.relative_path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(item.content)


def test_reviews_on_the_share_are_counted_once_newest_revision_junk_skipped(desk, tmp_path):
    from zoneinfo import ZoneInfo

    services, sup = desk
    a, b = add_calls(services, "1001", MONDAY_W48, 2)
    services.quality.score(sup, a, 4)
    services.quality.score(sup, a, 8)  # replaces 4
    services.quality.score(sup, b, 6)
    share = tmp_path / "share"
    _publish_all(services, share)
    week = share / "qa" / "BR001" / W48
    copy = week / "copy of"
    copy.mkdir()
    for f in week.glob("*.json"):
        (copy / f.name).write_bytes(f.read_bytes())  # someone copied the folder
    (week / "junk.json").write_text("{not json", encoding="utf-8")
    (week / "cut.json").write_bytes(next(week.glob("*.json")).read_bytes()[:40])
    zone = ZoneInfo("Asia/Shanghai")
    day = MONDAY_W48.date()
    reviews, skipped = load_reviews(share, day, day + timedelta(days=6), zone)
    assert sorted(r.score for r in reviews) == [6, 8]
    assert {s.reason for s in skipped} == {"corrupt"}
    rows = quality_rows(reviews, {("BR001·1001", day): 12}, 5)
    (row,) = rows
    assert (row.month, row.reviews, row.required, row.average) == ("2026-11", 2, 5, 7.0)


def _published(call_day, score, agent_no="1002", review_id="r"):
    from agent_desk.quality.published import PublishedReview

    return PublishedReview(
        review_id=review_id,
        revision=1,
        branch_code="BR001",
        agent_no=agent_no,
        agent_name="坐席",
        week=week_of(call_day),
        call_id=f"call-{review_id}",
        day=call_day,
        score=score,
        path=f"qa/BR001/{week_of(call_day)}/{review_id}.r1.json",
    )


def test_a_week_crossing_two_months_belongs_to_the_month_of_its_thursday_whole():
    """W49 runs Monday 30 November to Sunday 6 December: its requirement was booked to
    December but a review of a 30 November call to November, so a November report showed a
    December row and the December report missed the requirement."""
    from datetime import date

    from agent_desk.quality.report import reading_days

    monday_w49 = date(2026, 11, 30)
    answered = {
        ("BR001·1002", date(2026, 11, 24)): 7,  # W48: Thursday 26 November
        ("BR001·1002", monday_w49): 6,  # W49: Thursday 3 December
    }
    reviews = [_published(date(2026, 11, 24), 8, review_id="a"), _published(monday_w49, 4)]
    november = (date(2026, 11, 1), date(2026, 11, 30))
    first, last = reading_days(*november)
    assert (first, last) == (date(2026, 11, 2), date(2026, 11, 29))  # W45 to W48, whole
    rows = quality_rows(reviews, answered, 5, period=november)
    assert [(r.month, r.reviews, r.required, r.average) for r in rows] == [("2026-11", 1, 5, 8.0)]
    december = (date(2026, 12, 1), date(2026, 12, 31))
    assert reading_days(*december) == (monday_w49, date(2027, 1, 3))  # W49 to W53
    rows = quality_rows(reviews, answered, 5, period=december)
    assert [(r.month, r.reviews, r.required, r.average) for r in rows] == [("2026-12", 1, 5, 4.0)]


def test_a_period_without_a_thursday_has_no_quality_row():
    from datetime import date

    from agent_desk.quality.report import reading_days

    friday, sunday = date(2026, 11, 27), date(2026, 11, 29)
    assert reading_days(friday, sunday) == (friday, sunday)
    answered = {("BR001·1002", friday): 3}
    assert quality_rows([_published(friday, 6)], answered, 5, period=(friday, sunday)) == []


# --- recordings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    [
        "../{call_id}.wav",
        "/rec/{call_id}.wav",
        "C:\\rec\\{call_id}.wav",
        "a/../../{date}.wav",
        "{call_id}/{who}.wav",
        "{call_id",
        "rec/",
    ],
)
def test_recording_patterns_that_could_leave_the_folder_are_refused(pattern):
    with pytest.raises(RecordingPatternRefused):
        check_pattern(pattern)


@pytest.mark.parametrize(
    "pattern", ["x.wav", "{date}.wav", "{date}/{agent_no}.wav", "rec/{agent_no}-{date}.wav"]
)
def test_a_pattern_without_the_call_id_is_refused_every_call_would_share_one_file(pattern):
    with pytest.raises(RecordingPatternRefused, match=r"must contain \{call_id\}"):
        check_pattern(pattern)


@pytest.mark.parametrize(
    "pattern",
    ["{call_id:.0}.wav", "{call_id!r}.wav", "{call_id:>40}.wav", "{date!s}/{call_id}.wav"],
)
def test_a_placeholder_with_a_conversion_or_format_spec_is_refused(pattern):
    with pytest.raises(RecordingPatternRefused, match="without '!' or ':'"):
        check_pattern(pattern)


def test_a_config_file_with_such_a_pattern_is_refused_at_load(profile):
    from agent_desk.config import BranchConfig

    profile.config_file.parent.mkdir(parents=True, exist_ok=True)
    profile.config_file.write_text('[phone]\nrecording_pattern = "{date}.wav"\n')
    with pytest.raises(ConfigError, match=r"phone\.recording_pattern.*\{call_id\}"):
        BranchConfig.load(profile.config_file)


def test_the_setting_refuses_such_a_pattern_with_the_key_in_the_message(services):
    with pytest.raises(ConfigError, match=r"phone\.recording_pattern"):
        services.config.set("phone.recording_pattern", "../../etc/{call_id}")
    for bad in ("x.wav", "{date}.wav", "{call_id:.0}.wav", "{call_id!r}.wav"):
        with pytest.raises(ConfigError, match=r"phone\.recording_pattern"):
            services.config.set("phone.recording_pattern", bad)
    assert services.config.set("phone.recording_pattern", "{date}/{agent_no}-{call_id}.wav")


@pytest.mark.parametrize("call_id", ["../../etc/passwd", "a/b", "..", "C:x", "x\\y"])
def test_a_call_id_that_would_escape_the_folder_is_refused(tmp_path, call_id):
    with pytest.raises(RecordingNameRefused):
        pattern_path(tmp_path, "{call_id}.wav", call_id=call_id, day="2026-11-23", agent_no="1")


def test_a_pbx_recording_is_found_by_the_pattern_and_linked(desk, tmp_path):
    services, sup = desk
    folder = tmp_path / "pbx"
    services.config.set("phone.recording_folder", str(folder))
    services.config.set("phone.recording_pattern", "{date}/{agent_no}-{call_id}.wav")
    (call,) = add_calls(services, "1001", MONDAY_W48, 1, cti="1700000000.42")
    missing = services.quality.call_for_review(sup, call).recording
    assert missing.path.endswith("2026-11-23/1001-1700000000.42.wav") and not missing.present
    (folder / "2026-11-23").mkdir(parents=True)
    (folder / "2026-11-23" / "1001-1700000000.42.wav").write_bytes(b"RIFF")
    assert services.quality.call_for_review(sup, call).recording.present
    from agent_desk.models import Recording

    with services.store.sessions() as s:
        assert s.scalars(select(Recording.source)).all() == ["pattern"]


def test_an_agent_reads_their_own_call_but_not_anothers(desk):
    services, _ = desk
    (call,) = add_calls(services, "1001", MONDAY_W48, 1)
    assert services.quality.call_for_review(agent(services, "1001"), call).answer == "99 元"
    with pytest.raises(PermissionDenied):
        services.quality.call_for_review(agent(services, "1002"), call)


def test_week_of_a_call_is_its_local_week(desk):
    services, sup = desk
    late_sunday = datetime(2026, 11, 29, 15, 30, tzinfo=UTC)  # Sunday 23:30 in Shanghai
    (call,) = add_calls(services, "1001", late_sunday, 1)
    assert services.quality.score(sup, call, 5).week == W48


# --- the hourly counts the sampler reads ---------------------------------------------------------


def _counts(services):
    from sqlalchemy import text

    with services.store.sessions() as s:
        kept = dict(
            ((a, h), n)
            for a, h, n in s.execute(
                text("SELECT agent_id, hour, answered FROM call_hour_counts WHERE answered > 0")
            )
        )
        real = dict(
            ((a, h), n)
            for a, h, n in s.execute(
                text(
                    "SELECT agent_id, substr(ring_started_at, 1, 13), count(*) FROM calls "
                    "WHERE outcome = 'answered' GROUP BY 1, 2"
                )
            )
        )
    return kept, real


def test_the_store_counts_answered_calls_per_hour_as_the_desk_saves_them(desk, clock):
    services, _ = desk
    me = agent(services, "1001")
    clock.set(MONDAY_W48)
    rang = [services.calls.ring("13108888888", agent_id=me.id) for _ in range(3)]
    services.calls.answer(rang[0].public_id)
    services.calls.answer(rang[1].public_id)
    services.calls.hang_up(rang[2].public_id)  # abandoned: not counted
    add_calls(services, "1002", MONDAY_W48, 4, outcome="abandoned")
    add_calls(services, "1002", MONDAY_W48, 5)
    kept, real = _counts(services)
    assert kept == real
    assert sum(kept.values()) == 7


def test_a_sample_drawn_through_the_desks_own_calls(desk, clock):
    services, sup = desk
    me = agent(services, "1001")
    clock.advance((MONDAY_W48 + timedelta(days=1) - clock.now()).total_seconds())
    ids = []
    for _ in range(12):
        call = services.calls.ring("13108888888", agent_id=me.id)
        clock.advance(4)
        services.calls.answer(call.public_id)
        clock.advance(600)
        services.calls.hang_up(call.public_id)
        ids.append(call.public_id)
    sample = services.quality.sample(sup, W48, seed=5)
    assert len(sample) == 5 and {c.call_id for c in sample} <= set(ids)


def test_upgrading_a_desk_with_calls_counts_the_calls_it_already_has(desk):
    """Migration 0011 on a store that has calls: the counts are filled from them."""
    from agent_desk.store import downgrade, migrate

    services, _ = desk
    add_calls(services, "1001", MONDAY_W48, 9)
    add_calls(services, "1002", MONDAY_W48, 3, outcome="abandoned")
    engine = services.store.engine
    downgrade(engine, "0007_share_faults")
    migrate(engine)
    kept, real = _counts(services)
    assert kept == real and sum(kept.values()) == 9
