"""Exporting the report a supervisor is looking at: XLSX, CSV, JSON, HTML and PDF.

The words (headers, grade names) come in as `ExportLabels`, already in the chosen language, so
this module needs no Qt; the UI and the CLI build them from the translations. PDF is drawn by
an injected `render_pdf(html, path)` (Qt's, in `agent_desk/ui/report_pdf.py`) from the HTML.

Each file works in the tool it is opened with: the CSV is UTF-8 with a byte-order mark (Excel
on Chinese Windows); the XLSX has columns as wide as their headers (a CJK character counts
double), the header row and name column frozen, landscape pages fitted to the width and the
header repeated on each printed page; the HTML passes the Nu HTML Checker; the PDF is landscape
with 9 pt text, the columns split over pages with the name column repeated; the JSON never holds
NaN or Infinity.

Summaries hold no phone numbers, so neither does a report; every text cell still passes through
`safe_text`, which masks anything that looks like one, so a number typed into an agent's name on
some desk cannot leave in an export.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.clock import zone_named
from agent_desk.phones import mask_text
from agent_desk.reports.grades import COMPONENTS, GradeRow
from agent_desk.reports.rows import Skipped
from agent_desk.reports.table import FIGURE_KIND, Cell, ReportTable
from agent_desk.spreadsheet import safe_cell

if TYPE_CHECKING:
    from agent_desk.quality.report import QualityRow

FORMATS = ("csv", "xlsx", "pdf", "json", "html")
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
# A rate whose two counts the CSV and XLSX carry in their own columns beside it (the other
# formats show them in its cell, `85.6 (77/90)`): the names of the numerator and denominator.
ENGLISH_PARTS = {
    "within_rule_pct": ("Answered within 3 rings", "Answered + abandoned after the rule"),
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
    parts: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(ENGLISH_PARTS))
    grades_title: str = "Monthly grade"
    month: str = "Month"
    language: str = "en"  # the HTML's lang: "en" or "zh-CN"
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
            "service_norm": "Service norm",
            "knowledge": "Knowledge",
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
    quality_title: str = "Quality review"
    reviews_done: str = "Reviews done"
    reviews_required: str = "Reviews required"
    average_score: str = "Average score (1–10)"


@dataclass(frozen=True)
class ExportData:
    """The current view: the table, the grades of every month of the period, the period."""

    table: ReportTable
    period: str
    generated_at: datetime
    grades: Sequence[GradeRow] = ()  # each with its month, month by month
    grade_month: str = ""  # the months graded, for a title ("2026-10 – 2026-11")
    skipped: Sequence[Skipped] = ()
    zone: tzinfo | None = None  # the branch's zone the generation time is written in
    # the quality review per agent and month (agent_desk/quality/report.py)
    quality: Sequence[QualityRow] = ()

    @property
    def generated_local(self) -> datetime:
        return self.generated_at.astimezone(self.zone or zone_named())

    def grade_months(self) -> list[str]:
        return sorted({g.month for g in self.grades})


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


def format_cell(figure: str, cell: Cell) -> str:
    """A cell as a person reads it: a within-rule rate with what it is made of, `85.6 (77/90)`."""
    text = format_value(figure, cell.value)
    if figure == "within_rule_pct" and cell.parts is not None:
        top, bottom = cell.parts
        text += f" ({round(top)}/{round(bottom)})"
    return text


def _header(data: ExportData, labels: ExportLabels) -> list[str]:
    return [labels.groups.get(data.table.by, data.table.by)] + [
        labels.figures.get(f, f) for f in data.table.figures
    ]


def _sheet_header(data: ExportData, labels: ExportLabels) -> list[str]:
    """The header of a CSV or XLSX: a within-rule rate is followed by its two counts."""
    out = [labels.groups.get(data.table.by, data.table.by)]
    for f in data.table.figures:
        out.append(labels.figures.get(f, f))
        if f in ENGLISH_PARTS:
            out.extend(labels.parts.get(f, ENGLISH_PARTS[f]))
    return out


def _sheet_values(
    figures: Sequence[str], cells: Sequence[Cell], value: Callable[[str, Cell], Any]
) -> list[tuple[str, Cell, Any]]:
    """(figure, cell, value) of each column of a CSV or XLSX row; a within-rule rate is
    followed by its numerator and denominator as counts (figure "count", no status)."""
    out: list[tuple[str, Cell, Any]] = []
    for f, c in zip(figures, cells, strict=True):
        out.append((f, c, value(f, c)))
        if f in ENGLISH_PARTS:
            for part in c.parts or (None, None):
                count = Cell(None if part is None else round(part), "none")
                out.append(("count", count, value("count", count)))
    return out


def _grade_header(labels: ExportLabels) -> list[str]:
    return (
        [labels.month, labels.agent, labels.shifts]
        + [labels.components[c] for c in COMPONENTS]
        + [labels.score, labels.grade]
    )


def _grade_cells(g: GradeRow, labels: ExportLabels) -> list[Any]:
    return (
        [g.month, safe_text(g.label), g.shifts]
        + [None if g.components[c] is None else round(g.components[c], 1) for c in COMPONENTS]
        + [g.score, labels.grade_names.get(g.grade or "", "")]
    )


def _quality_header(labels: ExportLabels) -> list[str]:
    return [
        labels.month,
        labels.agent,
        labels.reviews_done,
        labels.reviews_required,
        labels.average_score,
    ]


def _quality_cells(q: QualityRow) -> list[Any]:
    label = f"{q.agent_key} {q.agent_name}".rstrip()
    return [q.month, safe_text(label), q.reviews, q.required, q.average]


def _rows(data: ExportData, labels: ExportLabels) -> list[tuple[str, tuple[Cell, ...]]]:
    table = data.table
    return [
        *(
            (safe_text(label), cells)
            for label, cells in zip(table.labels, table.cells, strict=True)
        ),
        (labels.total, table.total),
    ]


def write_csv(data: ExportData, path: Path, labels: ExportLabels) -> None:
    """UTF-8 with BOM so Excel on a Chinese Windows opens it with the right characters."""
    figures = data.table.figures
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow([safe_cell(h) for h in _sheet_header(data, labels)])
        for label, cells in _rows(data, labels):
            values = _sheet_values(figures, cells, lambda n, c: format_value(n, c.value))
            w.writerow([safe_cell(label)] + [v for _, _, v in values])
        if data.grades:  # a block under an empty line: one file, as Excel opens it
            w.writerow([])
            w.writerow([safe_cell(labels.grades_title), safe_cell(", ".join(data.grade_months()))])
            w.writerow([safe_cell(h) for h in _grade_header(labels)])
            for g in data.grades:
                w.writerow(["" if v is None else safe_cell(v) for v in _grade_cells(g, labels)])
        if data.quality:
            w.writerow([])
            w.writerow([safe_cell(labels.quality_title)])
            w.writerow([safe_cell(h) for h in _quality_header(labels)])
            for q in data.quality:
                w.writerow(["—" if v is None else safe_cell(v) for v in _quality_cells(q)])


def _rounded(value: Any) -> Any:
    """A grade component as people read it: 28.0, not 28.000000000000004 (float sums)."""
    return round(value, 6) if isinstance(value, float) else value


def write_json(data: ExportData, path: Path, labels: ExportLabels) -> None:
    """Numbers as JSON numbers or null, never NaN or Infinity (refused if one slipped in)."""
    table = data.table
    doc = {
        "period": data.period,
        "generated_at": data.generated_local.isoformat(timespec="seconds"),
        "by": table.by,
        "figures": list(table.figures),
        "rows": [
            {
                "key": key,  # an agent (BJ01·1001), branch code, date or the summary's path
                "label": safe_text(label),
                **{
                    n: {"value": c.value, "status": c.status, **_parts(c)}
                    for n, c in zip(table.figures, cells, strict=True)
                },
            }
            for key, label, cells in zip(table.keys, table.labels, table.cells, strict=True)
        ],
        "total": {n: c.value for n, c in zip(table.figures, table.total, strict=True)},
        # what each rate of the total is made of, as the rows carry it
        "total_parts": {
            n: _parts(c) for n, c in zip(table.figures, table.total, strict=True) if c.parts
        },
        "grades": [
            {
                "month": g.month,
                "agent": g.agent_key,
                "agent_no": g.agent_no,
                "branch": g.branch_code,
                "name": safe_text(g.agent_name),
                "shifts": g.shifts,
                "components": {k: _rounded(v) for k, v in g.components.items()},
                "score": g.score,
                "grade": g.grade,
            }
            for g in data.grades
        ],
        "grade_months": data.grade_months(),
        "quality": [
            {
                "month": q.month,
                "agent": q.agent_key,
                "name": safe_text(q.agent_name),
                "reviews": q.reviews,
                "required": q.required,
                "average": q.average,
            }
            for q in data.quality
        ],
        "skipped": [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in data.skipped],
    }
    path.write_text(
        json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8"
    )


def _parts(cell: Cell) -> dict[str, float]:
    if cell.parts is None:
        return {}
    return {"numerator": cell.parts[0], "denominator": cell.parts[1]}


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a CJK (wide) character counts double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def _sheet_for_paper(ws: Any, header_row: int) -> None:
    """Columns as wide as their widest header or value, the header and first column frozen,
    landscape A4 fitted to the page width, the header repeated on every printed page."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=header_row):
        for cell in row:
            if cell.value is None:
                continue
            shown = cell.value if isinstance(cell.value, str) else f"{cell.value:,.2f}"
            widths[cell.column] = max(widths.get(cell.column, 0), display_width(shown))
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = min(60, width + 2)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2).coordinate
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_title_cols = "A:A"


