"""Numbers as desk phones, softphones and agents write them all find the same customer."""

from __future__ import annotations

import re

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


# --- issue 12: one normaliser and one masker on libphonenumber ---------------------------------

from agent_desk.phones import mask_text  # noqa: E402

FULL_WIDTH = str.maketrans("0123456789+-.() ", "０１２３４５６７８９＋－．（）\u3000")
AREA_CODES = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "311", "371", "431",
              "451", "512", "531", "571", "591", "731", "755", "769", "871", "898")  # fmt: skip
valid_mobiles = st.sampled_from(
    ["138", "139", "135", "150", "151", "158", "186", "187", "177", "199", "166", "147"]
).flatmap(lambda head: st.from_regex(rf"{head}[0-9]{{8}}", fullmatch=True))
landlines = st.tuples(st.sampled_from(AREA_CODES), st.from_regex(r"[2-8][0-9]{7}", fullmatch=True))


def spelled(number: str, sep: str, bracket: bool) -> str:
    head, mid, tail = number[:3], number[3:7], number[7:]
    return (f"({head})" if bracket else head) + sep + mid + sep + tail


@given(
    valid_mobiles,
    st.sampled_from(["", " ", "-", ".", "  "]),
    st.sampled_from(["", "+86", "0086", "+86 ", "0086-", "86 "]),
    st.booleans(),
    st.booleans(),
)
def test_every_written_form_of_a_mobile_normalises_to_it(number, sep, prefix, bracket, wide):
    raw = prefix + spelled(number, sep, bracket and not prefix)
    if wide:
        raw = raw.translate(FULL_WIDTH)
    assert normalise(raw) == number


@given(landlines, st.sampled_from(["-", " ", "", ")"]), st.sampled_from(["0", "+86 ", "0086 "]),
       st.booleans())  # fmt: skip
def test_every_written_form_of_a_landline_normalises_with_its_area_code(
    landline, sep, prefix, wide
):
    area, local = landline
    raw = ("(0" + area + sep if sep == ")" else prefix + area + sep) + local
    if wide:
        raw = raw.translate(FULL_WIDTH)
    assert normalise(raw) == "0" + area + local


@given(
    valid_mobiles,
    st.sampled_from(["", " ", "-", "."]),
    st.sampled_from(["", "+86 ", "0086"]),
    st.booleans(),
    st.sampled_from(["请回电 {}，谢谢", "客户号码{}。", "{}", "备用:{} 或邮件", "电话（{}）"]),
)
def test_a_mobile_in_a_sentence_never_stays_readable(number, sep, prefix, wide, sentence):
    raw = prefix + spelled(number, sep, False)
    if wide:
        raw = raw.translate(FULL_WIDTH)
    masked = mask_text(sentence.format(raw))
    assert masked.count("*") == 4 and number[:3] + "****" + number[-4:] in masked


@given(landlines, st.sampled_from(["-", " "]))
def test_a_landline_in_a_sentence_never_stays_readable(landline, sep):
    area, local = landline
    masked = mask_text(f"打过 0{area}{sep}{local[:4]} {local[4:]} 没人接")
    digits = "0" + area + local
    assert masked == f"打过 {digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]} 没人接"


@pytest.mark.parametrize(
    "written",
    ["１３８００１３８０００", "138.0013.8000", "138 00 13 80 00", "(138)0013-8000"],
)
def test_the_forms_masking_missed_are_masked(written):
    assert normalise(written) == "13800138000"
    assert mask_text(f"请回电 {written} 谢谢") == "请回电 138****8000 谢谢"


def test_the_sentence_from_the_issue_is_masked_whole():
    text = "请回电 １３８．００１３．８０００ 或者 (138)0013-8000，身份证110101199003071234"
    assert mask_text(text) == "请回电 138****8000 或者 138****8000，身份证110***********1234"


def test_id_and_card_numbers_are_masked_but_dates_and_amounts_are_not():
    text = (
        "身份证 11010119900307123X，卡号 6222 0212 3456 7890 123 和 6222021234567890，"
        "2026-11-24 11:00 退 50 元，订单 20261124"
    )
    masked = mask_text(text)
    assert "110***********123X" in masked
    assert "***************0123" in masked and "************7890" in masked
    assert masked.endswith("2026-11-24 11:00 退 50 元，订单 20261124")


@pytest.mark.parametrize(
    ("written", "hidden"),
    [
        ("身份证 110101 19900307 1234", "19900307"),
        ("ID 110101-19900307-1234", "19900307"),
        ("身份证 110101.19900307.123X", "19900307"),
        ("号码1380013800013912345678", "0013800"),  # two mobiles run together
        ("座机 65521234", "6552123"),  # a landline without its area code
        ("座机 6552-1234", "6552-"),
    ],
)
def test_the_forms_the_review_found_readable_are_masked(written, hidden):
    masked = mask_text(written)
    assert hidden not in masked and masked != written
    assert masked.endswith(written[-4:])  # the last four, as every masked number


def test_a_date_written_as_eight_digits_is_not_a_landline():
    assert mask_text("订单 20261124 于 19991231") == "订单 20261124 于 19991231"


def test_the_desks_own_ids_in_a_message_are_not_taken_for_numbers():
    """An article id with the digit run 6155-9161 came out of a CLI error as 615*9161."""
    article = "3f2a1b2c-6155-9161-4b2c-0123456789ab"
    digest = "9b1c2d3e" * 8  # a long call id is kept as its sha256
    text = f"article {article} refused; call {digest} from 13800138000"
    assert mask_text(text) == f"article {article} refused; call {digest} from 138****8000"


@pytest.mark.parametrize(
    "text",
    [
        "请回电 138。0013。8000",  # the ideographic full stop a Chinese keyboard types for "."
        "138·0013·8000",
        "138・0013・8000",
        "138~0013~8000",
        "138～0013～8000",
        "138_0013_8000",
        "１３８０＿０１３８０００",
        "电话1380013800011",  # a digit typed too many: no phone rule takes the run
        "138001380001",
        "13800138000１",
    ],
)
def test_forms_the_breaker_found_leave_no_mobile_readable(text):
    """Review (breaker F2): each of these left all eleven digits of 13800138000 readable."""
    masked = mask_text(text)
    assert "*" in masked
    digits = re.sub(r"[^0-9*]", "", masked.translate(_NARROW))
    assert not re.search(r"1[3-9]\d{9}", digits), masked


_NARROW = str.maketrans("０１２３４５６７８９", "0123456789")


@pytest.mark.parametrize(
    "text",
    [
        "BJ01·1001 李小梅",
        "20261130135959",
        "agent_desk-20261202T002147Z-678294-manual.db",
        "2001_20261102T0900_9f1c",
        "TS-20261124-0001",
        "订单号 202611241530001",
    ],
)
def test_codes_times_and_file_names_are_not_taken_for_numbers(text):
    assert mask_text(text) == text
