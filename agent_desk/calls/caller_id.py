"""The caller out of whatever a phone passes: a number, a SIP/SIPS/tel URI, a display name.

Softphones and PBX scripts hand over the caller as they know it: MicroSIP a number, Linphone
its `$FROM` (`sip:13108888888@192.168.1.10`), baresip a peer URI and a display name, a PBX a
whole From header (`"张三" <sip:+8613108888888@10.0.0.5:5060;user=phone>;tag=9f`). Only the
user part of a URI is the number; the host, port and parameters are not (reading them as digits
turned `sip:13108888888@192.168.1.10` into 13108888888192168110). The number then goes to the
desk's one normaliser, `agent_desk.phones.normalise`.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from agent_desk import phones

NUMBER_MAX = 64
NAME_MAX = 128
INPUT_MAX = 2048  # a From header is never longer; anything beyond is not read
_SCHEMES = ("sip:", "sips:", "tel:")
_ANONYMOUS = {"anonymous", "unknown", "restricted", "unavailable", "private"}


@dataclass(frozen=True)
class CallerId:
    number: str  # the user part (or the number as given), e.g. "+8613108888888"; "" if none
    name: str = ""  # the display name, e.g. "张三"; "" if none

    @property
    def normalised(self) -> str:
        return phones.normalise(self.number) if self.number else ""


def parse_caller(text: str | None) -> CallerId:
    """The number and display name in `text`; text without a URI is taken as the number."""
    raw = (text or "").strip()[:INPUT_MAX]
    if not raw:
        return CallerId("")
    name, address = _split_name_addr(raw)
    number, user_name = _number_of(address)
    if not name and user_name:
        name = user_name
    return CallerId(number[:NUMBER_MAX], name.strip()[:NAME_MAX])


def _split_name_addr(raw: str) -> tuple[str, str]:
    """`"Name" <uri>;params` or `Name <uri>` or `"Name" uri` or a bare uri/number."""
    name = ""
    rest = raw
    if rest.startswith('"'):
        name, rest = _quoted(rest)
    lt = rest.find("<")
    if lt != -1:
        gt = rest.find(">", lt + 1)
        inside = rest[lt + 1 : gt] if gt != -1 else rest[lt + 1 :]
        if not name:
            name = rest[:lt].strip()
        return name, inside.strip()
    return name, rest.strip()


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
        return address, ""
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
    if not any(ch.isdigit() for ch in user):
        return "", "" if user.lower() in _ANONYMOUS else user
    if scheme != "tel:" and "@" not in rest and not _looks_like_number(user):
        return "", ""  # sip:10.0.0.5 names a host, not a caller
    return user, ""


def _looks_like_number(text: str) -> bool:
    return all(ch.isdigit() or ch in "+-() #*" for ch in text)
