"""Which file holds a call's recording, and linking it to the call by id.

Two ways a recording comes to be:

- **baresip** (`phone.source = baresip`) with its `sndfile` module: baresip 1.0.0 (Debian 12)
  writes two mono 8 kHz WAV files per call into its `snd_path` folder, named by the local time
  the audio started, to the second: `dump-2026-12-01-14-43-18-enc.wav` (what the agent said:
  the encoder side) and `…-dec.wav` (what the caller said). Measured with a real baresip and
  sipp call (tests/integration/test_recordings_baresip.py). The names carry no call id, so
  AgentDesk links them by the call's answer time (within `LINK_WINDOW_SECONDS`, the closest
  pair not linked to another call) and merges the pair into one stereo file
  `agentdesk-<call id>.wav` beside them (left: agent, right: caller), which the link names.
  Set `phone.recording_folder` to baresip's `snd_path`. Two calls answered within the same
  second share baresip's file names (sndfile overwrites), so only one of them can be linked.
- **a PBX** that records by itself: `phone.recording_pattern` names the file under
  `phone.recording_folder` (a local folder, a mounted share or a UNC path), with the
  placeholders `{call_id}` (the phone system's call id, else the desk's), `{date}` (the ring's
  local day, YYYY-MM-DD) and `{agent_no}`. A pattern is refused when it is absolute, has a `..`
  part or other placeholders, lacks `{call_id}` (every call would name one file) or writes a
  placeholder with a conversion or format spec (`{call_id!r}`, `{call_id:.0}`), and a
  substituted value that holds a path separator, `..` or a drive is refused, so no call id can
  point outside the folder.
"""

from __future__ import annotations

import array
import contextlib
import logging
import os
import re
import string
import wave
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path, PurePosixPath, PureWindowsPath

from agent_desk.errors import AgentDeskError

log = logging.getLogger(__name__)

PLACEHOLDERS = ("call_id", "date", "agent_no")
_KNOWN = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
LINK_WINDOW_SECONDS = 3.0
_DUMP = re.compile(r"^dump-(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})-(enc|dec)\.wav$")
MERGED_PREFIX = "agentdesk-"
_MERGED = re.compile(r"^agentdesk-(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})-.+\.wav$")


class RecordingPatternRefused(AgentDeskError):
    code = "quality.recording_pattern"
    template = "phone.recording_pattern {pattern!r}: {detail}"

    def __init__(self, pattern: str, detail: str) -> None:
        super().__init__(detail, pattern=pattern)


class RecordingNameRefused(AgentDeskError):
    code = "quality.recording_name"
    template = "the recording's name cannot use {placeholder} = {value!r}: {detail}"


def check_pattern(pattern: str) -> str:
    """The pattern, or RecordingPatternRefused: relative, no `..`, known placeholders only,
    written plainly (no `!r`, no `:spec`), and `{call_id}` among them."""
    if not pattern.strip():
        raise RecordingPatternRefused(pattern, "empty")
    try:
        fields = [
            (f, spec, conversion)
            for _, f, spec, conversion in string.Formatter().parse(pattern)
            if f is not None
        ]
    except ValueError as exc:
        raise RecordingPatternRefused(pattern, f"braces do not match ({exc})") from None
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS:
            raise RecordingPatternRefused(
                pattern,
                f"unknown placeholder {{{name}}}; use {_KNOWN}",
            )
        if spec or conversion:
            # `{call_id:.0}` formats the id away, `{call_id!r}` adds quotes, `:>40` pads.
            raise RecordingPatternRefused(
                pattern, f"write {{{name}}} as it is, without '!' or ':' after the name"
            )
    if "call_id" not in (name for name, _, _ in fields):
        # Without the call id every call of a day (or of ever) names one file, and a
        # supervisor would score a call while listening to another.
        raise RecordingPatternRefused(
            pattern, "must contain {call_id}, so each call names its own file"
        )
    if PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).is_absolute():
        raise RecordingPatternRefused(pattern, "must be relative to phone.recording_folder")
    if PureWindowsPath(pattern).drive or pattern.startswith(("/", "\\")):
        raise RecordingPatternRefused(pattern, "must be relative to phone.recording_folder")
    parts = re.split(r"[\\/]", pattern)
    if any(part in ("..", ".") for part in parts):
        raise RecordingPatternRefused(pattern, "must not contain '..' or '.' parts")
    if not parts[-1]:
        raise RecordingPatternRefused(pattern, "must name a file, not a folder")
    return pattern


def _safe_value(name: str, value: str) -> str:
    if not value:
        raise RecordingNameRefused("is empty", placeholder=name, value=value)
    if "/" in value or "\\" in value or value in (".", "..") or ".." in value:
        raise RecordingNameRefused(
            "a path separator or '..' could leave the folder", placeholder=name, value=value
        )
    if PureWindowsPath(value).drive or ":" in value or "\0" in value:
        raise RecordingNameRefused(
            "a drive or ':' is not a file name", placeholder=name, value=value
        )
    return value


