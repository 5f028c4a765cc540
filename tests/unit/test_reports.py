"""Supervisor reports over the share: figures worked out by hand, skipped files, the index."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.clock import FakeClock
from agent_desk.errors import PermissionDenied
from agent_desk.policy import Policy
from agent_desk.reports import (
    ReportCancelled,
    ReportQuery,
    ReportService,
    Targets,
    aggregate,
    grade_month,
    grade_period,
    report_table,
)
from agent_desk.shifts.demo_summaries import write_demo_summaries
from agent_desk.shifts.schema import SummaryValidator
from tests.report_fixtures import write_hand_made_share

SUPERVISOR = AgentInfo(1, "p-1", "9001", "周主管", "supervisor")
AGENT = AgentInfo(2, "p-2", "2001", "张三", "agent")
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    write_hand_made_share(root)
    return root


@pytest.fixture
def reports(tmp_path: Path, clock: FakeClock) -> ReportService:
    return ReportService(clock, Policy.load(), tmp_path / "profile" / "reports_index.db")


def _load(reports: ReportService, root: Path, **kw):
    return reports.load(SUPERVISOR, ReportQuery(root, *NOVEMBER, **kw))


def _by(reports: ReportService, root: Path, by: str) -> dict[str, dict[str, float | None]]:
    result = _load(reports, root)
    groups = aggregate(result.rows, by)
    return {g.key: {f: g.totals.figure(f) for f in _FIGS} for g in groups}


_FIGS = (
    "shifts",
    "offered",
    "answered",
    "missed",
    "within_rule_pct",
    "answer_delay_avg",
    "handle_avg",
    "resolution_pct",
    "satisfaction_avg",
    "greeting_pct",
    "signoff_pct",
    "online_hours",
    "online_hours_per_shift",
    "cases_opened",
    "cases_closed",
    "cases_overdue",
    "callbacks_on_time",
    "callbacks_overdue",
    "replied_on_time_pct",
)


def test_agent_figures_match_the_hand_count_from_the_call_csvs(reports, share):
    agent = _by(reports, share, "agent")["BR01·2001"]
    assert agent["shifts"] == 2
    assert agent["offered"] == 7  # 4 + 3
    assert agent["answered"] == 5  # 3 + 2
    assert agent["missed"] == 2
    # within: 5 s, 15 s; 3 s, 10 s. Of: 5 answered + 1 abandoned after ringing 20 s
    assert agent["within_rule_pct"] == pytest.approx(4 / 6)
    assert agent["answer_delay_avg"] == pytest.approx((5 + 15 + 16.5 + 3 + 10) / 5)
    assert agent["handle_avg"] == pytest.approx((660 + 120 + 300 + 30) / 6)
    assert agent["resolution_pct"] == pytest.approx(5 / 6)
    # (5+3+4+5+5) / 5 = 4.4; averaging the two shifts' averages would give 4.5
    assert agent["satisfaction_avg"] == pytest.approx(22 / 5)
    assert agent["greeting_pct"] == pytest.approx(6 / 6)
    assert agent["signoff_pct"] == pytest.approx(5 / 6)
    assert agent["online_hours"] == pytest.approx((24600 + 13800) / 3600)
    assert agent["online_hours_per_shift"] == pytest.approx((24600 + 13800) / 3600 / 2)
    assert agent["cases_opened"] == 3
    assert agent["cases_closed"] == 2
    # the same late inquiry is overdue at the end of both shifts: it is one overdue case
    assert agent["cases_overdue"] == 1
    assert agent["callbacks_on_time"] == 1
    assert agent["callbacks_overdue"] == 1
    assert agent["replied_on_time_pct"] == pytest.approx(2 / 3)


def test_day_and_branch_figures_add_counts_across_agents(reports, share):
    day = _by(reports, share, "day")["2026-11-02"]  # shifts A and C
    assert day["offered"] == 6
    assert day["within_rule_pct"] == pytest.approx(3 / 6)  # 3 of 5 answered + 1 abandoned late
    assert day["satisfaction_avg"] == pytest.approx((12 + 6) / 5)  # not (4.0 + 3.0) / 2
    assert day["handle_avg"] == pytest.approx((780 + 800) / 6)
    assert day["cases_overdue"] == 1
    branches = _by(reports, share, "branch")
    assert set(branches) == {"BR01", "BR02"}
    assert branches["BR02"]["resolution_pct"] == pytest.approx(1 / 2)
    assert branches["BR01"]["offered"] == 7


def test_figures_are_coloured_against_the_policy_targets(reports, share):
    result = _load(reports, share)
    table = report_table(aggregate(result.rows, "agent"), "agent", reports.targets())
    row = dict(zip(table.figures, table.cells[table.keys.index("BR01·2001")], strict=True))
    assert row["within_rule_pct"].status == "bad"  # 66.7 % < 90 %
    assert row["within_rule_pct"].parts == (4, 6)  # shown with what it is made of
    assert row["satisfaction_avg"].status == "warn"  # 4.4: above the 4.2 floor, below 4.5
    assert row["greeting_pct"].status == "ok"
    assert row["answer_delay_avg"].status == "ok"  # 9.9 s within 15 s
    assert row["cases_overdue"].status == "bad"
    assert row["offered"].status == "none"
    assert table.total[table.figures.index("offered")].value == 9


def test_filters_by_date_branch_and_agent(reports, share):
    assert len(_load(reports, share, branches=frozenset({"BR02"})).rows) == 1
    assert [r.shift_id[-1] for r in _load(reports, share, agents=frozenset({"2001"})).rows] == [
        "a",
        "b",
    ]
    only_3rd = reports.load(SUPERVISOR, ReportQuery(share, date(2026, 11, 3), date(2026, 11, 3)))
    assert [r.day for r in only_3rd.rows] == ["2026-11-03"]


def test_monthly_grade_shows_every_component(reports, share):
    grades = {
        g.agent_key: g
        for g in grade_month(_load(reports, share).rows, date(2026, 11, 1), reports.policy)
    }
    g = grades["BR01·2001"].components
    assert g["answer_speed"] == pytest.approx((4 / 6) / 0.9 * 100)
    assert g["online_time"] == pytest.approx((38400 / 3600 / 2) / 6 * 100)
    assert g["volume"] == 100  # faster than the median of the two agents
    assert g["satisfaction"] == pytest.approx(60 + 40 * (4.4 - 4.2) / 0.3)
    assert g["resolution"] == pytest.approx((5 / 6) / 0.9 * 100)
    assert g["script_compliance"] == pytest.approx(11 / 12 * 100)
    # on time: 2 replies + 1 callback; due: 3 replies + 3 callbacks + 1 still overdue
    assert g["follow_up_timeliness"] == pytest.approx(3 / 7 * 100)
    # No quality review this month: service_norm is empty and its weight is shared out.
    assert g["service_norm"] is None
    assert g["knowledge"] == 0  # no article published this month (5 % of the grade)
    # volume weighs 5 % since the knowledge component took the other 5 % (policy.toml)
    assert grades["BR01·2001"].score == pytest.approx(74.5, abs=0.05)
    assert grades["BR01·2001"].grade == "pass"
    assert grades["BR01·2001"].label == "BR01·2001 张三"
    assert grades["BR02·2002"].components["volume"] == pytest.approx(
        (2 / 7.5) / ((6 / (38400 / 3600) + 2 / 7.5) / 2) * 100
    )
    assert grade_month(_load(reports, share).rows, date(2026, 10, 1), reports.policy) == []


def test_quality_reviews_weigh_in_the_grade_as_service_norm(reports, share):
    """The supervisor's review average (8.5 of 10) scores 85 with weight 0.10."""
    rows = _load(reports, share).rows
    averages = {("BR01·2001", "2026-11"): 8.5}
    (g,) = [
        g
        for g in grade_month(rows, date(2026, 11, 1), reports.policy, review_averages=averages)
        if g.agent_key == "BR01·2001"
    ]
    assert g.components["service_norm"] == pytest.approx(85.0)
    # 75.5, not 80.5: no knowledge article this month scores 0 at its 5 % (policy.toml)
    assert g.score == pytest.approx(75.5, abs=0.05)
    weights = reports.policy.get("grading.weights")
    assert weights["service_norm"] == 0.10
    assert sum(weights.values()) == pytest.approx(1.0)


