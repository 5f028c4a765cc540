"""Phone numbers: one normal form for lookup, one masked form for anything leaving the desk.

The desk phone, a softphone and an agent typing all write the same number differently
(+86 138 0013 8000, 0086-13800138000, 010-6552 9988 ext 12). Lookup needs one key; privacy needs
every exported number masked as 138****1234.
"""

from __future__ import annotations

import re

_EXTENSION = re.compile(r"(?:ext\.?|extension|x|#|转|分机)\s*\d+\s*$", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")


def normalise(raw: str) -> str:
    """The lookup key: national digits only, without +86/0086, separators or extension.

    Mainland mobiles become 11 digits starting with 1 (13800138000); landlines keep their trunk
    0 and area code (01065529988), the form people write and desk phones show. A number from
    another country keeps its country code after "00" (0044...).
    """
    text = _EXTENSION.sub("", raw.strip())
    digits = _NOT_DIGIT.sub("", text)
    if text.startswith("+"):
        international: str | None = digits
    elif digits.startswith("00"):
        international = digits[2:]
    else:
        international = None
    if international is not None:
        if not international.startswith("86"):
            return "00" + international if international else ""
        national = international[2:]
        # After +86 a landline drops its trunk 0 (+86 10 6552 9988); put it back.
        return national if is_mobile(national) or national.startswith("0") else "0" + national
    if len(digits) == 13 and digits.startswith("86") and is_mobile(digits[2:]):
        return digits[2:]  # 86 13800138000 typed without the plus
    if len(digits) == 12 and digits.startswith("0") and is_mobile(digits[1:]):
        return digits[1:]  # a PBX that puts a trunk 0 before mobiles
    return digits


def is_mobile(normalised: str) -> bool:
    return len(normalised) == 11 and normalised.startswith("1") and normalised[1] in "3456789"


def mask(raw: str) -> str:
    """138****1234: keep the first three and last four digits, hide the middle.

    The number is normalised first, so +86 138 1234 1234 masks like 13812341234. Short
    numbers keep only their last two digits; an empty number stays empty.
    """
    digits = normalise(raw or "")
    if not digits:
        return ""
    if len(digits) >= 8:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    return "*" * (len(digits) - 2) + digits[-2:] if len(digits) > 2 else "*" * len(digits)


# Mainland mobiles (with or without +86 and separators) and landlines with their trunk 0, as
# people type them into free text; dates and times ("2026-11-24 11:00") must not match.
_PHONE_IN_TEXT = re.compile(
    r"(?<![\d*])(?:"
    r"(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}"  # mobile: 139 1234 5678, +86 139...
    r"|0\d{2,3}[ -]?\d{3,4}[ -]?\d{4}"  # landline with its trunk 0: 010-6552 9988
    r"|(?:\+|00)86[ -]?[1-9]\d{1,2}[ -]?\d{3,4}[ -]?\d{4}"  # +86 10 6552 9988
    r")(?![\d*])"
)


def mask_text(text: str) -> str:
    """Free text with every phone number in it masked (138****1234).

    Agents write numbers into notes, matters and reasons ("请回电 139 1234 5678"); anything such
    a text reaches outside the local database (archive, exports, log lines) goes through this.
    """
    return _PHONE_IN_TEXT.sub(lambda m: mask(m.group(0)), text) if text else text
