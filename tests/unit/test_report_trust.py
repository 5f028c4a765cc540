"""Figures a supervisor can trust: each shift once, each person once, no impossible number.

Measured on real shares: a copied shift folder or a branch folder copied beside itself doubled
the totals; a link loop on the share grew the report process to 24 GB; a link to the share's
root turned 45 summaries into 1,845; two agents numbered 1001 at two branches were one person;
`1e999` and `10^15` were added up and exported as a bare `Infinity`.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.clock import FakeClock
from agent_desk.policy import Policy
from agent_desk.reports import ReportQuery, ReportService, aggregate, grade_month, report_table
from agent_desk.reports.export import ExportData, export
from agent_desk.shifts.demo_summaries import write_demo_summaries, write_shift
from tests.report_fixtures import hand_made_shifts, write_hand_made_share

SUPERVISOR = AgentInfo(1, "p-1", "9001", "周主管", "supervisor")
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def reports(tmp_path: Path, clock: FakeClock) -> ReportService:
    return ReportService(clock, Policy.load(), tmp_path / "profile" / "reports_index.db")


def _load(reports: ReportService, root: Path, **kw):
    return reports.load(SUPERVISOR, ReportQuery(root, *NOVEMBER, **kw))


def _offered(result) -> int:
    return sum(r.offered for r in result.rows)


# --- each shift once ------------------------------------------------------------------------------


def test_a_shift_folder_copied_elsewhere_on_the_share_counts_once(reports, tmp_path):
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    before = _load(reports, root)
    backup = root / "backup" / "old stuff"
    backup.mkdir(parents=True)
    shutil.copytree(paths[0].parent, backup / paths[0].parent.name)
    shutil.copy(paths[1], root / "BR01" / "loose-copy.json")
    after = _load(reports, root)
    assert (after.used, _offered(after)) == (before.used, _offered(before)) == (3, 9)
    assert after.copies == 2
    assert after.skipped == ()  # identical copies are ignored, not listed


def test_a_branch_folder_copied_beside_itself_does_not_double_the_totals(reports, tmp_path):
    root = tmp_path / "share"
    count = write_demo_summaries(
        root, agents=10, branches=1, days=3, start=date(2026, 11, 2), seed=2, extras=False
    )
    shutil.copytree(root / "BR001", root / "BR001 - Copy")
    result = _load(reports, root)
    assert result.used == count >= 30
    assert result.copies == count
    groups = aggregate(result.rows, "branch")
    assert [(g.key, g.totals.shifts) for g in groups] == [("BR001", count)]


def test_differing_copies_of_a_shift_keep_the_newest_and_list_the_older(reports, tmp_path):
    root = tmp_path / "share"
    a = hand_made_shifts()[0]
    write_shift(root, a)
    newer = replace(a, generated_at=a.ended_at.replace(hour=18), calls=a.calls[:-1])
    (root / "resent").mkdir()
    newer_path = write_shift(root / "resent", newer)
    result = _load(reports, root)
    assert result.used == 1
    assert result.rows[0].path == str(newer_path)
    assert result.rows[0].offered == 4 and result.rows[0].outbound == 0
    [older] = result.skipped
    assert older.reason == "older_revision"
    assert older.detail == f"older revision of {newer_path}"


def test_a_copy_dated_far_in_the_future_is_skipped_and_the_desks_revision_counts(reports, tmp_path):
    """The newest generated_at wins; a damaged or edited copy dated 9999 would have beaten every
    true revision of the shift for ever."""
    root = tmp_path / "share"
    a = hand_made_shifts()[0]
    own = write_shift(root, a)
    forged = replace(a, generated_at=a.ended_at.replace(year=9999), calls=a.calls[:1])
    (root / "copies").mkdir()
    forged_path = write_shift(root / "copies", forged)
    result = _load(reports, root)
    assert [r.path for r in result.rows] == [str(own)]
    [skipped] = result.skipped
    assert (skipped.path, skipped.reason) == (str(forged_path), "inconsistent")
    assert "generated_at" in skipped.detail


def test_an_edited_copy_dated_after_the_report_never_beats_the_desks_file(reports, tmp_path, clock):
    """Review (breaker F5): a copy dropped anywhere with a generated_at seven months ahead
    replaced the desk's own summary (offered 913 -> 1920) until that date passed."""
    root = tmp_path / "share"
    a = hand_made_shifts()[0]
    own = write_shift(root, a)
    now = clock.now()
    ahead = replace(a, generated_at=now + timedelta(days=200), calls=a.calls[:1])
    (root / "copies").mkdir()
    ahead_path = write_shift(root / "copies", ahead)
    result = _load(reports, root)
    assert [r.path for r in result.rows] == [str(own)]
    [skipped] = result.skipped
    assert (skipped.path, skipped.reason) == (str(ahead_path), "inconsistent")
    assert "more than a day after the report's time" in skipped.detail
    # alone (a desk whose clock runs ahead), it is counted
    shutil.rmtree(own.parent)
    assert [r.path for r in _load(reports, root).rows] == [str(ahead_path)]


