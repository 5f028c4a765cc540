"""Branch IT closes a shift left open and pushes the outbox from the command line."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.shifts.summary import validate_summary
from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, run_as_admin, run_cli

pytestmark = pytest.mark.integration


def test_a_shift_left_open_is_closed_headlessly_and_synced_with_exit_codes(tmp_path):
    root = tmp_path / "profile"
    services = Services.open(Profile.at(root).ensure())
    try:
        services.accounts.create(ADMIN_NO, "管理员", "admin", ADMIN_PASSWORD)
        agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
        services.shifts.start(agent)
    finally:
        services.close()
    as_agent = {"profile": root, "stdin": "secret-pw\n"}

    preview = run_cli("shift", "summary", "--last", "--format", "json", "--as", "1001", **as_agent)
    assert preview.returncode == 0, preview.stderr
    validate_summary(json.loads(preview.stdout))

    closed = run_cli("shift", "close", "--last", "--as", "1001", **as_agent)
    assert closed.returncode == 0, closed.stderr
    assert "summary.json" in closed.stdout and "report.pdf" in closed.stdout

    again = run_cli("shift", "close", "--last", "--as", "1001", **as_agent)
    assert again.returncode == 2
    assert again.stderr.strip() == "agent-desk: there is no open shift to close"

    frozen = run_cli("shift", "summary", "--last", "--format", "json", "--as", "1001", **as_agent)
    summary = json.loads(frozen.stdout)
    validate_summary(summary)
    assert summary["agent"] == {"agent_no": "1001", "name": "王小明"}
    text = run_cli("shift", "summary", "--last", "--format", "text", "--as", "1001", **as_agent)
    assert re.search(r"online \d+\.\d\d h, break \d+\.\d\d h", text.stdout), text.stdout

    waiting = run_cli("sync", profile=root)
    assert waiting.returncode == 1
    assert "No share is configured" in waiting.stderr

    share = tmp_path / "share"
    share.mkdir()
    assert run_as_admin("config", "set", "share.location", str(share), profile=root).returncode == 0
    sent = run_cli("sync", profile=root)
    assert sent.returncode == 0, sent.stderr
    published = share / "BR001"
    summary_file = next(published.rglob("summary.json"))
    assert json.loads(summary_file.read_text(encoding="utf-8")) == summary
    line = next(x for x in closed.stdout.splitlines() if "summary.json" in x)
    assert hashlib.sha256(summary_file.read_bytes()).hexdigest() in line


def test_failed_items_are_listed_by_sync_list_and_sent_by_the_next_sync(tmp_path):
    """Review 13 #1: a stray file where a day folder should be failed the shift's files for
    good; nothing listed them. Now `sync --list` names each with its reason, and `sync` sends
    them once the file is moved away."""
    import os

    root = tmp_path / "profile"
    share = tmp_path / "share"
    (share / "BR001").mkdir(parents=True)
    services = Services.open(Profile.at(root).ensure())
    try:
        services.accounts.create(ADMIN_NO, "管理员", "admin", ADMIN_PASSWORD)
        agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
        shift = services.shifts.start(agent)
        day = services.shifts.summary(shift.id, "en")["shift"]["started_at"][:10]
    finally:
        services.close()
    as_agent = {"profile": root, "stdin": "secret-pw\n"}
    assert run_cli("shift", "close", "--last", "--as", "1001", **as_agent).returncode == 0
    assert run_as_admin("config", "set", "share.location", str(share), profile=root).returncode == 0
    (share / "BR001" / day).write_text("a stray file, not a folder")

    first = run_cli("sync", profile=root)
    assert first.returncode == 1
    assert "sync --list" in first.stderr
    listed = run_cli("sync", "--list", profile=root)
    assert listed.returncode == 1
    failed = [line for line in listed.stdout.splitlines() if line.startswith("failed\t")]
    assert len(failed) == 4 and all(f"BR001/{day}/" in line for line in failed)
    assert all("a link or a file stands where a folder" in line for line in failed)
    assert "4 failed" in listed.stderr

    os.remove(share / "BR001" / day)  # branch IT moves the stray file away
    second = run_cli("sync", profile=root)
    assert second.returncode == 0, second.stderr
    assert len(list((share / "BR001" / day).rglob("summary.json"))) == 1
    cleared = run_cli("sync", "--list", profile=root)
    assert (cleared.returncode, cleared.stdout.strip()) == (0, "every queued item is on the share")
