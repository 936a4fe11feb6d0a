from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from hrdesk import identity

FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["320583", "110105", "440106", "510104"]))
    birth = draw(st.dates(dt.date(1950, 1, 1), dt.date(2008, 12, 31)))
    serial = draw(st.integers(0, 999))
    first17 = f"{area}{birth:%Y%m%d}{serial:03d}"
    return first17 + identity.id_check_char(first17)


@given(id_numbers())
def test_valid_id_numbers_are_accepted_in_any_width(number: str) -> None:
    assert identity.normalise_id_number(number) == number
    assert identity.normalise_id_number(number.translate(FULLWIDTH)) == number
    assert identity.normalise_id_number(number.lower()) == number


@given(id_numbers(), st.integers(0, 16), st.integers(1, 9))
def test_a_changed_digit_fails_the_checksum(number: str, pos: int, delta: int) -> None:
    digit = (int(number[pos]) + delta) % 10
    broken = number[:pos] + str(digit) + number[pos + 1:]
    assert identity.normalise_id_number(broken) is None


def test_known_id_number_birth_and_gender() -> None:
    number = "11010519491231002X"
    assert identity.normalise_id_number(number) == number
    assert identity.birth_date_of(number) == dt.date(1949, 12, 31)
    assert identity.gender_of(number) == "F"


def test_impossible_birth_date_is_refused() -> None:
    first17 = "32058319990230123"  # 30 February
    assert identity.normalise_id_number(first17 + identity.id_check_char(first17)) is None


@given(st.sampled_from("3456789"), st.integers(0, 10**9 - 1))
def test_mobiles_with_spaces_dashes_and_prefix(second: str, rest: int) -> None:
    number = f"1{second}{rest:09d}"
    spaced = f"+86 {number[:3]}-{number[3:7]} {number[7:]}"
    assert identity.normalise_mobile(spaced) == number
    assert identity.normalise_mobile(number.translate(FULLWIDTH)) == number


def test_landline_is_not_a_mobile() -> None:
    assert identity.normalise_mobile("0512-57771234") is None
    assert identity.normalise_mobile("12345678901") is None
