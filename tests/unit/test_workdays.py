"""Deadlines on real PRC calendar dates, including 调休 weekends and a dropped-in override."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from agent_desk.config import BranchConfig
from agent_desk.errors import ConfigError
from agent_desk.policy import Policy
from agent_desk.workdays import (
    CalendarUnknown,
    DeadlinePolicy,
    WorkCalendar,
    calendar_folders,
    load_overrides,
)


def deadlines(kind: str, received: str, calendar: WorkCalendar | None = None, policy=None):
    data = (policy or Policy.load()).data
    return DeadlinePolicy(data, calendar or WorkCalendar.load()).compute(
        kind, datetime.fromisoformat(received)
    )


def test_complaint_received_before_national_day_is_due_after_the_holiday() -> None:
    d = deadlines("complaint", "2026-09-30T17:00+08:00")
    # Oct 1-7 are holidays; working days after are Oct 8, 9, 10 (调休 Saturday), 12, 13.
    assert d.reply_by.isoformat() == "2026-10-13T23:59:59+08:00"
    assert d.points_by.isoformat() == "2026-09-30T17:05:00+08:00"
    assert d.feedback_by.isoformat() == "2026-10-01T17:00:00+08:00"


def test_complaint_received_on_a_working_saturday_counts_that_day_as_a_working_day() -> None:
    on_tiaoxiu_saturday = deadlines("complaint", "2026-10-10T09:00+08:00")
    on_ordinary_saturday = deadlines("complaint", "2026-10-17T09:00+08:00")
    # 2026-10-10 is a 调休 working day: counting starts from it, like any weekday.
    assert on_tiaoxiu_saturday.reply_by.date() == date(2026, 10, 16)
    # An ordinary Saturday is deemed received on Monday the 19th.
    assert on_ordinary_saturday.reply_by.date() == date(2026, 10, 26)


def test_working_saturday_counts_as_a_working_day_inside_the_window() -> None:
    d = deadlines("complaint", "2026-10-09T15:00+08:00")
    assert d.reply_by.date() == date(2026, 10, 15)  # Oct 10 (Sat), 12, 13, 14, 15


def test_complaint_received_before_spring_festival_is_due_after_it() -> None:
    d = deadlines("complaint", "2026-02-13T10:00+08:00")
    # Feb 14 is a 调休 Saturday, Feb 15-23 the Spring Festival holiday.
    assert d.reply_by.date() == date(2026, 2, 27)


def test_report_gets_ten_working_days() -> None:
    d = deadlines("report", "2026-11-24T10:00+08:00")
    assert d.reply_by.isoformat() == "2026-12-08T23:59:59+08:00"
    assert d.points_by is None


def test_pending_inquiry_gets_three_calendar_days_even_over_a_weekend() -> None:
    d = deadlines("inquiry", "2026-11-27T16:00+08:00")  # a Friday
    assert d.reply_by.isoformat() == "2026-11-30T23:59:59+08:00"
    assert d.feedback_by is None


def test_received_time_in_utc_is_judged_on_the_local_day() -> None:
    # 2026-09-30T17:00Z is already 01:00 on Oct 1 in Shanghai: a holiday, deemed Oct 8.
    d = deadlines("complaint", "2026-09-30T17:00+00:00")
    assert d.reply_by.date() == date(2026, 10, 14)


def test_year_unknown_to_the_package_is_a_clear_error() -> None:
    with pytest.raises(CalendarUnknown) as info:
        deadlines("complaint", "2026-12-28T10:00+08:00")
    assert "2027" in info.value.message and "holidays.toml" in info.value.message


def test_override_file_teaches_an_unknown_year(tmp_path: Path) -> None:
    (tmp_path / "holidays.toml").write_text(
        '[2027]\nholidays = ["2027-01-01..2027-01-03"]\nworkdays = ["2027-01-09"]\n',
        encoding="utf-8",
    )
    calendar = WorkCalendar.load([tmp_path])
    d = deadlines("complaint", "2026-12-28T10:00+08:00", calendar)
    # Dec 29, 30, 31, then Jan 1-3 off, Jan 4, Jan 5.
    assert d.reply_by.date() == date(2027, 1, 5)
    assert calendar.is_workday(date(2027, 1, 9))  # a listed working Saturday


def test_profile_override_wins_over_the_share_for_the_same_year(tmp_path: Path) -> None:
    profile, share = tmp_path / "profile", tmp_path / "share"
    profile.mkdir()
    share.mkdir()
    (profile / "holidays.toml").write_text('[2027]\nholidays = ["2027-01-04"]\n', "utf-8")
    (share / "holidays.toml").write_text("[2027]\nholidays = []\n", "utf-8")
    calendar = WorkCalendar.load([profile, share])
    assert not calendar.is_workday(date(2027, 1, 4))


def test_broken_override_file_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "holidays.toml").write_text('[2027]\nholidays = ["2027-13-01"]\n', "utf-8")
    with pytest.raises(ConfigError):
        load_overrides(tmp_path / "holidays.toml")
    calendar = WorkCalendar.load([tmp_path])
    with pytest.raises(CalendarUnknown) as info:
        calendar.is_workday(date(2027, 3, 1))
    assert "unreadable" in info.value.message


def test_opening_a_case_in_an_unknown_year_estimates_instead_of_refusing() -> None:
    policy = DeadlinePolicy(Policy.load().data, WorkCalendar.load())
    d = policy.compute("complaint", datetime.fromisoformat("2026-12-28T10:00+08:00"), strict=False)
    assert d.reply_by.date() == date(2027, 1, 4)  # Mon-Fri assumed for 2027
    assert "2027" in d.estimated_because


def test_branch_config_overrides_the_policy_deadline(tmp_path: Path) -> None:
    config = BranchConfig({"policy": {"deadlines": {"complaint": {"reply_working_days": 3}}}})
    d = deadlines("complaint", "2026-11-24T10:00+08:00", policy=Policy.load(config))
    assert d.reply_by.date() == date(2026, 11, 27)


def test_json_form_carries_the_utc_offset() -> None:
    out = deadlines("complaint", "2026-09-30T17:00+08:00").as_json()
    assert out["reply_by"] == "2026-10-13T23:59:59+08:00"


def test_share_override_is_read_only_when_a_year_is_unknown(tmp_path: Path) -> None:
    config, share = tmp_path / "config", tmp_path / "share"
    config.mkdir()
    share.mkdir()
    (share / "holidays.toml").write_text('[2027]\nholidays = ["2027-01-01"]\n', "utf-8")
    calendar = WorkCalendar.load(*calendar_folders(config, str(share)))
    assert 2027 not in calendar.overrides  # start-up did not touch the share
    assert calendar.is_workday(date(2026, 10, 10))  # a known year: still not read
    assert 2027 not in calendar.overrides
    assert not calendar.is_workday(date(2027, 1, 1))
    assert calendar.is_workday(date(2027, 1, 4))


def test_unreachable_share_is_no_calendar_but_no_crash(tmp_path: Path) -> None:
    calendar = WorkCalendar.load(*calendar_folders(tmp_path, str(tmp_path / "gone")))
    with pytest.raises(CalendarUnknown):
        calendar.is_workday(date(2027, 1, 4))
    assert calendar_folders(tmp_path, "smb://nas/share/x")[1] == []
