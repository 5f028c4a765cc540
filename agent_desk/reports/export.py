"""Exporting the report a supervisor is looking at: XLSX, CSV, JSON and PDF.

The words (headers, grade names) come in as `ExportLabels`, already in the chosen language, so
this module needs no Qt; the UI and the CLI build them from the translations. PDF is drawn by
an injected `render_pdf(html, path)` (Qt's, in `agent_desk/ui/report_pdf.py`).

Summaries hold no phone numbers, so neither does a report; every text cell still passes through
`safe_text`, which masks anything that looks like one, so a number typed into an agent's name on
some desk cannot leave in an export.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from html import escape
from pathlib import Path
from typing import Any

from agent_desk.clock import zone_named
from agent_desk.phones import mask_text
from agent_desk.reports.grades import COMPONENTS, GradeRow
from agent_desk.reports.rows import Skipped
from agent_desk.reports.table import FIGURE_KIND, ReportTable

FORMATS = ("csv", "xlsx", "pdf", "json")
STATUS_COLOURS = {"ok": "C8E6C9", "warn": "FFE0B2", "bad": "FFCDD2"}

RenderPdf = Callable[[str, Path], None]

ENGLISH_FIGURES = {
    "shifts": "Shifts",
    "offered": "Offered",
    "answered": "Answered",
    "missed": "Missed",
    "within_rule_pct": "Within 3 rings %",
    "answer_delay_avg": "Avg answer delay (s)",
    "handle_avg": "Avg handle time (s)",
    "resolution_pct": "Resolved %",
    "satisfaction_avg": "Satisfaction",
    "greeting_pct": "Greeting %",
    "signoff_pct": "Sign-off %",
    "online_hours": "Online (h)",
    "online_hours_per_shift": "Online per shift (h)",
    "break_hours": "Break (h)",
    "cases_opened": "Cases opened",
    "cases_closed": "Cases closed",
    "cases_overdue": "Cases overdue",
    "callbacks_on_time": "Callbacks on time",
    "callbacks_overdue": "Callbacks overdue",
    "replied_on_time_pct": "Replied on time %",
}


@dataclass(frozen=True)
class ExportLabels:
    """Every word an export needs, in one language."""

    title: str = "AgentDesk report"
    period: str = "Period"
    generated: str = "Generated"
    total: str = "Total"
    groups: dict[str, str] = field(
        default_factory=lambda: {
            "agent": "Agent",
            "branch": "Branch",
            "day": "Day",
            "shift": "Shift",
        }
    )
    figures: dict[str, str] = field(default_factory=lambda: dict(ENGLISH_FIGURES))
    grades_title: str = "Monthly grade"
    agent: str = "Agent"
    shifts: str = "Shifts"
    score: str = "Score"
    grade: str = "Grade"
    components: dict[str, str] = field(
        default_factory=lambda: {
            "answer_speed": "Answer speed",
            "online_time": "Online time",
            "volume": "Volume",
            "satisfaction": "Satisfaction",
            "resolution": "Resolution",
            "script_compliance": "Script compliance",
            "follow_up_timeliness": "Follow-up timeliness",
        }
    )
    grade_names: dict[str, str] = field(
        default_factory=lambda: {
            "excellent": "Excellent",
            "good": "Good",
            "pass": "Pass",
            "fail": "Fail",
        }
    )


@dataclass(frozen=True)
class ExportData:
    """The current view: the table, optionally the month's grades, and the period shown."""

    table: ReportTable
    period: str
    generated_at: datetime
    grades: Sequence[GradeRow] = ()
    grade_month: str = ""
    skipped: Sequence[Skipped] = ()
    zone: tzinfo | None = None  # the branch's zone the generation time is written in

    @property
    def generated_local(self) -> datetime:
        return self.generated_at.astimezone(self.zone or zone_named())


def safe_text(text: str) -> str:
    """Mask anything in a text cell that looks like a phone number (138****1234)."""
    return mask_text(text)


def format_value(figure: str, value: float | None) -> str:
    """How a figure is written in a table: percentages as 87.5, ratings with two decimals."""
    if value is None:
        return "—"
    kind = FIGURE_KIND.get(figure, "count")
    if kind == "count":
        return str(round(value))
    if kind == "pct":
        return f"{value * 100:.1f}"
    if kind == "rating":
        return f"{value:.2f}"
    return f"{value:.1f}"


def _header(data: ExportData, labels: ExportLabels) -> list[str]:
    return [labels.groups.get(data.table.by, data.table.by)] + [
        labels.figures.get(f, f) for f in data.table.figures
    ]


def _grade_header(labels: ExportLabels) -> list[str]:
    return (
        [labels.agent, labels.shifts]
        + [labels.components[c] for c in COMPONENTS]
        + [labels.score, labels.grade]
    )


def _grade_cells(g: GradeRow, labels: ExportLabels) -> list[Any]:
    return (
        [safe_text(f"{g.agent_no} {g.agent_name}"), g.shifts]
        + [None if g.components[c] is None else round(g.components[c], 1) for c in COMPONENTS]
        + [g.score, labels.grade_names.get(g.grade or "", "")]
    )


def write_csv(data: ExportData, path: Path, labels: ExportLabels) -> None:
    """UTF-8 with BOM so Excel on a Chinese Windows opens it with the right characters."""
    table = data.table
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(_header(data, labels))
        for label, cells in zip(table.labels, table.cells, strict=True):
            w.writerow(
                [safe_text(label)]
                + [format_value(n, c.value) for n, c in zip(table.figures, cells, strict=True)]
            )
        w.writerow(
            [labels.total]
            + [format_value(n, c.value) for n, c in zip(table.figures, table.total, strict=True)]
        )


