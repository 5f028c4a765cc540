"""The caller out of what softphones and PBX scripts really pass: numbers, SIP/SIPS/tel URIs,
display names and angle brackets. Linphone's "$FROM" (`sip:13108888888@192.168.1.10`) became
13108888888192168110: no screen pop, and the mask 131*************8110."""

from __future__ import annotations

import pytest

from agent_desk.calls.caller_id import parse_caller
from agent_desk.phones import mask


@pytest.mark.parametrize(
    ("text", "number", "name", "normalised"),
    [
        (
            '"张三" <sip:+8613108888888@10.0.0.5:5060;user=phone>',
            "+8613108888888",
            "张三",
            "13108888888",
        ),
        ("sip:13108888888@192.168.1.10", "13108888888", "", "13108888888"),
        ("<sip:13108888888@192.168.1.10>", "13108888888", "", "13108888888"),
        (
            "张三 <sips:13108888888@pbx.example.com:5061;transport=tls>",
            "13108888888",
            "张三",
            "13108888888",
        ),
        (
            '"Zhang, San" <sip:0086-131-0888-8888@pbx>;tag=9f2a',
            "0086-131-0888-8888",
            "Zhang, San",
            "13108888888",
        ),
        ("tel:+86-10-6552-9988;ext=12", "+86-10-6552-9988", "", "01065529988"),
        ("<tel:+8613108888888>", "+8613108888888", "", "13108888888"),
        ("sip:%2B8613108888888@10.0.0.5", "+8613108888888", "", "13108888888"),
        ("SIP:13108888888@10.0.0.5", "13108888888", "", "13108888888"),
        ("sip:13108888888:secret@10.0.0.5", "13108888888", "", "13108888888"),
        ("sip:13108888888", "13108888888", "", "13108888888"),
        ("+86 138 0013 8000", "+86 138 0013 8000", "", "13800138000"),
        ("010-6552 9988 转 12", "010-6552 9988 转 12", "", "01065529988"),
        ('"王 \\"小\\" 明" <sip:1001@pbx>', "1001", '王 "小" 明', "1001"),
        ("sip:anonymous@anonymous.invalid", "", "", ""),
        ('"Anonymous" <sip:anonymous@anonymous.invalid>', "", "Anonymous", ""),
        ("sip:alice@example.com", "", "alice", ""),
        ("sip:10.0.0.5", "", "", ""),
        ("", "", "", ""),
        ("   ", "", "", ""),
    ],
)
def test_the_number_is_the_user_part_and_the_name_the_display_name(text, number, name, normalised):
    caller = parse_caller(text)
    assert (caller.number, caller.name, caller.normalised) == (number, name, normalised)


def test_a_linphone_from_address_masks_like_the_number_it_holds():
    caller = parse_caller("sip:13108888888@192.168.1.10")
    assert mask(caller.number) == "131****8888"


def test_what_a_phone_passes_is_bounded_and_a_number_too_long_is_none():
    """An 80-digit user part was silently cut to its first 64 digits."""
    caller = parse_caller('"' + "名" * 500 + '" <sip:' + "1" * 80 + "@pbx>")
    assert len(caller.name) == 128 and caller.number == ""


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        # Markup in the caller's own URI rendered bold in the banner (and <img> was taken).
        ("sip:%3Cb%3EVIP%3C%2Fb%3E1@10.0.0.5", "", "<b>VIP</b>1"),
        ("<sip:%3Cimg%20src%3Dx%3E138@h>", "", "<img src=x>138"),
        # A user name with a digit is a name, not the number "alice2".
        ("sip:alice2@h", "", "alice2"),
        # An unclosed quote offered the whole string (full number included) as the name.
        ('"Jos <sip:13800138001@h>', "13800138001", "Jos"),
        ("-Private-", "", ""),
        ("１３８．００１３．８０００", "１３８．００１３．８０００", ""),
    ],
)
def test_only_what_numbers_are_written_with_is_a_number(text, number, name):
    caller = parse_caller(text)
    assert (caller.number, caller.name) == (number, name)
