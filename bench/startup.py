"""Start-up time: process start to main window shown, against a bare PySide6 window.

Both are timed the same way (from just before the process is spawned to the moment the process
reports its window shown, offscreen, median of N runs) so the ratio says what AgentDesk adds on
top of Qt itself. Target: ratio <= 2. The time until the store is open and the window's working
parts are attached ("ready") is printed too.
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
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.processEvents()
import time; print(f"window shown at {time.time():.3f}"); w.close()
"""
SHOWN = re.compile(r"shown at ([0-9.]+)")
READY = re.compile(r"ready at ([0-9.]+)")


def timed(argv: list[str]) -> tuple[float, float]:
    """(seconds to window shown, seconds to ready) from just before the spawn."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run(argv, check=True, cwd=REPO, env=env, capture_output=True, text=True).stdout
    end = time.time()
    shown = SHOWN.search(out)
    ready = READY.search(out)
    if not shown:
        raise SystemExit(f"no 'shown at' in the output of {argv}: {out!r}")
    return float(shown.group(1)) - start, (float(ready.group(1)) if ready else end) - start


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, "-m", "agent_desk", "--profile", tmp, "selftest"]
        first = timed(app)  # creates and migrates the store
        bare = [timed([sys.executable, "-c", BARE])[0] for _ in range(runs)]
        warm = [timed(app) for _ in range(runs)]
    b = statistics.median(bare)
    w = statistics.median(t[0] for t in warm)
    r = statistics.median(t[1] for t in warm)
    print(describe())
    print(f"bare PySide6 window shown        median {b * 1000:6.0f} ms  (runs: {runs})")
    print(f"agent-desk main window shown     median {w * 1000:6.0f} ms  (existing profile)")
    print(f"agent-desk store open, attached  median {r * 1000:6.0f} ms")
    print(
        f"agent-desk first start, shown/ready     {first[0] * 1000:6.0f} / "
        f"{first[1] * 1000:.0f} ms  (new profile, migrations)"
    )
    print(f"ratio shown                             {w / b:6.2f}  (target <= 2)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
