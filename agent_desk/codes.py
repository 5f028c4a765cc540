"""Branch and desk codes: the one rule for the names they give folders on the share.

A code names a folder in every tree the desks publish (`<branch>/<day>/<desk>/…` for shifts,
`archive/<branch>/<day>/<desk>/…` for the case archive), on a Windows server, Samba or a
mounted folder alike. So a code is 1 to 16 of `A–Z a–z 0–9 _ -` and not a name Windows keeps
for a device (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, in any case).

`check_code` refuses anything else (a typed setting: `SH:01`, `CON`, `a*b`, 300 characters);
`clean_code` makes a code from a value nobody typed as one (the PC's host name, a branch code
stored by an older version) and is the only cleaning there is, so every tree names a branch the
same way.
"""

from __future__ import annotations

import functools
import re

from agent_desk.errors import ConfigError

MAX_LENGTH = 16
ALLOWED = "A–Z a–z 0–9 _ -"
_CODE = re.compile(r"[A-Za-z0-9_-]{1,16}")
_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9_-]+")
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)


class InvalidCode(ConfigError):
    """A branch or desk code that cannot name a folder on every share."""

    code = "config.code"
    template = (
        "{key} must be 1 to 16 of A–Z a–z 0–9 _ - and not a Windows device name "
        "(CON, PRN, AUX, NUL, COM1…, LPT1…); {value!r} {problem}"
    )

    @property
    def message(self) -> str:
        """With the file and line it was read from, when it came from a file (config.py's
        `check_config` adds them), so branch IT knows whose file to fix."""
        text = super().message
        file, line = self.params.get("file"), self.params.get("line")
        where = f"{file}, line {line}: " if file and line else (f"{file}: " if file else "")
        return where + text


def code_problem(text: str) -> str | None:
    """What is wrong with `text` as a code, in words; None when it is a good code."""
    if not text:
        return "is empty"
    if len(text) > MAX_LENGTH:
        return f"has {len(text)} characters"
    if not _CODE.fullmatch(text):
        bad = "".join(dict.fromkeys(_NOT_ALLOWED.findall(text)[0]))  # in the order typed
        return f"contains {bad!r}"
    if text.upper() in WINDOWS_RESERVED:
        return "is a name Windows keeps for a device"
    return None


def is_code(text: str) -> bool:
    return code_problem(text) is None


def check_code(text: str, key: str = "branch.code") -> str:
    """`text` when it is a good code; raises InvalidCode (a ConfigError) otherwise."""
    problem = code_problem(text)
    if problem is not None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise InvalidCode(key=key, value=shown, problem=problem, reason="config.code")
    return text


@functools.lru_cache(maxsize=4096)  # a report asks again for each copy of a shift
def clean_code(text: str, fallback: str = "_") -> str:
    """A good code made from any text: runs of other characters become one `_`, at most 16
    characters are kept, a Windows device name gets a trailing `_`; `fallback` when nothing is
    left. `SH:01` → `SH_01`, `desk 7.branch.local` → `desk_7_branch_lo`."""
    cleaned = _NOT_ALLOWED.sub("_", text.strip()).strip("_")[:MAX_LENGTH].strip("_")
    if not cleaned:
        return fallback
    if cleaned.upper() in WINDOWS_RESERVED:
        cleaned = cleaned + "_"
    return cleaned


HASH_LENGTH = 5  # hex digits of the host name's SHA-256 in a derived desk code


def desk_code_for_host(host: str) -> str:
    """The default desk code for a PC named `host` (the whole host name, as `platform.node()`
    gives it). Its first label when that is already a good code (`desk07.branch.local` →
    `desk07`); otherwise, so that two PCs whose names clean to the same text (long names cut at
    16 characters, Chinese names that have no A–Z left) never share a code, the cleaned start
    of the name, a `-` and the first 5 hex digits of the SHA-256 of the whole name:
    `CALLCENTER-DESK-001` → `CALLCENTER-4fa67`, `前台电脑` → `desk-3e8b3`. The same name always
    gives the same code."""
    import hashlib

    label = host.strip().split(".")[0]
    if is_code(label):
        return label
    digest = hashlib.sha256(host.strip().encode("utf-8")).hexdigest()[:HASH_LENGTH]
    room = MAX_LENGTH - HASH_LENGTH - 1
    prefix = _NOT_ALLOWED.sub("_", label).strip("_-")[:room].strip("_-") or "desk"
    return f"{prefix}-{digest}"


def host_desk_code() -> str:
    """This PC's default desk code (`desk_code_for_host` of its host name): the default of
    `desk.code`, which tells the desks of one branch apart on the share."""
    import platform

    return desk_code_for_host(platform.node())