def _review(review_id: str, revision: int, score: int) -> str:
    return json.dumps(
        {
            "schema": "agentdesk.quality_review",
            "version": 1,
            "review_id": review_id,
            "revision": revision,
            "branch": {"code": "BR01", "name": ""},
            "week": "2026-W46",
            "call": {
                "call_id": f"call-{review_id}",
                "ring_started_at": "2026-11-10T02:00:00+00:00",
            },
            "agent": {"agent_no": "2001", "name": "张三"},
            "reviewer": {"agent_no": "8001"},
            "score": score,
            "criteria": {},
            "comment": "",
            "scored_at": "2026-11-12T02:00:00+00:00",
        }
    )


def test_reviews_published_on_the_share_reach_the_monthly_grade(reports, share):
    week = share / "qa" / "BR01" / "2026-W46"
    week.mkdir(parents=True)
    (week / "a.r1.json").write_text(_review("a", 1, 4), encoding="utf-8")
    (week / "a.r2.json").write_text(_review("a", 2, 9), encoding="utf-8")  # a re-score
    (week / "b.r1.json").write_text(_review("b", 1, 7), encoding="utf-8")
    (share / "qa" / "copy").mkdir()
    (share / "qa" / "copy" / "b.r1.json").write_text(_review("b", 1, 7), encoding="utf-8")
    result = _load(reports, share)
    # 2001 answered 5 calls in W45 (5 reviews required), 2 were reviewed, averaging 8;
    # 2002 answered 2 (2 required) and was never reviewed.
    quality = {(q.agent_key, q.month): (q.reviews, q.required, q.average) for q in result.quality}
    assert quality == {
        ("BR01·2001", "2026-11"): (2, 5, 8.0),
        ("BR02·2002", "2026-11"): (0, 2, None),
    }
    assert not [s for s in result.skipped if "/qa/" in s.path]  # qa/ is no shift folder
    grades = {
        g.agent_key: g
        for g in grade_period(result.rows, *NOVEMBER, reports.policy, result.review_averages)
    }
    # the average scaled by done ÷ required: 8 × 10 × 2/5; never reviewed is no free pass
    assert grades["BR01·2001"].components["service_norm"] == pytest.approx(32.0)
    assert grades["BR02·2002"].components["service_norm"] == pytest.approx(0.0)