def _cells(row: list[Any]) -> list[Any]:
    """A sheet row with no text a spreadsheet would run as a formula (numbers stay numbers),
    and no control character, which an XLSX file cannot hold (shown as U+FFFD)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return [
        ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v
        for v in map(safe_cell, row)
    ]


def write_xlsx(data: ExportData, path: Path, labels: ExportLabels) -> None:
    """Numbers stay numbers (percentages as fractions formatted 0.0 %), cells coloured by target."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    fills = {k: PatternFill("solid", fgColor=v) for k, v in STATUS_COLOURS.items()}
    formats = {"pct": "0.0%", "seconds": "0.0", "hours": "0.0", "rating": "0.00", "count": "0"}
    wb = Workbook()
    ws = wb.active
    ws.title = labels.groups.get(data.table.by, data.table.by)[:31] or "Report"
    ws.append(_cells([labels.title, data.period]))
    ws.append(_cells(_sheet_header(data, labels)))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=False, vertical="top")
    table = data.table
    for label, cells in _rows(data, labels):
        values = _sheet_values(table.figures, cells, lambda _, c: c.value)
        ws.append(_cells([label] + [v for _, _, v in values]))
        for col, (name, c, _) in enumerate(values, start=2):
            target = ws.cell(row=ws.max_row, column=col)
            target.number_format = formats[FIGURE_KIND.get(name, "count")]
            if c.status in fills:
                target.fill = fills[c.status]
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    _sheet_for_paper(ws, header_row=2)
    if data.grades:
        gs = wb.create_sheet(labels.grades_title[:31])
        gs.append(_cells([labels.grades_title, ", ".join(data.grade_months())]))
        gs.append(_cells(_grade_header(labels)))
        for cell in gs[2]:
            cell.font = Font(bold=True)
        for g in data.grades:
            gs.append(_cells(_grade_cells(g, labels)))
        _sheet_for_paper(gs, header_row=2)
        gs.freeze_panes = "C3"  # month and agent stay in view
        gs.print_title_cols = "A:B"
    if data.quality:
        qs = wb.create_sheet(labels.quality_title[:31])
        qs.append(_cells([labels.quality_title, data.period]))
        qs.append(_cells(_quality_header(labels)))
        for cell in qs[2]:
            cell.font = Font(bold=True)
        for q in data.quality:
            qs.append(_cells(_quality_cells(q)))
        _sheet_for_paper(qs, header_row=2)
        qs.freeze_panes = "C3"
        qs.print_title_cols = "A:B"
    # Zipped in memory, then written in one go: openpyxl's zip file, when the disk fills while
    # it writes, raised the error and then printed a traceback from its finaliser as well. A
    # report's workbook is a few megabytes at most.
    book = io.BytesIO()
    wb.save(book)
    path.write_bytes(book.getbuffer())


