"""The per-cell normalisers of an import: examples of every listed format and
properties over generated input (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from hrdesk import identity
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.imports import normalise, problems

FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def rejected_code(normaliser: object, raw: object) -> str:
    with pytest.raises(normalise.Rejected) as caught:
        normaliser(raw)  # type: ignore[operator]
    return caught.value.code


# --- text ----------------------------------------------------------------------------


def test_full_width_text_becomes_half_width() -> None:
    assert normalise.text("ＡＢＣ１２３＠") == "ABC123@"
    assert normalise.text("　李　雷　") == "李 雷"
    assert normalise.name("　李　雷　") == "李雷"


@given(st.text())
def test_text_normalising_is_idempotent(raw: str) -> None:
    once = normalise.text(raw)
    assert normalise.text(once) == once
    assert normalise.multiline_text(normalise.multiline_text(raw)) == normalise.multiline_text(raw)


def test_names() -> None:
    assert normalise.name(" 欧阳 娜娜 ") == "欧阳娜娜"
    assert normalise.name("John   Smith") == "John Smith"
    assert normalise.name("买买提·艾力") == "买买提·艾力"
    assert rejected_code(normalise.name, "　") == "name.missing"


@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=2,
               max_size=4), st.lists(st.sampled_from([" ", "　", "  "]), min_size=1, max_size=3))
def test_spaces_inside_a_chinese_name_are_dropped(name: str, spaces: list[str]) -> None:
    spaced = "".join(c + (spaces[i % len(spaces)] if i < len(name) - 1 else "")
                     for i, c in enumerate(name))
    assert normalise.name(spaced) == name
    assert normalise.name(name) == name


def test_words_split_at_every_separator() -> None:
    assert normalise.words("Java、Python，C++;SQL；Excel/CAD  PLC,java") == (
        "Java", "Python", "C++", "SQL", "Excel", "CAD", "PLC")


def _one_word(word: str) -> bool:
    # Some compatibility letters become a space plus marks under NFKC (ﱞ → " ٌّ"):
    # those are two words to the splitter, as they should be.
    return not any(c.isspace() or c in "、，,;；/" for c in normalise.halfwidth(word))


@given(st.lists(st.text(st.characters(categories=["L", "N"]), min_size=1).filter(_one_word),
                max_size=8),
       st.sampled_from(["、", "，", ",", ";", "；", "/", " ", "  "]))
def test_words_are_kept_in_order_and_idempotent(words: list[str], separator: str) -> None:
    result = normalise.words(separator.join(words))
    assert normalise.words("、".join(result)) == result
    assert [w.casefold() for w in result] == list(dict.fromkeys(
        normalise.halfwidth(w).casefold() for w in words))


# --- mobile -------------------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@pytest.mark.parametrize("raw", ["13812345678", "138 1234 5678", "138-1234-5678", "138.1234.5678",
                                 "+86 138 1234 5678", "+86-13812345678", "008613812345678",
                                 "86-13812345678", "(+86)13812345678", "１３８１２３４５６７８",
                                 13812345678, 13812345678.0, "13812345678.0"])
def test_mobile_formats(raw: object) -> None:
    assert normalise.mobile(raw) == "13812345678"


@given(mobiles, st.sampled_from(["", "+86", "+86 ", "0086", "86-"]),
       st.sampled_from(["", " ", "-", "."]), st.booleans())
def test_any_formatted_mobile_survives(number: str, prefix: str, sep: str, wide: bool) -> None:
    raw = prefix + number[:3] + sep + number[3:7] + sep + number[7:]
    if wide:
        raw = raw.translate(FULLWIDTH)
    assert normalise.mobile(raw) == number
    assert normalise.mobile(normalise.mobile(raw)) == number


@given(mobiles)
def test_a_mobile_excel_stored_as_a_number_comes_back_as_text(number: str) -> None:
    assert normalise.mobile(float(number)) == number
    assert normalise.mobile(int(number)) == number


@pytest.mark.parametrize("raw", ["1381234567", "23812345678", "1380000000٠", "12812345678", "020-12345678",
                                 "138123456789", "abc"])
def test_not_a_mobile(raw: str) -> None:
    assert rejected_code(normalise.mobile, raw) == "mobile.invalid"


# --- email --------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("Zhang.San@Example.COM", "Zhang.San@example.com"), ("ｚｓ＠ｑｑ．ｃｏｍ", "zs@qq.com"),
    ("zs@qq。com", "zs@qq.com"), (" zs @ 163.com ", "zs@163.com"),
    ("mailto:a+b@x.com.cn", "a+b@x.com.cn")])
def test_email_formats(raw: str, expected: str) -> None:
    assert normalise.email(raw) == expected


@pytest.mark.parametrize("raw", ["zs@qq", "zs.qq.com", "@qq.com", "zs@@qq.com", "a..b@x.com",
                                 "zs@qq..com", "zs@-.c"])
def test_not_an_email(raw: str) -> None:
    assert rejected_code(normalise.email, raw) == "email.invalid"


@given(st.emails())
def test_email_normalising_is_idempotent(address: str) -> None:
    try:
        once = normalise.email(address)
    except normalise.Rejected:
        return  # hypothesis also draws addresses with IP-literal domains and the like
    assert normalise.email(once) == once
    assert once.split("@")[1] == once.split("@")[1].lower()


# --- ID number ------------------------------------------------------------------------


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["320583", "110105", "440106", "510104"]))
    birth = draw(st.dates(dt.date(1930, 1, 1), dt.date(2008, 12, 31)))
    first17 = f"{area}{birth:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + identity.id_check_char(first17)


@given(id_numbers(), st.booleans(), st.sampled_from(["", " ", "'"]))
def test_any_valid_id_number_round_trips(number: str, lower: bool, decoration: str) -> None:
    raw = decoration + (number.lower() if lower else number).translate(FULLWIDTH)
    assert normalise.id_number(raw) == number
    assert normalise.id_number(number) == number
    assert identity.birth_date_of(number) == dt.date(
        int(number[6:10]), int(number[10:12]), int(number[12:14]))


@given(id_numbers())
def test_an_id_number_as_excel_number_is_recognised_as_damaged(number: str) -> None:
    if number.endswith("X"):
        return
    assert rejected_code(normalise.id_number, float(number)) == "id_number.scientific"
    assert rejected_code(normalise.id_number, f"{float(number):.5E}") == "id_number.scientific"


@pytest.mark.parametrize("raw", ["4.40106E+17", "4.40106e+17", "4.40106E17", 4.40106e17,
                                 440106199001021000])
def test_scientific_notation_id_numbers(raw: object) -> None:
    assert rejected_code(normalise.id_number, raw) == "id_number.scientific"


def test_id_number_errors_say_what_is_wrong() -> None:
    assert rejected_code(normalise.id_number, "110105194912310021") == "id_number.checksum"
    assert rejected_code(normalise.id_number, "1101051949123100") == "id_number.invalid"
    first17 = "11010519491331002"  # month 13
    assert rejected_code(normalise.id_number, first17 + identity.id_check_char(first17)) == (
        "id_number.birth_date")


def test_a_refusal_is_a_code_and_the_value_as_shown_worded_by_its_template() -> None:
    with pytest.raises(normalise.Rejected) as caught:
        normalise.id_number(4.40106e17)
    assert caught.value.params == {"value": "4.40106E+17"}  # as Excel shows it
    assert caught.value.message == problems.TEMPLATES["id_number.scientific"].format(
        value="4.40106E+17")
    first17 = "11010519491331002"
    with pytest.raises(normalise.Rejected) as caught:
        normalise.id_number(first17 + identity.id_check_char(first17))
    assert caught.value.params["birth"] == "19491331"
    assert "19491331" in caught.value.message


def test_old_15_digit_id_numbers_are_upgraded() -> None:
    assert normalise.id_number("110105491231002") == "11010519491231002X"
    assert normalise.id_number(110105491231002) == "11010519491231002X"  # Excel keeps 15 digits


# --- person -------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("男", "M"), ("女", "F"), ("M", "M"), ("f", "F"), ("Male", "M"), ("FEMALE", "F"),
    ("男性", "M"), (" 女 ", "F")])
def test_genders(raw: str, expected: str) -> None:
    assert normalise.gender(raw) == expected
    assert normalise.gender(expected) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("本科", "本科"), ("大学本科", "本科"), ("专科", "大专"), ("大学专科", "大专"), ("研究生", "硕士"),
    ("硕士研究生", "硕士"), ("中技", "中专"), ("技校", "中专"), ("职高", "中专"), ("本科及以上", "本科"),
    ("全日制大专", "大专"), ("初中及以下", "初中"), ("博士后", "博士"), ("Bachelor's degree", "本科"),
    ("Master", "硕士"), ("PhD", "博士"), ("MBA", "硕士"), ("高中", "高中")])
def test_education_levels(raw: str, expected: str) -> None:
    assert normalise.education(raw) == expected


@pytest.mark.parametrize("level", EDUCATION_LEVELS)
def test_each_education_level_is_itself(level: str) -> None:
    assert normalise.education(level) == level


def test_unknown_education() -> None:
    assert rejected_code(normalise.education, "其他") == "education.unknown"


@pytest.mark.parametrize(("raw", "expected"), [
    ("5年", 5), ("5", 5), (5, 5), (5.0, 5), ("应届生", 0), ("应届", 0), ("在校生", 0),
    ("10年以上", 10), ("3-5年", 3), ("3~5年", 3), ("3至5年", 3), ("一年", 1), ("两年", 2),
    ("三年", 3), ("十年", 10), ("十二年", 12), ("二十年以上", 20), ("无经验", 0), ("无", 0),
    ("1年以下", 0), ("半年", 0), ("6个月", 0), ("18个月", 1), ("5 years", 5), ("２年", 2),
    ("5年3个月", 5), ("2.5年", 2)])
def test_years_of_experience(raw: object, expected: int) -> None:
    assert normalise.years_experience(raw) == expected


@pytest.mark.parametrize("raw", ["很多", "61年", -1, 99.0, True, float("nan"), "十十年"])
def test_not_years_of_experience(raw: object) -> None:
    assert rejected_code(normalise.years_experience, raw) == "years_experience.invalid"


@given(st.integers(0, 60), st.sampled_from(["{}", "{}年", "{}年以上", "{}-{}年", "{} years"]))
def test_years_are_the_lower_bound_and_idempotent(years: int, form: str) -> None:
    result = normalise.years_experience(form.format(years, years + 2))
    assert result == years
    assert normalise.years_experience(result) == result


# --- dates -------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("1990-01-02", dt.date(1990, 1, 2)), ("1990/1/2", dt.date(1990, 1, 2)),
    ("1990.1.2", dt.date(1990, 1, 2)), ("1990年1月2日", dt.date(1990, 1, 2)),
    ("19900102", dt.date(1990, 1, 2)), ("1990-01", dt.date(1990, 1, 1)),
    ("1990年1月", dt.date(1990, 1, 1)), ("1990-01-02 00:00:00", dt.date(1990, 1, 2)),
    ("１９９０年１月２日", dt.date(1990, 1, 2)), (32875, dt.date(1990, 1, 2)),
    (32875.75, dt.date(1990, 1, 2)), ("32875", dt.date(1990, 1, 2)),
    (1, dt.date(1900, 1, 1)), (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)),
    (dt.datetime(1990, 1, 2, 8, 30), dt.date(1990, 1, 2)), (dt.date(1990, 1, 2), dt.date(1990, 1, 2))])
def test_date_formats(raw: object, expected: dt.date) -> None:
    assert normalise.date(raw) == expected


@pytest.mark.parametrize("raw", ["1990-13-01", "1990-02-30", "明年", 60, 0, -5, "19901302", True])
def test_not_dates(raw: object) -> None:
    assert rejected_code(normalise.date, raw) == "date.invalid"


@given(st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)))
def test_excel_serials_and_every_text_form_agree(day: dt.date) -> None:
    serial = (day - dt.date(1899, 12, 30)).days
    assert normalise.date(serial) == day
    assert normalise.date(float(serial) + 0.5) == day
    for form in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d"):
        assert normalise.date(day.strftime(form)) == day
    assert normalise.date(normalise.date(day.isoformat())) == day


# --- salary ------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("8-12K", "8000-12000"), ("8k-12k", "8000-12000"), ("8000-12000元/月", "8000-12000"),
    ("8千-1.2万", "8000-12000"), ("面议", "面议"), ("薪资面议", "面议"), ("8000", "8000"),
    (8000, "8000"), (8000.0, "8000"), ("10K以上", "10000以上"), ("1万+", "10000以上"),
    ("15-20K·13薪", "15000-20000·13薪"), ("20-30万/年", "200000-300000/年"),
    ("年薪20万", "200000/年"), ("8,000-12,000", "8000-12000"), ("８－１２Ｋ", "8000-12000"),
    ("看情况", "看情况"), ("8000-12K", "8000-12000")])
def test_salaries(raw: object, expected: str) -> None:
    assert normalise.expected_salary(raw) == expected


@given(st.integers(1, 200), st.integers(0, 200), st.sampled_from(["k", "K", "千", "万", "元", ""]),
       st.sampled_from(["", "/月", "元/月", "/年", "·13薪"]))
def test_salary_normalising_is_idempotent(low: int, extra: int, unit: str, tail: str) -> None:
    once = normalise.expected_salary(f"{low}-{low + extra}{unit}{tail}")
    assert normalise.expected_salary(once) == once


@given(st.text(max_size=20))
def test_any_salary_text_is_kept_or_normalised_and_stable(raw: str) -> None:
    once = normalise.expected_salary(raw)
    assert normalise.expected_salary(once) == once
