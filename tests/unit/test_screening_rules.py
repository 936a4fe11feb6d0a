"""Screening a candidate against a job's rules: each rule, the score, the reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, strategies as st

from hrdesk.workflow.screening import ScreeningRules, clean_terms, score

TODAY = dt.date(2026, 11, 2)
PERSON = {
    "education": "本科", "years_experience": 5, "certificates": ["低压电工证", "叉车证"],
    "skills": ["数控编程", "FANUC"], "self_description": "熟悉 CNC 车床，能看懂图纸。",
    "school": "常州工学院", "major": "机械设计", "city": "江苏昆山",
    "birth_date": dt.date(1990, 6, 1), "gender": "F",
}


def _english(reasons) -> list[str]:  # type: ignore[no-untyped-def]
    """The reasons as an English reader sees them (they are stored as codes)."""
    return [reason.said() for reason in reasons]


def test_no_rules_matches_everyone() -> None:
    result = score(ScreeningRules(), PERSON, TODAY)
    assert ScreeningRules().is_empty()
    assert result.matched and result.score == 100


def test_education_below_the_minimum_fails_with_its_reason() -> None:
    rules = ScreeningRules(min_education="本科")
    low = score(rules, {**PERSON, "education": "大专"}, TODAY)
    assert not low.matched and low.score == 0
    assert "Education 大专 is below the required 本科." in _english(low.reasons)
    assert score(rules, {**PERSON, "education": "硕士"}, TODAY).matched


def test_unknown_education_is_not_a_pass() -> None:
    result = score(ScreeningRules(min_education="中专"), {**PERSON, "education": None}, TODAY)
    assert not result.matched
    assert _english(result.reasons)[0] == "Education is not given; 中专 or higher is required."


def test_years_of_experience() -> None:
    rules = ScreeningRules(min_years=6)
    result = score(rules, PERSON, TODAY)
    assert not result.matched
    assert "5 years of experience are fewer than the required 6." in _english(result.reasons)
    assert score(ScreeningRules(min_years=5), PERSON, TODAY).matched


def test_required_certificates_are_found_inside_longer_names() -> None:
    assert score(ScreeningRules(required_certificates=("电工证",)), PERSON, TODAY).matched
    missing = score(ScreeningRules(required_certificates=("电工证", "焊工证")), PERSON, TODAY)
    assert not missing.matched
    assert "Missing required certificates: 焊工证." in _english(missing.reasons)


def test_keywords_add_to_the_score_in_proportion() -> None:
    rules = ScreeningRules(keywords=("cnc", "机械", "PLC", "注塑"), pass_score=50)
    result = score(rules, PERSON, TODAY)
    assert result.score == 50 and result.matched
    assert "Keywords found (2 of 4): cnc, 机械." in _english(result.reasons)
    none = score(rules, {**PERSON, "self_description": "", "major": "会计"}, TODAY)
    assert none.score == 0 and not none.matched


def test_a_failed_requirement_is_no_match_whatever_the_score() -> None:
    rules = ScreeningRules(min_education="本科", min_years=3, keywords=("CNC",),
                           cities=("苏州",), pass_score=50)
    result = score(rules, PERSON, TODAY)
    assert result.score == 88 and not result.matched
    assert "City 江苏昆山 is not among 苏州." in _english(result.reasons)


def test_pass_score_decides_between_partial_matches() -> None:
    rules = ScreeningRules(keywords=("CNC", "PLC"), pass_score=60)
    result = score(rules, PERSON, TODAY)
    assert result.score == 50 and not result.matched
    assert _english(result.reasons)[-1] == "Score 50 of 100 is below the pass score 60."
    assert score(dataclasses.replace(rules, pass_score=50), PERSON, TODAY).matched


def test_city_matches_a_wanted_city_named_inside_the_stated_one() -> None:
    assert score(ScreeningRules(cities=("昆山", "太仓")), PERSON, TODAY).matched
    assert not score(ScreeningRules(cities=("昆山",)), {**PERSON, "city": None}, TODAY).matched


def test_sensitive_rules_are_off_by_default_even_with_values() -> None:
    rules = ScreeningRules(min_age=18, max_age=25, gender="M")
    assert not rules.use_age and not rules.use_gender
    assert rules.is_empty()
    assert score(rules, PERSON, TODAY).matched


def test_age_rule_when_switched_on() -> None:
    rules = ScreeningRules(use_age=True, min_age=18, max_age=35)
    result = score(rules, PERSON, TODAY)  # born 1990-06-01: 36 on 2026-11-02
    assert not result.matched
    assert "Age 36 is outside 18 to 35 (sensitive rule)." in _english(result.reasons)
    assert score(rules, {**PERSON, "birth_date": dt.date(1991, 11, 3)}, TODAY).matched  # 34


def test_gender_rule_when_switched_on() -> None:
    rules = ScreeningRules(use_gender=True, gender="M")
    result = score(rules, PERSON, TODAY)
    assert not result.matched and "Gender F is not M (sensitive rule)." in _english(result.reasons)


def test_rules_survive_json_and_ignore_unknown_keys() -> None:
    rules = ScreeningRules(min_education="大专", min_years=2, required_certificates=("电工证",),
                           keywords=("CNC",), cities=("昆山",), pass_score=70,
                           reject_non_matching=True, use_age=True, min_age=20, max_age=40)
    assert ScreeningRules.from_json({**rules.to_json(), "from_the_future": 1}) == rules
    assert ScreeningRules.from_json(None) == ScreeningRules()


def test_problems_name_the_field() -> None:
    bad = ScreeningRules(min_years=-1, pass_score=101, min_age=40, max_age=30,
                         min_education="小学")
    assert set(bad.problems()) == {"min_years", "pass_score", "max_age", "min_education"}
    assert ScreeningRules(min_years=3).problems() == {}


@given(st.lists(st.text(max_size=8), max_size=8))
def test_clean_terms_are_trimmed_distinct_and_never_blank(terms: list[str]) -> None:
    cleaned = clean_terms(terms)
    assert all(t and t == " ".join(t.split()) for t in cleaned)
    assert len({t.casefold() for t in cleaned}) == len(cleaned)
    assert clean_terms(cleaned) == cleaned

