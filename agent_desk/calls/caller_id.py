"""The caller out of whatever a phone passes: a number, a SIP/SIPS/tel URI, a display name.

Softphones and PBX scripts hand over the caller as they know it: MicroSIP a number, Linphone
its `$FROM` (`sip:13108888888@192.168.1.10`), baresip a peer URI and a display name, a PBX a
whole From header (`"张三" <sip:+8613108888888@10.0.0.5:5060;user=phone>;tag=9f`). Only the
user part of a URI is the number; the host, port and parameters are not (reading them as digits
turned `sip:13108888888@192.168.1.10` into 13108888888192168110). The number then goes to the
desk's one normaliser, `agent_desk.phones.normalise`.

A number is what a phone number is written with: digits, `+`, spaces, `-().#*/` and an
extension (`转 12`, `ext 12`). Anything else — letters (`sip:alice2@h`), markup a caller put in
its own URI (`sip:%3Cb%3EVIP%3C%2Fb%3E1@h`) — is no number: it may be offered as the caller's
name, which the window shows as plain text, never as rich text. A "number" longer than
`NUMBER_MAX` is none either (it was silently cut to its first 64 characters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from agent_desk import phones

NUMBER_MAX = 64
NAME_MAX = 128
INPUT_MAX = 2048  # a From header is never longer; anything beyond is not read
_SCHEMES = ("sip:", "sips:", "tel:")
_ANONYMOUS = {"anonymous", "unknown", "restricted", "unavailable", "private", "withheld"}
_EXTENSION = re.compile(r"(?:ext\.?|extension|x|转|分机)\s*\d+\s*$", re.IGNORECASE)
_NUMBER_TEXT = re.compile(r"^\+?[0-9 ()./#*-]+$")


@dataclass(frozen=True)
class CallerId:
    number: str  # the user part (or the number as given), e.g. "+8613108888888"; "" if none
    name: str = ""  # the display name, e.g. "张三"; "" if none

    @property
    def normalised(self) -> str:
        return phones.normalise(self.number) if self.number else ""


def parse_caller(text: str | None) -> CallerId:
    """The number and display name in `text`; text without a URI is the number if it is
    written as one, else the caller's name (a softphone that passes only a name)."""
    raw = (text or "").strip()[:INPUT_MAX]
    if not raw:
        return CallerId("")
    name, address = _split_name_addr(raw)
    number, user_name = _number_of(address)
    if not name and user_name:
        name = user_name
    return CallerId(number, name.strip()[:NAME_MAX])


def is_number_text(text: str) -> bool:
    """Is `text` written as a phone number (digits and the signs numbers are written with)?"""
    folded = unicodedata.normalize("NFKC", text).replace("\u3000", " ").strip()
    core = _EXTENSION.sub("", folded).strip()
    return (
        bool(core)
        and len(folded) <= NUMBER_MAX
        and _NUMBER_TEXT.match(core) is not None
        and any(ch.isdigit() for ch in core)
    )


def _is_anonymous(text: str) -> bool:
    return text.strip(" -_*()[]<>").lower() in _ANONYMOUS


def _split_name_addr(raw: str) -> tuple[str, str]:
    """`"Name" <uri>;params` or `Name <uri>` or `"Name" uri` or a bare uri/number."""
    name = ""
    rest = raw
    if rest.startswith('"') and _closing_quote(rest) != -1:
        name, rest = _quoted(rest)
    elif rest.startswith('"'):
        rest = rest[1:]  # an unclosed quote: the name runs to the address, not to the end
    lt = rest.find("<")
    if lt != -1:
        gt = rest.find(">", lt + 1)
        inside = rest[lt + 1 : gt] if gt != -1 else rest[lt + 1 :]
        if not name:
            name = rest[:lt].strip()
        return name, inside.strip()
    return name, rest.strip()


def _closing_quote(text: str) -> int:
    i = 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return -1


def _quoted(text: str) -> tuple[str, str]:
    """A quoted display name (backslash escapes) and what follows it."""
    out: list[str] = []
    i = 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), text[i + 1 :]
        out.append(ch)
        i += 1
    return "".join(out), ""  # no closing quote: all of it was the name


def _number_of(address: str) -> tuple[str, str]:
    """(number, a non-numeric user name) of a URI or plain text."""
    lowered = address.lower()
    scheme = next((s for s in _SCHEMES if lowered.startswith(s)), None)
    if scheme is None:
        if is_number_text(address):
            return address, ""
        return "", "" if _is_anonymous(address) else address
    rest = address[len(scheme) :]
    if scheme == "tel:":
        user = rest
    elif "@" in rest:
        user = rest[: rest.index("@")]
        user = user.split(":", 1)[0]  # sip:user:password@host
    else:
        user = rest  # sip:13108888888 without a host
    for stop in (";", "?"):
        user = user.split(stop, 1)[0]
    user = unquote(user).strip()
    if scheme != "tel:" and "@" not in rest:
        # sip:13108888888 without a host; sip:10.0.0.5 names a host, not a caller.
        return (user, "") if is_number_text(user) and "." not in user else ("", "")
    if is_number_text(user):
        return user, ""
    return "", "" if _is_anonymous(user) else user
