"""Logging to a rotating file in the profile's log folder, and crash traces via faulthandler."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO

from agent_desk.phones import mask_text

_crash_file: IO[str] | None = None

# Libraries that log every protocol step at INFO. smbprotocol writes about 30 lines per file
# sent or read, so one supervisor report over smb:// would rotate the desk's own lines (and
# the context of a crash) out of the log; their warnings and errors still get through.
CHATTY_LIBRARIES = ("smbprotocol", "spnego", "alembic.runtime.plugins")


class _NoSecrets(logging.Filter):
    """A last line of defence: never let a record that mentions a password reach the file."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage().lower()
        return "password=" not in text and "passwd=" not in text


class _MaskingFormatter(logging.Formatter):
    """The second line of defence for privacy: a phone number never reaches the log file.

    Log calls mask numbers themselves (`phones.mask`), but an exception's text or a traceback
    can carry a customer's number or free text with one in it; the whole formatted record,
    traceback included, is masked (138****1234) before it is written.
    """

    def format(self, record: logging.LogRecord) -> str:
        return mask_text(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are the owner's alone (0600): they name agents, customers' cases and errors."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        _make_private(Path(self.baseFilename))
        return stream


def _make_private(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    global _crash_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "agent-desk.log"
    try:
        handler: logging.Handler = _PrivateRotatingFileHandler(
            # backslashreplace: a file name from the share in another code page (surrogate
            # escapes) is logged as \xb1 escapes, never a "Logging error"
            log_file,
            maxBytes=2_000_000,
            backupCount=5,
            encoding="utf-8",
            errors="backslashreplace",
        )
    except OSError:
        # A read-only or full profile: the app must still say so in words, not die here.
        handler = logging.NullHandler()
    handler.setFormatter(
        _MaskingFormatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    handler.addFilter(_NoSecrets())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_agent_desk", False)]:
        root.removeHandler(old)
        old.close()
    handler._agent_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    if _crash_file is None:
        try:
            _crash_file = open(log_dir / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return log_file
        _make_private(log_dir / "crash.log")
        faulthandler.enable(_crash_file)
    return log_file
