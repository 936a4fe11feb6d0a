"""The approval policy: which steps apply, who decides, what a requisition must hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import given, strategies as st

from hrdesk import errors
from hrdesk.dto.accounts import RoleScope
from hrdesk.security.actor import Actor
from hrdesk.workflow import approval
from hrdesk.workflow.approval import PolicyStep, RequisitionDraft
from hrdesk.workflow.reference import DEFAULT_SETTINGS

DEFAULT = approval.parse(DEFAULT_SETTINGS["requisition_approval"])
SITE, OTHER_SITE = uuid.uuid4(), uuid.uuid4()
TODAY = dt.date(2026, 11, 2)


def _actor(*grants: RoleScope) -> Actor:
    return Actor(uuid.uuid4(), "someone", "某人", grants)


# --- which steps apply ------------------------------------------------------------------


def test_the_shipped_policy_adds_the_executive_above_either_threshold() -> None:
    assert approval.chain(DEFAULT, 3, 15000) == ("dept_head", "hr")
    assert approval.chain(DEFAULT, 4, 8000) == ("dept_head", "hr", "executive")
    assert approval.chain(DEFAULT, 1, 15001) == ("dept_head", "hr", "executive")
    assert approval.chain(DEFAULT, 1, None) == ("dept_head", "hr")  # no salary band given


thresholds = st.none() | st.integers(0, 100_000)
steps = st.lists(st.builds(PolicyStep, st.sampled_from(approval.APPROVER_ROLES), thresholds,
                           thresholds), min_size=1, max_size=3, unique_by=lambda s: s.role)
valid_policies = steps.filter(lambda s: not all(step.conditional for step in s))


@given(valid_policies)
def test_a_valid_policy_survives_storage(policy: list[PolicyStep]) -> None:
    assert approval.parse(approval.to_setting(policy)) == tuple(policy)


@given(valid_policies, st.integers(1, 500), st.none() | st.integers(0, 200_000),
       st.integers(0, 50), st.integers(0, 20_000))
def test_a_bigger_requisition_never_needs_fewer_approvers(
        policy: list[PolicyStep], headcount: int, salary: int | None, more: int,
        raise_by: int) -> None:
    small = set(approval.chain(policy, headcount, salary))
    bigger = set(approval.chain(policy, headcount + more,
                                salary + raise_by if salary is not None else None))
    assert small <= bigger
    # Steps without conditions always apply, so nobody is ever left without a chain.
    assert {s.role for s in policy if not s.conditional} <= small


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=12)
    | st.sampled_from([*approval.APPROVER_ROLES, "role", "when", *approval.CONDITIONS]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["role", "when", "steps", *approval.CONDITIONS, "x"]),
                      inner, max_size=3),
    max_leaves=12)


@given(json_values | st.fixed_dictionaries({"steps": st.lists(json_values, max_size=3)}))
def test_any_stored_json_either_parses_or_names_the_fault(value: Any) -> None:
    try:
        parsed = approval.parse(value)
    except errors.InvalidField as fault:
        assert fault.params["field"] and fault.params["reason"]
    else:
        assert approval.validate(parsed) == parsed


@pytest.mark.parametrize(("value", "step", "field"), [
    ({"steps": []}, None, "steps"),
    ({"steps": "hr"}, None, "steps"),
    ({"steps": [{"role": "ceo"}]}, 1, "role"),
    ({"steps": [{"role": "hr"}, {"role": "hr"}]}, 2, "role"),
    ({"steps": [{"role": "hr", "approver": "x"}]}, 1, "step"),
    ({"steps": [{"role": "hr"}, {"role": "executive", "when": {}}]}, 2, "when"),
    ({"steps": [{"role": "hr", "when": {"headcount_over": None}}]}, 1, "when"),
    ({"steps": [{"role": "hr", "when": {"budget_over": 1}}]}, 1, "when"),
    ({"steps": [{"role": "hr"}, {"role": "executive", "when": {"headcount_over": -1}}]},
     2, "headcount_over"),
    ({"steps": [{"role": "hr"}, {"role": "executive", "when": {"headcount_over": True}}]},
     2, "headcount_over"),
    ({"steps": [{"role": "executive", "when": {"headcount_over": 3}}]}, None, "steps"),
])
def test_faulty_policies_name_the_step_and_field(value: Any, step: int | None,
                                                 field: str) -> None:
    with pytest.raises(errors.InvalidField) as fault:
        approval.parse(value)
    assert fault.value.params.get("step") == step  # a number, never inside the field
    assert fault.value.params["field"] == field


def test_a_faulty_step_is_said_by_its_number_and_its_fields_label() -> None:
    with pytest.raises(errors.InvalidApprovalStep) as fault:
        approval.parse({"steps": [{"role": "hr"}, {"role": "ceo"}]})
    assert fault.value.message() == "Step 2, Role: unknown approver ceo"


# --- who decides ------------------------------------------------------------------------


def test_the_head_is_found_up_the_tree_skipping_the_requester() -> None:
    root, plant, shop = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    gm, plant_head, shop_head = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    tree = {root: (None, gm), plant: (root, plant_head), shop: (plant, shop_head)}
    assert approval.department_head(tree, shop, uuid.uuid4()) == shop_head
    assert approval.department_head(tree, shop, shop_head) == plant_head
    assert approval.department_head(tree, plant, plant_head) == gm
    assert approval.department_head(tree, root, gm) is None
    headless = {**tree, plant: (root, None)}
    assert approval.department_head(headless, shop, shop_head) == gm


def test_a_department_loop_does_not_hang_the_search() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    requester = uuid.uuid4()
    assert approval.department_head({a: (b, requester), b: (a, None)}, a, requester) is None


def test_who_may_decide_a_step() -> None:
    head = _actor(RoleScope("manager"))
    hr_here, hr_everywhere = _actor(RoleScope("hr", SITE)), _actor(RoleScope("hr"))
    director = _actor(RoleScope("executive", SITE))
    requester = uuid.uuid4()
    assert approval.may_decide(head, "dept_head", head.user_id, SITE, requester)
    assert not approval.may_decide(hr_here, "dept_head", head.user_id, SITE, requester)
    assert approval.may_decide(hr_here, "hr", None, SITE, requester)
    assert approval.may_decide(hr_everywhere, "hr", None, OTHER_SITE, requester)
    assert not approval.may_decide(hr_here, "hr", None, OTHER_SITE, requester)
    assert not approval.may_decide(hr_here, "executive", None, SITE, requester)
    assert approval.may_decide(director, "executive", None, SITE, requester)
    # Four eyes: the requester never decides its own requisition's role-wide step.
    assert not approval.may_decide(hr_here, "hr", None, SITE, hr_here.user_id)


# --- what a requisition must hold -------------------------------------------------------


def _draft(**changes: Any) -> RequisitionDraft:
    base = RequisitionDraft(uuid.uuid4(), "焊工", 2, "replacement", salary_min=5000,
                            salary_max=7000, wanted_by=TODAY)
    return dataclasses.replace(base, **changes)


def test_a_complete_draft_passes() -> None:
    approval.check_draft(_draft(), TODAY)
    approval.check_draft(_draft(salary_min=None, salary_max=None, wanted_by=None), TODAY)


@given(st.integers(-1000, 0))
def test_no_headcount_is_refused(headcount: int) -> None:
    with pytest.raises(errors.InvalidField) as fault:
        approval.check_draft(_draft(headcount=headcount), TODAY)
    assert fault.value.params["field"] == "headcount"


@given(st.integers(0, 100_000), st.integers(1, 100_000))
def test_a_salary_band_upside_down_is_refused(low: int, gap: int) -> None:
    with pytest.raises(errors.InvalidField) as fault:
        approval.check_draft(_draft(salary_min=low + gap, salary_max=low), TODAY)
    assert fault.value.params["field"] == "salary_min"


@given(st.integers(1, 3650))
def test_a_wanted_date_in_the_past_is_refused(days: int) -> None:
    with pytest.raises(errors.InvalidField) as fault:
        approval.check_draft(_draft(wanted_by=TODAY - dt.timedelta(days=days)), TODAY)
    assert fault.value.params["field"] == "wanted_by"


@pytest.mark.parametrize(("changes", "field"), [
    ({"position_title": " \u3000"}, "position_title"),  # an ideographic space is still empty
    ({"reason": "new post"}, "reason"),
    ({"salary_max": -1}, "salary_max"),
    ({"headcount": True}, "headcount"),
])
def test_other_faults_name_their_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(errors.InvalidField) as fault:
        approval.check_draft(_draft(**changes), TODAY)
    assert fault.value.params["field"] == field