def test_more_online_and_break_time_than_the_shift_lasted_is_skipped(reports, tmp_path):
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    doc = json.loads(paths[0].read_text(encoding="utf-8"))
    shift = doc["shift"]
    shift["online_seconds"] = 86_400.0  # a one-shift file edited to a full day online
    paths[0].write_text(json.dumps(doc), encoding="utf-8")
    result = _load(reports, root)
    assert result.used == 2
    [skipped] = result.skipped
    assert (skipped.path, skipped.reason) == (str(paths[0]), "inconsistent")
    assert "online_seconds + break_seconds" in skipped.detail


# --- the walk never follows a link ---------------------------------------------------------------


def test_a_link_loop_on_the_share_is_not_followed(reports, tmp_path):
    root = tmp_path / "share"
    write_hand_made_share(root)
    day = root / "BR01" / "2026-11-02"
    os.symlink(day, day / "loop")  # 2026-11-02/loop/loop/loop/… for ever
    os.symlink(root / "BR01", day / "up")
    result = _load(reports, root)
    assert (result.used, _offered(result)) == (3, 9)
    assert sorted((Path(s.path).name, s.reason) for s in result.skipped) == [
        ("loop", "link"),
        ("up", "link"),
    ]


def test_a_link_to_the_share_root_adds_nothing_and_is_listed(reports, tmp_path):
    root = tmp_path / "share"
    write_hand_made_share(root)
    os.symlink(root, root / "BR01" / "everything")
    os.symlink(tmp_path / "elsewhere", root / "BR02" / "outside")
    (tmp_path / "elsewhere").mkdir()
    write_shift(
        tmp_path / "elsewhere",
        replace(hand_made_shifts()[2], shift_id="1" * 8 + "-" + "0" * 4 + "-4000-8000-" + "0" * 12),
    )
    result = _load(reports, root)
    assert (result.used, _offered(result)) == (3, 9)
    assert {Path(s.path).name: s.reason for s in result.skipped} == {
        "everything": "link",
        "outside": "link",
    }


def test_a_summary_file_that_is_a_link_is_not_read(reports, tmp_path):
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    outside = tmp_path / "outside.json"
    paths[2].rename(outside)
    os.symlink(outside, paths[2])
    result = _load(reports, root)
    assert result.used == 2
    assert [(s.path, s.reason) for s in result.skipped] == [(str(paths[2]), "link")]


def test_a_mount_seen_twice_is_a_loop_even_without_a_link(reports, tmp_path, monkeypatch):
    """A Samba server follows links for its clients, so they arrive as plain folders: the
    folder's own id tells that it was seen before."""
    from agent_desk.reports import files as module

    root = tmp_path / "share"
    write_hand_made_share(root)
    same = root / "BR02" / "again"
    same.mkdir()
    real_id = module.LocalFiles.folder_id

    def folder_id(self, path, entry):
        return real_id(self, str(root / "BR01") if path == str(same) else path, None)

    monkeypatch.setattr(module.LocalFiles, "folder_id", folder_id)
    result = _load(reports, root)
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [("again", "loop")]
    assert result.used == 3


# --- each person once -----------------------------------------------------------------------------