def test_an_agent_not_reviewed_does_not_grade_above_one_reviewed_well(reports, share):
    """Before, the agent never reviewed had the service norm left out (its weight shared out
    among their other components), so skipping an agent's reviews could only help them."""
    week = share / "qa" / "BR01" / "2026-W46"
    week.mkdir(parents=True)
    for n in range(5):
        (week / f"r{n}.r1.json").write_text(_review(f"r{n}", 1, 10), encoding="utf-8")
    result = _load(reports, share)
    grades = {
        g.agent_key: g
        for g in grade_period(result.rows, *NOVEMBER, reports.policy, result.review_averages)
    }
    assert grades["BR01·2001"].components["service_norm"] == pytest.approx(100.0)
    assert grades["BR02·2002"].components["service_norm"] == pytest.approx(0.0)


def test_junk_under_qa_is_listed_with_the_skipped_files(reports, share):
    week = share / "qa" / "BR01" / "2026-W46"
    week.mkdir(parents=True)
    (week / "good.r1.json").write_text(_review("good", 1, 7), encoding="utf-8")
    (week / "cut.r1.json").write_text(_review("cut", 1, 7)[:40], encoding="utf-8")
    (week / "other.json").write_text('{"schema": "something.else"}', encoding="utf-8")
    result = _load(reports, share)
    junk = {Path(s.path).name: s.reason for s in result.skipped if "qa" in Path(s.path).parts}
    assert junk == {"cut.r1.json": "corrupt", "other.json": "foreign"}
    assert [q.reviews for q in result.quality if q.agent_key == "BR01·2001"] == [1]


