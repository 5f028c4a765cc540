"""`agent-desk report`: the supervisor report without a screen, for branch IT and supervisors.

Permission: reports are for supervisors and administrators, headless too. Having read access
to the share is not enough (every agent's desk can write to it), so the command logs in like the
window does: `--as AGENT_NO` names a supervisor or admin account of this profile and its
password is read from standard input (or asked for on a terminal), as for every command that
needs an account (`agent_desk/commands/registry.py`). Wrong passwords count towards the
account's lockout and the run is written to the audit log.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.access import Permission
from agent_desk.commands.registry import command, day_arg
from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.reports.rows import Skipped

EXIT_NOTHING_READ = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = command(
        sub,
        "report",
        needs=Permission.READ_REPORTS,
        func=report_cmd,
        precheck=_check_arguments,
        help="supervisor report over the shift summaries on the share",
        description="Aggregate the shift summaries of a share or folder into a report. "
        "Needs a supervisor or admin account: --as AGENT_NO, password on standard input.",
    )
    p.add_argument(
        "--share",
        required=True,
        help="folder, UNC path or smb://host/share/path (user share.username, keyring password)",
    )
    p.add_argument("--from", dest="date_from", required=True, type=day_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, type=day_arg, metavar="YYYY-MM-DD")
    p.add_argument("--by", choices=("agent", "branch", "day", "shift"), default="agent")
    p.add_argument(
        "--format", choices=("csv", "xlsx", "pdf", "json", "html"), help="default: from --out"
    )
    p.add_argument("--out", required=True, type=Path, help="file to write")
    p.add_argument("--branch", action="append", default=[], help="only this branch (repeatable)")
    p.add_argument("--agent", action="append", default=[], help="only this agent (repeatable)")


def _format(args: argparse.Namespace) -> str:
    return args.format or args.out.suffix.lower().lstrip(".")


def _check_arguments(args: argparse.Namespace) -> int:
    """Said before the password is asked and the share is read, not after minutes of work."""
    from agent_desk.reports.export import FORMATS

    if _format(args) not in FORMATS:
        raise AgentDeskError(
            f"choose --format ({', '.join(FORMATS)}) or an --out file ending in one of them"
        )
    if args.date_to < args.date_from:
        raise AgentDeskError("--to is before --from")
    folder = args.out.parent if str(args.out.parent) else Path(".")
    if args.out.is_dir() or not folder.is_dir():
        raise AgentDeskError(f"--out {args.out}: not a file in an existing folder")
    return 0


def report_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.reports import (
        ReportQuery,
        aggregate,
        aggregate_agent_months,
        grade_period,
        months_between,
        name_clashes,
        report_table,
    )
    from agent_desk.reports.export import ExportData, export
    from agent_desk.ui.i18n import choose_language, require_translations

    fmt = _format(args)
    # before anything is read: a file in English marked as Chinese is worse than none
    require_translations(choose_language(args.lang, None), ("reports",))
    services = open_services(args)
    try:
        actor = args.actor
        query = ReportQuery(
            args.share, args.date_from, args.date_to, frozenset(args.branch), frozenset(args.agent)
        )
        result = services.reports.load(actor, query)
        targets = services.reports.targets()
        policy = services.reports.policy
        now = services.clock.now()
    finally:
        services.close()
    for s in result.skipped:
        print(skip_line(s), file=sys.stderr)
    print(
        f"read {_count(result.used, 'summary', 'summaries')} "
        f"({_count(result.read, 'file')} read, the rest from the index), "
        f"skipped {len(result.skipped)}, identical copies ignored {result.copies}"
    )
    if not result.rows:
        if args.branch or args.agent:
            asked = " ".join(
                [f"--branch {b}" for b in args.branch] + [f"--agent {a}" for a in args.agent]
            )
            seen = (
                f" ({result.in_period} other shifts read, of branches "
                f"{', '.join(result.branches_seen)})"
                if result.in_period
                else ""
            )
            print(f"agent-desk: no shift of the period matches {asked}{seen}", file=sys.stderr)
        else:
            print("agent-desk: no summaries could be read for this report", file=sys.stderr)
        return EXIT_NOTHING_READ
    months = months_between(args.date_from, args.date_to)
    agent_months = None
    if args.by == "agent":  # the table's agents and the grade's months in one pass
        groups, agent_months = aggregate_agent_months(result.rows, result.month_sums)
    else:
        groups = aggregate(result.rows, args.by)
    # the figures stay one agent's (an agent is a branch and a number): say it
    for key, names in name_clashes(
        groups if args.by == "agent" else aggregate(result.rows, "agent")
    ):
        print(
            f"agent-desk: {key} carries {len(names)} names in this period: {', '.join(names)} "
            "— agent numbers must be unique in a branch",
            file=sys.stderr,
        )
    data = ExportData(
        table=report_table(groups, args.by, targets, result.rows),
        period=f"{args.date_from} – {args.date_to}",
        generated_at=now,
        zone=policy.zone,
        grades=grade_period(
            result.rows,
            args.date_from,
            args.date_to,
            policy,
            result.review_averages,
            agent_months,
        ),
        grade_month=", ".join(f"{m:%Y-%m}" for m in months),
        skipped=result.skipped,
        quality=result.quality,
    )
    labels, render, family = _qt_words(args.lang, need_pdf=fmt in ("pdf", "html"))
    try:
        export(data, args.out, fmt, labels, render, font_family=family)
    except OSError as exc:  # no permission, disk full: one line, not a traceback
        raise AgentDeskError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    print(f"wrote {args.out}")
    return 0


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def skip_line(s: Skipped) -> str:
    """`skipped PATH: an older revision of a shift read elsewhere (older revision of …)`: the
    window's words for the reason (in English, as the CLI speaks), then the detail."""
    from agent_desk.ui.report_text import SKIP_REASONS

    words = SKIP_REASONS.get(s.reason, s.reason)
    return f"skipped {s.path}: {words}" + (f" ({s.detail})" if s.detail else "")


def _qt_words(lang: str | None, need_pdf: bool):
    """Translated export words (and the PDF renderer) from Qt, without a screen."""
    if need_pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication as App
    else:
        from PySide6.QtCore import QCoreApplication as App

    from agent_desk.ui.i18n import choose_language, install_translators
    from agent_desk.ui.report_text import export_labels

    app = App.instance() or App([sys.argv[0]])
    install_translators(app, choose_language(lang, None))
    render, family = None, "sans-serif"
    if need_pdf:
        from agent_desk.ui.report_pdf import css_font_family
        from agent_desk.ui.report_pdf import render_pdf as render

        family = css_font_family()
    return export_labels(), render, family