def test_namesakes_at_two_branches_are_two_agents(reports, tmp_path):
    root = tmp_path / "share"
    a, _b, c = hand_made_shifts()
    write_shift(root, replace(a, agent_no="1001", agent_name="李小梅", branch_code="BJ01"))
    write_shift(root, replace(c, agent_no="1001", agent_name="王伟", branch_code="SH02"))
    result = _load(reports, root)
    groups = {g.key: g for g in aggregate(result.rows, "agent")}
    assert sorted(groups) == ["BJ01·1001", "SH02·1001"]
    assert groups["BJ01·1001"].label == "BJ01·1001 李小梅"
    assert groups["SH02·1001"].label == "SH02·1001 王伟"
    assert (groups["BJ01·1001"].totals.shifts, groups["SH02·1001"].totals.shifts) == (1, 1)
    grades = grade_month(result.rows, date(2026, 11, 1), reports.policy)
    assert sorted(g.label for g in grades) == ["BJ01·1001 李小梅", "SH02·1001 王伟"]
    only = _load(reports, root, agents=frozenset({"SH02·1001"}))
    assert [r.agent_name for r in only.rows] == ["王伟"]


@pytest.mark.timeout(120)
def test_a_named_pipe_called_summary_json_is_skipped_not_waited_on(reports, tmp_path):
    """Before, the report opened it and waited for a writer for ever."""
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    fifo = paths[0].parent.parent / "1001_20261127T0900_PC1001_pipe" / "summary.json"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    result = _load(reports, root)
    assert result.used == 3
    [skipped] = result.skipped
    assert (skipped.path, skipped.reason) == (str(fifo), "unreadable")
    assert "not a regular file" in skipped.detail


def test_half_a_surrogate_pair_in_a_name_is_skipped_and_every_export_is_written(reports, tmp_path):
    """JSON lets a file escape "\\ud800", which is no text: the standard reader took it, and
    the JSON, CSV and HTML exports then failed with a UnicodeEncodeError."""
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    doc = json.loads(paths[0].read_text(encoding="utf-8"))
    doc["agent"]["name"] = "MARK"
    paths[0].write_text(json.dumps(doc).replace("MARK", "\\ud800"), encoding="utf-8")
    result = _load(reports, root)
    assert result.used == 2
    [skipped] = result.skipped
    assert (skipped.reason, skipped.detail) == (
        "corrupt",
        "text that is not Unicode (surrogates not allowed)",
    )
    table = report_table(aggregate(result.rows, "agent"), "agent", reports.targets(), result.rows)
    for fmt in ("csv", "json", "html", "xlsx"):
        assert export(ExportData(table, "2026-11", FakeClock().now()), tmp_path / f"r.{fmt}", fmt)


def test_a_summary_saved_with_a_byte_order_mark_is_still_read(reports, tmp_path):
    """Notepad on Windows writes one; the quick JSON reader refuses it, the standard one is
    asked again."""
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    plain = _load(reports, root)
    paths[0].write_bytes(b"\xef\xbb\xbf" + paths[0].read_bytes())
    again = ReportService(FakeClock(), Policy.load(), tmp_path / "other_index.db")
    result = again.load(SUPERVISOR, ReportQuery(root, *NOVEMBER))
    assert not result.skipped and result.used == plain.used == 3

    def facts(rows):  # the file's hash changed with its bytes
        return [r._replace(sha256="") for r in rows]

    assert facts(result.rows) == facts(plain.rows)


# --- bounded numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "raw", "reason"),
    [
        (("shift", "online_seconds"), "1e999", "not_finite"),
        (("shift", "online_seconds"), "Infinity", "not_finite"),
        (("calls", "talk_seconds"), "NaN", "not_finite"),
        (("calls", "offered"), str(10**15), "schema"),
        (("calls", "offered"), str(10**30), "schema"),  # beyond 64 bits: read as a float
        (("shift", "online_seconds"), "86400.5", "schema"),
        (("calls", "handled"), "100001", "schema"),
        (("shift", "break_seconds"), "-1", "schema"),
    ],
)
@pytest.mark.parametrize("version", [1, 2])
def test_impossible_numbers_are_skipped_with_the_reason(
    reports, tmp_path, where, raw, reason, version
):
    root = tmp_path / "share"
    paths = write_hand_made_share(root)
    if version == 1:
        paths[0].write_text((FIXTURES / "summary_v1.json").read_text("utf-8"), encoding="utf-8")
    doc = json.loads(paths[0].read_text(encoding="utf-8"))
    marker = "424242.4242"
    doc[where[0]][where[1]] = float(marker)
    paths[0].write_text(json.dumps(doc).replace(marker, raw), encoding="utf-8")
    result = _load(reports, root)
    assert result.used == 2
    [skipped] = result.skipped
    assert (skipped.path, skipped.reason) == (str(paths[0]), reason)
    if reason == "schema":
        assert where[1] in skipped.detail
    out = tmp_path / "report.json"
    table = report_table(aggregate(result.rows, "agent"), "agent", reports.targets(), result.rows)
    export(ExportData(table, "2026-11", FakeClock().now()), out, "json")
    text = out.read_text(encoding="utf-8")
    assert "Infinity" not in text and "NaN" not in text
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in the export"))


