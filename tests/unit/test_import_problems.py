"""The reasons an import gives per row: one template per code, every producer's
parameters fit it, and the command line says them in Chinese once translated."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given, strategies as st

from hrdesk import candidate_rules, errors, i18n
from hrdesk.imports import fields, normalise, problems, rows
from hrdesk.services.import_plan import RowPlan

ID_F = "11010519491231002X"  # a woman born 1949-12-31
# Made by plan.py from the database and the candidate rules (tests/integration/test_import_plan.py).
# Codes the plan gives a row against other rows and stored people (tested there).
PLAN_CODES = {"row.same_as_row", "row.on_file", "candidate.invalid", "row.other_name",
              "row.other_name_row", "row.possible_row", "row.possible_stored",
              "row.placeholder", "row.shared_key", "row.kept_stored"}


def build(cells: dict[str, object]) -> rows.CandidateRow:
    return rows.build_row(list(cells), list(cells), list(cells.values()),
                          today=dt.date(2025, 6, 1))


def bad_rows() -> list[rows.CandidateRow]:
    """Rows that, between them, give every problem a row can have."""
    long_word, many = "x" * (candidate_rules.WORD_MAX + 1), candidate_rules.WORDS_MAX + 1
    made = [
        build({"mobile": "020-12345678", "email": "a@@b", "gender": "X", "education": "幼儿园",
               "years_experience": "很多", "birth_date": "明天"}),
        build({"name": "张三", "id_number": 4.40106e17}),
        build({"name": "张三", "id_number": "1234"}),
        build({"name": "张三", "id_number": "110105194912310021"}),
        build({"name": "张三", "id_number": "110105194913310024"}),
        build({"name": "张三", "id_number": "110105491231002", "mobile": "13812345678 / 13900000000"}),
        build({"name": "张" * (fields.NAME_LIMIT + 1), "mobile": "13812345678"}),
        build({"name": "张三", "id_number": ID_F, "birth_date": "1950-01-01", "gender": "男"}),
        build({"name": "张三", "id_number": "110105189912310015"}),  # born 1899: implausible
        build({"name": "张三", "id_number": "110105199013320016"}),  # a 13th month
        build({"name": "张三", "mobile": "13812345678", "birth_date": "1899-01-01"}),
        build({"name": " "}),
        build({"name": "\u200b"}),
        build({"name": "张三"}),
    ]
    for field, limit in fields.TEXT_LIMITS.items():
        made.append(build({"name": "张三", "mobile": "13812345678", field: "字" * (limit + 1)}))
    for field in fields.LIST_FIELDS:
        made.append(build({"name": "张三", "mobile": "13812345678",
                           field: "、".join([long_word, *(f"w{i}" for i in range(many))])}))
    return made


def test_every_code_a_row_gives_has_a_template_its_parameters_fit() -> None:
    found = [p for row in bad_rows() for p in row.problems]
    for problem in found:
        assert problem.message == problems.TEMPLATES[problem.code].format(**problem.params)
    assert {p.code for p in found} == set(problems.TEMPLATES) - PLAN_CODES


def test_the_message_names_the_value_the_person_typed() -> None:
    row = build({"name": "张三", "email": "zhang@@example"})
    (problem,) = row.problems
    assert problem.message == "Email zhang@@example is not an email address."
    assert problem.params == {"value": "zhang@@example"}


@given(st.text(alphabet=string.printable + "年月日０１２３男女万千Kk-", max_size=30))
def test_a_refusal_of_any_text_is_a_sentence_that_names_it(raw: str) -> None:
    for normaliser in (normalise.mobile, normalise.email, normalise.id_number, normalise.gender,
                       normalise.education, normalise.years_experience, normalise.date):
        try:
            normaliser(raw)
        except normalise.Rejected as refused:
            assert refused.message == problems.TEMPLATES[refused.code].format(**refused.params)
            assert str(refused) == refused.message


# --- in another language --------------------------------------------------------------


@pytest.fixture
def chinese_catalogue(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], str]:
    """A catalogue with a few translations, instead of the shipped .ts file."""
    table = {
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["email.invalid"]): "邮箱 {value} 不是邮箱地址。",
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["school.truncated"]):
            "{label} {value}… 已截短为 {limit} 个字符。",
        (i18n.PROBLEM_CONTEXT, "School"): "学校",
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["row.same_as_row"]): "与第 {row} 行的{key}相同。",
        (i18n.PROBLEM_CONTEXT, "mobile"): "手机号",
        (i18n.PROBLEM_CONTEXT, errors.InvalidField.template): "{field}：{reason}",
        ("UserErrorField", "Years of experience"): "工作年限",
        ("UserErrorReason", "must be at most 60"): "不能超过 60",
        (i18n.PROBLEM_CONTEXT, problems.TEMPLATES["gender.invalid"]): "性别 {gender} 无效。",
    }
    monkeypatch.setattr(i18n, "_catalogue", lambda: table)
    return table


def test_a_reason_is_chinese_once_translated(chinese_catalogue: object) -> None:
    assert i18n.describe_problem("email.invalid", {"value": "a@@b"}, chinese=True) == \
        "邮箱 a@@b 不是邮箱地址。"
    assert i18n.describe_problem("email.invalid", {"value": "a@@b"}, chinese=False) == \
        "Email a@@b is not an email address."


def test_the_field_and_key_names_inside_a_reason_are_translated(chinese_catalogue: object) -> None:
    cut = {"label": "School", "value": "清华", "limit": 200}
    assert i18n.describe_problem("school.truncated", cut, chinese=True) == \
        "学校 清华… 已截短为 200 个字符。"
    assert i18n.describe_problem("row.same_as_row", {"key": "mobile", "row": 3},
                                 chinese=True) == "与第 3 行的手机号相同。"
    refused = errors.InvalidField(field="years_experience", reason="must be at most 60")
    problem = problems.of_error("years_experience", refused)
    assert problem.message == "Years of experience: must be at most 60"
    assert i18n.describe_problem(problem.code, problem.params, chinese=True) == "工作年限：不能超过 60"


def test_an_untranslated_or_misfitting_reason_stays_english(chinese_catalogue: object) -> None:
    assert i18n.describe_problem("contact.missing", {}, chinese=True) == \
        "The row has no mobile number, email or ID number."
    # The fake translation names {gender}, the template {value}: English, not a crash.
    assert i18n.describe_problem("gender.invalid", {"value": "X"}, chinese=True) == \
        "Gender X is not 男 or 女 (M or F)."


def test_the_language_follows_the_environment(chinese_catalogue: object,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.describe_problem("email.invalid", {"value": "a@@b"}) == "邮箱 a@@b 不是邮箱地址。"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.describe_problem("email.invalid", {"value": "a@@b"}) == \
        "Email a@@b is not an email address."


def test_a_row_plan_says_its_reasons_in_the_reader_s_language() -> None:
    found = build({"name": "张三", "mobile": "13812345678", "gender": "X"}).problems
    plan = RowPlan(2, "new", "张三", tuple(p.message for p in found), problems=found)
    assert plan.described(lambda p: p.code) == ("gender.invalid",)
    by_hand = RowPlan(3, "duplicate", "李四", ("same mobile as row 2",))
    assert by_hand.described(lambda p: p.code) == ("same mobile as row 2",)


def test_the_catalogue_holds_each_template_and_phrase_once() -> None:
    phrases = problems.catalogued()
    assert len(phrases) == len(set(phrases))
    assert set(problems.TEMPLATES.values()) <= set(phrases)
    assert set(fields.LABELS.values()) <= set(phrases) and "mobile" in phrases