def pattern_path(
    folder: str | Path, pattern: str, *, call_id: str, day: str, agent_no: str
) -> Path:
    """The recording's path under `folder`; refused values raise RecordingNameRefused."""
    check_pattern(pattern)
    values = {
        "call_id": _safe_value("call_id", call_id),
        "date": _safe_value("date", day),
        "agent_no": _safe_value("agent_no", agent_no),
    }
    relative = pattern.format(**values)
    root = Path(folder)
    path = root.joinpath(*re.split(r"[\\/]", relative))
    # Belt and braces: the joined path stays under the folder.
    if os.path.commonpath([os.path.abspath(root), os.path.abspath(path)]) != os.path.abspath(root):
        raise RecordingNameRefused(
            "the name leaves the folder", placeholder="pattern", value=relative
        )
    return path


@dataclass(frozen=True)
class DumpPair:
    stamp: datetime  # local time baresip put in the name (naive)
    enc: Path | None
    dec: Path | None


def baresip_dumps(folder: Path) -> list[DumpPair]:
    """The `dump-…-enc/dec.wav` pairs in baresip's snd_path folder."""
    pairs: dict[str, dict[str, Path]] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _DUMP.match(entry.name)
        if match and entry.is_file(follow_symlinks=False):
            pairs.setdefault(match.group(1), {})[match.group(2)] = Path(entry.path)
    out = []
    for stamp, sides in pairs.items():
        when = datetime.strptime(stamp, "%Y-%m-%d-%H-%M-%S")
        out.append(DumpPair(when, sides.get("enc"), sides.get("dec")))
    return sorted(out, key=lambda p: p.stamp)


def stamp_text(stamp: datetime) -> str:
    return stamp.strftime("%Y-%m-%d-%H-%M-%S")


def one_side(path: str) -> str:
    """Which side alone a linked baresip file holds: "agent" (`…-enc.wav`), "caller"
    (`…-dec.wav`), or "" for a merged pair or any other recording."""
    match = _DUMP.match(PurePosixPath(path.replace("\\", "/")).name)
    if match is None:
        return ""
    return "agent" if match.group(2) == "enc" else "caller"


def linked_stamp(path: str) -> str | None:
    """The baresip stamp a merged file was made from (`agentdesk-<stamp>-<call id>.wav`)."""
    name = PurePosixPath(path.replace("\\", "/")).name
    match = _DUMP.match(name) or _MERGED.match(name)
    return match.group(1) if match else None


def closest_dump(
    folder: Path, answered_at: datetime, local_zone: tzinfo | None, taken: set[str]
) -> DumpPair | None:
    """The pair whose name is closest to the answer time (baresip names files in the PC's
    local time), within the window, and not already linked (`taken`: stamps of linked pairs)."""
    local = answered_at.astimezone(local_zone).replace(tzinfo=None)
    window = timedelta(seconds=LINK_WINDOW_SECONDS)
    best: DumpPair | None = None
    for pair in baresip_dumps(folder):
        if stamp_text(pair.stamp) in taken:
            continue
        gap = abs(pair.stamp - local)
        if gap <= window and (best is None or gap < abs(best.stamp - local)):
            best = pair
    return best


def _read_mono(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path), "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise wave.Error("not 16-bit mono")
        rate = w.getframerate()
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
    return samples, rate


def merge_stereo(enc: Path, dec: Path, out: Path) -> Path:
    """One stereo WAV of baresip's two sides (left: agent, right: caller), written to a temp
    name and renamed, so a half-written file is never linked."""
    left, rate = _read_mono(enc)
    right, rate_right = _read_mono(dec)
    if rate != rate_right:
        raise wave.Error("the two sides have different rates")
    size = max(len(left), len(right))
    left.extend([0] * (size - len(left)))
    right.extend([0] * (size - len(right)))
    both = array.array("h", bytes(4 * size))
    both[0::2] = left
    both[1::2] = right
    temp = out.with_name(out.name + ".part")
    # A customer's call is personal data: only the desk's user reads it (0600, as the
    # profile's own files), from the first byte on.
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(both.tobytes())
    os.replace(temp, out)
    return out


def link_dump(pair: DumpPair, call_public_id: str) -> Path | None:
    """The file to link for a pair: the merged stereo file, or the one side there is."""
    if pair.enc is not None and pair.dec is not None:
        folder = pair.enc.parent
        out = folder / f"{MERGED_PREFIX}{stamp_text(pair.stamp)}-{call_public_id}.wav"
        try:
            return merge_stereo(pair.enc, pair.dec, out)
        except (OSError, wave.Error, EOFError) as exc:
            log.warning(
                "baresip pair %s not merged (%s): only the caller's side is linked",
                stamp_text(pair.stamp),
                exc,
            )
            with contextlib.suppress(OSError):
                out.with_name(out.name + ".part").unlink()
    return pair.dec or pair.enc
