"""Numbers as desk phones, softphones and agents write them all find the same customer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_desk.phones import is_mobile, mask, normalise


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "+86 138 0013 8000",
        "0086-138-0013-8000",
        "+86 (138) 0013-8000",
        "86 13800138000",
        "013800138000",
        "138 0013 8000 ext 12",
        " 138-0013-8000 ",
    ],
)
def test_one_mobile_many_spellings(raw):
    assert normalise(raw) == "13800138000"


@pytest.mark.parametrize(
    "raw",
    [
        "010-6552 9988",
        "(010) 65529988",
        "+86 10 6552 9988",
        "0086 10 65529988",
        "010-65529988 转 8001",
        "01065529988#123",
    ],
)
def test_one_landline_many_spellings(raw):
    assert normalise(raw) == "01065529988"


def test_a_foreign_number_keeps_its_country_code():
    assert normalise("+44 20 7946 0958") == "00442079460958"
    assert normalise("0044 20 7946 0958") == "00442079460958"


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
separators = st.sampled_from(["", " ", "-", "  ", "."])


@given(mobiles, separators, st.sampled_from(["", "+86", "0086", "+86 ", "0086-"]))
def test_any_mobile_with_prefix_and_separators_normalises_to_itself(number, sep, prefix):
    spaced = sep.join([number[:3], number[3:7], number[7:]])
    assert normalise(prefix + spaced) == number
    assert is_mobile(normalise(prefix + spaced))


@given(st.text(max_size=40))
def test_normalise_never_fails_and_gives_digits(text):
    assert normalise(text).isdigit() or normalise(text) == ""


def test_masking_keeps_three_and_four():
    assert mask("13812341234") == "138****1234"
    assert mask("+86 138 1234 1234") == "138****1234"
    assert mask("01065529988") == "010****9988"
    assert mask("") == ""


@given(mobiles)
def test_a_masked_mobile_never_shows_its_middle(number):
    masked = mask(number)
    assert masked == number[:3] + "****" + number[-4:]
