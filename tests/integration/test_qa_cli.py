"""`agent-desk qa …` as a supervisor runs it: real processes on a real (encrypted) profile."""

from __future__ import annotations

import json

import pytest

from agent_desk.paths import Profile
from agent_desk.services import Services
from tests.conftest import run_cli
from tests.quality_fixtures import MONDAY_W48, add_calls

pytestmark = pytest.mark.integration

SUP = ("--as", "8001")
SUP_PW = "boss-pw-1\n"


@pytest.fixture
def desk(profile_dir, tmp_path, clock):
    services = Services.open(Profile.at(profile_dir).ensure(), clock)
    try:
        services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
        services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
        for no in ("1001", "1002"):
            services.accounts.create(no, f"坐席{no}", "agent", f"pw-{no}")
        calls = {
            "1001": add_calls(services, "1001", MONDAY_W48, 30, complaints=1),
            "1002": add_calls(services, "1002", MONDAY_W48, 3),
        }
        (tmp_path / "share").mkdir()
        services.config.set("share.location", str(tmp_path / "share"))
        services.config.save()
    finally:
        services.close()
    return profile_dir, calls


def _one_line(done, code: int, says: str) -> None:
    assert done.returncode == code, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr


def test_the_weekly_sample_as_json_is_reproducible_with_a_seed(desk):
    profile, calls = desk
    argv = ("qa", "sample", "--week", "2026-W48", "--seed", "42", "--json", "--local", *SUP)
    first = run_cli(*argv, profile=profile, stdin=SUP_PW)
    assert first.returncode == 0, first.stderr
    doc = json.loads(first.stdout)
    again = json.loads(run_cli(*argv, profile=profile, stdin=SUP_PW).stdout)
    assert doc["calls"] == again["calls"]
    by_agent = {}
    for c in doc["calls"]:
        by_agent.setdefault(c["agent_no"], set()).add(c["call_id"])
    assert len(by_agent["1001"]) == 5 and calls["1001"][0] in by_agent["1001"]  # the complaint
    assert by_agent["1002"] == set(calls["1002"])  # fewer than five: all of them


def test_bad_weeks_and_scores_are_refused_before_the_password_with_one_line(desk):
    profile, calls = desk
    week = run_cli("qa", "sample", "--week", "2026-W54", *SUP, profile=profile, stdin="")
    _one_line(week, 2, "2026-W54 is not an ISO week: write YYYY-Www")
    assert "weeks 01 to 53" in week.stderr
    for bad in ("0", "11", "seven"):
        done = run_cli("qa", "score", calls["1001"][1], "--score", bad, *SUP, profile=profile)
        _one_line(done, 2, "the score must be a whole number from 1 to 10")


def test_scoring_unknown_calls_and_scoring_twice(desk):
    profile, calls = desk
    unknown = run_cli(
        "qa", "score", "no-such-call", "--score", "5", *SUP, profile=profile, stdin=SUP_PW
    )
    _one_line(unknown, 2, "no call no-such-call")
    call = calls["1001"][2]
    first = run_cli(
        "qa",
        "score",
        call,
        "--score",
        "6",
        "--comment",
        "开场白未报工号",
        *SUP,
        profile=profile,
        stdin=SUP_PW,
    )
    assert first.returncode == 0, first.stderr
    assert "6/10" in first.stdout
    second = run_cli("qa", "score", call, "--score", "8", *SUP, profile=profile, stdin=SUP_PW)
    assert second.returncode == 0, second.stderr
    assert "6 -> 8" in second.stdout and "replaces" in second.stdout


def test_an_agent_may_not_score(desk):
    profile, calls = desk
    done = run_cli(
        "qa",
        "score",
        calls["1001"][0],
        "--score",
        "10",
        "--as",
        "1001",
        profile=profile,
        stdin="pw-1001\n",
    )
    _one_line(done, 4, "needs a supervisor or an administrator")


def test_the_report_counts_reviews_on_the_share_against_the_sample(desk, tmp_path):
    profile, calls = desk
    for call, score in ((calls["1001"][0], 7), (calls["1001"][3], 9), (calls["1002"][0], 5)):
        done = run_cli(
            "qa", "score", call, "--score", str(score), *SUP, profile=profile, stdin=SUP_PW
        )
        assert done.returncode == 0, done.stderr
    synced = run_cli("sync", profile=profile)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    qa = tmp_path / "share" / "qa" / "BR001" / "2026-W48"
    assert len(list(qa.glob("*.json"))) == 3
    import shutil

    shutil.copytree(qa, qa.parent / "2026-W48 - copy")  # someone copied the week's folder
    done = run_cli(
        "qa",
        "report",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--json",
        *SUP,
        profile=profile,
        stdin=SUP_PW,
    )
    assert done.returncode == 0, done.stderr
    rows = {r["agent_key"]: r for r in json.loads(done.stdout)["rows"]}
    assert rows["BR001·1001"]["reviews"] == 2 and rows["BR001·1001"]["average"] == 8.0
    assert rows["BR001·1002"]["reviews"] == 1 and rows["BR001·1002"]["average"] == 5.0


