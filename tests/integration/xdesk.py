"""A real X display for the story test: Xvfb on a free display, xdotool's keys, screenshots.

The app under test draws on this display as on a desk (`QT_QPA_PLATFORM=xcb`); the test types
with `xdotool` (keys go to the focused window; Chinese text is pasted from the clipboard with
`xclip`, as an input method hands over a whole word) and counts the command keys it presses.
Screenshots of the whole screen are taken by a small Qt program on the same display.
Everything is stopped by `stop()`, also when a step fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


def missing_tools() -> str | None:
    """Why the story cannot run here (the Debian packages .ci/run installs), or None."""
    absent = [tool for tool in ("Xvfb", "xdotool", "xclip") if shutil.which(tool) is None]
    return f"needs {', '.join(absent)} (apt-get install xvfb xdotool xclip)" if absent else None


class XDisplay:
    def __init__(self, folder: Path, width: int = WIDTH, height: int = HEIGHT) -> None:
        self.folder = folder
        self.size = (width, height)
        self.number: int | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.shots = folder / "screens"
        self.shots.mkdir(parents=True, exist_ok=True)
        self._shot_no = 0

    # --- the server -----------------------------------------------------------------------------

    def start(self) -> XDisplay:
        read, write = os.pipe()
        log = open(self.folder / "xvfb.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{self.size[0]}x{self.size[1]}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write,),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display number once it is ready
        log.close()
        if not number:
            raise AssertionError(f"Xvfb did not start: {(self.folder / 'xvfb.log').read_text()}")
        self.number = int(number)
        return self

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": f":{self.number}", "QT_QPA_PLATFORM": "xcb"}

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # --- windows, keys, pictures ------------------------------------------------------------------

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **self.env},
        )
        if done.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {done.stderr.strip() or 'failed'}")
        return done.stdout

    def window(self, title: str, timeout: float = 30) -> str:
        """The id of the visible window whose title matches `title` (a regular expression),
        once it is shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                found = self.xdotool("search", "--onlyvisible", "--name", title).split()
            except AssertionError:
                found = []
            if found:
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"no window titled {title!r} after {timeout:.0f} s")

    def focus(self, title: str, timeout: float = 30) -> str:
        """Give the keyboard to that window (there is no window manager to do it)."""
        window = self.window(title, timeout)
        self.xdotool("windowfocus", "--sync", window)
        return window

    def gone(self, title: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.xdotool("search", "--onlyvisible", "--name", title)
            except AssertionError:
                return
            time.sleep(0.2)
        raise AssertionError(f"the window titled {title!r} is still open after {timeout:.0f} s")

    def screenshot(self, name: str) -> Path:
        self._shot_no += 1
        path = self.shots / f"{self._shot_no:02d}-{name}.png"
        subprocess.run(
            [sys.executable, "-c", GRAB, str(path)],
            env={**os.environ, **self.env},
            capture_output=True,
            timeout=60,
        )
        return path


class Keyboard:
    """xdotool's keys, counted: `key` is a command key, `type` is text (not counted)."""

    def __init__(self, display: XDisplay) -> None:
        self.display = display
        self.count = 0
        self.pressed: list[str] = []

    def key(self, *names: str) -> None:
        for name in names:
            self.display.xdotool("key", "--delay", "60", name)
            self.count += 1
            self.pressed.append(name)
            time.sleep(0.15)  # a person's pace: each key is handled before the next

    def type(self, text: str) -> None:
        """Text as the agent types it: ASCII through xdotool's keys, Chinese through the
        clipboard (an input method's text arrives whole too). xdotool's own way of typing
        Chinese remaps a spare key per character and lost one now and then on a busy machine."""
        if text.isascii():
            self.display.xdotool("type", "--delay", "40", text, timeout=120)
        else:
            subprocess.run(
                ["xclip", "-selection", "clipboard", "-in"],
                input=text.encode("utf-8"),
                env={**os.environ, **self.display.env},
                timeout=30,
                check=True,
            )  # xclip stays behind to serve the paste, until the next copy or the display ends
            self.display.xdotool("key", "--delay", "60", "ctrl+v")
        time.sleep(0.2)

    @contextmanager
    def counting(self) -> Iterator[Keyboard]:
        self.count = 0
        self.pressed = []
        yield self
