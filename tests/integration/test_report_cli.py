"""`agent-desk report` as branch IT runs it: a real process, a real folder of summaries."""

from __future__ import annotations

import csv
import json
import os

import pytest

from tests.conftest import add_account, run_cli
from tests.report_fixtures import write_hand_made_share

pytestmark = pytest.mark.integration

PERIOD = ("--from", "2026-11-01", "--to", "2026-11-30")


@pytest.fixture
def accounts(profile_dir):
    for no, role in (("9001", "supervisor"), ("2001", "agent")):
        add_account(profile_dir, no, "password1", role)
    return profile_dir


def test_supervisor_exports_a_chinese_csv_by_agent_and_skipped_files_are_counted(
    accounts, tmp_path
):
    share = tmp_path / "share"
    write_hand_made_share(share)
    (share / "junk.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "report.csv"
    result = run_cli(
        "--lang",
        "zh_CN",
        "report",
        "--share",
        str(share),
        *PERIOD,
        "--by",
        "agent",
        "--out",
        str(out),
        "--as",
        "9001",
        profile=accounts,
        stdin="password1\n",
    )
    assert result.returncode == 0, result.stderr
    assert "read 3 summaries" in result.stdout
    assert "skipped 1" in result.stdout
    assert "junk.json: not a text file (not UTF-8 text at byte 0)" in result.stderr
    everything = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    blocks: list[list[list[str]]] = [[]]  # the figures, the monthly grade, the quality review
    for line in everything:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    rows, grades, quality = blocks
    assert rows[0][:3] == ["坐席", "班次数", "呼入量"]
    by_agent = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_agent["BR01·2001 张三"]["满意度"] == "4.40"
    assert by_agent["合计"]["呼入量"] == "9"
    assert grades[0][1] == "2026-11" and grades[1][:3] == ["月份", "坐席", "班次数"]
    graded = {g[1]: dict(zip(grades[1], g, strict=True)) for g in grades[2:]}
    assert sorted(graded) == ["BR01·2001 张三", "BR02·2002 李四"]
    assert graded["BR01·2001 张三"]["班次数"] == "2"
    assert quality[:2] == [["质检评分"], ["月份", "坐席", "已评数", "应评数", "平均分（1–10）"]]
    assert quality[2:] == [
        ["2026-11", "BR01·2001 张三", "0", "5", "—"],
        ["2026-11", "BR02·2002 李四", "0", "2", "—"],
    ]


def test_json_by_day_and_pdf_are_written(accounts, tmp_path):
    share = tmp_path / "share"
    write_hand_made_share(share)
    out = tmp_path / "r.json"
    result = run_cli(
        "report",
        "--share",
        str(share),
        *PERIOD,
        "--by",
        "day",
        "--format",
        "json",
        "--out",
        str(out),
        "--as",
        "9001",
        profile=accounts,
        stdin="password1\n",
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [r["key"] for r in doc["rows"]] == ["2026-11-02", "2026-11-03"]
    assert doc["rows"][0]["offered"]["value"] == 6
    pdf = tmp_path / "r.pdf"
    result = run_cli(
        "report",
        "--share",
        str(share),
        *PERIOD,
        "--out",
        str(pdf),
        "--as",
        "9001",
        profile=accounts,
        stdin="password1\n",
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_nothing_readable_exits_non_zero(accounts, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "broken.json").write_text("{", encoding="utf-8")
    result = run_cli(
        "report",
        "--share",
        str(empty),
        *PERIOD,
        "--out",
        str(tmp_path / "r.csv"),
        "--as",
        "9001",
        profile=accounts,
        stdin="password1\n",
    )
    assert result.returncode == 1
    assert "read 0 summaries" in result.stdout
    assert not (tmp_path / "r.csv").exists()


def test_an_agent_account_or_a_wrong_password_gets_no_report(accounts, tmp_path):
    share = tmp_path / "share"
    write_hand_made_share(share)
    for who, password in (("2001", "password1"), ("9001", "wrong-password")):
        result = run_cli(
            "report",
            "--share",
            str(share),
            *PERIOD,
            "--out",
            str(tmp_path / "r.csv"),
            "--as",
            who,
            profile=accounts,
            stdin=password + "\n",
        )
        assert result.returncode == 4
        assert "Traceback" not in result.stderr
        assert "needs a supervisor or an administrator" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.csv").exists()


def test_the_grade_covers_every_month_of_the_period_not_only_the_first(accounts, tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    share = tmp_path / "share"
    write_hand_made_share(share)  # November
    october = hand_made_shifts()[0]
    back = timedelta(days=31)
    write_shift(
        share,
        replace(
            october,
            started_at=october.started_at - back,
            ended_at=october.ended_at - back,
            calls=tuple(replace(c, started_at=c.started_at - back) for c in october.calls),
            shift_id="00000000-0000-4000-8000-0000000000f0",
        ),
    )
    out = tmp_path / "grades.json"
    result = run_cli(
        "report",
        "--share",
        str(share),
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "--out",
        str(out),
        "--as",
        "9001",
        profile=accounts,
        stdin="password1\n",
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["grade_months"] == ["2026-10", "2026-11"]
    assert sorted((g["month"], g["agent"]) for g in doc["grades"]) == [
        ("2026-10", "BR01·2001"),
        ("2026-11", "BR01·2001"),
        ("2026-11", "BR02·2002"),
    ]


def _without_chinese_qm(tmp_path):
    """A copy of resources/ as a desk has it after `pip install` without `make i18n`: every
    file but the compiled Chinese translations."""
    import shutil

    from agent_desk.paths import resource_root

    copy = tmp_path / "resources"
    shutil.copytree(resource_root(), copy, ignore=shutil.ignore_patterns("*_zh_CN.qm"))
    return copy


def _run_with_resources(resources, *args, profile, stdin):
    """The real agent-desk in a child process whose resources/ folder is `resources`."""
    import subprocess
    import sys

    code = (
        "import sys, pathlib, agent_desk.paths as p; "
        f"p.resource_root = lambda: pathlib.Path({str(resources)!r}); "
        "from agent_desk.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "--profile", str(profile), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_chinese_report_without_the_chinese_translations_is_refused_not_english(
    accounts, tmp_path
):
    """Review 13 #6: without `make i18n`, `report --lang zh_CN` wrote an English file."""
    share = tmp_path / "share"
    write_hand_made_share(share)
    out = tmp_path / "report.xlsx"
    resources = _without_chinese_qm(tmp_path)
    argv = ("--lang", "zh_CN", "report", "--share", str(share), *PERIOD, "--out", str(out))
    result = _run_with_resources(
        resources, *argv, "--as", "9001", profile=accounts, stdin="password1\n"
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "zh_CN translations are not compiled" in lines[0], lines
    assert "make i18n" in lines[0] and "reports_zh_CN.qm" in lines[0]
    assert not out.exists()


def test_a_shift_closed_without_the_chinese_translations_is_english_and_says_so(accounts, tmp_path):
    """Review 13 #6: report.html said lang="zh-CN" and summary.json "zh_CN" over English text."""
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    services = Services.open(Profile.at(accounts).ensure())
    try:
        agent = services.accounts.login("2001", "password1")
        services.shifts.start(agent)
    finally:
        services.close()
    resources = _without_chinese_qm(tmp_path)
    closed = _run_with_resources(
        resources,
        *("--lang", "zh_CN", "shift", "close", "--last", "--as", "2001"),
        profile=accounts,
        stdin="password1\n",
    )
    assert closed.returncode == 0, closed.stderr
    assert "translations are not installed" in closed.stderr
    summary = run_cli(
        "shift", "summary", "--last", "--as", "2001", profile=accounts, stdin="password1\n"
    )
    assert json.loads(summary.stdout)["language"] == "en"


def test_filters_ignore_case_and_a_filter_that_matches_nothing_says_so(accounts, tmp_path):
    """Review 13 #9 and #10: `--branch br01` found nothing on a share whose folder is BR01 (one
    folder on a Windows share), and the message blamed unreadable summaries; the line did not
    count identical copies."""
    import shutil

    share = tmp_path / "share"
    paths = write_hand_made_share(share)
    (share / "backup").mkdir()
    shutil.copytree(paths[0].parent, share / "backup" / paths[0].parent.name)

    def report(*filters):
        return run_cli(
            *("report", "--share", str(share), *PERIOD, "--format", "csv"),
            *("--out", str(tmp_path / "r.csv"), *filters, "--as", "9001"),
            profile=accounts,
            stdin="password1\n",
        )

    lower = report("--branch", "br01")
    assert lower.returncode == 0, lower.stderr
    assert "identical copies ignored 1" in lower.stdout
    dotted = report("--agent", "br01.2001")
    assert dotted.returncode == 0, dotted.stderr
    none = report("--branch", "XX01")
    assert none.returncode == 1
    assert "no shift of the period matches --branch XX01" in none.stderr
    assert "of branches BR01, BR02" in none.stderr
    assert "could be read" not in none.stderr


def test_two_people_with_one_agent_number_are_named_and_skip_reasons_are_words(accounts, tmp_path):
    """BR01·2001 is 张三 at one desk and 王小明 at another: the figures stay one agent's (an
    agent is a branch and a number), but the report says so and labels the row with both
    names; a skipped file's reason is in words, and one summary is 'summary'."""
    from dataclasses import replace

    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    share = tmp_path / "share"
    a, b, c = hand_made_shifts()
    for shift in (a, replace(b, agent_name="王小明", desk_code="D2"), c):
        write_shift(share, shift)
    (share / "elsewhere.json").symlink_to(tmp_path / "nowhere.json")
    out = tmp_path / "r.json"
    args = ("report", "--share", str(share), *PERIOD, "--out", str(out), "--as", "9001")
    result = run_cli(*args, profile=accounts, stdin="password1\n")
    assert result.returncode == 0, result.stderr
    assert (
        "agent-desk: BR01·2001 carries 2 names in this period: 张三, 王小明 "
        "— agent numbers must be unique in a branch"
    ) in result.stderr.splitlines()
    assert "elsewhere.json: a link on the share: not followed (" in result.stderr
    assert "link a symbolic" not in result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [r["label"] for r in doc["rows"]] == ["BR01·2001 张三 / 王小明", "BR02·2002 李四"]
    assert doc["rows"][0]["shifts"]["value"] == 2  # one agent's figures, as before
    assert [g["name"] for g in doc["grades"]] == ["张三 / 王小明", "李四"]
    one = run_cli(*args, "--agent", "2002", profile=accounts, stdin="password1\n")
    assert one.returncode == 0, one.stderr
    assert "read 1 summary (0 files read, the rest from the index)" in one.stdout
    assert "carries" not in one.stderr


def test_a_name_that_is_not_utf8_is_skipped_and_the_report_goes_on(accounts, tmp_path):
    """A folder and files named in GBK (an old Windows client, a zip made on a Chinese
    Windows, Samba without `unix charset`): each listed as skipped, with its bytes shown as
    escapes, in the shift folders, loose and in qa/; the report is made, also a second time
    from what the index kept. It ended in 'unexpected error: UnicodeEncodeError'."""
    share = tmp_path / "share"
    write_hand_made_share(share)
    root = bytes(share)
    os.mkdir(root + b"/BR01/\xb1\xa8\xb1\xed")  # 报表: an empty folder
    with open(root + b"/BR01/\xb1\xa8\xb1\xed/summary.json", "wb") as f:
        f.write(b"{}")
    with open(root + b"/BR01/\xb1\xa8.json", "wb") as f:
        f.write(b"{}")
    os.makedirs(root + b"/qa/BR01")
    with open(root + b"/qa/BR01/\xb1\xa8.json", "wb") as f:
        f.write(b"{}")
    for n in (1, 2):
        out = tmp_path / f"r{n}.json"
        result = run_cli(
            *("report", "--share", str(share), *PERIOD, "--format", "json"),
            *("--out", str(out), "--as", "9001"),
            profile=accounts,
            stdin="password1\n",
        )
        assert result.returncode == 0, result.stderr
        assert "read 3 summaries" in result.stdout
        assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
        doc = json.loads(out.read_text(encoding="utf-8"))
        skipped = {(s["path"], s["reason"]) for s in doc["skipped"]}
        assert skipped == {
            (f"{share}/BR01/\\xb1\\xa8\\xb1\\xed", "name_not_utf8"),
            (f"{share}/BR01/\\xb1\\xa8.json", "name_not_utf8"),
            (f"{share}/qa/BR01/\\xb1\\xa8.json", "name_not_utf8"),
        }
        said = f"skipped {share}/BR01/\\xb1\\xa8.json: the name is not UTF-8 text"
        assert said in result.stderr
