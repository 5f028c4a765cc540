"""A crash leaves a trace for branch IT in the profile's log folder."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration


def test_a_hard_crash_writes_a_faulthandler_trace(tmp_path):
    code = (
        "import ctypes, sys\n"
        "from pathlib import Path\n"
        "from agent_desk.logs import setup_logging\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "ctypes.string_at(0)\n"  # a segmentation fault, as a broken native library would cause
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, timeout=60
    )
    assert result.returncode != 0
    trace = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in trace
    assert "Segmentation fault" in trace
