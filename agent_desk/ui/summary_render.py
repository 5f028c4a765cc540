"""The shift report as HTML and PDF (drawn by Qt through `report_pdf.html_to_pdf`).

The report's language is the one asked for, not necessarily the interface's: a supervisor may
want Chinese reports from a desk running in English. So labels are looked up in the `shifts`
translation file of that language directly instead of through the installed translators.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QGuiApplication, QPageLayout

from agent_desk.paths import resource
from agent_desk.ui.report_pdf import css_font_family, html_to_pdf

log = logging.getLogger(__name__)

CONTEXT = "SummaryReport"

T = {
    "title": QT_TRANSLATE_NOOP("SummaryReport", "Shift summary"),
    "agent": QT_TRANSLATE_NOOP("SummaryReport", "Agent"),
    "branch": QT_TRANSLATE_NOOP("SummaryReport", "Branch"),
    "shift": QT_TRANSLATE_NOOP("SummaryReport", "Shift"),
    "generated": QT_TRANSLATE_NOOP("SummaryReport", "Generated"),
    "figure": QT_TRANSLATE_NOOP("SummaryReport", "Figure"),
    "value": QT_TRANSLATE_NOOP("SummaryReport", "Value"),
    "target": QT_TRANSLATE_NOOP("SummaryReport", "Target"),
    "time": QT_TRANSLATE_NOOP("SummaryReport", "Time"),
    "online": QT_TRANSLATE_NOOP("SummaryReport", "Online time"),
    "break": QT_TRANSLATE_NOOP("SummaryReport", "Break time"),
    "meal": QT_TRANSLATE_NOOP("SummaryReport", "Break: meal"),
    "rest": QT_TRANSLATE_NOOP("SummaryReport", "Break: rest"),
    "training": QT_TRANSLATE_NOOP("SummaryReport", "Break: training"),
    "meeting": QT_TRANSLATE_NOOP("SummaryReport", "Break: meeting"),
    "other_break": QT_TRANSLATE_NOOP("SummaryReport", "Break: other"),
    "calls": QT_TRANSLATE_NOOP("SummaryReport", "Calls"),
    "offered": QT_TRANSLATE_NOOP("SummaryReport", "Calls offered"),
    "answered": QT_TRANSLATE_NOOP("SummaryReport", "Calls answered"),
    "outbound": QT_TRANSLATE_NOOP("SummaryReport", "Outbound calls"),
    "ab_within": QT_TRANSLATE_NOOP("SummaryReport", "Abandoned within the rule"),
    "ab_after": QT_TRANSLATE_NOOP("SummaryReport", "Abandoned after the rule"),
    "within": QT_TRANSLATE_NOOP("SummaryReport", "Answered within {rings} rings ({seconds} s)"),
    "delay_avg": QT_TRANSLATE_NOOP("SummaryReport", "Average answer delay"),
    "delay_max": QT_TRANSLATE_NOOP("SummaryReport", "Longest answer delay"),
    "handle_avg": QT_TRANSLATE_NOOP("SummaryReport", "Average handle time (talk + wrap-up)"),
    "resolution": QT_TRANSLATE_NOOP("SummaryReport", "Resolved on the call"),
    "satisfaction": QT_TRANSLATE_NOOP("SummaryReport", "Satisfaction ({count} rated)"),
    "greeting": QT_TRANSLATE_NOOP("SummaryReport", "Standard greeting given"),
    "signoff": QT_TRANSLATE_NOOP("SummaryReport", "Standard sign-off given"),
    "by_category": QT_TRANSLATE_NOOP("SummaryReport", "Calls by category"),
    "inquiry": QT_TRANSLATE_NOOP("SummaryReport", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("SummaryReport", "Complaint"),
    "report": QT_TRANSLATE_NOOP("SummaryReport", "Report"),
    "suggestion": QT_TRANSLATE_NOOP("SummaryReport", "Suggestion"),
    "repair": QT_TRANSLATE_NOOP("SummaryReport", "Repair"),
    "other": QT_TRANSLATE_NOOP("SummaryReport", "Other"),
    "cases": QT_TRANSLATE_NOOP("SummaryReport", "Cases"),
    "kind": QT_TRANSLATE_NOOP("SummaryReport", "Kind"),
    "opened": QT_TRANSLATE_NOOP("SummaryReport", "Opened"),
    "replied": QT_TRANSLATE_NOOP("SummaryReport", "Replied"),
    "on_time": QT_TRANSLATE_NOOP("SummaryReport", "Replied on time"),
    "closed": QT_TRANSLATE_NOOP("SummaryReport", "Closed"),
    "overdue": QT_TRANSLATE_NOOP("SummaryReport", "Overdue"),
    "callbacks": QT_TRANSLATE_NOOP("SummaryReport", "Callbacks"),
    "cb_due": QT_TRANSLATE_NOOP("SummaryReport", "Due in the shift"),
    "cb_on_time": QT_TRANSLATE_NOOP("SummaryReport", "Done on time"),
    "cb_late": QT_TRANSLATE_NOOP("SummaryReport", "Done late"),
    "cb_overdue": QT_TRANSLATE_NOOP("SummaryReport", "Still not done"),
    "knowledge": QT_TRANSLATE_NOOP("SummaryReport", "Knowledge base"),
    "kb_published": QT_TRANSLATE_NOOP(
        "SummaryReport", "Articles published this month ({month}, as of the shift's end)"
    ),
    "none": QT_TRANSLATE_NOOP("SummaryReport", "—"),
    "met": QT_TRANSLATE_NOOP("SummaryReport", "met"),
    # Seconds in the reader's language: the Chinese summary said "0.8 s".
    "seconds": QT_TRANSLATE_NOOP("SummaryReport", "{n} s"),
    "missed": QT_TRANSLATE_NOOP("SummaryReport", "below target"),
}


class ReportText:
    """Labels in one language, from resources/i18n/shifts_<language>.qm (English is the source)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator()
            qm = resource("i18n", f"shifts_{language}.qm")
            if translator.load(str(qm)):
                self._translator = translator
            else:
                log.warning("no report translation %s (run 'make i18n'); using English", qm)

    def __call__(self, key: str, **params: object) -> str:
        source = T[key]
        text = self._translator.translate(CONTEXT, source) if self._translator else ""
        return (text or source).format(**params) if params else (text or source)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _local(text: str) -> str:
    return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")


