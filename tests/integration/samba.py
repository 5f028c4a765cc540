"""A private Samba server on a free loopback port, for publishing tests against real SMB.

Based on `samba-loopback.conf.in` (from the team's testing notes) with a second, read-only
share. Needs root (smbd, useradd, smbpasswd); tests using it are skipped when smbd is missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

CONF_TEMPLATE = Path(__file__).with_name("samba-loopback.conf.in")
USER = "agentdesk-smbtest"
PASSWORD = "Smb-test-pw-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def skip_reason() -> str | None:
    if shutil.which("smbd") is None:
        return "smbd is not installed (Debian package 'samba')"
    if os.geteuid() != 0:
        return "a private smbd needs root here (it adds a Unix user for Samba)"
    return None


def _ensure_unix_user() -> None:
    """The shared Unix account behind the Samba user; each server keeps its own passdb.

    Several test processes (xdist workers, two checkouts' CI runs) may start a server at once:
    between "id" failing and useradd, another may have added the account. useradd's exit 9
    ("username already in use") is then the same success.
    """
    if subprocess.run(["id", USER], capture_output=True).returncode == 0:
        return
    done = subprocess.run(
        ["useradd", "-M", "-s", "/usr/sbin/nologin", USER], capture_output=True, text=True
    )
    if done.returncode not in (0, 9):
        raise RuntimeError(f"useradd {USER} failed ({done.returncode}): {done.stderr.strip()}")


class SambaServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        for sub in ("share", "readonly", "state", "cache", "lock", "pid", "private", "log"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        self.conf = root / "smb.conf"
        self._write_conf()
        _ensure_unix_user()
        subprocess.run(
            ["smbpasswd", "-c", str(self.conf), "-s", "-a", USER],
            input=f"{PASSWORD}\n{PASSWORD}\n".encode(),
            check=True,
            capture_output=True,
        )

    def _write_conf(self) -> None:
        text = CONF_TEMPLATE.read_text(encoding="utf-8")
        for key, value in (
            ("@ROOT@", str(self.root)),
            ("@PORT@", str(self.port)),
            ("@USER@", USER),
        ):
            text = text.replace(key, value)
        self.conf.write_text(text, encoding="utf-8")

    @property
    def share_dir(self) -> Path:
        return self.root / "share"

    def url(self, share: str = "share", path: str = "") -> str:
        return f"smb://127.0.0.1:{self.port}/{share}" + (f"/{path}" if path else "")

    def start(self, timeout: float = 15.0) -> None:
        """Start smbd and wait until IT listens on the port (not merely that something does)."""
        log = open(self.root / "log" / "smbd.stdout", "ab")  # noqa: SIM115 - lives with smbd
        self.proc = subprocess.Popen(
            ["smbd", "-s", str(self.conf), "--foreground", "--no-process-group", "--debug-stdout"],
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group: smbd signals its whole group when it stops, which must
            # not reach pytest; and its per-client children die with the group.
            start_new_session=True,
        )
        started = time.monotonic()
        while time.monotonic() < started + timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"smbd exited with {self.proc.returncode} (log: {self.root / 'log'})"
                )
            ours, others = self._listeners()
            if ours:
                return
            # A connect() would succeed against whoever took the "free" port meanwhile, and
            # the tests would talk to a stranger; say so instead.
            if others and time.monotonic() > started + 2:
                self.kill()
                raise RuntimeError(f"port {self.port} was taken by another process")
            time.sleep(0.05)
        raise RuntimeError("smbd did not listen in time")

    def _listeners(self) -> tuple[bool, bool]:
        """(smbd listens on our port, something else does), from /proc/net and smbd's fds."""
        assert self.proc is not None
        listening: set[str] = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with contextlib.suppress(OSError):
                for line in Path(table).read_text(encoding="ascii").splitlines()[1:]:
                    fields = line.split()
                    if fields[3] == "0A" and fields[1].endswith(f":{self.port:04X}"):
                        listening.add(fields[9])  # LISTEN on our port: its socket inode
        mine: set[str] = set()
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{self.proc.pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        mine.add(target[len("socket:[") : -1])
        return bool(listening & mine), bool(listening - mine)

    def kill(self) -> None:
        """kill -9, as a crashed file server or a pulled cable would look to the desk."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)  # smbd and its per-client children
            self.proc.wait(10)
        self._kill_children()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._kill_children()

    def _kill_children(self) -> None:
        # smbd forks one child per client connection; with --no-process-group they are not in
        # our group, so find the ones that use our private config by their command line.
        for pid_dir in Path("/proc").iterdir():
            if not pid_dir.name.isdigit():
                continue
            try:
                cmdline = (pid_dir / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if cmdline and cmdline[0].endswith(b"smbd") and str(self.conf).encode() in cmdline:
                with contextlib.suppress(OSError):
                    os.kill(int(pid_dir.name), signal.SIGKILL)
