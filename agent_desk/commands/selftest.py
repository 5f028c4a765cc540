"""`agent-desk selftest`: open and migrate the store, build the main window offscreen, exit 0.

Branch IT runs it after unpacking a build; the start-up benchmark times it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from agent_desk.commands.registry import NoAccount, command


def register(sub: argparse._SubParsersAction) -> None:
    st = command(
        sub,
        "selftest",
        needs=NoAccount("opens the store and the window with nobody logged in; shows no records"),
        func=run,
        help="headless check that the app can start",
    )
    st.add_argument("--screenshot", type=Path, metavar="FILE", help="save the window as PNG")


def run(args: argparse.Namespace) -> int:
    from agent_desk.ui.app import run_selftest

    return run_selftest(args)
