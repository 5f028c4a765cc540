"""A supervisor opens the share's summaries in Reports; an agent never gets there."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from agent_desk.ui import report_text
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.reports_window import ReportsDialog
from tests.report_fixtures import write_hand_made_share


@pytest.fixture
def supervisor(services):
    services.accounts.create("9001", "周主管", "supervisor", "password1")
    return services.accounts.login("9001", "password1")


@pytest.fixture
def agent(services):
    services.accounts.create("2001", "张三", "agent", "password1")
    return services.accounts.login("2001", "password1")


def _open(qtbot, services, who, share: Path) -> ReportsDialog:
    dialog = ReportsDialog(services, who)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(share))
    dialog.from_edit.setDate(QDate(2026, 11, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    return dialog


def _cell(dialog: ReportsDialog, row: int, header: str) -> str:
    model = dialog.table_model
    return model.rows[row][model.headers.index(header)]


def test_supervisor_reads_the_share_drills_into_a_shift_and_exports_xlsx(
    qtbot, services, supervisor, tmp_path, language
):
    language("en")
    share = tmp_path / "share"
    write_hand_made_share(share)
    (share / "BR01" / "2026-11-04").mkdir(parents=True)
    (share / "BR01" / "2026-11-04" / "summary.json").write_bytes(b'{"schema": "agent-desk/shi')
    dialog = _open(qtbot, services, supervisor, share)

    with qtbot.waitSignal(dialog.view_ready, timeout=20000):
        dialog.load_button.click()

    # the table: two agents and the total, coloured against the targets
    assert [r[0] for r in dialog.table_model.rows] == [
        "BR01·2001 张三",
        "BR02·2002 李四",
        "Total",
    ]
    assert _cell(dialog, 0, "Offered") == "7"
    assert _cell(dialog, 0, "Satisfaction") == "4.40"
    assert _cell(dialog, 0, "Within 3 rings %") == "66.7 (4/6)"  # 5 answered + 1 gave up
    col = dialog.table_model.headers.index("Within 3 rings %")
    assert dialog.table_model.colours[0][col] == "#FFCDD2"  # below the 90 % target
    assert "1 files skipped" in dialog.status_label.text()
    assert dialog.skipped_model.rows[0][1] == "truncated (incomplete copy)"

    # a chart: three-ring % for each of the two days
    chart = dialog.ring_chart.chart()
    bars = chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [50.0, 100.0]

    # double-click the agent: their shifts; double-click a shift: its own report
    with qtbot.waitSignal(dialog.view_ready, timeout=10000):
        dialog.table.doubleClicked.emit(dialog.table_model.index(0, 0))
    assert dialog.back_button.isVisible()
    assert len(dialog.table_model.rows) == 3  # shift A, shift B, total
    dialog.table.doubleClicked.emit(dialog.table_model.index(0, 0))
    shift = dialog.shift_dialog
    assert shift is not None and shift.isVisible()
    assert "BR01·2001 张三 2026-11-02T09:00:00+08:00" in shift.browser.toPlainText()
    assert "calls.csv" in shift.files
    shift.close()
    with qtbot.waitSignal(dialog.view_ready, timeout=10000):
        dialog.back_button.click()
    assert len(dialog.table_model.rows) == 3  # two agents and the total again

    # export what is on screen and read it back
    out = tmp_path / "report.xlsx"
    assert dialog.export_to(out, "xlsx")
    sheet = load_workbook(out).worksheets[0]
    values = {row[0]: row for row in sheet.iter_rows(min_row=3, values_only=True)}
    header = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    names = [report_text.figure_name(f) for f in dialog.view.table.figures]
    for label, cells in zip(dialog.view.table.labels, dialog.view.table.cells, strict=True):
        shown = [values[label][header.index(n)] for n in names]
        assert shown == pytest.approx([c.value for c in cells])
    at = header.index("Within 3 rings %")
    assert values["BR01·2001 张三"][at + 1 : at + 3] == (4, 6)  # the rate's two counts
    assert values["BR01·2001 张三"][header.index("Offered")] == 7
    assert values["BR01·2001 张三"][header.index("Satisfaction")] == pytest.approx(4.4)
    assert dialog.export_to(tmp_path / "report.pdf", "pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.export_to(tmp_path / "report.csv", "csv")
    csv_text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[1].startswith("BR01·2001 张三,2,7,5,2,66.7")
    grades = load_workbook(out).worksheets[1]
    assert [r[:2] for r in grades.iter_rows(min_row=3, values_only=True)] == [
        ("2026-11", "BR01·2001 张三"),
        ("2026-11", "BR02·2002 李四"),
    ]


def test_a_report_can_be_cancelled_and_loaded_again(qtbot, services, supervisor, tmp_path):
    share = tmp_path / "share"
    write_hand_made_share(share)
    dialog = _open(qtbot, services, supervisor, share)
    dialog._worker.cancel()
    dialog._worker.cancelled = lambda: True  # cancel before the first file is read
    with qtbot.waitSignal(dialog._worker.failed, timeout=10000):
        dialog.load_button.click()
    assert dialog.result is None
    assert dialog.load_button.isEnabled()
    assert dialog.status_label.text() == "The report was cancelled."
    del dialog._worker.cancelled
    with qtbot.waitSignal(dialog.view_ready, timeout=10000):
        dialog.load_button.click()
    assert dialog.result is not None and dialog.result.used == 3


def test_reports_are_in_the_tools_menu_for_supervisors_only(
    qtbot, services, ui_settings, supervisor, agent, tmp_path
):
    boss = MainWindow(services.context, supervisor, ui_settings, services)
    qtbot.addWidget(boss)
    assert boss.findChild(QAction, "reportsAction") in boss.tools_menu.actions()
    boss.reports_action.trigger()
    assert boss.reports_dialog.isVisible()
    boss.reports_dialog.close()
    desk = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(desk)
    assert desk.findChild(QAction, "reportsAction") is None
    nobody = MainWindow(services.context, None, ui_settings, services)
    qtbot.addWidget(nobody)
    assert nobody.findChild(QAction, "reportsAction") is None


def test_the_service_refuses_an_agent_even_in_the_reports_window(
    qtbot, services, agent, tmp_path, language
):
    language("en")
    share = tmp_path / "share"
    write_hand_made_share(share)
    dialog = _open(qtbot, services, agent, share)
    with qtbot.waitSignal(dialog._worker.failed, timeout=10000):
        dialog.load_button.click()
    assert dialog.result is None
    assert "permission" in dialog.status_label.text()


def test_reports_speak_chinese_with_zh_cn(qtbot, services, supervisor, ui_settings, language):
    language("zh_CN")
    window = MainWindow(services.context, supervisor, ui_settings, services)
    qtbot.addWidget(window)
    assert window.reports_action.text() == "报表(&R)…"
    dialog = ReportsDialog(services, supervisor)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "数据表",
        "图表",
        "绩效评定",
        "跳过的文件",
    ]
    assert dialog.export_buttons["xlsx"].text() == "导出 Excel…"


def test_a_grouping_chosen_while_loading_is_shown_when_the_load_ends(
    qtbot, services, supervisor, tmp_path
):
    share = tmp_path / "share"
    write_hand_made_share(share)
    dialog = _open(qtbot, services, supervisor, share)
    dialog.load_button.click()
    dialog.by_combo.setCurrentIndex(dialog.by_combo.findData("branch"))
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.by == "branch", timeout=10000)
    qtbot.waitUntil(lambda: not dialog._worker.busy, timeout=10000)
    assert [r[0] for r in dialog.table_model.rows] == [
        "BR01 城东营业部",
        "BR02 城西营业部",
        "Total",
    ]


def _drawn_texts(view) -> list[str]:
    """The texts a chart view really draws, as Qt paints them (elided ones as "…")."""
    import re

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(view.size())
    svg.setViewBox(QRect(0, 0, view.width(), view.height()))
    painter = QPainter(svg)
    view.render(painter)
    painter.end()
    return re.findall(r"<text[^>]*>([^<]*)</text>", bytes(data.data()).decode("utf-8"))


def test_date_axes_show_real_dates_at_1366_by_768_and_grades_cover_every_month(
    qtbot, services, supervisor, tmp_path, language
):
    """Chart date axes showed only "⋮" even maximised; the grade covered only one month."""
    import re
    from datetime import date

    from agent_desk.shifts.demo_summaries import write_demo_summaries

    language("en")
    share = tmp_path / "share"
    write_demo_summaries(
        share, agents=4, branches=1, days=45, start=date(2026, 10, 10), seed=3, extras=False
    )
    dialog = _open(qtbot, services, supervisor, share)
    dialog.from_edit.setDate(QDate(2026, 10, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    dialog.resize(1366, 768)
    with qtbot.waitSignal(dialog.view_ready, timeout=20000):
        dialog.load_button.click()
    dialog.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    for view in (dialog.ring_chart, dialog.cases_chart):
        texts = _drawn_texts(view)
        dates = [t for t in texts if re.fullmatch(r"\d{2}-\d{2}", t)]
        assert len(dates) >= 5, texts
        assert dates[0] == "10-10" and dates == sorted(dates)
        assert not [t for t in texts if "…" in t or "..." in t or "⋮" in t], texts
    assert [dialog.month_combo.itemText(i) for i in range(dialog.month_combo.count())] == [
        "2026-10",
        "2026-11",
    ]
    out = tmp_path / "grades.xlsx"
    assert dialog.export_to(out, "xlsx")
    months = {r[0] for r in load_workbook(out).worksheets[1].iter_rows(min_row=3, values_only=True)}
    assert months == {"2026-10", "2026-11"}


def test_the_grades_tab_and_every_export_show_the_quality_review(
    qtbot, services, supervisor, tmp_path, language
):
    """Before, only `qa report` had reviews done against required and the average: the window
    and its exports had nothing of the review but the grade's component, and junk under qa/
    was only in the log."""
    import json

    from tests.unit.test_reports import _review

    language("en")
    share = tmp_path / "share"
    write_hand_made_share(share)
    week = share / "qa" / "BR01" / "2026-W46"
    week.mkdir(parents=True)
    (week / "a.r1.json").write_text(_review("a", 1, 9), encoding="utf-8")
    (week / "b.r1.json").write_text(_review("b", 1, 6), encoding="utf-8")
    (week / "junk.json").write_text("{half", encoding="utf-8")
    dialog = _open(qtbot, services, supervisor, share)
    with qtbot.waitSignal(dialog.view_ready, timeout=20000):
        dialog.load_button.click()

    assert dialog.quality_label.text() == "Quality review 2026-11"
    assert dialog.quality_model.rows == [
        ["BR01·2001 张三", "2 / 5", "7.5"],
        ["BR02·2002 李四", "0 / 2", "—"],
    ]
    (junk,) = [r for r in dialog.skipped_model.rows if r[0].endswith("junk.json")]
    assert junk[2] == "quality review (qa/)"
    norm = dialog.grade_model.headers.index("Service norm")
    assert [r[norm] for r in dialog.grade_model.rows] == ["30", "0"]  # 75 × 2/5; none of 2

    assert dialog.export_to(tmp_path / "r.json", "json")
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [(q["agent"], q["reviews"], q["required"], q["average"]) for q in doc["quality"]] == [
        ("BR01·2001", 2, 5, 7.5),
        ("BR02·2002", 0, 2, None),
    ]
    assert any(s["path"].endswith("junk.json") for s in doc["skipped"])
    assert dialog.export_to(tmp_path / "r.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["Quality review"]
    assert list(sheet.iter_rows(min_row=3, values_only=True)) == [
        ("2026-11", "BR01·2001 张三", 2, 5, 7.5),
        ("2026-11", "BR02·2002 李四", 0, 2, None),
    ]
    assert dialog.export_to(tmp_path / "r.csv", "csv")
    csv_lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "2026-11,BR01·2001 张三,2,5,7.5" in csv_lines
    assert "2026-11,BR02·2002 李四,0,2,—" in csv_lines
    assert dialog.export_to(tmp_path / "r.html", "html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<h2 class="newpage">Quality review</h2>' in html and "<td>2</td><td>5</td>" in html


def test_the_html_export_is_a_button_beside_the_others_in_both_languages(
    qtbot, services, supervisor, tmp_path, language, monkeypatch
):
    language("zh_CN")
    share = tmp_path / "share"
    write_hand_made_share(share)
    dialog = _open(qtbot, services, supervisor, share)
    assert list(dialog.export_buttons) == ["xlsx", "csv", "pdf", "html"]
    assert dialog.export_buttons["html"].text() == "导出 HTML…"
    with qtbot.waitSignal(dialog.view_ready, timeout=20000):
        dialog.load_button.click()
    out = tmp_path / "report.html"
    asked = []

    def save_name(_parent, _title, suggested, kinds):
        asked.append((suggested, kinds))
        return str(out), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.export_buttons["html"].click()
    assert asked == [("report.html", "HTML 网页 (*.html)")]
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in page
    assert "66.7 (4/6)" in page and "BR01·2001 张三" in page


def test_one_agent_number_with_two_names_is_said_and_labelled_with_both(
    qtbot, services, supervisor, tmp_path, language
):
    """Two people given BR01·2001 at two desks: added up as one agent (an agent is a branch
    and a number), and the window says so instead of picking one name."""
    from dataclasses import replace

    from agent_desk.shifts.demo_summaries import write_shift
    from tests.report_fixtures import hand_made_shifts

    language("en")
    share = tmp_path / "share"
    a, b, c = hand_made_shifts()
    for shift in (a, replace(b, agent_name="王小明", desk_code="D2"), c):
        write_shift(share, shift)
    dialog = _open(qtbot, services, supervisor, share)
    with qtbot.waitSignal(dialog.view_ready, timeout=20000):
        dialog.load_button.click()
    assert [r[0] for r in dialog.table_model.rows] == [
        "BR01·2001 张三 / 王小明",
        "BR02·2002 李四",
        "Total",
    ]
    assert _cell(dialog, 0, "Shifts") == "2"
    assert (
        "BR01·2001 carries 2 names in this period: 张三, 王小明 — agent numbers must be "
        "unique in a branch." in dialog.status_label.text()
    )
