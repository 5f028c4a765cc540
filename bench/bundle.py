"""The packaged build: folder and archive size, start-up time from the bundle, build time.

Start-up is timed like bench/startup.py (spawn to "window shown" / "ready", offscreen, median of
N runs of `AgentDesk selftest`) so the two can be compared; the first start of a fresh profile
(creating the database through the bundled migrations) is printed too. With --build, `make dist`
is run and timed first. Targets: folder <= 200 MB.

    .venv/bin/python bench/bundle.py [--build] [RUNS]
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
EXE = DIST / "AgentDesk" / ("AgentDesk-cli.exe" if sys.platform == "win32" else "AgentDesk")
SHOWN = re.compile(r"shown at ([0-9.]+)")
READY = re.compile(r"ready at ([0-9.]+)")


def timed_selftest(profile: str) -> tuple[float, float, float]:
    """(to window shown, to ready, to process exit) in seconds from just before the spawn."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run(
        [str(EXE), "--profile", profile, "selftest"],
        check=True,
        cwd=DIST,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    end = time.time()
    shown, ready = SHOWN.search(out), READY.search(out)
    if not (shown and ready):
        raise SystemExit(f"unexpected selftest output: {out!r}")
    return float(shown.group(1)) - start, float(ready.group(1)) - start, end - start


def megabytes(path: Path) -> float:
    """Bytes on disk like `du -s` (symlinks counted once, as links)."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if not p.is_symlink()]
    return sum(p.stat().st_blocks * 512 for p in files if p.is_file()) / 2**20


def main(args: list[str]) -> None:
    build = "--build" in args
    runs = int(next((a for a in args if a.isdigit()), "5"))
    if build:
        start = time.monotonic()
        subprocess.run(["make", "dist"], check=True, cwd=REPO)
        print(f"make dist (incremental PyInstaller cache)  {time.monotonic() - start:6.0f} s")
    if not EXE.exists():
        raise SystemExit(f"no bundle at {EXE}: run 'make dist' (or this script with --build)")
    with tempfile.TemporaryDirectory() as tmp:
        first = timed_selftest(tmp)
        warm = [timed_selftest(tmp) for _ in range(runs)]
    archives = sorted(DIST.glob("AgentDesk-*.tar.gz")) + sorted(DIST.glob("AgentDesk-*.zip"))
    print(describe())
    print(
        f"folder dist/AgentDesk                    {megabytes(EXE.parent):6.0f} MB  (target <= 200)"
    )
    for archive in archives:
        print(f"archive {archive.name:32} {megabytes(archive):6.0f} MB")
    for label, index in (("window shown", 0), ("ready", 1), ("process exit", 2)):
        median = statistics.median(t[index] for t in warm)
        print(f"bundle selftest {label:13}  median {median * 1000:6.0f} ms  (runs: {runs})")
    print(
        f"bundle first start shown/ready/exit  {first[0] * 1000:.0f} / {first[1] * 1000:.0f} / "
        f"{first[2] * 1000:.0f} ms  (new profile, bundled migrations)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
