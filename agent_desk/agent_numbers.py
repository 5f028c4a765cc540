"""The agent-number rule, and how text someone typed is shown in the audit log.

An agent number is 1 to 16 ASCII digits (`0001`, `1001`): the number an agent says in the
standard greeting. Full-width digits (`１００１`), letters (`a1001`) and spaces are refused,
so no account can look like another. Account creation (the window, `user add`) checks it
here; logins and `--as` accept anything typed, but what is recorded in the audit log as
the actor is that text only when it could be an account's number, else a quoted, escaped
form (`audit_actor`), so a crafted "number" with a tab or a newline cannot forge a line of
`audit list`, which also escapes every field it prints (`escape_text`).

Standard library only: the command line checks `--agent-no` before opening the store.
"""

from __future__ import annotations

import re
import unicodedata

from agent_desk.errors import ValidationError

MAX_LENGTH = 16  # the audit log's actor column
RULE = f"an agent number is 1 to {MAX_LENGTH} digits 0-9"
_FORM = re.compile(rf"[0-9]{{1,{MAX_LENGTH}}}")  # [0-9] is ASCII only, unlike \d
# What an account made before this rule may be (letters and digits): still a plain actor.
_LEGACY = re.compile(rf"[0-9A-Za-z]{{1,{MAX_LENGTH}}}")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def is_agent_no(text: str) -> bool:
    return _FORM.fullmatch(text) is not None


def check_agent_no(text: str) -> str:
    """The number without surrounding spaces, or ValidationError saying the rule."""
    number = text.strip()
    if not is_agent_no(number):
        raise ValidationError("agent_no", RULE, reason="agent_no.format", maximum=MAX_LENGTH)
    return number


def _hidden(ch: str) -> bool:
    """Control, format (bidi overrides, zero-width) and line/paragraph separators."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def has_hidden_characters(text: str) -> bool:
    """Whether a name holds a character that does not show (or breaks the line it is on)."""
    return any(_hidden(ch) for ch in text)


def escape_text(text: str) -> str:
    """The text with every character that could break or disguise a line made visible
    (`\\t`, `\\n`, `\\u202e`…); printable text, Chinese included, stays as it is (a
    backslash too: it cannot break a line, and doubling it would make the log harder to
    read)."""
    out = []
    for ch in text:
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif _hidden(ch):
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def audit_actor(text: str) -> str:
    """How a typed agent number is recorded as the audit log's actor: as it is when it could
    be an account's number ("" is the system), else in quotes with everything escaped (so it
    cannot pass for a real number or forge a line), cut to the column's length."""
    if not text or _LEGACY.fullmatch(text):
        return text
    escaped = escape_text(text).replace('"', '\\"')
    return f'"{escaped}"'[:MAX_LENGTH]