def test_version_1_summaries_are_still_read(reports, tmp_path):
    root = tmp_path / "share"
    folder = (
        root / "BR01" / "2026-11-02" / "2001_20261102T0900_00000000-0000-4000-8000-00000000000a"
    )
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "summary_v1.json", folder / "summary.json")
    [row] = _load(reports, root).rows
    assert (row.version, row.agent_key, row.offered, row.answered_within_rule) == (
        1,
        "BR01·2001",
        4,
        2,
    )
    # the v1 file's own 66.7 % left the late abandoned call out; the report does not
    totals = aggregate([row], "agent")[0].totals
    assert totals.parts("within_rule_pct") == (2, 4)


@pytest.mark.parametrize("folder", ["0tie", "ztie", "_backup", "BR01 - Copy"])
def test_a_differing_copy_of_the_same_moment_never_beats_the_desks_own_file(
    reports, tmp_path, folder
):
    """Review 13 #2: with the same generated_at, the copy in a folder that sorted first won."""
    root = tmp_path / "share"
    own = write_shift(root, hand_made_shifts()[0])
    doc = json.loads(own.read_text(encoding="utf-8"))
    doc["calls"]["offered"] += 5
    doc["calls"]["abandoned_within_rule"] += 5
    (root / folder).mkdir()
    edited = root / folder / "summary.json"
    edited.write_text(json.dumps(doc), encoding="utf-8")
    result = _load(reports, root)
    assert [r.path for r in result.rows] == [str(own)]
    assert _offered(result) == json.loads(own.read_text(encoding="utf-8"))["calls"]["offered"]
    [conflict] = result.skipped
    assert (conflict.path, conflict.reason) == (str(edited), "conflicting_copy")
    assert str(own) in conflict.detail


def test_differing_copies_of_the_same_moment_none_at_the_desks_path_count_neither(
    reports, tmp_path
):
    root = tmp_path / "share"
    own = write_shift(root, hand_made_shifts()[0])
    doc = json.loads(own.read_text(encoding="utf-8"))
    for name, extra in (("a", 1), ("b", 2)):
        doc["calls"]["offered"] += extra
        doc["calls"]["abandoned_within_rule"] += extra
        (root / name).mkdir()
        (root / name / "summary.json").write_text(json.dumps(doc), encoding="utf-8")
    own.unlink()
    result = _load(reports, root)
    assert result.used == 0
    assert sorted(s.reason for s in result.skipped) == ["conflicting_copy"] * 2
    assert all("not counted" in s.detail for s in result.skipped)


def test_a_400_digit_number_is_skipped_with_a_short_reason(reports, tmp_path):
    """Review 13 #11: the skip reason printed all 400 digits."""
    root = tmp_path / "share"
    path = write_shift(root, hand_made_shifts()[0])
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    doc["calls"]["offered"] = 0  # replaced by the raw digits below
    path.write_text(
        json.dumps(doc).replace('"offered": 0', '"offered": ' + "9" * 400), encoding="utf-8"
    )
    [skipped] = _load(reports, root).skipped
    assert skipped.reason == "schema"
    assert "digits)" in skipped.detail and "9" * 30 not in skipped.detail


# --- a year's share read on every core ----------------------------------------------------------


