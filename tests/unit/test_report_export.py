"""Exports carry the report's numbers and never a raw phone number."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from datetime import UTC, date, datetime

from openpyxl import load_workbook

from agent_desk.policy import Policy
from agent_desk.reports import Targets, aggregate, grade_month, report_table, row_from_summary
from agent_desk.reports.export import ExportData, export, safe_text
from agent_desk.shifts.demo_summaries import build_summary
from tests.report_fixtures import hand_made_shifts

RAW = re.compile(r"(?<![\d.])1[3-9]\d{9}(?!\d)")


def _data(name: str) -> ExportData:
    shifts = [dataclasses.replace(s, agent_name=name) for s in hand_made_shifts()]
    rows = [row_from_summary(f"/share/{i}.json", build_summary(s)) for i, s in enumerate(shifts)]
    policy = Policy.load()
    return ExportData(
        table=report_table(aggregate(rows, "agent"), "agent", Targets.from_policy(policy)),
        period="2026-11-01 – 2026-11-30",
        generated_at=datetime(2026, 12, 1, tzinfo=UTC),
        grades=grade_month(rows, date(2026, 11, 1), policy),
        grade_month="2026-11",
    )


def test_a_phone_number_typed_into_a_name_leaves_masked_in_every_format(tmp_path):
    data = _data("张三 13800138000")
    for fmt in ("csv", "json"):
        text = export(data, tmp_path / f"r.{fmt}", fmt).read_text(encoding="utf-8-sig")
        assert "138****8000" in text
        assert not RAW.search(text)
    book = load_workbook(export(data, tmp_path / "r.xlsx", "xlsx"))
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "BR01·2001 张三 138****8000" in cells
    assert not any(isinstance(c, str) and RAW.search(c) for c in cells)


def test_a_control_character_in_a_name_does_not_stop_the_xlsx(tmp_path):
    """openpyxl refuses control characters ("IllegalCharacterError"): shown as U+FFFD."""
    book = load_workbook(export(_data("张\x07三"), tmp_path / "r.xlsx", "xlsx"))
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "BR01·2001 张\ufffd三" in cells


def test_an_export_that_fails_leaves_the_previous_file_as_it_was(tmp_path, monkeypatch):
    from agent_desk.reports import export as export_module

    out = tmp_path / "r.csv"
    out.write_text("last month's report", encoding="utf-8")

    def half_then_fail(data, path, labels):
        path.write_text("half a", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "write_csv", half_then_fail)
    try:
        export(_data("张三"), out, "csv")
    except OSError:
        pass
    else:
        raise AssertionError("the export should have failed")
    assert out.read_text(encoding="utf-8") == "last month's report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no part file left


def test_dates_and_agent_numbers_are_not_mistaken_for_phone_numbers():
    assert safe_text("2001 张三 2026-11-02 09:00") == "2001 张三 2026-11-02 09:00"
    assert safe_text("+86 138 0013 8000") == "138****8000"
    assert safe_text("0755-12345678") == "075*****5678"


def test_csv_and_xlsx_carry_the_within_rule_counts_beside_the_rate(tmp_path):
    """Every format shows what the three-ring rate is made of: the CSV and XLSX as two counts
    in their own columns (4 of 6 for 2001: 2 + 2 within 15 s of 3 + 2 answered and 1 abandoned
    after the rule; 1 of 2 for 2002; 5 of 8 in all)."""
    data = _data("张三")
    with open(export(data, tmp_path / "r.csv", "csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    at = header.index("Within 3 rings %")
    assert header[at + 1 : at + 3] == [
        "Answered within 3 rings",
        "Answered + abandoned after the rule",
    ]
    assert [r[at : at + 3] for r in rows[1:4]] == [
        ["66.7", "4", "6"],
        ["50.0", "1", "2"],
        ["62.5", "5", "8"],
    ]
    assert rows[1][at + 3] == rows[1][header.index("Avg answer delay (s)")]  # nothing shifted
    ws = load_workbook(export(data, tmp_path / "r.xlsx", "xlsx")).worksheets[0]
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    assert sheet[1][at : at + 3] == header[at : at + 3]
    assert [r[at + 1 : at + 3] for r in sheet[2:5]] == [[4, 6], [1, 2], [5, 8]]
    assert ws.cell(row=3, column=at + 2).number_format == "0"
    doc = json.loads(export(data, tmp_path / "r.json", "json").read_text(encoding="utf-8"))
    assert doc["total_parts"]["within_rule_pct"] == {"numerator": 5, "denominator": 8}


def test_an_export_never_replaces_a_link_a_pipe_or_a_folder_at_its_path(tmp_path):
    """The rename into place replaced whatever stood there: `--out /dev/full` as root left a
    plain file in /dev; a link was replaced instead of refused."""
    import os

    target = tmp_path / "target.csv"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for path in (link, pipe, folder):
        try:
            export(_data("张三"), path, "csv")
        except OSError as exc:
            assert "not a regular file" in str(exc.strerror)
        else:
            raise AssertionError(f"{path.name} was replaced")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "keep me"
    assert pipe.is_fifo() and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["target.csv", "link.csv", "pipe.csv", "folder.csv"]
    )
    target.write_text("last month's", encoding="utf-8")
    export(_data("张三"), target, "csv")  # a regular file is replaced as before
    assert "张三" in target.read_text(encoding="utf-8-sig")
