"""Days and numbers given on the command line: `--from`/`--to` of `report` and `qa report` are
refused at the calendar's ends before anything is read (0001-01-01 and 9999-12-31 ended in
'unexpected error: OverflowError'), and so is a `kb search --limit` of 0 or 20 digits."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from agent_desk.commands.registry import day_arg
from tests.conftest import run_cli


def test_a_day_is_read_as_written():
    assert day_arg(" 2026-11-30 ") == date(2026, 11, 30)


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "２０２６-11-30", "2026-13-01", "x"])
def test_days_the_reports_cannot_count_from_are_refused(text):
    with pytest.raises(argparse.ArgumentTypeError):
        day_arg(text)


@pytest.mark.parametrize("command", [("report", "--out", "x.json"), ("qa", "report")])
def test_the_commands_refuse_them_with_one_line_and_exit_2(profile_dir, command):
    done = run_cli(
        *command, "--from", "9999-12-01", "--to", "9999-12-31", "--as", "8001", profile=profile_dir
    )
    assert done.returncode == 2 and "only dates from 1970 to 9998" in done.stderr
    assert "unexpected error" not in done.stderr


@pytest.mark.parametrize("limit", ["0", "-5", "99999999999999999999"])
def test_kb_search_refuses_a_limit_it_cannot_print(profile_dir, limit):
    done = run_cli("kb", "search", "退款", "--limit", limit, profile=profile_dir)
    assert done.returncode == 2 and "from 1 to 1,000" in done.stderr