def test_read_on_worker_processes_a_share_gives_the_same_report_as_on_one_core(
    tmp_path, clock, monkeypatch
):
    """A cold year of summaries is read by worker processes: what they say about every file,
    a good summary, a copy, junk, a truncated or impossible one, a link, must be exactly what
    one core says."""
    from agent_desk.reports import parsing

    root = tmp_path / "share"
    write_demo_summaries(
        root, agents=6, branches=2, days=20, start=date(2026, 11, 2), seed=3, extras=False
    )
    shutil.copytree(root / "BR001", root / "BR001 - Copy")
    junk = root / "BR002" / "junk"
    junk.mkdir()
    (junk / "binary.json").write_bytes(b"\x00\xff" * 40)
    (junk / "cut.json").write_text('{"schema": "agent-desk/shift-summary", "ver', "utf-8")
    first = next(root.glob("BR002/2026-11-0*/*/summary.json"))
    doc = json.loads(first.read_text("utf-8"))
    doc["shift"]["online_seconds"] = 424242.4242
    (junk / "huge.json").write_text(json.dumps(doc).replace("424242.4242", "1e999"), "utf-8")
    os.symlink(first, junk / "link.json")
    os.mkfifo(junk / "pipe.json")  # opening it for reading would wait for a writer

    from agent_desk.reports import service as service_module

    pools: list[int] = []

    def counted(jobs, zone, validator, workers, cancelled=None, started=None):
        pools.append(workers)
        assert started is not None and started.pool is not None  # started during the walk
        return parsing.parse_local_in_processes(jobs, zone, validator, workers, cancelled, started)

    monkeypatch.setattr(service_module, "parse_local_in_processes", counted)
    monkeypatch.setattr(parsing.os, "cpu_count", lambda: 2)  # also on a one-core runner

    def report(processes: bool, index: str):
        monkeypatch.setattr(parsing, "PROCESSES_FROM", 1 if processes else 10**9)
        service = ReportService(clock, Policy.load(), tmp_path / index)
        return service.load(SUPERVISOR, ReportQuery(root, *NOVEMBER))

    one_core = report(False, "one.db")
    assert pools == []
    workers = report(True, "workers.db")
    assert pools == [2]
    assert one_core.read == workers.read == one_core.files > 100
    assert workers.rows == one_core.rows and workers.used > 100
    assert workers.copies == one_core.copies > 50
    assert sorted(workers.skipped, key=str) == sorted(one_core.skipped, key=str)
    assert {Path(s.path).name: s.reason for s in workers.skipped} == {
        "binary.json": "binary",
        "cut.json": "truncated",
        "huge.json": "not_finite",
        "link.json": "link",
        "pipe.json": "unreadable",
    }


def test_a_file_too_big_to_be_a_summary_is_skipped_unread_past_its_limit(reports, tmp_path):
    root = tmp_path / "share"
    write_hand_made_share(root)
    big = root / "BR01" / "dump.json"
    big.write_bytes(b" " * 3_000_000)
    result = _load(reports, root)
    assert result.used == 3
    assert [(Path(s.path).name, s.reason, s.detail) for s in result.skipped] == [
        ("dump.json", "too_large", "more than 1,000,000 bytes")  # of 3,000,000: not all read
    ]


def test_cancelling_a_report_read_on_worker_processes_stops_them(tmp_path, clock, monkeypatch):
    import multiprocessing

    from agent_desk.reports import ReportCancelled, parsing

    root = tmp_path / "share"
    write_demo_summaries(
        root, agents=6, branches=2, days=20, start=date(2026, 11, 2), seed=3, extras=False
    )
    monkeypatch.setattr(parsing, "PROCESSES_FROM", 1)
    monkeypatch.setattr(parsing, "_CHUNK", 10)
    monkeypatch.setattr(parsing.os, "cpu_count", lambda: 2)
    seen: list[int] = []
    service = ReportService(clock, Policy.load(), tmp_path / "index.db")
    with pytest.raises(ReportCancelled):
        service.load(
            SUPERVISOR,
            ReportQuery(root, *NOVEMBER),
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 15,
        )
    assert 15 <= len(seen) < 100  # stopped within a few chunks
    assert multiprocessing.active_children() == []  # no worker left running
    # what was read before the cancel is kept: the next load reads only the rest
    again = ReportService(clock, Policy.load(), tmp_path / "index.db")
    result = again.load(SUPERVISOR, ReportQuery(root, *NOVEMBER))
    assert result.used > 100 and result.read == result.files - len(seen)
