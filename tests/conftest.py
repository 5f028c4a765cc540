"""Shared fixtures: a fresh profile per test, an injected clock, services built on real SQLite."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")

from hypothesis import settings

from agent_desk.clock import FakeClock
from agent_desk.paths import Profile
from agent_desk.services import Services

REPO = Path(__file__).resolve().parent.parent

# The app's local sockets (agent_desk.local_socket) go to the user's runtime folder. The test
# run gets a private one (short: a socket's path is limited), inherited by every app and CLI
# process it starts, and removed at the end, so an app killed with -9 leaves nothing behind.
_RUNTIME = tempfile.mkdtemp(prefix="adrun-", dir="/tmp") if os.name == "posix" else None
if _RUNTIME is not None:
    os.environ["XDG_RUNTIME_DIR"] = _RUNTIME
    atexit.register(shutil.rmtree, _RUNTIME, True)

# Property tests check results, never speed: Hypothesis' default 200 ms deadline per example
# fails at random on a loaded desk PC or a shared runner. (Under CI, Hypothesis' own "ci"
# profile already has no deadline and a fixed seed.)
settings.register_profile("agent-desk", deadline=None)
if not os.environ.get("CI"):
    settings.load_profile("agent-desk")


@pytest.fixture(autouse=True)
def private_keyring(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test (and the CLI or app processes it starts) gets its own test keyring file.

    The file keyring's default path is one file in the system temp folder, shared by every
    test and every checkout running at once: a password saved by one test (or one CI job)
    would be read, or deleted, by another.
    """
    folder = tmp_path_factory.mktemp("keyring")
    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_branch_file(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The PC's branch file (/etc/agentdesk/config.toml) of whatever machine runs the tests
    never reaches a test or the processes it starts: each gets a path where no file is yet.
    A test that needs one writes it there."""
    path = tmp_path_factory.mktemp("etc-agentdesk") / "config.toml"
    monkeypatch.setenv("AGENT_DESK_SYSTEM_CONFIG", str(path))
    return path


# Skips that are expected in a normal CI run: the packaged-build checks run against the bundle
# in .ci/run's own step (with AGENT_DESK_BUNDLE_REQUIRED=1), after `make test`; Windows-only
# behaviour. Any other skip in CI (no smbd, no root for tmpfs, no poppler, a part "not
# installed") means a check silently did not run, so under CI it fails instead.
CI_ALLOWED_SKIPS = ("make dist", "Windows")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report = outcome.get_result()
    if not (os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail")):
        return
    reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
    if any(allowed in reason for allowed in CI_ALLOWED_SKIPS):
        return
    report.outcome = "failed"
    report.longrepr = f"skipped under CI, so this check never ran: {reason}"


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


# The administrator branch IT makes first on every test desk (a profile with an account needs
# `--as AGENT_NO` and that account's password on standard input for most commands).
ADMIN_NO, ADMIN_PASSWORD = "0001", "admin-pw-1"


def set_up_admin(profile: Path) -> None:
    """Branch IT's first step on a new desk: the administrator (no --as while none exists)."""
    from agent_desk.first_start import needs_setup
    from tests import dbaccess

    db = profile / "data" / "agent_desk.db"
    if not needs_setup(db, lambda: dbaccess.key_of(db)):
        return
    made = run_cli(
        *("user", "add", "--agent-no", ADMIN_NO, "--name", "管理员", "--role", "admin"),
        "--password-stdin",
        profile=profile,
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert made.returncode == 0, made.stderr


def run_as_admin(
    *args: str, profile: Path, stdin: str = "", **kwargs
) -> subprocess.CompletedProcess[str]:
    """`agent-desk … --as 0001` with the administrator's password as the first line of stdin
    (and `stdin` after it, e.g. a new account's password)."""
    set_up_admin(profile)
    return run_cli(
        *args, "--as", ADMIN_NO, profile=profile, stdin=f"{ADMIN_PASSWORD}\n{stdin}", **kwargs
    )


def add_account(
    profile: Path, agent_no: str, password: str, role: str = "agent", name: str = "x"
) -> None:
    """An account as branch IT makes it (`user add --as 0001`, with a first password), and
    its owner's first login choosing `password` (an account an administrator made must
    change the password the administrator knows before anything else)."""
    first = f"first-{password}"
    added = run_as_admin(
        *("user", "add", "--agent-no", agent_no, "--name", name, "--role", role),
        "--password-stdin",
        profile=profile,
        stdin=f"{first}\n",
    )
    assert added.returncode == 0, added.stderr
    chosen = run_cli(
        *("user", "passwd", "--agent-no", agent_no, "--password-stdin", "--as", agent_no),
        profile=profile,
        stdin=f"{first}\n{password}\n",
    )
    assert chosen.returncode == 0, chosen.stderr
