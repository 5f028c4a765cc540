"""One line describing the machine a benchmark ran on."""

from __future__ import annotations

import os
import platform


def describe() -> str:
    try:
        from PySide6 import __version__ as qt
    except ImportError:  # pragma: no cover
        qt = "?"
    return (
        f"{platform.node()} {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {qt}"
    )
