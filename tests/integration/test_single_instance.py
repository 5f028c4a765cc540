"""One window per profile: a second launch brings the first forward and exits."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.integration.app_process import AppProcess

pytestmark = pytest.mark.integration


@pytest.fixture
def profile_with_admin(profile_dir):
    run_cli(
        "user",
        "add",
        "--agent-no",
        "8001",
        "--name",
        "陈主管",
        "--role",
        "admin",
        "--password-stdin",
        profile=profile_dir,
        stdin="admin-pw-1\n",
    )
    return profile_dir


def test_a_second_launch_activates_the_first_and_exits(profile_with_admin):
    first = AppProcess(profile_with_admin)
    try:
        first.wait_for_log("starting")
        second = run_cli(
            "--lang",
            "en",
            profile=profile_with_admin,
            timeout=30,
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        assert second.returncode == 0
        assert "already running" in second.stderr
        first.wait_for_log("asked this window to come forward")
        assert first.proc.poll() is None
    finally:
        first.stop()


def test_after_a_crash_the_next_launch_takes_over(profile_with_admin):
    first = AppProcess(profile_with_admin)
    first.wait_for_log("starting")
    first.kill()  # kill -9 leaves the lock file and the socket behind
    second = AppProcess(profile_with_admin)
    try:
        second.wait_for_log("starting")
    finally:
        second.stop()
