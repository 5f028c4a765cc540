"""`agent-desk demo`: fill a profile with deterministic demo data for training and benchmarks."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from agent_desk.access import Permission
from agent_desk.commands.registry import command


def register(sub: argparse._SubParsersAction) -> None:
    demo = command(
        sub,
        "demo",
        # It makes accounts with a printed password: only on a new profile (no account yet,
        # so no --as) or by an administrator.
        needs=Permission.MANAGE_ACCOUNTS,
        func=demo_cmd,
        help="fill an empty profile with demo customers, agents, shifts, calls, cases, callbacks",
    )
    demo.add_argument("--customers", type=int, default=1000, metavar="N")
    demo.add_argument("--calls", type=int, default=5000, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--until",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="last day of demo shifts (default: yesterday); the same seed and day give the "
        "same data",
    )
    demo.add_argument(
        "--close-days",
        type=int,
        default=None,
        metavar="D",
        help="close the shifts of the last D working days through the shift service, so "
        "their summaries are queued for the share (default: every shift when there are at "
        "most 300, else the last day's; 0 = none)",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress lines")


def demo_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.demo import fill_profile

    until = args.until  # None: yesterday in the branch's time zone (fill_profile)
    services = open_services(args)  # migrates and sets up logging
    profile = services.profile
    services.close()

    def make_renderer() -> object | None:
        """The Qt report renderer, for the shift summaries (an offscreen QGuiApplication)."""
        try:
            from agent_desk.ui.summary_render import QtSummaryRenderer, ensure_gui_application
        except ImportError:  # pragma: no cover - the renderer ships with the app
            return None
        from agent_desk.ui.i18n import missing_translations

        ensure_gui_application()
        if missing := missing_translations("zh_CN", ("shifts",)):
            print(
                f"agent-desk: {', '.join(missing)} is not installed (run 'make i18n'): the "
                "shift reports are written in English and marked so",
                file=sys.stderr,
            )
        return QtSummaryRenderer()

    started = time.perf_counter()

    def progress(message: str) -> None:
        if not args.quiet:
            print(
                f"  {time.perf_counter() - started:6.1f} s  {message}", file=sys.stderr, flush=True
            )

    result = fill_profile(
        profile,
        args.customers,
        args.calls,
        args.seed,
        until,
        progress,
        make_renderer,
        args.close_days,
    )
    print(
        f"demo data in {profile.db_path}: {result.customers:,} customers ({result.phones:,} "
        f"numbers), {result.agents} agents, {result.shifts:,} shifts, {result.calls:,} calls, "
        f"{result.cases:,} cases ({result.case_events:,} events), {result.callbacks:,} "
        f"callbacks in {result.seconds:.1f} s"
    )
    if result.shift_note:
        print(result.shift_note)
    print(
        f"log in as agent {result.demo_agent_no} (or 1002…, or supervisor 8001); every demo "
        f"account, 8001 included, has the one password {result.demo_password}"
    )
    return 0
