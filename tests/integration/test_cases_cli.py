"""Branch IT checks deadlines and queues the daily archive from the command line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.conftest import run_cli


def test_deadlines_json_gives_reply_by_with_its_utc_offset(profile_dir: Path) -> None:
    result = run_cli(
        "deadlines",
        "--kind",
        "complaint",
        "--received",
        "2026-09-30T17:00",
        "--json",
        profile=profile_dir,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reply_by"] == "2026-10-13T23:59:59+08:00"
    assert datetime.fromisoformat(data["reply_by"]).utcoffset() is not None


def test_deadlines_for_an_unknown_year_fail_in_one_line_until_holidays_toml_is_dropped_in(
    profile_dir: Path,
) -> None:
    args = ("deadlines", "--kind", "report", "--received", "2026-12-21T10:00+08:00", "--json")
    refused = run_cli(*args, profile=profile_dir)
    assert refused.returncode != 0
    assert "2027" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    (profile_dir / "config" / "holidays.toml").write_text(
        '[2027]\nholidays = ["2027-01-01..2027-01-03"]\n', encoding="utf-8"
    )
    ok = run_cli(*args, profile=profile_dir)
    assert ok.returncode == 0, ok.stderr
    # Dec 22-25, 28-31 (8 days), Jan 1-3 off, Jan 4, 5.
    assert json.loads(ok.stdout)["reply_by"] == "2027-01-05T23:59:59+08:00"


def test_archive_command_queues_the_days_files(profile_dir: Path) -> None:
    result = run_cli(
        "archive",
        "--day",
        "2026-11-24",
        "--branch",
        "BR007",
        "--desk",
        "pc12",
        profile=profile_dir,
    )
    assert result.returncode == 0, result.stderr
    assert "archive/BR007/2026-11-24/pc12/cases.csv" in result.stdout