# --- HTML (and the PDF drawn from it) -----------------------------------------------------------

PDF_FIGURES_PER_PAGE = 8  # with the name column: what fits an A4 landscape page at 9 pt

_CSS = """
body { font-size: 9pt; }
h1 { font-size: 14pt; }
h2 { font-size: 11pt; margin-top: 10px; }
table { border-collapse: collapse; margin-bottom: 8px; }
th, td { border: 1px solid #999999; padding: 2px 4px; }
th { background-color: #eeeeee; font-weight: bold; text-align: left; }
td.num { text-align: right; }
td.ok { background-color: #%(ok)s; }
td.warn { background-color: #%(warn)s; }
td.bad { background-color: #%(bad)s; }
tr.total td { font-weight: bold; }
.newpage { page-break-before: always; }
""" % {k: v for k, v in STATUS_COLOURS.items()}


def _chunks(figures: Sequence[str], size: int) -> list[range]:
    return [range(i, min(i + size, len(figures))) for i in range(0, len(figures), size)]


def report_html(
    data: ExportData,
    labels: ExportLabels,
    figures_per_table: int = PDF_FIGURES_PER_PAGE,
    font_family: str = "sans-serif",
) -> str:
    """The report as a valid HTML5 page, also the source of the PDF: the figures split into
    tables of `figures_per_table` columns, each repeating the name column and its header (a
    page each when printed), then the grade of every month."""
    table = data.table
    rows = _rows(data, labels)
    group = labels.groups.get(table.by, table.by)
    lang = labels.language
    parts = [
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">',
        f"<title>{escape(labels.title)} {escape(data.period)}</title>",
        f"<style>body {{ font-family: {font_family}; }}{_CSS}</style></head><body>",
        f"<h1>{escape(labels.title)}</h1>",
        f"<p>{escape(labels.period)}: {escape(data.period)}<br>{escape(labels.generated)}: "
        f"{escape(data.generated_local.strftime('%Y-%m-%d %H:%M'))}</p>",
    ]
    for number, columns in enumerate(_chunks(table.figures, figures_per_table)):
        names = [table.figures[i] for i in columns]
        head = f"<th>{escape(group)}</th>" + "".join(
            f"<th>{escape(labels.figures.get(n, n))}</th>" for n in names
        )
        body = []
        for label, cells in rows:
            tds = "".join(
                f'<td class="num {cells[i].status}">{escape(format_cell(n, cells[i]))}</td>'
                for i, n in zip(columns, names, strict=True)
            )
            css = ' class="total"' if label == labels.total and cells is table.total else ""
            body.append(f"<tr{css}><td>{escape(label)}</td>{tds}</tr>")
        page = ' class="newpage"' if number else ""
        parts.append(
            f"<table{page}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        )
    by_month: dict[str, list[GradeRow]] = {}
    for g in data.grades:
        by_month.setdefault(g.month, []).append(g)
    header = _grade_header(labels)[1:]
    for number, (month, grades) in enumerate(sorted(by_month.items())):
        ghead = "".join(f"<th>{escape(h)}</th>" for h in header)
        grows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape('—' if v is None else str(v))}</td>"
                for v in _grade_cells(g, labels)[1:]
            )
            + "</tr>"
            for g in grades
        )
        page = ' class="newpage"' if number == 0 else ""
        parts.append(f"<h2{page}>{escape(labels.grades_title)} {escape(month)}</h2>")
        parts.append(f"<table><thead><tr>{ghead}</tr></thead><tbody>{grows}</tbody></table>")
    if data.quality:
        qhead = "".join(f"<th>{escape(h)}</th>" for h in _quality_header(labels))
        qrows = "".join(
            "<tr>"
            + "".join(f"<td>{escape('—' if v is None else str(v))}</td>" for v in _quality_cells(q))
            + "</tr>"
            for q in data.quality
        )
        parts.append(f'<h2 class="newpage">{escape(labels.quality_title)}</h2>')
        parts.append(f"<table><thead><tr>{qhead}</tr></thead><tbody>{qrows}</tbody></table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _refuse_what_is_not_a_file(path: Path) -> None:
    """The rename that puts an export in place would replace whatever stands at its path: a
    link (not what it points to), a named pipe, even a device (`--out /dev/full` as root left
    a plain file in /dev). Only a regular file, or nothing, is replaced."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise OSError(
            errno.EEXIST, "it exists and is not a regular file; choose a file name", str(path)
        )


def export(
    data: ExportData,
    path: Path,
    fmt: str,
    labels: ExportLabels | None = None,
    render_pdf: RenderPdf | None = None,
    font_family: str = "sans-serif",
) -> Path:
    """Write the view in one of FORMATS; PDF needs the injected renderer (and its fonts)."""
    labels = labels or ExportLabels()
    path = Path(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "pdf" and render_pdf is None:
        raise ValueError("PDF export needs a renderer")
    _refuse_what_is_not_a_file(path)
    # Written beside it and renamed into place: an export that fails half-way (a full disk, a
    # name that cannot be written) leaves the previous report at that path as it was.
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        if fmt == "csv":
            write_csv(data, part, labels)
        elif fmt == "xlsx":
            write_xlsx(data, part, labels)
        elif fmt == "json":
            write_json(data, part, labels)
        elif fmt == "html":
            part.write_text(report_html(data, labels, font_family=font_family), encoding="utf-8")
        else:
            assert render_pdf is not None
            render_pdf(report_html(data, labels, font_family=font_family), part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
