"""`agent-desk qa report` through the real command: a week that crosses two months counts
whole in the month of its Thursday, and no row appears for a month outside --from/--to
(review of issue 14, Q3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, run_cli, set_up_admin
from tests.report_fixtures import hand_made_shifts, write_hand_made_share, write_shift


def _review(share, review_id: str, ring: str, week: str, score: int) -> None:
    folder = share / "qa" / "BR01" / week
    folder.mkdir(parents=True, exist_ok=True)
    doc = {
        "schema": "agentdesk.quality_review",
        "version": 1,
        "review_id": review_id,
        "revision": 1,
        "branch": {"code": "BR01", "name": ""},
        "week": week,
        "call": {"call_id": f"call-{review_id}", "ring_started_at": ring},
        "agent": {"agent_no": "2001", "name": "张三"},
        "reviewer": {"agent_no": "8001"},
        "score": score,
        "criteria": {},
        "comment": "",
        "scored_at": "2026-12-01T02:00:00+00:00",
    }
    (folder / f"{review_id}.r1.json").write_text(json.dumps(doc), encoding="utf-8")


def _report(profile_dir, share, first: str, last: str) -> list[tuple]:
    done = run_cli(
        *("qa", "report", "--from", first, "--to", last, "--share", str(share)),
        *("--as", ADMIN_NO, "--json"),
        profile=profile_dir,
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    return [(r["agent_key"], r["month"], r["reviews"], r["required"], r["average"]) for r in rows]


def test_a_week_crossing_two_months_is_reported_whole_in_the_month_of_its_thursday(
    profile_dir, tmp_path
):
    set_up_admin(profile_dir)
    share = tmp_path / "share"
    write_hand_made_share(share)  # 2001 answered 5 calls on 2-3 Nov (W45), 2002 answered 2
    # and 2001's Monday shift again four weeks later: Monday 30 November (W49), 3 answered
    monday, four_weeks = hand_made_shifts()[0], timedelta(days=28)
    write_shift(
        share,
        replace(
            monday,
            started_at=monday.started_at + four_weeks,
            ended_at=monday.ended_at + four_weeks,
            calls=tuple(replace(c, started_at=c.started_at + four_weeks) for c in monday.calls),
            shift_id="00000000-0000-4000-8000-0000000000aa",
        ),
    )
    _review(share, "w45", "2026-11-02T02:00:00+00:00", "2026-W45", 8)
    # Monday 30 November, 10:00 in Shanghai: week W49, whose Thursday is 3 December
    _review(share, "w49", "2026-11-30T02:00:00+00:00", "2026-W49", 4)

    november = _report(profile_dir, share, "2026-11-01", "2026-11-30")
    assert november == [
        ("BR01·2001", "2026-11", 1, 5, 8.0),
        ("BR02·2002", "2026-11", 0, 2, None),
    ]
    december = _report(profile_dir, share, "2026-12-01", "2026-12-31")
    # W49's requirement (3 answered, fewer than 5) and its review, both December's, though
    # the calls were on 30 November, outside the December period
    assert december == [("BR01·2001", "2026-12", 1, 3, 4.0)]
