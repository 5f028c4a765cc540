"""The words of the supervisor reports, translatable: figure names, grades, skip reasons.

Shared by the Reports window and by `agent-desk report` (which installs the translators into a
QCoreApplication first), so an export says the same thing whichever made it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from agent_desk.reports.export import ExportLabels

CONTEXT = "Reports"

FIGURE_NAMES: dict[str, str] = {
    "shifts": QT_TRANSLATE_NOOP("Reports", "Shifts"),
    "offered": QT_TRANSLATE_NOOP("Reports", "Offered"),
    "answered": QT_TRANSLATE_NOOP("Reports", "Answered"),
    "missed": QT_TRANSLATE_NOOP("Reports", "Missed"),
    "within_rule_pct": QT_TRANSLATE_NOOP("Reports", "Within 3 rings %"),
    "answer_delay_avg": QT_TRANSLATE_NOOP("Reports", "Avg answer delay (s)"),
    "handle_avg": QT_TRANSLATE_NOOP("Reports", "Avg handle time (s)"),
    "resolution_pct": QT_TRANSLATE_NOOP("Reports", "Resolved %"),
    "satisfaction_avg": QT_TRANSLATE_NOOP("Reports", "Satisfaction"),
    "greeting_pct": QT_TRANSLATE_NOOP("Reports", "Greeting %"),
    "signoff_pct": QT_TRANSLATE_NOOP("Reports", "Sign-off %"),
    "online_hours": QT_TRANSLATE_NOOP("Reports", "Online (h)"),
    "online_hours_per_shift": QT_TRANSLATE_NOOP("Reports", "Online per shift (h)"),
    "break_hours": QT_TRANSLATE_NOOP("Reports", "Break (h)"),
    "cases_opened": QT_TRANSLATE_NOOP("Reports", "Cases opened"),
    "cases_closed": QT_TRANSLATE_NOOP("Reports", "Cases closed"),
    "cases_overdue": QT_TRANSLATE_NOOP("Reports", "Cases overdue"),
    "callbacks_on_time": QT_TRANSLATE_NOOP("Reports", "Callbacks on time"),
    "callbacks_overdue": QT_TRANSLATE_NOOP("Reports", "Callbacks overdue"),
    "replied_on_time_pct": QT_TRANSLATE_NOOP("Reports", "Replied on time %"),
}

# the two counts beside a rate in the CSV and XLSX (export.ENGLISH_PARTS)
PART_NAMES: dict[str, tuple[str, str]] = {
    "within_rule_pct": (
        QT_TRANSLATE_NOOP("Reports", "Answered within 3 rings"),
        QT_TRANSLATE_NOOP("Reports", "Answered + abandoned after the rule"),
    ),
}

GROUP_NAMES: dict[str, str] = {
    "agent": QT_TRANSLATE_NOOP("Reports", "Agent"),
    "branch": QT_TRANSLATE_NOOP("Reports", "Branch"),
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "shift": QT_TRANSLATE_NOOP("Reports", "Shift"),
}

COMPONENT_NAMES: dict[str, str] = {
    "answer_speed": QT_TRANSLATE_NOOP("Reports", "Answer speed"),
    "online_time": QT_TRANSLATE_NOOP("Reports", "Online time"),
    "volume": QT_TRANSLATE_NOOP("Reports", "Volume"),
    "satisfaction": QT_TRANSLATE_NOOP("Reports", "Satisfaction"),
    "resolution": QT_TRANSLATE_NOOP("Reports", "Resolution"),
    "script_compliance": QT_TRANSLATE_NOOP("Reports", "Script compliance"),
    "follow_up_timeliness": QT_TRANSLATE_NOOP("Reports", "Follow-up timeliness"),
    "service_norm": QT_TRANSLATE_NOOP("Reports", "Service norm"),
    "knowledge": QT_TRANSLATE_NOOP("Reports", "Knowledge"),
}

GRADE_NAMES: dict[str, str] = {
    "excellent": QT_TRANSLATE_NOOP("Reports", "Excellent"),
    "good": QT_TRANSLATE_NOOP("Reports", "Good"),
    "pass": QT_TRANSLATE_NOOP("Reports", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Reports", "Fail"),
}

SKIP_REASONS: dict[str, str] = {
    "removed": QT_TRANSLATE_NOOP("Reports", "removed while loading"),
    "unreadable": QT_TRANSLATE_NOOP("Reports", "cannot be read"),
    "too_large": QT_TRANSLATE_NOOP("Reports", "too large to be a summary"),
    "binary": QT_TRANSLATE_NOOP("Reports", "not a text file"),
    "truncated": QT_TRANSLATE_NOOP("Reports", "truncated (incomplete copy)"),
    "corrupt": QT_TRANSLATE_NOOP("Reports", "damaged, not valid JSON"),
    "foreign": QT_TRANSLATE_NOOP("Reports", "not an AgentDesk shift summary"),
    "version": QT_TRANSLATE_NOOP("Reports", "summary version not supported"),
    "schema": QT_TRANSLATE_NOOP("Reports", "does not match the summary format"),
    "inconsistent": QT_TRANSLATE_NOOP("Reports", "figures contradict each other"),
    "not_finite": QT_TRANSLATE_NOOP("Reports", "a number that is not finite (Infinity, NaN)"),
    "older_revision": QT_TRANSLATE_NOOP("Reports", "an older revision of a shift read elsewhere"),
    "conflicting_copy": QT_TRANSLATE_NOOP(
        "Reports", "a different copy of a shift, generated at the same moment"
    ),
    "link": QT_TRANSLATE_NOOP("Reports", "a link on the share: not followed"),
    "loop": QT_TRANSLATE_NOOP("Reports", "a folder already read (a link loop)"),
    "too_deep": QT_TRANSLATE_NOOP("Reports", "folders nested too deep"),
    "name_not_utf8": QT_TRANSLATE_NOOP("Reports", "the name is not UTF-8 text"),
}

ERRORS: dict[str, str] = {
    "report.folder_missing": QT_TRANSLATE_NOOP("Reports", "The folder {path} cannot be opened."),
    "report.cancelled": QT_TRANSLATE_NOOP("Reports", "The report was cancelled."),
    "share.auth": QT_TRANSLATE_NOOP(
        "Reports",
        "The share {location} refused the user name or password. It is not tried again until "
        "the share settings or the password change, so the share's account is not locked out.",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def figure_name(figure: str) -> str:
    return tr(FIGURE_NAMES[figure]) if figure in FIGURE_NAMES else figure


def skip_reason(reason: str) -> str:
    return tr(SKIP_REASONS[reason]) if reason in SKIP_REASONS else reason


def export_labels() -> ExportLabels:
    """The export words in the language of the installed translators."""
    return ExportLabels(
        title=tr(QT_TRANSLATE_NOOP("Reports", "AgentDesk service report")),
        period=tr(QT_TRANSLATE_NOOP("Reports", "Period")),
        generated=tr(QT_TRANSLATE_NOOP("Reports", "Generated")),
        total=tr(QT_TRANSLATE_NOOP("Reports", "Total")),
        groups={k: tr(v) for k, v in GROUP_NAMES.items()},
        figures={k: tr(v) for k, v in FIGURE_NAMES.items()},
        parts={k: (tr(top), tr(bottom)) for k, (top, bottom) in PART_NAMES.items()},
        grades_title=tr(QT_TRANSLATE_NOOP("Reports", "Monthly grade")),
        month=tr(QT_TRANSLATE_NOOP("Reports", "Month")),
        language="zh-CN" if QLocale().name().startswith("zh") else "en",
        agent=tr(QT_TRANSLATE_NOOP("Reports", "Agent")),
        shifts=tr(QT_TRANSLATE_NOOP("Reports", "Shifts")),
        score=tr(QT_TRANSLATE_NOOP("Reports", "Score")),
        grade=tr(QT_TRANSLATE_NOOP("Reports", "Grade")),
        components={k: tr(v) for k, v in COMPONENT_NAMES.items()},
        grade_names={k: tr(v) for k, v in GRADE_NAMES.items()},
        quality_title=tr(QT_TRANSLATE_NOOP("Reports", "Quality review")),
        reviews_done=tr(QT_TRANSLATE_NOOP("Reports", "Reviews done")),
        reviews_required=tr(QT_TRANSLATE_NOOP("Reports", "Reviews required")),
        average_score=tr(QT_TRANSLATE_NOOP("Reports", "Average score (1–10)")),
    )
