"""The supervisor's Reports window: choose a folder and a period, read the summaries, compare.

Everything slow (listing the share, reading and checking files, adding up 10,000 shifts, the
month's grades) runs on a worker thread; the GUI thread only paints the results, so the window
stays responsive and the load can be cancelled. Only supervisors and administrators get the
Tools → Reports… action (`reports_view.py`), and the report service refuses anyone else too.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError
from agent_desk.reports import (
    COMPONENTS,
    GROUPINGS,
    GradeRow,
    Group,
    LoadResult,
    ReportQuery,
    ReportTable,
    ShiftRow,
    aggregate,
    aggregate_agent_months,
    grade_period,
    months_between,
    months_in,
    name_clashes,
    report_table,
)
from agent_desk.reports.export import (
    STATUS_COLOURS,
    ExportData,
    export,
    format_cell,
    format_value,
)
from agent_desk.ui import report_text
from agent_desk.ui.error_text import describe
from agent_desk.ui.report_pdf import css_font_family, render_pdf

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals from the worker
CHART_AGENTS = 20  # the lowest first; more would not leave room for their numbers
_ROOT = QModelIndex()


# --- what the worker hands to the window ------------------------------------------------------


@dataclass(frozen=True)
class ViewData:
    by: str
    groups: list[Group]
    table: ReportTable
    grades: list[GradeRow]  # of the month shown
    month: date | None
    months: list[date]  # every month of the period
    all_grades: list[GradeRow]  # every month's, month by month (exports carry them all)
    days: list[tuple[str, float | None, float, float]]  # day, three-ring %, opened, closed
    satisfaction: list[tuple[str, float]]  # agent label, average (lowest first)
    drill: tuple[str, str] | None = None  # (grouping, key) the shift list is limited to
    # (agent key, names) of each agent number that carries more than one name in the period
    clashes: tuple[tuple[str, tuple[str, ...]], ...] = ()


def build_view(
    result: LoadResult,
    by: str,
    targets: Any,
    policy: Any,
    month: date | None = None,
    drill: tuple[str, str] | None = None,
) -> ViewData:
    """Everything the window shows, computed off the GUI thread."""
    from agent_desk.reports import group_key

    rows: list[ShiftRow] = list(result.rows)
    shown = rows
    if drill is not None:
        shown = [r for r in rows if group_key(r, drill[0])[0] == drill[1]]
        by = "shift"
    # the agents of the period and of each month in one pass: the table by agent, the grade
    # and the satisfaction chart all add them up
    agents, agent_months = aggregate_agent_months(rows, getattr(result, "month_sums", None))
    groups = agents if by == "agent" and drill is None else aggregate(shown, by)
    table = report_table(groups, by, targets, shown)
    query = result.query
    months = months_between(query.date_from, query.date_to) if rows else months_in(rows)
    if month is None or month not in months:
        month = months[0] if months else None
    all_grades = (
        grade_period(
            rows,
            query.date_from,
            query.date_to,
            policy,
            getattr(result, "review_averages", None),
            agent_months,
        )
        if rows
        else []
    )
    grades = [g for g in all_grades if month and g.month == f"{month:%Y-%m}"]
    days = [
        (
            g.key,
            g.totals.figure("within_rule_pct"),
            g.totals.get("cases_opened"),
            g.totals.get("cases_closed"),
        )
        for g in aggregate(rows, "day")
    ]
    sat = [(g.label, v) for g in agents if (v := g.totals.figure("satisfaction_avg")) is not None]
    sat.sort(key=lambda item: item[1])
    return ViewData(
        by,
        groups,
        table,
        grades,
        month,
        months,
        all_grades,
        days,
        sat[:CHART_AGENTS],
        drill,
        tuple(name_clashes(agents)),
    )


class _Worker(QObject):
    """Runs one job at a time on a Python thread and reports back through queued signals."""

    progress = Signal(int, int)
    finished = Signal(object, object)  # (kind, value)
    failed = Signal(object, object)  # (kind, exception)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = 0.0
        self._busy = False
        # Connected first, so the window's own slots already see the worker free.
        self.finished.connect(self._done)
        self.failed.connect(self._done)

    @property
    def busy(self) -> bool:
        """A job was started and its result has not reached the GUI thread yet."""
        return self._busy

    def _done(self, *_: object) -> None:
        self._busy = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.progress.emit(done, total)

    def run(self, kind: str, job: Callable[[], Any]) -> None:
        self._cancel.clear()
        self._busy = True

        def target() -> None:
            _lower_thread_priority()
            # A full garbage collection over 10,000 freshly read shifts holds the GIL for
            # 100-200 ms, which freezes the window. Rows hold no reference cycles (reference
            # counting frees them), so collection is paused during the job and what exists
            # afterwards is moved out of the collector's way.
            paused = gc.isenabled()
            gc.disable()
            try:
                value = job()
            except Exception as exc:  # reported to the window, never raised into Qt
                if not isinstance(exc, AgentDeskError):
                    log.exception("report job %s failed", kind)
                self.failed.emit(kind, exc)
                return
            finally:
                if paused:
                    gc.collect(1)  # the young generations only: cycles made during the job
                    gc.freeze()
                    gc.enable()
            self.finished.emit(kind, value)

        self._thread = threading.Thread(target=target, name=f"report-{kind}", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def _lower_thread_priority() -> None:
    """Let the GUI thread win the CPU over this worker when the desk PC is busy.

    On Linux `setpriority` on a thread id renices just that thread; on Windows the thread gets
    THREAD_PRIORITY_BELOW_NORMAL. Elsewhere nothing changes.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    elif sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)