def build_html(summary: dict[str, Any], language: str) -> str:
    """The report as a self-contained HTML page (also the source of the PDF)."""
    t = ReportText(language)
    c, s, targets = summary["calls"], summary["shift"], summary["targets"]
    e = html.escape

    def verdict(value: float | None, target: float | None) -> str:
        if value is None or target is None:
            return ""
        ok = value >= target
        colour = "#2e7d32" if ok else "#c62828"
        return f' <span style="color:{colour}">({e(t("met") if ok else t("missed"))})</span>'

    def _secs(seconds: float | None) -> str:
        return "—" if seconds is None else t("seconds", n=f"{seconds:.1f}")

    def row(label: str, value: str, target: str = "", mark: str = "") -> str:
        return f"<tr><td>{e(label)}</td><td>{e(value)}{mark}</td><td>{e(target)}</td></tr>"

    def rate_row(label: str, count: str, pct: str, target: str, base: str = "handled") -> str:
        """A rate with what it is made of: `77 / 90 (85.6%)`, against a target share."""
        return row(
            label,
            f"{c[count]} / {c[base]} ({_pct(c[pct])})",
            _pct(targets[target]),
            verdict(c[pct], targets[target]),
        )

    online_target_s = float(targets["online_hours"]) * 3600
    rows = [
        row(
            t("online"),
            _duration(s["online_seconds"]),
            _duration(online_target_s),
            verdict(s["online_seconds"], online_target_s),
        ),
        row(t("break"), _duration(s["break_seconds"])),
    ]
    for reason, key in (
        ("meal", "meal"),
        ("rest", "rest"),
        ("training", "training"),
        ("meeting", "meeting"),
        ("other", "other_break"),
    ):
        rows.append(row(t(key), _duration(s["break_by_reason"][reason])))
    rule = summary["rule"]
    within_label = t("within", rings=rule["rings"], seconds=f"{rule['answer_limit_seconds']:g}")
    call_rows = [
        row(t("offered"), str(c["offered"])),
        row(t("answered"), str(c["answered"])),
        row(t("outbound"), str(c["outbound"])),
        row(t("ab_within"), str(c["abandoned_within_rule"])),
        row(t("ab_after"), str(c["abandoned_after_rule"])),
        rate_row(
            within_label,
            "answered_within_rule",
            "within_rule_pct",
            "within_rule_rate",
            base="within_rule_base",
        ),
        row(t("delay_avg"), _secs(c["answer_delay_avg_seconds"])),
        row(t("delay_max"), _secs(c["answer_delay_max_seconds"])),
        row(t("handle_avg"), _secs(c["handle_avg_seconds"])),
        rate_row(t("resolution"), "resolved_on_call", "resolution_pct", "resolution_rate"),
        row(
            t("satisfaction", count=c["satisfaction_count"]),
            "—" if c["satisfaction_avg"] is None else f"{c['satisfaction_avg']:.2f}",
            f"{targets['satisfaction']:g}",
            verdict(c["satisfaction_avg"], targets["satisfaction"]),
        ),
        rate_row(t("greeting"), "greeting_given", "greeting_pct", "greeting_rate"),
        rate_row(t("signoff"), "signoff_given", "signoff_pct", "signoff_rate"),
    ]
    categories = "".join(
        f"<tr><td>{e(t(k))}</td><td>{v}</td></tr>" for k, v in c["by_category"].items()
    )
    case_rows = "".join(
        f"<tr><td>{e(t(kind))}</td><td>{v['opened']}</td><td>{v['replied']}</td>"
        f"<td>{v['replied_on_time']}</td><td>{v['closed']}</td><td>{v['overdue']}</td></tr>"
        for kind, v in summary["cases"]["by_kind"].items()
    )
    cb = summary["callbacks"]
    callback_rows = "".join(
        f"<tr><td>{e(t(k))}</td><td>{cb[f]}</td></tr>"
        for k, f in (
            ("cb_due", "due"),
            ("cb_on_time", "done_on_time"),
            ("cb_late", "done_late"),
            ("cb_overdue", "overdue"),
        )
    )
    # Version 3 summaries carry the agent's contributions of the month (an older one has none).
    kb = summary.get("knowledge")
    knowledge = ""
    if kb is not None:
        knowledge_row = row(
            t("kb_published", month=kb["month"]),
            str(kb["published"]),
            str(kb["monthly_target"]),
            verdict(kb["published"], kb["monthly_target"]),
        )
    agent, branch = summary["agent"], summary["branch"]
    head3 = f"<tr><th>{e(t('figure'))}</th><th>{e(t('value'))}</th><th>{e(t('target'))}</th></tr>"
    lang_attr = "zh-CN" if language == "zh_CN" else "en"
    colon = "：" if language == "zh_CN" else ": "
    families = css_font_family()
    if kb is not None:
        knowledge = f"<h2>{e(t('knowledge'))}</h2>\n<table>{head3}{knowledge_row}</table>\n"
    return f"""<!DOCTYPE html>
<html lang="{lang_attr}"><head><meta charset="utf-8"><title>{e(t("title"))}</title>
<style>
body {{ font-family: {families}; font-size: 10pt; }}
h1 {{ font-size: 16pt; }} h2 {{ font-size: 12pt; margin-top: 12px; }}
table {{ border-collapse: collapse; margin-bottom: 6px; }}
th, td {{ border: 1px solid #999999; padding: 3px 8px; text-align: left; }}
th {{ background-color: #eeeeee; }}
</style></head><body>
<h1>{e(t("title"))}</h1>
<p>{e(t("agent"))}{colon}{e(agent["agent_no"])} {e(agent["name"])}<br>
{e(t("branch"))}{colon}{e(branch["code"])} {e(branch["name"])}<br>
{e(t("shift"))}{colon}{e(_local(s["started_at"]))} – {e(_local(s["ended_at"]))}<br>
{e(t("generated"))}{colon}{e(_local(summary["generated_at"]))}</p>
<h2>{e(t("time"))}</h2>
<table>{head3}{"".join(rows)}</table>
<h2>{e(t("calls"))}</h2>
<table>{head3}{"".join(call_rows)}</table>
<h2>{e(t("by_category"))}</h2>
<table>{categories}</table>
<h2>{e(t("cases"))}</h2>
<table><tr><th>{e(t("kind"))}</th><th>{e(t("opened"))}</th>
<th>{e(t("replied"))}</th><th>{e(t("on_time"))}</th><th>{e(t("closed"))}</th>
<th>{e(t("overdue"))}</th></tr>{case_rows}</table>
<h2>{e(t("callbacks"))}</h2>
<table>{callback_rows}</table>
{knowledge}</body></html>
"""