def test_an_agent_cannot_run_a_report(reports, share):
    with pytest.raises(PermissionDenied):
        reports.load(AGENT, ReportQuery(share, *NOVEMBER))
    with pytest.raises(PermissionDenied):
        reports.load(None, ReportQuery(share, *NOVEMBER))


# --- files that cannot be used ----------------------------------------------------------------


def _junk_share(share: Path) -> dict[str, Path]:
    day = share / "BR01" / "2026-11-04"
    paths = {}
    for name, content in {
        "truncated": None,
        "version": None,
        "binary": bytes(range(256)) * 4,
        "foreign": json.dumps({"name": "package.json", "version": "1.0"}).encode(),
        "corrupt": b"{ this is not json at all }",
        "schema": None,
        "inconsistent": None,
    }.items():
        folder = day / f"2009_20261104T0900_{name}-0000-4000-8000-000000000000"
        folder.mkdir(parents=True)
        paths[name] = folder / "summary.json"
        if content is not None:
            paths[name].write_bytes(content)
    good = json.loads(next(share.rglob("summary.json")).read_text(encoding="utf-8"))
    text = json.dumps(good, ensure_ascii=False).encode("utf-8")
    paths["truncated"].write_bytes(text[: len(text) // 2])
    paths["version"].write_text(json.dumps({**good, "version": 99}), encoding="utf-8")
    broken = json.loads(json.dumps(good))
    broken["calls"]["offered"] = "many"
    paths["schema"].write_text(json.dumps(broken), encoding="utf-8")
    contradicting = json.loads(json.dumps(good))
    contradicting["calls"]["answered"] = contradicting["calls"]["offered"] + 1
    paths["inconsistent"].write_text(json.dumps(contradicting), encoding="utf-8")
    return paths


def test_unusable_files_are_listed_with_their_reason_and_the_report_goes_on(reports, share):
    paths = _junk_share(share)
    result = _load(reports, share)
    assert len(result.rows) == 3
    reasons = {
        Path(s.path).parent.name.split("_")[2].split("-")[0]: s.reason for s in result.skipped
    }
    assert reasons == {n: n for n in paths}
    detail = {s.reason: s.detail for s in result.skipped}
    assert "calls/offered" in detail["schema"]


def test_a_file_removed_while_loading_is_skipped_as_removed(reports, share):
    paths = write_hand_made_share(share.parent / "other")
    removed = []

    def progress(done: int, total: int) -> None:
        if not removed:
            paths[-1].unlink()  # the last one is read after this
            removed.append(paths[-1])

    result = reports.load(SUPERVISOR, ReportQuery(share.parent / "other", *NOVEMBER), progress)
    assert len(result.rows) == 2
    assert [(s.path, s.reason) for s in result.skipped] == [(str(removed[0]), "removed")]


def test_a_cancelled_load_stops_and_keeps_what_it_read(reports, tmp_path):
    root = tmp_path / "demo"
    count = write_demo_summaries(
        root, agents=5, branches=2, days=4, start=date(2026, 11, 1), seed=3, extras=False
    )
    seen = []
    with pytest.raises(ReportCancelled):
        reports.load(
            SUPERVISOR,
            ReportQuery(root, *NOVEMBER),
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 7,
        )
    again = _load(reports, root)
    assert again.used == count
    assert again.read == count - 7


# --- the index --------------------------------------------------------------------------------


def test_a_second_load_reads_only_files_that_changed(reports, share):
    first = _load(reports, share)
    assert first.read == 3
    assert _load(reports, share).read == 0
    path = Path(first.rows[0].path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["calls"]["outbound"] += 1
    doc["calls"]["handled"] += 1
    path.write_text(json.dumps(doc), encoding="utf-8")
    third = _load(reports, share)
    assert third.read == 1
    assert next(r for r in third.rows if r.path == str(path)).handled == doc["calls"]["handled"]


def test_a_damaged_index_is_rebuilt(reports, share, tmp_path):
    _load(reports, share)
    reports.index_path.write_bytes(b"not a database" * 100)
    assert _load(reports, share).read == 3


def test_demo_summaries_are_valid_consistent_and_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    kw = dict(agents=4, branches=2, days=3, start=date(2026, 11, 1), seed=11)
    assert write_demo_summaries(a, **kw) == write_demo_summaries(b, **kw) >= 12
    validator = SummaryValidator()
    files = sorted(p.relative_to(a) for p in a.rglob("summary.json"))
    assert files == sorted(p.relative_to(b) for p in b.rglob("summary.json"))
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes()
        assert validator.problem(json.loads((a / rel).read_text(encoding="utf-8"))) is None
        calls_csv = (a / rel).parent / "calls.csv"
        assert "****" in calls_csv.read_text(encoding="utf-8")


def test_policy_targets_can_be_overridden_per_branch():
    policy = Policy({"targets": {"within_rule_rate": 0.5}, "ring": {}})
    assert Targets.from_policy(policy).status("within_rule_pct", 0.6) == "ok"


def test_a_shift_closed_on_a_desk_is_read_by_the_report(services, clock, tmp_path):
    """The contract end to end: the desk's own summary, as queued for the share, is used."""
    from datetime import timedelta

    from sqlalchemy import select

    from agent_desk.models import Call, OutboxItem

    class Renderer:
        def render(self, summary: dict, language: str) -> tuple[bytes, bytes]:
            return b"<html>report</html>", b"%PDF-1.4 test"

    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    t0 = clock.now()
    with services.store.sessions.begin() as session:
        for minutes, delay in ((1, 5.0), (10, 16.0)):
            ring = t0 + timedelta(minutes=minutes)
            session.add(
                Call(
                    agent_id=agent.id,
                    direction="inbound",
                    caller_number="13812345678",
                    ring_started_at=ring,
                    category="inquiry",
                    resolution="resolved",
                    satisfaction=4,
                    greeting_given=True,
                    signoff_given=True,
                    outcome="answered",
                    answer_delay_ms=round(delay * 1000),
                    answered_at=ring + timedelta(seconds=delay),
                    ended_at=ring + timedelta(seconds=delay + 60),
                    wrapup_ended_at=ring + timedelta(seconds=delay + 90),
                )
            )
    clock.advance(3600)
    services.shifts.close(shift.id, "zh_CN", Renderer())
    share = tmp_path / "share"
    with services.store.sessions() as session:
        for item in session.scalars(select(OutboxItem)):
            target = share / item.relative_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.content)
    result = services.reports.load(SUPERVISOR, ReportQuery(share, *NOVEMBER))
    assert result.skipped == ()
    [row] = result.rows
    assert (row.agent_no, row.offered, row.answered, row.answered_within_rule) == ("1001", 2, 2, 1)
    assert row.answer_delay_sum == pytest.approx(21.0)
    assert "13812345678" not in (share / row.folder / "calls.csv").read_text(encoding="utf-8")


def test_many_files_read_in_parallel_give_the_same_report_as_one_by_one(
    tmp_path, clock, monkeypatch
):
    from agent_desk.reports import files as module

    root = tmp_path / "many"
    count = write_demo_summaries(
        root, agents=70, branches=3, days=4, start=date(2026, 11, 1), seed=5, extras=False
    )
    assert count >= module.PARALLEL_FROM
    # as on a network mount, where stats and reads go 8 at a time
    monkeypatch.setattr("agent_desk.netpath.network_fstype", lambda path: "cifs")
    parallel = ReportService(clock, Policy.load(), tmp_path / "a.db").load(
        SUPERVISOR, ReportQuery(root, *NOVEMBER)
    )
    monkeypatch.setattr(module, "PARALLEL_FROM", 10**9)
    in_turn = ReportService(clock, Policy.load(), tmp_path / "b.db").load(
        SUPERVISOR, ReportQuery(root, *NOVEMBER)
    )
    assert parallel.read == in_turn.read == count
    assert parallel.rows == in_turn.rows


def test_overdue_cases_are_the_latest_snapshot_so_a_case_replied_since_is_not_counted(
    reports, tmp_path
):
    """Overdue is counted at each shift's end: the 2 Nov shift left the late inquiry overdue,
    the 3 Nov shift replied it. Over the month that agent has 0 overdue cases, not 1 (the
    earlier snapshot) or 1 + 0 summed across shifts."""
    from dataclasses import replace

    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    a, b, c = hand_made_shifts()
    b = replace(b, cases={"inquiry": {"replied": 1, "replied_on_time": 0}})
    root = tmp_path / "share"
    for shift in (a, b, c):
        write_shift(root, shift)
    agents = _by(reports, root, "agent")
    assert agents["BR01·2001"]["cases_overdue"] == 0
    assert _by(reports, root, "day")["2026-11-02"]["cases_overdue"] == 1  # A's own snapshot


def _settle(root: Path) -> None:
    """Every folder last changed an hour ago, as on a share between two reports."""
    import os
    import time

    old = time.time() - 3600
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            os.utime(path, (old, old))


def test_unchanged_folders_are_not_listed_again_and_new_shifts_in_them_are_seen(
    reports, share, monkeypatch
):
    from dataclasses import replace

    from agent_desk.reports.files import LocalFiles
    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    _settle(share)
    first = _load(reports, share)
    listed: list[str] = []
    real = LocalFiles.scandir
    monkeypatch.setattr(
        LocalFiles, "scandir", lambda self, path: listed.append(path) or real(self, path)
    )
    again = _load(reports, share)
    assert (listed, again.rows, again.read) == ([], first.rows, 0)
    # A desk publishes another shift into an old day's folder: that folder is listed again.
    later = replace(hand_made_shifts()[0], shift_id="00000000-0000-4000-8000-0000000000d1")
    new_path = write_shift(share, later)
    third = _load(reports, share)
    assert str(new_path) in {r.path for r in third.rows}
    assert listed == [str(new_path.parent.parent)]
    # A shift folder whose summary.json arrives after a report saw the folder empty.
    _settle(share)
    late = replace(hand_made_shifts()[2], shift_id="00000000-0000-4000-8000-0000000000d2")
    probe = share.parent / "probe"
    late_path = write_shift(probe, late)
    folder = share / late_path.parent.relative_to(probe)
    folder.mkdir(parents=True)
    _settle(share)
    assert str(folder / "summary.json") not in {r.path for r in _load(reports, share).rows}
    (folder / "summary.json").write_bytes(late_path.read_bytes())
    _settle(share)  # the day's folder is unchanged: only the shift folder got a file
    assert str(folder / "summary.json") in {r.path for r in _load(reports, share).rows}


def test_the_report_index_is_private_like_the_profiles_other_files(tmp_path):
    """Review 13 #11: reports_index.db was created 0644 (the README says 0600)."""
    import os
    import stat

    from agent_desk.reports.index import ReportIndex

    path = tmp_path / "data" / "reports_index.db"
    index = ReportIndex(path, "Asia/Shanghai")
    index.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def _settle_changed(root: Path) -> None:
    """Folders changed in the last minute last changed an hour ago (the others stay as they
    were): a change seen only through the folders' mtimes, not through their being new."""
    import os
    import time

    now = time.time()
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and path.stat().st_mtime > now - 60:
            os.utime(path, (now - 3600, now - 3600))


def test_a_change_on_the_share_after_a_warm_report_is_seen_by_the_next(reports, share, monkeypatch):
    """A warm report gives the result kept from the last one while every folder is as it was;
    a new summary, a removed one or a newer revision of a shift is seen by the next report."""
    import shutil
    from dataclasses import replace

    from agent_desk.reports import service as service_module
    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    (share / "BR01" / "junk.json").write_text("{not json", encoding="utf-8")
    _settle(share)
    first = _load(reports, share)
    assert (first.used, [s.reason for s in first.skipped]) == (3, ["corrupt"])
    walks: list[str] = []
    real = service_module.find_summaries
    monkeypatch.setattr(
        service_module,
        "find_summaries",
        lambda files, *a, **kw: walks.append("") or real(files, *a, **kw),
    )
    warm = _load(reports, share)
    assert walks == []  # the kept result: the share was not walked again
    assert (warm.rows, warm.skipped, warm.files, warm.read) == (
        first.rows,
        first.skipped,
        first.files,
        0,
    )
    assert (warm.copies, warm.in_period, warm.branches_seen) == (
        first.copies,
        first.in_period,
        first.branches_seen,
    )
    # the reviews required come from the kept weekly totals: the same as the long way's
    assert first.quality and [q.required for q in first.quality] != [0] * len(first.quality)
    assert (warm.quality, warm.review_averages) == (first.quality, first.review_averages)
    assert warm.month_sums == first.month_sums and len(first.month_sums) >= 2
    # A new summary in an old day's folder.
    later = replace(hand_made_shifts()[0], shift_id="00000000-0000-4000-8000-0000000000e1")
    new_path = write_shift(share, later)
    _settle_changed(share)
    assert str(new_path) in {r.path for r in _load(reports, share).rows}
    assert len(walks) == 1
    assert _load(reports, share).used == 4 and len(walks) == 1  # kept again
    # A shift removed from the share.
    shutil.rmtree(new_path.parent)
    _settle_changed(share)
    assert str(new_path) not in {r.path for r in _load(reports, share).rows}
    assert _load(reports, share).used == 3 and len(walks) == 2
    # A newer revision of a shift published elsewhere on the share.
    a = hand_made_shifts()[0]
    newer = replace(a, generated_at=a.ended_at.replace(hour=18), calls=a.calls[:-1])
    (share / "resent").mkdir()
    newer_path = write_shift(share / "resent", newer)
    _settle_changed(share)
    result = _load(reports, share)
    assert len(walks) == 3
    assert str(newer_path) in {r.path for r in result.rows} and result.used == 3
    assert "older_revision" in {s.reason for s in result.skipped}
    assert _load(reports, share).rows == result.rows and len(walks) == 3
    # A shift folder whose summary.json arrives after the kept result was made.
    late = replace(hand_made_shifts()[2], shift_id="00000000-0000-4000-8000-0000000000e2")
    probe = share.parent / "probe"
    late_path = write_shift(probe, late)
    folder = share / late_path.parent.relative_to(probe)
    folder.mkdir(parents=True)
    _settle_changed(share)
    assert _load(reports, share).used == 3
    assert _load(reports, share).used == 3 and len(walks) == 4  # kept, watching the folder
    (folder / "summary.json").write_bytes(late_path.read_bytes())
    _settle_changed(share)
    assert str(folder / "summary.json") in {r.path for r in _load(reports, share).rows}


def test_a_kept_result_is_private_and_a_damaged_one_is_made_again(reports, share):
    import stat

    _settle(share)
    first = _load(reports, share)
    [kept] = (reports.index_path.parent / "reports_index.db-results").iterdir()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    kept.write_bytes(kept.read_bytes()[:-10])  # cut short by a crash
    again = _load(reports, share)
    assert (again.rows, again.skipped) == (first.rows, first.skipped)
    [made_again] = (reports.index_path.parent / "reports_index.db-results").iterdir()
    assert made_again != kept and not kept.exists()
    assert _load(reports, share).rows == first.rows


def test_agents_and_their_months_in_one_pass_give_the_same_table_and_grades(
    reports, tmp_path: Path
):
    """`aggregate_agent_months` makes the table by agent from each agent's months (sums of
    sums, the latest snapshot of the latest month): the same groups, figures, overdue cases
    and grades as adding every shift up by agent and then month by month, whatever order the
    rows come in."""
    import random

    from agent_desk.reports import aggregate_agent_months

    root = tmp_path / "three-months"
    write_demo_summaries(root, agents=6, branches=2, days=75, start=date(2026, 9, 20), seed=3)
    period = (date(2026, 9, 1), date(2026, 12, 31))
    rows = list(reports.load(SUPERVISOR, ReportQuery(root, *period)).rows)
    assert len({r.day[:7] for r in rows}) == 4 and len(rows) > 200
    pick = random.Random(5)
    # each shift's own snapshot of overdue cases, so "the latest" decides the figure
    rows = [r._replace(cases_overdue=pick.randrange(5)) for r in rows]
    pick.shuffle(rows)  # a caller's rows need not be in order of start

    agents, months = aggregate_agent_months(rows)
    plain = aggregate(rows, "agent")
    assert [(g.key, g.label, g.rows) for g in agents] == [(g.key, g.label, g.rows) for g in plain]
    assert list(months) == ["2026-09", "2026-10", "2026-11", "2026-12"]
    targets = reports.targets()
    one_pass = report_table(agents, "agent", targets, rows)
    two_passes = report_table(plain, "agent", targets, rows)
    assert one_pass.keys == two_passes.keys
    for got_row, want_row in zip(
        (*one_pass.cells, one_pass.total), (*two_passes.cells, two_passes.total), strict=True
    ):
        for got, want in zip(got_row, want_row, strict=True):
            assert got.value == pytest.approx(want.value) and got.status == want.status
    overdue = [g.totals.cases_overdue for g in agents]
    assert overdue == [g.totals.cases_overdue for g in plain] and any(overdue)

    # the sums kept with a report's result: the same groups and figures without adding up
    # again; a month whose count of shifts is not the kept one is added up again
    from agent_desk.reports.table import month_sums

    known = dict(month_sums(months))
    stale_key = next(iter(known))
    shifts, sums, latest = known[stale_key]
    known[stale_key] = (shifts + 1, {name: 0 for name in sums}, latest)
    again, again_months = aggregate_agent_months(rows, known)
    assert month_sums(again_months) == month_sums(months)
    assert [g.totals.sums for g in again] == [g.totals.sums for g in agents]

    kept = grade_period(rows, *period, reports.policy, agent_months=months)
    made = grade_period(rows, *period, reports.policy)
    assert [(g.agent_key, g.month, g.grade) for g in kept] == [
        (g.agent_key, g.month, g.grade) for g in made
    ]
    for got, want in zip(kept, made, strict=True):
        assert got.score == pytest.approx(want.score)
        assert got.components == pytest.approx(want.components)


def test_a_name_from_the_share_is_shown_as_text_whatever_its_bytes():
    """GBK bytes as the OS hands them over (surrogate escapes) and a lone surrogate of an
    NTFS name both become text UTF-8 can hold; a name that is text stays as it is."""
    from agent_desk.reports.files import is_text_name, shown_name

    gbk = os.fsdecode(b"\xb1\xa8.json")
    assert not is_text_name(gbk) and shown_name(gbk) == "\\xb1\\xa8.json"
    assert not is_text_name("a\ud800") and shown_name("a\ud800") == "a\\xed\\xa0\\x80"
    assert is_text_name("报表.json") and shown_name("报表.json") == "报表.json"
    for name in (gbk, "a\ud800"):
        shown_name(name).encode("utf-8")


def test_a_share_folder_whose_own_name_is_not_utf8_is_refused_in_words(tmp_path):
    """Review (verify N2): the report and qa report ended in 'unexpected error:
    UnicodeEncodeError' when the share's folder itself had a GBK name."""
    import os

    from agent_desk.reports.files import ReportFolderMissing, open_location

    root = os.fsdecode(os.fsencode(tmp_path) + b"/\xb1\xa8")
    os.mkdir(root)
    with pytest.raises(ReportFolderMissing) as refused:
        open_location(root)
    assert "not UTF-8 text" in refused.value.message
    assert "\\xb1\\xa8" in refused.value.message
    refused.value.message.encode("utf-8")  # can be printed, logged and audited
