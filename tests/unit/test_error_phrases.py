"""Fixed phrases inside core errors (reason=, field=) are catalogued and come out Chinese."""

from __future__ import annotations

from pathlib import Path

from hrdesk import errors, i18n
from ui import ts_catalogue

ROOT = Path(__file__).resolve().parents[2]


def test_literal_reasons_and_fields_of_the_core_are_collected() -> None:
    reasons = ts_catalogue.keyword_literals(ROOT / "hrdesk", "reason")
    assert "must not be in the past" in reasons
    assert all("{" not in phrase for phrase in reasons)  # run-time phrases are not literals
    assert "headcount" in ts_catalogue.keyword_literals(ROOT / "hrdesk", "field")


def test_the_cli_says_a_whole_refusal_in_chinese() -> None:
    error = errors.InvalidField(field="wanted_by", reason="must not be in the past")
    text = i18n.describe(error, chinese=True)
    assert "期望到岗日期" in text and "不能早于今天" in text
    assert i18n.describe(error, chinese=False) == error.message()


def test_a_phrase_built_at_run_time_stays_as_it_is() -> None:
    error = errors.InvalidField(field="code", reason="KS is already used")
    assert "KS is already used" in i18n.describe(error, chinese=True)
