"""A supervisor can search and copy the numbers and names in the PDFs AgentDesk writes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageLayout

from agent_desk.ui.report_pdf import html_to_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def test_branch_codes_agent_numbers_and_chinese_survive_into_the_pdf_text(qapp, tmp_path):
    pdf = html_to_pdf(
        "<h1>班次报告</h1><p>分行 BJ07 工号 A1001 张三 2026-11-27 接通 42 通</p>",
        title="t",
        orientation=QPageLayout.Orientation.Portrait,
        margin_mm=15,
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    for word in ("BJ07", "A1001", "张三", "2026-11-27", "42"):
        assert word in text, (word, text)
