"""Run the real AgentDesk in a child process and wait on its log, like qutebrowser's tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests import dbaccess

REPO = Path(__file__).resolve().parents[2]


class AppProcess:
    def __init__(self, profile: Path, *extra: str, env: dict[str, str] | None = None) -> None:
        self.profile = profile
        self.log_file = profile / "logs" / "agent-desk.log"
        self._offset = self.log_file.stat().st_size if self.log_file.exists() else 0
        argv = [sys.executable, "-m", "agent_desk", "--profile", str(profile), *extra]
        # Its output goes to a file, never to a pipe nobody reads: Qt's offscreen plugin warns
        # on every ring (it cannot raise a window), and a full pipe froze the app mid-ring.
        profile.parent.mkdir(parents=True, exist_ok=True)
        self.output_file = profile.parent / f"app-output-{time.monotonic_ns()}.txt"
        self._output = open(self.output_file, "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            argv,
            cwd=REPO,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        )

    def log_text(self) -> str:
        if not self.log_file.exists():
            return ""
        with open(self.log_file, encoding="utf-8") as f:
            f.seek(self._offset)
            return f.read()

    def wait_for_log(self, needle: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_text()
            if needle in text:
                return text
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"app exited ({self.proc.returncode}) before {needle!r}: {self.output()}"
                )
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not in the log after {timeout}s:\n{self.log_text()}")

    def output(self) -> str:
        """What the app printed on stdout and stderr."""
        self._output.flush()
        return self.output_file.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self._output.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self._output.close()


def add_agent(
    profile: Path,
    agent_no: str = "1001",
    password: str = "agent-pw-1",
    name: str = "王小明",
    role: str = "agent",
) -> None:
    """Create an account the way branch IT does: the real CLI as the desk's administrator
    (made first if there is none), then its owner chooses `password` at the first login."""
    from tests.conftest import add_account

    add_account(profile, agent_no, password, role, name)


def login_file(folder: Path, agent_no: str, password: str) -> Path:
    """The test-only auto-login file: private before the password is written, read once."""
    path = folder / f"login-{time.monotonic_ns()}"
    path.touch(mode=0o600)
    path.write_text(f"{agent_no}\n{password}\n", encoding="utf-8")
    return path


def start_logged_in(
    profile: Path,
    tmp_path: Path,
    agent_no: str = "1001",
    password: str = "agent-pw-1",
    hooks: bool = False,
    env: dict[str, str] | None = None,
) -> AppProcess:
    """The real app in Chinese, logged in as `agent_no`, with its main window shown."""
    env = {
        **(env or {}),
        "AGENT_DESK_AUTOLOGIN_FILE": str(login_file(tmp_path, agent_no, password)),
    }
    if hooks:
        env["AGENT_DESK_TEST_HOOKS"] = "1"
    app = AppProcess(profile, "--lang", "zh_CN", env=env)
    app.wait_for_log(f"main window shown for agent {agent_no}", timeout=60)
    return app


def query(profile: Path, sql: str, *params: object) -> list[tuple]:
    con = dbaccess.connect(profile / "data" / "agent_desk.db")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
