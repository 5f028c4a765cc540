"""`agent-desk selftest`: open and migrate the store, build the main window offscreen, exit 0.

Branch IT runs it after unpacking a build; the start-up benchmark times it.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("selftest", help="headless check that the app can start")
    st.add_argument("--screenshot", type=Path, metavar="FILE", help="save the window as PNG")
    st.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agent_desk.ui.app import run_selftest

    return run_selftest(args)
