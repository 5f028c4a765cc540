"""A report exported to a disk that fills up: the error, nothing else, and last month's file kept.

openpyxl wrote the workbook's zip straight to the file; when the disk filled, the export raised
the disk-full error (which the window and the command line put in words) and then the zip
file's finaliser printed a traceback of its own on the way out. Run in a child process, so what
it prints is what the user would see. Mounting needs root; otherwise this is skipped.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.integration.test_share_disks import SKIP, fill, tmpfs

pytestmark = [pytest.mark.integration, pytest.mark.skipif(SKIP is not None, reason=SKIP or "")]

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import errno, sys
    from pathlib import Path
    from tests.unit.test_report_export import _data
    from agent_desk.reports.export import export
    try:
        export(_data("张三"), Path(sys.argv[1]), sys.argv[2])
    except OSError as exc:
        print("disk full" if exc.errno == errno.ENOSPC else f"other: {exc}")
    else:
        print("written")
    """
)


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json", "html"])
def test_an_export_to_a_full_disk_says_so_once_and_keeps_the_previous_file(tmp_path, fmt):
    with tmpfs(tmp_path / "usb", "1m") as usb:
        out = usb / f"report.{fmt}"
        out.write_text("last month's report", encoding="utf-8")
        fill(usb)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(out), fmt],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.stdout.strip() == "disk full", done.stdout + done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        assert "Exception ignored" not in done.stderr, done.stderr
        assert out.read_text(encoding="utf-8") == "last month's report"
        assert sorted(p.name for p in usb.iterdir()) == ["filler.bin", "report." + fmt]
