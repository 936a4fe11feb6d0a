"""Refusals travel as data: a field identifier, a catalogued reason with its own
parameters, and are said whole in the reader's language — nothing is built at run time."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk import error_fields, errors, i18n
from hrdesk.vocabulary import ApplicationStatus, Permission, Role
from ui import ts_catalogue

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "hrdesk"
#: Words the core names as they are: options of the command line, environment variables.
AS_TYPED = ("--", "HRDESK_", "CANDIDATE_ID")


def _calls(keyword: str) -> Iterator[tuple[Path, ast.Call, ast.expr]]:
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for argument in node.keywords:
                    if argument.arg == keyword:
                        yield path, node, argument.value


@pytest.mark.parametrize("keyword", ["reason", "field", "entity", "status"])
def test_no_reason_or_field_is_built_at_run_time(keyword: str) -> None:
    """An f-string, a sum or a join cannot be catalogued: it would stay English. Values
    travel as parameters of their own (``reason="{value} is already used", value=…``)."""
    built = [f"{path.relative_to(ROOT)}:{value.lineno}" for path, _call, value in _calls(keyword)
             if isinstance(value, (ast.JoinedStr, ast.BinOp))
             or (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                 and value.func.attr in ("join", "format", "replace"))]
    assert built == []


def test_each_placeholder_of_a_literal_reason_is_given_by_its_call() -> None:
    missing = []
    for path, call, value in _calls("reason"):
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            named = {name for _text, name, _spec, _conv in string.Formatter().parse(value.value)
                     if name}
            given = {k.arg for k in call.keywords}
            if named - given:
                missing.append(f"{path.relative_to(ROOT)}:{value.lineno} {named - given}")
    assert missing == []


def test_every_field_the_core_names_has_a_label() -> None:
    fields = ts_catalogue.keyword_literals(CORE, "field")
    assert "wanted_by" in fields and "sla_amount" in fields
    unlabelled = [f for f in fields if f not in error_fields.LABELS and not f.startswith(AS_TYPED)]
    assert unlabelled == []


def test_literal_reasons_with_placeholders_are_collected_for_the_catalogue() -> None:
    reasons = ts_catalogue.keyword_literals(CORE, "reason")
    assert "must not be in the past" in reasons and "{value} is already used" in reasons


def test_the_cli_says_a_whole_refusal_in_chinese() -> None:
    error = errors.InvalidField(field="wanted_by", reason="must not be in the past")
    assert i18n.describe(error, chinese=True) == "期望到岗日期：不能早于今天"
    assert i18n.describe(error, chinese=False) == error.message() == \
        "Wanted by: must not be in the past"


def test_a_reasons_own_parameters_are_filled_after_it_is_translated() -> None:
    error = errors.InvalidField(field="code", reason="{value} is already used", value="KS")
    assert error.message() == "Code: KS is already used"
    assert i18n.describe(error, chinese=True) == "代码：KS 已被使用"


def test_a_stage_problem_is_said_by_its_number_and_the_label_of_its_field() -> None:
    error = errors.InvalidStage(stage=2, name="笔试/测评", field="sla_amount",
                                reason="1–400 hours or days")
    assert error.message() == "Stage 2 (笔试/测评), SLA (working time): 1–400 hours or days"
    assert i18n.describe(error, chinese=True) == "第 2 个阶段（笔试/测评），时限（工作时间）：1–400 小时或天"


def test_roles_permissions_and_statuses_in_a_refusal_are_said_not_shown_raw() -> None:
    turn = errors.NotYourTurn(role=Role.MANAGER)
    assert turn.message() == "This step waits for Hiring manager, not for you."
    assert "用人部门负责人" in i18n.describe(turn, chinese=True)
    denied = errors.PermissionDenied(permission=Permission.MOVE_APPLICATIONS)
    assert "move_applications" not in denied.message()
    assert "推进应聘阶段" in i18n.describe(denied, chinese=True)
    closed = errors.ApplicationClosed(status=ApplicationStatus.ON_HOLD)
    assert "on_hold" not in closed.message() and "暂缓" in i18n.describe(closed, chinese=True)


def test_a_translation_that_names_a_wrong_placeholder_falls_back_to_english() -> None:
    error = errors.InvalidField(field="code", reason="{value} is already used", value="KS")
    wrong = {("UserErrorReason", "{value} is already used"): "{值} 已被使用"}
    said = error.said(lambda context, text: wrong.get((context, text), text))
    assert said == "Code: KS is already used"


def test_a_phrase_that_holds_a_brace_of_its_own_stays_as_it_is() -> None:
    error = errors.InvalidField(field="code", reason="odd {brace")
    assert error.message() == "Code: odd {brace"
