"""Shared fixtures: a fresh profile per test, an injected clock, services built on real SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")

from agent_desk.clock import FakeClock
from agent_desk.paths import Profile
from agent_desk.services import Services

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    return Profile.at(profile_dir).ensure()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))


@pytest.fixture
def services(profile: Profile, clock: FakeClock) -> Iterator[Services]:
    opened = Services.open(profile, clock)
    yield opened
    opened.close()


def run_cli(
    *args: str,
    profile: Path | None = None,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run the real `agent-desk` in a child process, as branch IT or a softphone would."""
    argv = [sys.executable, "-m", "agent_desk"]
    if profile is not None:
        argv += ["--profile", str(profile)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        argv + list(args),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=REPO,
    )
