"""A sheet row becomes candidate values plus the problems a person must see."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from hrdesk import candidate_rules
from hrdesk.imports import fields, mapping, rows

HEADERS = ["姓名", "手机号码", "邮箱", "身份证号", "性别", "出生日期", "学历", "工作年限（年）",
           "期望薪资", "技能", "备注", "年龄"]
ID_F = "11010519491231002X"  # a woman born 1949-12-31


def build(**cells: object) -> rows.CandidateRow:
    by_header = dict(zip(HEADERS, ["张三", "13812345678"] + [None] * 10, strict=True))
    by_header.update({HEADERS[int(k[1:])]: v for k, v in cells.items()})
    return rows.build_row(HEADERS, mapping.auto_map(HEADERS), list(by_header.values()),
                          today=dt.date(2025, 6, 1))


def codes(row: rows.CandidateRow) -> set[str]:
    return {p.code for p in row.problems}


def test_a_complete_row_is_normalised_without_problems() -> None:
    row = build(c0="张 三", c1=13812345678.0, c2="Zhang@EXAMPLE.COM", c3=ID_F, c4="女",
                c5="1949/12/31", c6="大学本科", c7="3-5年", c8="8-12K", c9="Java、Python",
                c11=30)
    assert row.problems == ()
    assert not row.fatal
    assert row.values == {
        "name": "张三", "mobile": "13812345678", "email": "Zhang@example.com",
        "id_number": ID_F, "gender": "F", "birth_date": dt.date(1949, 12, 31),
        "education": "本科", "years_experience": 3, "expected_salary": "8000-12000",
        "skills": ("Java", "Python")}
    assert row.extra == {"年龄": "30"}


def test_a_row_without_name_is_fatal() -> None:
    row = build(c0="  ")
    assert row.fatal and "name.missing" in codes(row)


def test_a_row_without_any_contact_is_fatal() -> None:
    row = build(c1=None)
    assert row.fatal and codes(row) == {"contact.missing"}


def test_a_bad_mobile_is_a_warning_when_an_email_identifies_the_person() -> None:
    row = build(c1="020-12345678", c2="a@b.cn")
    assert not row.fatal
    assert [p.code for p in row.problems] == ["mobile.invalid"]
    assert "020-12345678" in row.problems[0].message
    assert "mobile" not in row.values and "020-12345678" not in row.extra.values()


def test_a_bad_mobile_alone_is_fatal() -> None:
    row = build(c1="1381234567")
    assert row.fatal and codes(row) == {"mobile.invalid"}


def test_an_id_number_excel_made_scientific_is_never_stored() -> None:
    for damaged in (4.40106199001021e17, "4.40106E+17", 440106199001021000):
        row = build(c3=damaged)
        assert "id_number.scientific" in codes(row)
        assert "id_number" not in row.values
        assert not any("E+17" in v or "4401" in v for v in row.extra.values())
        assert not row.fatal  # the mobile still identifies the person


def test_the_scientific_message_shows_the_number_as_excel_did() -> None:
    (problem,) = build(c3=4.40106199001021e17).problems
    assert problem.message == ("ID number 4.40106E+17 was turned into a number by Excel; "
                               "its last digits are lost.")


def test_id_number_fills_birth_date_and_gender_and_wins_a_mismatch() -> None:
    assert build(c3=ID_F).values["birth_date"] == dt.date(1949, 12, 31)
    row = build(c3=ID_F, c4="男", c5="1950-01-01")
    assert codes(row) == {"gender.mismatch", "birth_date.mismatch"}
    message = next(p.message for p in row.problems if p.code == "birth_date.mismatch")
    assert "1950-01-01" in message and "1949-12-31" in message
    assert (row.values["gender"], row.values["birth_date"]) == ("F", dt.date(1949, 12, 31))
    assert not row.fatal


def test_an_old_15_digit_id_number_is_upgraded_with_a_note() -> None:
    row = build(c3="110105491231002")
    assert row.values["id_number"] == ID_F
    assert codes(row) == {"id_number.upgraded"}


def test_values_that_do_not_normalise_are_kept_as_extra_attributes() -> None:
    row = build(c4="未知", c6="其他", c7="很多年", c5="明年")
    assert codes(row) == {"gender.invalid", "education.unknown", "years_experience.invalid",
                          "date.invalid"}
    assert row.extra == {"性别": "未知", "学历": "其他", "工作年限（年）": "很多年", "出生日期": "明年"}
    assert not row.fatal


def test_a_future_birth_date_is_refused() -> None:
    row = build(c5="2030-01-01")
    assert "birth_date" not in row.values and "birth_date.birth_date" in codes(row)


def test_formula_text_stays_plain_text() -> None:
    row = build(c0="=HYPERLINK(\"x\")", c10="=1+1", c11="=cmd|' /C calc'!A0")
    assert row.values["name"] == '=HYPERLINK("x")'
    assert row.values["notes"] == "=1+1"
    assert row.extra["年龄"] == "=cmd|' /C calc'!A0"


def test_several_mobiles_in_one_cell_keep_the_first_valid_one() -> None:
    row = build(c1="座机 020-1234 / 139 1234 5678")
    assert row.values["mobile"] == "13912345678"
    assert codes(row) == {"mobile.several"}


def test_long_texts_are_cut_with_a_warning() -> None:
    headers = ["姓名", "邮箱", "专业", "技能"]
    row = rows.build_row(headers, mapping.auto_map(headers),
                         ["王五", "w@x.cn", "机" * 300, "好" * 60 + "、焊接"])
    assert row.values["major"] == "机" * 200
    assert row.values["skills"] == ("焊接",)
    assert codes(row) == {"major.truncated", "skills.too_long"}
    cut = next(p for p in row.problems if p.code == "major.truncated")
    assert cut.params == {"label": "Major", "value": "机" * 20, "limit": 200}
    assert cut.message == f"Major {'机' * 20}… was cut to 200 characters."


def test_short_rows_unmapped_columns_and_unnamed_headers() -> None:
    headers = ["姓名", "", "手机", "籍贯", "籍贯"]
    row = rows.build_row(headers, mapping.auto_map(headers), ["赵六", "x", 13912345678, "湖南",
                                                               "长沙", "extra cell"])
    assert row.values == {"name": "赵六", "mobile": "13912345678"}
    assert row.extra == {"#2": "x", "籍贯": "湖南", "籍贯'": "长沙", "#6": "extra cell"}


def test_text_limits_are_those_the_candidate_rules_enforce() -> None:
    rule_limits = candidate_rules._LENGTHS  # private, read to keep both in step
    for field, limit in fields.TEXT_LIMITS.items():
        assert limit <= rule_limits.get(field.replace("_", " "), limit)
    assert fields.NAME_LIMIT == rule_limits["name"]


_IMPORT_ONLY = {"channel", "wanted_job", "self_description"}
cells = st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 10**18),
                  st.floats(allow_nan=True), st.dates())


@given(st.lists(cells, min_size=len(HEADERS), max_size=len(HEADERS)),
       st.sampled_from(["张三", "李 四", "Wang Wu"]),
       st.sampled_from(["13812345678", "+86 139-1234-5678", "bad", None]),
       st.sampled_from(["a@b.cn", None, "x"]), st.sampled_from([ID_F, None, 4.4e17]))
def test_a_row_that_is_not_fatal_passes_the_candidate_rules(
        random: list[object], name: str, mobile: object, email: object, id_number: object) -> None:
    random[:4] = [name, mobile, email, id_number]
    row = rows.build_row(HEADERS, mapping.auto_map(HEADERS), random, today=dt.date(2025, 6, 1))
    if row.fatal:
        assert not any(f in row.values for f in ("mobile", "email", "id_number"))
        return
    new = candidate_rules.NewCandidate(
        **{k: v for k, v in row.values.items() if k not in _IMPORT_ONLY}, extra=row.extra)
    candidate_rules.clean(new, dt.date(2025, 6, 1))  # raises if the row was let through wrongly
