"""The candidate rules on their own: what any text typed or imported turns into."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import assume, given, strategies as st

from hrdesk import candidate_rules as rules, errors, identity
from hrdesk.candidate_rules import NewCandidate

TODAY = dt.date(2026, 11, 2)
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def _fullwidth(text: str) -> str:
    return "".join(FULLWIDTH.get(c, c) for c in text)


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["320583", "110105", "440106"]))
    birth = draw(st.dates(dt.date(1950, 1, 1), dt.date(2008, 12, 31)))
    first17 = f"{area}{birth:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + identity.id_check_char(first17)


mobiles = st.from_regex(r"\A1[3-9][0-9]{9}\Z")
emails = st.from_regex(r"\A[a-zA-Z0-9._+-]{1,20}@[a-zA-Z0-9-]{1,15}(\.[a-zA-Z]{2,6}){1,2}\Z")
words = st.lists(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                         max_size=12), max_size=12)


@given(emails)
def test_an_email_is_found_again_however_it_is_typed(email: str) -> None:
    normal = rules.normalise_email(email)
    assert normal == email.casefold()
    for typed in (email.upper(), f"  {email} ", _fullwidth(email)):
        assert rules.normalise_email(typed) == normal
    assert rules.normalise_email(normal) == normal


@given(mobiles, st.sampled_from(["", "+86 ", "0086"]), st.booleans())
def test_spellings_of_one_mobile_clean_to_one_number(mobile: str, prefix: str,
                                                     wide: bool) -> None:
    typed = f"{prefix}{mobile[:3]} {mobile[3:7]}-{mobile[7:]}"
    person = rules.clean(NewCandidate("王芳", mobile=_fullwidth(typed) if wide else typed), TODAY)
    assert person.mobile == mobile


@given(id_numbers(), st.booleans())
def test_birth_date_and_gender_come_from_the_id_number(number: str, lower: bool) -> None:
    person = rules.clean(NewCandidate("王芳", id_number=number.lower() if lower else number),
                         TODAY)
    assert person.id_number == number
    assert person.birth_date == identity.birth_date_of(number)
    assert person.gender == identity.gender_of(number)
    # Given and agreeing: accepted. Given and contradicting: refused, naming the field.
    assert rules.clean(NewCandidate("王芳", id_number=number, birth_date=person.birth_date,
                                    gender="男" if person.gender == "M" else "女"), TODAY) \
        == person


@given(id_numbers(), st.integers(1, 3000))
def test_a_birth_date_that_contradicts_the_id_number_is_refused(number: str,
                                                                shift: int) -> None:
    born = identity.birth_date_of(number)
    assert born is not None
    with pytest.raises(errors.InvalidField) as refused:
        rules.clean(NewCandidate("王芳", id_number=number,
                                 birth_date=born - dt.timedelta(days=shift)), TODAY)
    assert refused.value.params["field"] == "birth_date"
    assert refused.value.params["value"] == f"{born:%Y-%m-%d}"


@given(id_numbers())
def test_the_other_gender_is_refused(number: str) -> None:
    other = "F" if identity.gender_of(number) == "M" else "M"
    with pytest.raises(errors.InvalidField) as refused:
        rules.clean(NewCandidate("王芳", id_number=number, gender=other), TODAY)
    assert refused.value.params["field"] == "gender"


@given(st.integers(-1000, 1000))
def test_years_of_experience_stay_between_0_and_60(years: int) -> None:
    person = NewCandidate("王芳", years_experience=years)
    if 0 <= years <= 60:
        assert rules.clean(person, TODAY).years_experience == years
    else:
        with pytest.raises(errors.InvalidRow) as refused:
            rules.clean(person, TODAY, row=7)
        assert refused.value.params["row"] == 7
        assert refused.value.message() == "Row 7, Years of experience: a whole number from 0 to 60"


@given(words)
def test_words_are_kept_once_in_order_and_cleaning_twice_changes_nothing(
        values: list[str]) -> None:
    assume(all(len(identity.halfwidth(v)) <= rules.WORD_MAX for v in values))
    once = rules.normalise_words(values, "skills")
    assert rules.normalise_words(once, "skills") == once
    assert len({w.casefold() for w in once}) == len(once)
    assert all(w and w == w.strip() for w in once)


def test_a_cell_of_skills_is_split_like_excel_people_write_it() -> None:
    assert rules.normalise_words("数控编程，焊接、 FANUC;fanuc", "skills") == [
        "数控编程", "焊接", "FANUC"]


@given(st.text(min_size=0, max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_masking_keeps_length_head_and_tail(value: str, head: int, tail: int) -> None:
    masked = rules.mask(value, head, tail)
    assert masked is not None and len(masked) == len(value)
    if len(value) >= head + tail:
        assert masked[:head] == value[:head]
        assert masked[len(value) - tail:] == value[len(value) - tail:]
        assert masked.count("*") >= len(value) - head - tail


def test_masks_the_ui_shows() -> None:
    assert rules.mask("13912345678", 3, 4) == "139****5678"
    assert rules.mask("32058319900307251X", 4, 2) == "3205************1X"
    assert rules.mask(None, 3, 4) is None


@given(mobiles, id_numbers())
def test_a_query_that_is_a_number_is_looked_up_exactly(mobile: str, number: str) -> None:
    assert rules.parse_search(f" {_fullwidth(mobile[:3])} {mobile[3:]} ") == (mobile, None, [])
    assert rules.parse_search(number.lower()) == (None, number, [])


def test_other_queries_are_words_to_match_in_any_case_and_width() -> None:
    assert rules.parse_search("  ＦＡＮＵＣ   数控 ") == (None, None, ["fanuc", "数控"])
    assert rules.parse_search("1391234") == (None, None, ["1391234"])  # part of a number


@given(st.text(max_size=20))
def test_like_patterns_match_the_term_literally(term: str) -> None:
    pattern = rules.like_pattern(term)
    # Turn our LIKE pattern (escape "!") into a regex, the way SQL reads it.
    regex, i = "", 1
    body = pattern[1:-1]
    while i <= len(body):
        c = body[i - 1]
        if c == "!":
            regex += re.escape(body[i])
            i += 2
            continue
        regex += ".*" if c == "%" else "." if c == "_" else re.escape(c)
        i += 1
    assert re.fullmatch(regex, term, re.DOTALL)
    assert "%" not in term or not re.fullmatch(regex, term.replace("%", "x"), re.DOTALL)


@given(st.text(max_size=10))
def test_json_spelling_is_what_the_column_stores(term: str) -> None:
    assert rules.json_escaped(term) in json.dumps([term]).lower()