class QtSummaryRenderer:
    """`SummaryRenderer` for the services: needs a QGuiApplication (offscreen is fine)."""

    def language_for(self, language: str) -> str:
        """The language the report can really be written in: English (and said so in the log)
        when `language`'s compiled translation is missing, so the summary, report.html and the
        PDF are labelled as what they are, never English marked zh-CN."""
        from agent_desk.ui.i18n import missing_translations

        missing = missing_translations(language, ("shifts",))
        if missing:
            log.warning(
                "the %s translation of the shift report is not installed (%s missing; run "
                "'make i18n'): the summary and its report are written in English and marked en",
                language,
                ", ".join(missing),
            )
            return "en"
        return language

    def render(self, summary: dict[str, Any], language: str) -> tuple[bytes, bytes]:
        if QGuiApplication.instance() is None:
            raise RuntimeError("QtSummaryRenderer needs a QGuiApplication")
        page = build_html(summary, language)
        pdf = html_to_pdf(
            page,
            title=f"{summary['agent']['agent_no']} {summary['shift']['started_at']}",
            orientation=QPageLayout.Orientation.Portrait,
            margin_mm=15,
        )
        return page.encode("utf-8"), pdf


def ensure_gui_application() -> QGuiApplication:
    """For headless use (CLI, benchmarks): an offscreen QGuiApplication if none exists."""
    import os

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["agent-desk"])
    return app  # type: ignore[return-value]
