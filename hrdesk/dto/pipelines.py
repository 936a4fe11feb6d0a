"""Pipeline templates as HR edits them: the template and its stages as plain values, and
the closed lists a stage's fields choose from.

What a valid template is (``validate``, ``stage_problems``), the shipped defaults and
the rows a spec becomes are the rules of ``workflow.templates``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hrdesk.vocabulary import Role, StageKind

STAGE_KINDS = tuple(StageKind)
ROLES = tuple(Role)
SLA_UNITS = ("hours", "days")
REQUIREMENT_TYPES = {
    "interviewers_assigned": "at least one interviewer is assigned",
    "fields_present": "the candidate's listed fields are filled in",
    "comment": "a comment is given when leaving the stage",
}
ACTION_TYPES = {
    "task": "create a task for someone (owner, recruiter, hiring_manager, interviewers)",
    "notify": "send an in-app notice (recruiter, hiring_manager, interviewers, owner)",
    "form": "ask the interviewers to fill in a form (a task per interviewer)",
}
PEOPLE = ("owner", "recruiter", "hiring_manager", "interviewers")
CANDIDATE_FIELDS = ("mobile", "email", "id_number", "education", "expected_salary")


@dataclasses.dataclass(frozen=True)
class StageSpec:
    key: str
    name: str
    kind: str
    owner_role: str
    sla_amount: int = 2
    sla_unit: str = "days"
    remind_before_hours: int = 4
    remind_every_hours: int = 24
    skippable: bool = False
    requirements: tuple[dict[str, Any], ...] = ()
    entry_actions: tuple[dict[str, Any], ...] = ()


@dataclasses.dataclass(frozen=True)
class TemplateSpec:
    name: str
    job_type: str
    description: str
    stages: tuple[StageSpec, ...]