# --- table models -----------------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """A read-only table of already formatted cells, with optional background colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.colours: list[list[str | None]] = []
        self.numeric_from = 1

    def set_rows(
        self,
        headers: list[str],
        rows: list[list[str]],
        colours: list[list[str | None]] | None = None,
        numeric_from: int = 1,
    ) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.colours = colours or [[None] * len(headers) for _ in rows]
        self.numeric_from = numeric_from
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[r][c]
        if role == Qt.ItemDataRole.BackgroundRole and self.colours[r][c]:
            return QBrush(QColor(self.colours[r][c]))
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= self.numeric_from:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self.headers)
        ):
            return self.headers[section]
        return None


def _colour(status: str) -> str | None:
    code = STATUS_COLOURS.get(status)
    return f"#{code}" if code else None


def _fit_headers(view: QTableView, first: int = 0) -> None:
    """Columns as wide as their headers (measuring every cell of 10,000 shifts would stall)."""
    metrics = view.horizontalHeader().fontMetrics()
    model = view.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        width = max(72, metrics.horizontalAdvance(text) + 24)
        view.setColumnWidth(column, max(width, first) if column == 0 else width)


def _table_view(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(92)
    return view


# --- one shift's own report -------------------------------------------------------------------


class ShiftReportDialog(QDialog):
    """One shift: its own report.html from the share, or its figures drawn from the summary."""

    def __init__(self, row: ShiftRow, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(
            self.tr("Shift of {agent} {name}, {start}").format(
                agent=row.agent_key,
                name=row.agent_name,
                start=row.started_at[:16].replace("T", " "),
            )
        )
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("shiftReportBrowser")
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QHBoxLayout()
        self.files: dict[str, Path] = {
            name: row.folder / name
            for name in ("report.pdf", "report.html", "calls.csv")
            if (row.folder / name).exists()
        }
        for name, path in self.files.items():
            button = QPushButton(self.tr("Open {file}").format(file=name))
            button.clicked.connect(
                lambda _=False, p=path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)


def shift_html(row: ShiftRow, targets: Any) -> str:
    """The shift's own report.html when the desk published one, else its figures."""
    own = row.folder / "report.html"
    try:
        if own.is_file() and own.stat().st_size < 5_000_000:
            return own.read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass
    table = report_table(aggregate([row], "shift"), "shift", targets, [row])
    lines = "".join(
        f"<tr><td>{report_text.figure_name(f)}</td>"
        f'<td align="right" bgcolor="{_colour(c.status) or "#ffffff"}">'
        f"{format_value(f, c.value)}</td></tr>"
        for f, c in zip(table.figures, table.cells[0], strict=True)
    )
    title = f"{row.agent_label} · {row.branch_name}"
    return (
        f"<h2>{title}</h2><p>{row.started_at}</p>"
        f'<table border="1" cellspacing="0" cellpadding="3">{lines}</table>'
    )


# --- the window -------------------------------------------------------------------------------


class ReportsDialog(QDialog):
    """Reports over the share's shift summaries, for one supervisor."""

    view_ready = Signal()

    def __init__(
        self, services: Services, agent: AgentInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.agent = agent
        self.result: LoadResult | None = None
        self.view: ViewData | None = None
        self.shift_dialog: ShiftReportDialog | None = None
        self._pending_regroup: bool | None = None  # a regroup asked for while a job ran
        self._worker = _Worker(self)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self.setObjectName("reportsDialog")
        self.setWindowTitle(self.tr("Reports"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1200, 680)  # fits a 768-pixel screen with a taskbar
        self._build()

    # --- layout ---

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setPlaceholderText(
            self.tr(
                "Share or folder of shift summaries (a folder, \\\\server\\share or smb://server/share)"
            )
        )
        self.folder_edit.setText(str(self.services.config.get("share.location") or ""))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)

        today = self.services.clock.now().astimezone(self.services.policy.zone).date()
        period = QHBoxLayout()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setObjectName("fromEdit")
        self.to_edit.setObjectName("toEdit")
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)

        self.branches_edit = QLineEdit()
        self.branches_edit.setObjectName("branchesEdit")
        self.branches_edit.setPlaceholderText(self.tr("All branches (or codes, comma-separated)"))
        self.agents_edit = QLineEdit()
        self.agents_edit.setObjectName("agentsEdit")
        self.agents_edit.setPlaceholderText(self.tr("All agents (or numbers, comma-separated)"))
        form.addRow(self.tr("Branches:"), self.branches_edit)
        form.addRow(self.tr("Agents:"), self.agents_edit)
        outer.addLayout(form)

        actions = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Load"))
        self.load_button.setObjectName("loadButton")
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.start_load)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_load)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("byCombo")
        for by in GROUPINGS:
            self.by_combo.addItem(report_text.tr(report_text.GROUP_NAMES[by]), by)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.regroup(keep_drill=False))
        actions.addWidget(self.load_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(QLabel(self.tr("By:")))
        actions.addWidget(self.by_combo)
        outer.addLayout(actions)

        self.status_label = QLabel(self.tr("Choose a folder and a period, then Load."))
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        # the table
        table_page = QWidget()
        tl = QVBoxLayout(table_page)
        crumbs = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setVisible(False)
        self.back_button.clicked.connect(self.drill_up)
        self.drill_label = QLabel()
        crumbs.addWidget(self.back_button)
        crumbs.addWidget(self.drill_label, 1)
        tl.addLayout(crumbs)
        self.table_model = RowsModel(self)
        self.table = _table_view(self.table_model, "reportTable")
        self.table.doubleClicked.connect(lambda index: self.drill(index.row()))
        tl.addWidget(self.table)
        hint = QLabel(
            self.tr(
                "Green: meets the target. Orange: above the minimum. Red: misses the target. "
                "Double-click a row to see its shifts, and a shift to open its own report."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        tl.addWidget(hint)
        self.tabs.addTab(table_page, self.tr("Table"))
        # charts
        charts = QWidget()
        cl = QHBoxLayout(charts)
        self.ring_chart = self._chart_view("ringChart")
        self.satisfaction_chart = self._chart_view("satisfactionChart")
        self.cases_chart = self._chart_view("casesChart")
        for view in (self.ring_chart, self.satisfaction_chart, self.cases_chart):
            cl.addWidget(view)
        self.tabs.addTab(charts, self.tr("Charts"))
        # grades
        grades = QWidget()
        gl = QVBoxLayout(grades)
        month_row = QHBoxLayout()
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthCombo")
        self.month_combo.activated.connect(lambda _i: self.regroup())
        month_row.addWidget(QLabel(self.tr("Month:")))
        month_row.addWidget(self.month_combo)
        month_row.addStretch(1)
        gl.addLayout(month_row)
        self.grade_model = RowsModel(self)
        self.grade_table = _table_view(self.grade_model, "gradeTable")
        gl.addWidget(self.grade_table)
        policy = self.services.policy
        rules = QLabel(
            self.tr(
                "Each component is scored 0–100 against the policy targets and weighted by the "
                "policy: answer speed, online time, volume (against the median agent), "
                "satisfaction, resolution, script compliance and follow-up timeliness. "
                "{excellent} and above: Excellent; {good}: Good; {passing}: Pass; below: Fail."
            ).format(
                excellent=policy.get("grading.thresholds.excellent", 90),
                good=policy.get("grading.thresholds.good", 80),
                passing=policy.get("grading.thresholds.pass", 60),
            )
        )
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #555;")
        gl.addWidget(rules)
        # the quality review of the month: reviews done against required, the average score
        self.quality_label = QLabel()
        self.quality_label.setObjectName("qualityLabel")
        gl.addWidget(self.quality_label)
        self.quality_model = RowsModel(self)
        self.quality_table = _table_view(self.quality_model, "qualityTable")
        gl.addWidget(self.quality_table)
        quality_rules = QLabel(
            self.tr(
                "Quality review: a week counts in the month of its Thursday. Service norm = "
                "average score × 10 × reviews done ÷ required (at most 1): a review not done "
                "counts as 0."
            )
        )
        quality_rules.setWordWrap(True)
        quality_rules.setStyleSheet("color: #555;")
        gl.addWidget(quality_rules)
        self.tabs.addTab(grades, self.tr("Grades"))
        # skipped
        self.skipped_model = RowsModel(self)
        self.skipped_table = _table_view(self.skipped_model, "skippedTable")
        self.skipped_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.skipped_table, self.tr("Skipped files"))
        outer.addWidget(self.tabs, 1)

        exports = QHBoxLayout()
        exports.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("xlsx", self.tr("Export Excel…")),
            ("csv", self.tr("Export CSV…")),
            ("pdf", self.tr("Export PDF…")),
            ("html", self.tr("Export HTML…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            exports.addWidget(button)
            self.export_buttons[fmt] = button
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        exports.addWidget(close)
        outer.addLayout(exports)

    def _chart_view(self, name: str) -> QChartView:
        view = QChartView()
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(300, 260)
        return view

    # --- loading ---

    def query(self) -> ReportQuery:
        def codes(edit: QLineEdit) -> frozenset[str]:
            return frozenset(
                p.strip() for p in edit.text().replace("，", ",").split(",") if p.strip()
            )

        return ReportQuery(
            self.folder_edit.text().strip(),
            self.from_edit.date().toPython(),
            self.to_edit.date().toPython(),
            codes(self.branches_edit),
            codes(self.agents_edit),
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of shift summaries"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def start_load(self) -> None:
        if self._worker.busy:
            return
        if not self.folder_edit.text().strip():
            self.status_label.setText(self.tr("Choose the share or a folder first."))
            return
        query = self.query()
        if query.date_to < query.date_from:
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        by, month = self.by_combo.currentData(), self._month()
        reports = self.services.reports
        worker = self._worker
        agent = self.agent

        def job() -> tuple[LoadResult, ViewData]:
            result = reports.load(agent, query, worker.report_progress, worker.cancelled)
            return result, build_view(result, by, reports.targets(), reports.policy, month)

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Looking for summaries…"))
        worker.run("load", job)

    def cancel_load(self) -> None:
        self._worker.cancel()
        self.status_label.setText(self.tr("Cancelling…"))

    def regroup(self, keep_drill: bool = True) -> None:
        """Show the loaded shifts another way (grouping or grade month), off the GUI thread."""
        if self._worker.busy:
            self._pending_regroup = keep_drill  # done when the running job has finished
            return
        if self.result is None:
            return
        result, by, month = self.result, self.by_combo.currentData(), self._month()
        drill = self.view.drill if self.view is not None and keep_drill else None
        reports = self.services.reports
        self._worker.run(
            "view",
            lambda: build_view(result, by, reports.targets(), reports.policy, month, drill),
        )

    def _month(self) -> date | None:
        data = self.month_combo.currentData()
        return date.fromisoformat(data) if data else None

    def _set_busy(self, busy: bool) -> None:
        self.load_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self.view is not None)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("Reading summaries: {done} of {total}").format(done=done, total=total)
        )

    def _on_finished(self, kind: str, value: Any) -> None:
        if kind == "load":
            self.result, view = value
        else:
            view = value
        self._set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.show_view(view)
        if self._pending_regroup is not None:
            keep, self._pending_regroup = self._pending_regroup, None
            self.regroup(keep_drill=keep)

    def _on_failed(self, kind: str, error: BaseException) -> None:
        self._pending_regroup = None
        self._set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, AgentDeskError):
            template = report_text.ERRORS.get(error.code)
            text = report_text.tr(template).format(**error.params) if template else describe(error)
        else:
            text = self.tr("The report could not be made; details are in the log.")
        self.status_label.setText(text)

    # --- showing ---

    def show_view(self, view: ViewData) -> None:
        self.view = view
        result = self.result
        assert result is not None
        self._fill_table(view)
        self._fill_charts(view)
        self._fill_grades(view)
        self.skipped_model.set_rows(
            [self.tr("File"), self.tr("Reason"), self.tr("Detail")],
            [[s.path, report_text.skip_reason(s.reason), s.detail] for s in result.skipped],
            numeric_from=99,
        )
        self.tabs.setTabText(
            3, self.tr("Skipped files ({count})").format(count=len(result.skipped))
        )
        status = self.tr(
            "{used} shift summaries in the report, {skipped} files skipped "
            "({read} read from the folder, the rest from the local index)."
        ).format(used=result.used, skipped=len(result.skipped), read=result.read)
        if result.copies:
            status += " " + self.tr(
                "{copies} identical copies of shifts on the share were counted once."
            ).format(copies=result.copies)
        for key, names in view.clashes:  # the figures stay one agent's: say it
            status += " " + self.tr(
                "{agent} carries {count} names in this period: {names} — agent numbers must "
                "be unique in a branch."
            ).format(agent=key, count=len(names), names=", ".join(names))
        self.status_label.setText(status)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.view_ready.emit()

    def _fill_table(self, view: ViewData) -> None:
        table = view.table
        headers = [report_text.tr(report_text.GROUP_NAMES[table.by])] + [
            report_text.figure_name(f) for f in table.figures
        ]
        rows, colours = [], []
        for label, cells in [*zip(table.labels, table.cells, strict=True), (None, table.total)]:
            rows.append(
                [label if label is not None else self.tr("Total")]
                + [format_cell(f, c) for f, c in zip(table.figures, cells, strict=True)]
            )
            colours.append([None] + [_colour(c.status) for c in cells])
        self.table_model.set_rows(headers, rows, colours)
        _fit_headers(self.table, first=200)
        if view.drill is not None:
            by, key = view.drill
            self.back_button.setVisible(True)
            self.drill_label.setText(
                self.tr("Shifts of {what} {key}").format(
                    what=report_text.tr(report_text.GROUP_NAMES[by]), key=key
                )
            )
        else:
            self.back_button.setVisible(False)
            self.drill_label.setText("")

    def _fill_charts(self, view: ViewData) -> None:
        days = [d[0] for d in view.days]
        ring = QBarSet(self.tr("Within 3 rings %"))
        ring.append([0.0 if d[1] is None else round(d[1] * 100, 1) for d in view.days])
        self.ring_chart.setChart(
            _bar_chart(
                self.tr("Answered within three rings, % per day"), [ring], days, 0, 100, days=True
            )
        )
        sat = QBarSet(self.tr("Satisfaction"))
        lowest_on_top = view.satisfaction[::-1]  # horizontal bars are drawn bottom-up
        sat.append([round(v, 2) for _, v in lowest_on_top])
        self.satisfaction_chart.setChart(
            _bar_chart(
                self.tr("Satisfaction per agent (lowest first)"),
                [sat],
                [label for label, _ in lowest_on_top],
                1,
                5,
                horizontal=True,
            )
        )
        opened = QBarSet(self.tr("Opened"))
        opened.append([d[2] for d in view.days])
        closed = QBarSet(self.tr("Closed"))
        closed.append([d[3] for d in view.days])
        top = max([d[2] for d in view.days] + [d[3] for d in view.days] + [1])
        self.cases_chart.setChart(
            _bar_chart(
                self.tr("Cases opened and closed per day"),
                [opened, closed],
                days,
                0,
                top,
                counts=True,
                days=True,
            )
        )

    def _fill_grades(self, view: ViewData) -> None:
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for m in view.months:
            self.month_combo.addItem(f"{m:%Y-%m}", m.isoformat())
        if view.month is not None:
            self.month_combo.setCurrentIndex(view.months.index(view.month))
        self.month_combo.blockSignals(False)
        headers = (
            [self.tr("Agent"), self.tr("Shifts")]
            + [report_text.tr(report_text.COMPONENT_NAMES[c]) for c in COMPONENTS]
            + [self.tr("Score"), self.tr("Grade")]
        )
        grade_colour = {"excellent": "ok", "good": "ok", "pass": "warn", "fail": "bad"}
        rows, colours = [], []
        for g in view.grades:
            comps = [
                "—" if g.components[c] is None else f"{g.components[c]:.0f}" for c in COMPONENTS
            ]
            rows.append(
                [
                    g.label,
                    str(g.shifts),
                    *comps,
                    "—" if g.score is None else f"{g.score:.1f}",
                    report_text.tr(report_text.GRADE_NAMES[g.grade]) if g.grade else "—",
                ]
            )
            colours.append(
                [None] * (len(headers) - 1) + [_colour(grade_colour.get(g.grade or "", ""))]
            )
        self.grade_model.set_rows(headers, rows, colours)
        _fit_headers(self.grade_table, first=160)
        self._fill_quality(view)

    def _fill_quality(self, view: ViewData) -> None:
        month = f"{view.month:%Y-%m}" if view.month is not None else ""
        result = self.result
        quality = [q for q in (result.quality if result else ()) if q.month == month]
        self.quality_label.setText(self.tr("Quality review {month}").format(month=month))
        headers = [self.tr("Agent"), self.tr("Reviews done / required"), self.tr("Average score")]
        rows, colours = [], []
        for q in quality:
            rows.append(
                [
                    f"{q.agent_key} {q.agent_name}".rstrip(),
                    f"{q.reviews} / {q.required}",
                    "—" if q.average is None else f"{q.average:.1f}",
                ]
            )
            colours.append([None, _colour("bad" if q.reviews < q.required else "ok"), None])
        self.quality_model.set_rows(headers, rows, colours)
        _fit_headers(self.quality_table, first=160)

    # --- drilling down ---

    def drill(self, row: int) -> QDialog | None:
        """Double-click: a group shows its shifts; a shift opens its own report."""
        view = self.view
        if view is None or row >= len(view.groups):
            return None  # the total row
        group = view.groups[row]
        if view.by == "shift":
            shift = group.rows[0]
            self.shift_dialog = ShiftReportDialog(
                shift, shift_html(shift, self.services.reports.targets()), self
            )
            self.shift_dialog.show()
            return self.shift_dialog
        if self.result is None or self._worker.busy:
            return None
        reports = self.services.reports
        result, month, key = self.result, self._month(), (view.by, group.key)
        self._worker.run(
            "view",
            lambda: build_view(result, "shift", reports.targets(), reports.policy, month, key),
        )
        return None

    def drill_up(self) -> None:
        self.regroup(keep_drill=False)

    # --- exporting ---

    def _ask_export(self, fmt: str) -> None:
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "html": self.tr("HTML page (*.html)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), f"report.{fmt}", filters[fmt]
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_data(self) -> ExportData:
        assert self.view is not None and self.result is not None
        q = self.result.query
        return ExportData(
            table=self.view.table,
            period=f"{q.date_from} – {q.date_to}",
            generated_at=self.services.clock.now(),
            zone=self.services.policy.zone,
            grades=self.view.all_grades,
            grade_month=", ".join(f"{m:%Y-%m}" for m in self.view.months),
            skipped=self.result.skipped,
            quality=self.result.quality,
        )

    def export_to(self, path: Path, fmt: str) -> bool:
        try:
            export(
                self.export_data(),
                path,
                fmt,
                report_text.export_labels(),
                render_pdf,
                font_family=css_font_family(),
            )
        except OSError as exc:
            self.status_label.setText(
                self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror)
            )
            return False
        self.status_label.setText(self.tr("Exported to {path}").format(path=path))
        return True

    def closeEvent(self, event: Any) -> None:
        self._worker.cancel()
        super().closeEvent(event)


DAY_LABELS = 8  # at most this many dates under a chart: each readable at 1366×768


def day_axis(days: list[str]) -> QCategoryAxis:
    """A date axis with real labels: every nth day (at most DAY_LABELS of them), each at its
    bar and rotated, so none is cut to "…" (a label per day of a month was, even maximised).
    Days are `YYYY-MM-DD`; a label is `MM-DD`, with the year where the period crosses one."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, max(len(days), 1) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, math.ceil(len(days) / DAY_LABELS))
    years = {d[:4] for d in days}
    for i in range(0, len(days), step):
        axis.append(days[i] if len(years) > 1 else days[i][5:], i)
    axis.setLabelsAngle(-90)  # Qt cuts level or slanted date labels to "10-…"
    axis.setGridLineVisible(False)
    return axis


def _bar_chart(
    title: str,
    sets: list[QBarSet],
    categories: list[str],
    low: float,
    high: float,
    horizontal: bool = False,
    counts: bool = False,
    days: bool = False,
) -> QChart:
    """Bars per category; horizontal when the category labels are names (one per line);
    `days`: the categories are dates, labelled every nth day (`day_axis`).

    `counts` puts whole-number ticks on the value axis: case counts were labelled 1.8, 3.5, 5.3.
    """
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for s in sets:
        series.append(s)
    chart.addSeries(series)
    names: QBarCategoryAxis | QCategoryAxis
    if days:
        names = day_axis(categories)
    else:
        names = QBarCategoryAxis()
        names.append(categories)
    values = QValueAxis()
    values.setRange(low, high)
    if counts:
        step = max(1, math.ceil((high - low) / 5))
        values.setRange(low, low + step * math.ceil((high - low) / step))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(low)
        values.setTickInterval(step)
        values.setLabelFormat("%d")
    if horizontal:
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        if not days:
            names.setLabelsAngle(-90)
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.legend().setVisible(len(sets) > 1)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart
