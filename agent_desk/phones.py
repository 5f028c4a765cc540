"""Phone numbers: one normal form for lookup, one masking function for anything leaving the desk.

The desk phone, a softphone and an agent typing all write the same number differently
(+86 138 0013 8000, 0086-13800138000, 010-6552 9988 转 12, １３８．００１３．８０００). Lookup
needs one key; privacy needs every number that leaves the desk masked as 138****1234, and so
every 18-digit resident ID number (身份证) and 16–19 digit bank card number in free text.

Numbers are parsed with `phonenumbers` (Google's libphonenumber data) rather than hand-written
patterns; free text is scanned with its `PhoneNumberMatcher`. Full-width digits and punctuation
are folded to ASCII first (NFKC, one character at a time so positions stay put).
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumberMatcher

REGION = "CN"
_EXTENSION = re.compile(r"(?:ext\.?|extension|x|#|转|分机)\s*\d+\s*$", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def _ascii(text: str) -> str:
    """Full-width digits, dots, dashes, brackets and spaces as ASCII; the length is kept."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out).replace("\u3000", " ")


def _key(number: phonenumbers.PhoneNumber) -> str:
    """The lookup key of a parsed number (see `normalise`)."""
    national = phonenumbers.national_significant_number(number)
    if number.country_code != 86:
        return f"00{number.country_code}{national}"
    return national if _MOBILE.match(national) else "0" + national


def parse(raw: str) -> phonenumbers.PhoneNumber | None:
    """The number libphonenumber reads in `raw` (mainland China by default), if it is valid."""
    text = _EXTENSION.sub("", _ascii(raw or "").strip())
    if not text or len(text) > 64:
        return None
    try:
        number = phonenumbers.parse(text, REGION)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalise(raw: str) -> str:
    """The lookup key: national digits only, without +86/0086, separators or extension.

    Mainland mobiles become 11 digits starting with 1 (13800138000); landlines keep their trunk
    0 and area code (01065529988), the form people write and desk phones show. A number from
    another country keeps its country code after "00" (0044...). A number libphonenumber does
    not know as valid (a short service number, a fragment) keeps its digits, as before.
    """
    if _MOBILE.match(raw):
        return raw  # already the key: what parsing gives for any 11-digit mainland mobile
    number = parse(raw)
    if number is not None:
        return _key(number)
    return _digits_key(_EXTENSION.sub("", _ascii(raw or "").strip()))


def shown(raw: str) -> str:
    """A caller's number as the desk writes it (banner, form, card, case contact).

    A mainland number given in its international form (+8613912345678 from a SIP URI,
    +86 138 0013 8000, 0086-10-6552-9988) is written as people and desk phones write it, its
    key (13912345678, 01065529988); any other number stays as it was given (010-6552 9988 转 12
    keeps its extension, a foreign number its country code).
    """
    text = (raw or "").strip()
    folded = _ascii(text).strip()
    international = folded.startswith("+86") or _NOT_DIGIT.sub("", folded).startswith("0086")
    if not international or _EXTENSION.search(folded):
        return text
    key = normalise(text)
    if is_mobile(key) or (key.startswith("0") and not key.startswith("00")):
        return key
    return text


def _digits_key(text: str) -> str:
    """The key of what libphonenumber does not accept: the digits, prefixes taken apart."""
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
        return national if is_mobile(national) or national.startswith("0") else "0" + national
    if len(digits) == 13 and digits.startswith("86") and is_mobile(digits[2:]):
        return digits[2:]
    if len(digits) == 12 and digits.startswith("0") and is_mobile(digits[1:]):
        return digits[1:]
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


# Resident ID numbers (18 characters, the last a digit or X) and bank cards (16–19 digits, run
# together or in groups of four), neither glued to other letters or digits.
# An ID number is also written in its groups (area 6, birth date 8, 4), with spaces, dashes or dots.
# The desk's own identifiers (a call's or an article's UUID, a sha256 digest of a long call id)
# are no one's number, but their digit runs look like one: `3f2a…-6155-9161-…` came out of an
# error message as `615*9161`, so the id in it named nothing.
_IDENTIFIER = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
    r"|(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{32,})(?![0-9A-Za-z])"
)
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{6}[ .-]?\d{8}[ .-]?\d{3}[0-9Xx](?![0-9A-Za-z])")
# A digit run longer than any card (two mobiles typed without a space): none of it is left.
_LONG_RUN = re.compile(r"(?<!\d)\d{20,}(?!\d)")
# A run of 12-15 digits with a mobile inside it (a digit typed too many, 1380013800011): no
# phone rule takes it whole, and its 11 digits would leave in full.
_RUN_WITH_MOBILE = re.compile(r"(?<![0-9A-Za-z*])\d{12,15}(?![0-9A-Za-z*])")
_MOBILE_INSIDE = re.compile(r"1[3-9]\d{9}")
# Separators a Chinese keyboard types between digit groups (the ideographic full stop, middle
# dots, tildes, underscores), read as "-" when between two digits: 138。0013。8000.
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[\u3002\u00b7\u30fb\u2027~\uff5e_](?=\d)")
# A landline without its area code (8 digits, 65521234), unless it is a date (20261124).
_LOCAL_LANDLINE = re.compile(r"(?<![\d*])[2-9]\d{3}[ -]?\d{4}(?![\d*])")
_CARD_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])"
)
# The safety net behind the matcher: mainland mobiles in any prefix the data does not list yet
# (+86, 0086, separators, brackets) and landlines with their trunk 0.
_PHONE_IN_TEXT = re.compile(
    r"(?<![\d*])(?:"
    r"(?:(?:\+|00)86[ .-]?)?\(?1[3-9]\d\)?(?:[ .-]?\d){8}"
    r"|\(?0\d{2,3}\)?[ .-]?\d{3,4}[ .-]?\d{4}"
    r"|(?:\+|00)86[ .-]?[1-9]\d{1,2}[ .-]?\d{3,4}[ .-]?\d{4}"
    r")(?![\d*])"
)


# A day as the share's folders and log lines write it (2026-11-27): never part of a number.
_ISO_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)")


def _accept(match: phonenumbers.PhoneNumberMatch) -> bool:
    """A real phone number, not a date or an order number that merely could be one (nor the
    end of a branch code and a day of a share path: `GZ01/2026-11-27` is not 012***1127)."""
    if _ISO_DAY.search(match.raw_string):
        return False
    number = match.number
    if phonenumbers.is_valid_number(number):
        return True
    national = phonenumbers.national_significant_number(number)
    written = match.raw_string.lstrip("(")
    return bool(_MOBILE.match(national)) or (written.startswith(("+", "0")) and len(national) >= 9)


def _keep_tail(digits: str, keep: int = 4) -> str:
    return "*" * (len(digits) - keep) + digits[-keep:]


def find_sensitive(text: str) -> list[tuple[int, int, str]]:
    """(start, end, masked form) of every ID, card and phone number in `text`, in order."""
    if not text:
        return []
    scan = _DIGIT_SEPARATOR.sub("-", _ascii(text))
    spans: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _m in spans)

    def blank(start: int, end: int) -> None:
        nonlocal scan
        scan = scan[:start] + "x" * (end - start) + scan[end:]

    for m in _IDENTIFIER.finditer(scan):
        blank(m.start(), m.end())
    for m in _ID_NUMBER.finditer(scan):
        value = _NOT_DIGIT.sub("", m.group(0)[:-1]) + m.group(0)[-1]
        spans.append((m.start(), m.end(), value[:3] + "*" * 11 + value[-4:]))
    for m in _LONG_RUN.finditer(scan):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), _keep_tail(m.group(0))))
    for m in _CARD_NUMBER.finditer(scan):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), _keep_tail(_NOT_DIGIT.sub("", m.group(0)))))
    for start, end, _m in spans:
        blank(start, end)
    for match in PhoneNumberMatcher(scan, REGION, leniency=Leniency.POSSIBLE):
        if _accept(match) and free(match.start, match.end):
            spans.append((match.start, match.end, mask(match.raw_string)))
            blank(match.start, match.end)
    for m in _PHONE_IN_TEXT.finditer(scan):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), mask(m.group(0))))
            blank(m.start(), m.end())
    for m in _RUN_WITH_MOBILE.finditer(scan):
        if free(m.start(), m.end()) and _MOBILE_INSIDE.search(m.group(0)):
            spans.append((m.start(), m.end(), _keep_tail(m.group(0))))
            blank(m.start(), m.end())
    for m in _LOCAL_LANDLINE.finditer(scan):
        digits = _NOT_DIGIT.sub("", m.group(0))
        if free(m.start(), m.end()) and not _is_date(digits):
            spans.append((m.start(), m.end(), digits[:3] + "*" + digits[-4:]))
    return sorted(spans)


def _is_date(digits: str) -> bool:
    """20261124: a date written without separators, as order numbers and file names hold."""
    from datetime import date

    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return 1900 <= int(digits[:4]) <= 2100


def mask_text(text: str) -> str:
    """Free text with every phone, ID and card number in it masked (138****1234).

    Agents write numbers into notes, matters and reasons ("请回电 139 1234 5678"); anything such
    a text reaches outside the local database (archive, exports, log lines, error messages)
    goes through this.
    """
    if not text:
        return text
    spans = find_sensitive(text)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end, masked in spans:
        out.append(text[last:start])
        out.append(masked)
        last = end
    out.append(text[last:])
    return "".join(out)
