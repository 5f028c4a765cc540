"""The Debian package: its size, how long apt takes to install it, and the first start of an
ordinary user right after (a fresh home, so the profile and database are made then).

Start-up is timed like bench/bundle.py (spawn to "window shown" / "ready" / exit of
`agent-desk selftest`, offscreen), here through /usr/bin/agent-desk as a fresh user. Needs root
and a machine without the package: it installs the package, measures, then purges it and
deletes the user it made, even when something fails. Target: package <= 90 MB.

    .venv/bin/python bench/deb.py [dist/agentdesk_<version>_amd64.deb] [RUNS]
"""

from __future__ import annotations

import os
import pwd
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from agent_desk import __version__  # noqa: E402

SHOWN = re.compile(r"shown at ([0-9.]+)")
READY = re.compile(r"ready at ([0-9.]+)")
USER = f"adbench{os.getpid()}"


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(argv, capture_output=True, text=True, check=True, env=env)


def as_user(*args: str) -> tuple[str, float]:
    """`agent-desk ARGS` as the bench user with a clean environment: (stdout, seconds)."""
    home = pwd.getpwnam(USER).pw_dir
    env = [f"HOME={home}", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen"]
    env.append("PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring")
    start = time.time()
    out = subprocess.run(
        ["runuser", "-u", USER, "--", "env", "-i", *env, "agent-desk", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    ).stdout
    return out, start


def timed_selftest() -> tuple[float, float, float]:
    out, start = as_user("selftest")
    end = time.time()
    shown, ready = SHOWN.search(out), READY.search(out)
    if not (shown and ready):
        raise SystemExit(f"unexpected selftest output: {out!r}")
    return float(shown.group(1)) - start, float(ready.group(1)) - start, end - start


def main(args: list[str]) -> None:
    chosen = next((a for a in args if a.endswith(".deb")), None)
    deb = Path(chosen) if chosen else REPO / "dist" / f"agentdesk_{__version__}_amd64.deb"
    runs = int(next((a for a in args if a.isdigit()), "5"))
    if os.geteuid() != 0:
        raise SystemExit("installing a package needs root")
    if subprocess.run(["dpkg", "-s", "agentdesk"], capture_output=True).returncode == 0:
        raise SystemExit("agentdesk is installed already: purge it first")
    installed_kb = int(run("dpkg-deb", "--field", str(deb), "Installed-Size").stdout)
    try:
        start = time.monotonic()
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", str(deb.resolve()))
        install = time.monotonic() - start
        run("useradd", "--create-home", "--shell", "/bin/sh", USER)
        version_start = time.monotonic()
        as_user("--version")
        version = time.monotonic() - version_start
        first = timed_selftest()
        warm = [timed_selftest() for _ in range(runs)]
        start = time.monotonic()
        run("apt-get", "purge", "-y", "-q", "agentdesk")
        purge = time.monotonic() - start
    finally:
        subprocess.run(["dpkg", "--purge", "agentdesk"], capture_output=True)
        subprocess.run(["userdel", "--remove", USER], capture_output=True)
    print(describe())
    print(f"package {deb.name:34} {deb.stat().st_size / 2**20:6.1f} MB  (target <= 90)")
    print(f"installed size                             {installed_kb / 1024:6.0f} MB")
    print(f"apt-get install ./{deb.name}  {install:6.1f} s")
    print(f"apt-get purge agentdesk                    {purge:6.1f} s")
    print(f"agent-desk --version (first run)           {version * 1000:6.0f} ms")
    print(
        f"first start after install (fresh home) shown/ready/exit  {first[0] * 1000:.0f} / "
        f"{first[1] * 1000:.0f} / {first[2] * 1000:.0f} ms"
    )
    for label, index in (("window shown", 0), ("ready", 1), ("process exit", 2)):
        median = statistics.median(t[index] for t in warm)
        print(f"later starts {label:13}  median {median * 1000:6.0f} ms  (runs: {runs})")


if __name__ == "__main__":
    main(sys.argv[1:])