def write_json(data: ExportData, path: Path, labels: ExportLabels) -> None:
    table = data.table
    doc = {
        "period": data.period,
        "generated_at": data.generated_local.isoformat(timespec="seconds"),
        "by": table.by,
        "figures": list(table.figures),
        "rows": [
            {
                "key": key,  # an agent number, branch code, date or the summary's path
                "label": safe_text(label),
                **{
                    n: {"value": c.value, "status": c.status}
                    for n, c in zip(table.figures, cells, strict=True)
                },
            }
            for key, label, cells in zip(table.keys, table.labels, table.cells, strict=True)
        ],
        "total": {n: c.value for n, c in zip(table.figures, table.total, strict=True)},
        "grades": [
            {
                "agent_no": g.agent_no,
                "name": safe_text(g.agent_name),
                "shifts": g.shifts,
                "components": g.components,
                "score": g.score,
                "grade": g.grade,
            }
            for g in data.grades
        ],
        "grade_month": data.grade_month,
        "skipped": [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in data.skipped],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def write_xlsx(data: ExportData, path: Path, labels: ExportLabels) -> None:
    """Numbers stay numbers (percentages as fractions formatted 0.0 %), cells coloured by target."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    fills = {k: PatternFill("solid", fgColor=v) for k, v in STATUS_COLOURS.items()}
    formats = {"pct": "0.0%", "seconds": "0.0", "hours": "0.0", "rating": "0.00", "count": "0"}
    wb = Workbook()
    ws = wb.active
    ws.title = labels.groups.get(data.table.by, data.table.by)[:31] or "Report"
    ws.append([labels.title, data.period])
    ws.append(_header(data, labels))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    table = data.table
    rows = [*zip(table.labels, table.cells, strict=True), (labels.total, table.total)]
    for label, cells in rows:
        ws.append([safe_text(label)] + [c.value for c in cells])
        for col, (name, c) in enumerate(zip(table.figures, cells, strict=True), start=2):
            target = ws.cell(row=ws.max_row, column=col)
            target.number_format = formats[FIGURE_KIND.get(name, "count")]
            if c.status in fills:
                target.fill = fills[c.status]
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B3"
    ws.column_dimensions["A"].width = 24
    if data.grades:
        gs = wb.create_sheet(labels.grades_title[:31])
        gs.append([labels.grades_title, data.grade_month])
        gs.append(_grade_header(labels))
        for g in data.grades:
            gs.append(_grade_cells(g, labels))
        gs.column_dimensions["A"].width = 24
    wb.save(path)


def report_html(data: ExportData, labels: ExportLabels) -> str:
    """The report as a simple HTML page (the PDF is drawn from it)."""
    table = data.table
    colours = {k: f"#{v}" for k, v in STATUS_COLOURS.items()}

    def row(label: str, cells: Sequence[Any], bold: bool = False) -> str:
        tds = "".join(
            f'<td align="right" bgcolor="{colours.get(c.status, "#ffffff")}">'
            f"{escape(format_value(n, c.value))}</td>"
            for n, c in zip(table.figures, cells, strict=True)
        )
        text = f"<b>{escape(label)}</b>" if bold else escape(label)
        return f"<tr><td>{text}</td>{tds}</tr>"

    head = "".join(f"<th>{escape(h)}</th>" for h in _header(data, labels))
    body = "".join(
        row(safe_text(label), cells) for label, cells in zip(table.labels, table.cells, strict=True)
    )
    body += row(labels.total, table.total, bold=True)
    parts = [
        '<html><head><meta charset="utf-8"></head><body style="font-size:7pt">',
        f"<h2>{escape(labels.title)}</h2>",
        f"<p>{escape(labels.period)}: {escape(data.period)} &nbsp; {escape(labels.generated)}: "
        f"{escape(data.generated_local.strftime('%Y-%m-%d %H:%M'))}</p>",
        f'<table border="1" cellspacing="0" cellpadding="2"><tr>{head}</tr>{body}</table>',
    ]
    if data.grades:
        ghead = "".join(f"<th>{escape(h)}</th>" for h in _grade_header(labels))
        grows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape('—' if v is None else str(v))}</td>" for v in _grade_cells(g, labels)
            )
            + "</tr>"
            for g in data.grades
        )
        parts.append(f"<h3>{escape(labels.grades_title)} {escape(data.grade_month)}</h3>")
        parts.append(
            f'<table border="1" cellspacing="0" cellpadding="2"><tr>{ghead}</tr>{grows}</table>'
        )
    parts.append("</body></html>")
    return "".join(parts)


def export(
    data: ExportData,
    path: Path,
    fmt: str,
    labels: ExportLabels | None = None,
    render_pdf: RenderPdf | None = None,
) -> Path:
    """Write the view in one of FORMATS; PDF needs the injected renderer."""
    labels = labels or ExportLabels()
    path = Path(path)
    if fmt == "csv":
        write_csv(data, path, labels)
    elif fmt == "xlsx":
        write_xlsx(data, path, labels)
    elif fmt == "json":
        write_json(data, path, labels)
    elif fmt == "pdf":
        if render_pdf is None:
            raise ValueError("PDF export needs a renderer")
        render_pdf(report_html(data, labels), path)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return path