def test_weeks_at_the_ends_of_the_calendar_are_refused_with_exit_2_not_a_crash(desk):
    profile, _ = desk
    for week in ("0000-W01", "9999-W52", "２０２６-W48", "2026-W4８"):
        done = run_cli("qa", "sample", "--week", week, *SUP, profile=profile, stdin=SUP_PW)
        _one_line(done, 2, "is not an ISO week")
        assert "unexpected error" not in done.stderr


def test_two_spellings_of_a_week_draw_the_same_sample_and_print_the_week_one_way(desk):
    profile, _ = desk
    docs = []
    for week in ("2026-W48", " 2026-w48 "):
        argv = ("qa", "sample", "--week", week, "--json", "--local", *SUP)
        done = run_cli(*argv, profile=profile, stdin=SUP_PW)
        assert done.returncode == 0, done.stderr
        docs.append(json.loads(done.stdout))
    assert docs[0]["calls"] == docs[1]["calls"]
    assert docs[1]["week"] == docs[1]["seed"] == "2026-W48"


def test_the_text_queue_shows_ring_times_in_the_branchs_zone_and_the_category_once(desk):
    profile, calls = desk
    done = run_cli(
        "qa", "sample", "--week", "2026-W48", "--local", *SUP, profile=profile, stdin=SUP_PW
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2026-W48: 8 calls of 2 agents to review")
    first = next(line for line in lines if calls["1001"][0] in line)  # 09:00 in Shanghai
    assert "2026-11-23 09:00" in first and first.endswith("\tcomplaint")
    assert "complaint complaint" not in done.stdout


def test_a_supervisor_on_their_own_pc_reviews_the_agents_calls_from_the_share(
    profile_dir, tmp_path, clock
):
    from datetime import date

    from agent_desk.shifts.demo_summaries import write_demo_summaries

    share = tmp_path / "branch-share"
    write_demo_summaries(share, agents=3, branches=1, days=8, start=date(2026, 11, 22), seed=4)
    services = Services.open(Profile.at(profile_dir).ensure(), clock)
    try:
        services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
        services.config.set("share.location", str(share))
        services.config.save()
    finally:
        services.close()
    argv = ("qa", "sample", "--week", "2026-W48", "--seed", "9", "--json", *SUP)
    drawn = run_cli(*argv, profile=profile_dir, stdin=SUP_PW)
    assert drawn.returncode == 0, drawn.stderr
    doc = json.loads(drawn.stdout)
    assert doc["source"] == "share" and len(doc["calls"]) == 15  # 3 agents × 5
    call = doc["calls"][0]
    scored = run_cli(
        "qa", "score", call["call_id"], "--score", "8", *SUP, profile=profile_dir, stdin=SUP_PW
    )
    assert scored.returncode == 0, scored.stderr
    assert f"of {call['agent_no']}: 8/10" in scored.stdout
    synced = run_cli("sync", profile=profile_dir)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    published = list((share / "qa" / call["branch"] / "2026-W48").glob("*.r1.json"))
    assert len(published) == 1
    assert json.loads(published[0].read_text("utf-8"))["call"]["call_id"] == call["call_id"]


def test_a_supervisor_scoring_their_own_call_is_refused_with_exit_4(desk, clock):
    profile, _ = desk
    services = Services.open(Profile.at(profile).ensure(), clock)
    try:
        (own,) = add_calls(services, "8001", MONDAY_W48, 1)
    finally:
        services.close()
    done = run_cli("qa", "score", own, "--score", "10", *SUP, profile=profile, stdin=SUP_PW)
    _one_line(done, 4, "your own call")


def test_the_agent_reads_and_acknowledges_a_review_on_the_command_line(desk):
    """Review 14b: an agent could only see and acknowledge a review in the window."""
    profile, calls = desk
    call = calls["1001"][0]
    scored = run_cli(
        "qa",
        "score",
        call,
        "--score",
        "6",
        "--comment",
        "开场白漏了工号",
        *SUP,
        profile=profile,
        stdin=SUP_PW,
    )
    assert scored.returncode == 0, scored.stderr
    mine = run_cli("qa", "mine", "--json", "--as", "1001", profile=profile, stdin="pw-1001\n")
    assert mine.returncode == 0, mine.stderr
    [review] = json.loads(mine.stdout)
    assert (review["call_id"], review["score"], review["acknowledged"]) == (call, 6, False)
    assert review["comment"] == "开场白漏了工号"
    other = run_cli(
        "qa", "ack", review["review_id"], "--as", "1002", profile=profile, stdin="pw-1002\n"
    )
    assert other.returncode == 4, other.stderr  # not their call
    ack = run_cli(
        "qa", "ack", review["review_id"], "--as", "1001", profile=profile, stdin="pw-1001\n"
    )
    assert ack.returncode == 0 and "next sync" in ack.stdout, ack.stderr
    text = run_cli("qa", "mine", "--as", "1001", profile=profile, stdin="pw-1001\n")
    assert "6/10" in text.stdout and "\tacknowledged" in text.stdout
