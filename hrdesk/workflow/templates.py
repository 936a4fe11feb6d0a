"""The three default pipelines and the rules a template must keep.

A template is data: HR edits it without a code change. This module says what
a valid one looks like (kinds, owner roles, SLAs, requirement and action
types) and ships the defaults: skilled worker, engineer, management.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hrdesk import errors
from hrdesk.models.pipeline import SLA_UNITS, STAGE_KINDS
from hrdesk.security.actor import ROLES

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


def validate(spec: TemplateSpec) -> None:
    """Raise ``InvalidField`` naming the stage and the problem."""
    if not spec.name.strip():
        raise errors.InvalidField(field="name", reason="required")
    if not spec.stages:
        raise errors.InvalidField(field="stages", reason="a pipeline needs at least one stage")
    keys: set[str] = set()
    for number, stage in enumerate(spec.stages, start=1):
        where = f"stage {number} ({stage.name or stage.key})"
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", stage.key):
            raise errors.InvalidField(field=where, reason="key: lowercase letters, digits, _")
        if stage.key in keys:
            raise errors.InvalidField(field=where, reason=f"key {stage.key} is used twice")
        keys.add(stage.key)
        if not stage.name.strip():
            raise errors.InvalidField(field=where, reason="name is required")
        if stage.kind not in STAGE_KINDS:
            raise errors.InvalidField(field=where, reason=f"unknown kind {stage.kind}")
        if stage.owner_role not in ROLES:
            raise errors.InvalidField(field=where, reason=f"unknown role {stage.owner_role}")
        if stage.sla_unit not in SLA_UNITS or not 1 <= stage.sla_amount <= 400:
            raise errors.InvalidField(field=where, reason="SLA: 1–400 hours or days")
        if not 0 <= stage.remind_before_hours <= 240 or not 1 <= stage.remind_every_hours <= 720:
            raise errors.InvalidField(field=where, reason="reminder rhythm out of range")
        for item in stage.requirements:
            _check_requirement(where, item)
        for item in stage.entry_actions:
            _check_action(where, item)


def _check_requirement(where: str, item: dict[str, Any]) -> None:
    kind = item.get("type")
    if kind not in REQUIREMENT_TYPES:
        raise errors.InvalidField(field=where, reason=f"unknown requirement {kind}")
    if kind == "fields_present":
        fields = item.get("fields") or []
        unknown = [f for f in fields if f not in CANDIDATE_FIELDS]
        if not fields or unknown:
            raise errors.InvalidField(field=where, reason=f"fields: {unknown or 'none given'}")


def _check_action(where: str, item: dict[str, Any]) -> None:
    kind = item.get("type")
    if kind not in ACTION_TYPES:
        raise errors.InvalidField(field=where, reason=f"unknown action {kind}")
    target = item.get("to", "owner")
    if target not in PEOPLE:
        raise errors.InvalidField(field=where, reason=f"unknown recipient {target}")
    if kind in ("task", "notify") and not str(item.get("title", "")).strip():
        raise errors.InvalidField(field=where, reason=f"{kind} needs a title")
    if kind == "form" and not str(item.get("form", "")).strip():
        raise errors.InvalidField(field=where, reason="form needs a form name")


def _task(title: str, to: str = "owner") -> dict[str, Any]:
    return {"type": "task", "title": title, "to": to}


def _notify(title: str, to: str) -> dict[str, Any]:
    return {"type": "notify", "title": title, "to": to}


_SCREENING = StageSpec("screening", "简历筛选", "screening", "hr", 2, "days",
                       entry_actions=(_task("筛选简历"),))
_PRACTICAL = StageSpec("practical_test", "实操考核", "practical_test", "manager", 3, "days",
                       requirements=({"type": "interviewers_assigned"},),
                       entry_actions=(_notify("安排实操考核", "hiring_manager"),
                                      {"type": "form", "form": "practical_test", "to": "interviewers"}))
_ASSESSMENT = StageSpec("assessment", "笔试/测评", "assessment", "hr", 3, "days", skippable=True,
                        entry_actions=(_task("发送测评并录入结果"),))


def _interview(key: str, name: str) -> StageSpec:
    return StageSpec(key, name, "interview", "manager", 3, "days",
                     requirements=({"type": "interviewers_assigned"},),
                     entry_actions=(_task("安排面试时间", "recruiter"),
                                    {"type": "form", "form": "evaluation", "to": "interviewers"}))


_BACKGROUND = StageSpec("background_check", "背景调查", "background_check", "hr", 5, "days",
                        requirements=({"type": "fields_present", "fields": ["id_number"]},),
                        entry_actions=(_task("完成背景调查"),))
_ONBOARDING = StageSpec("onboarding", "入职", "onboarding", "hr", 5, "days",
                        requirements=({"type": "fields_present",
                                       "fields": ["id_number", "mobile"]},),
                        entry_actions=(_task("办理入职、发送入职指南"),
                                       _notify("新员工即将入职，请安排导师", "hiring_manager")))
_PROBATION = StageSpec("probation", "试用期", "probation", "manager", 60, "days",
                       remind_before_hours=40, remind_every_hours=72,
                       entry_actions=(_task("满月面谈", "hiring_manager"),
                                      _task("试用期评估", "hiring_manager")))
_CONFIRMATION = StageSpec("confirmation", "转正", "confirmation", "hr", 5, "days",
                          entry_actions=(_task("办理转正申请"),))


def _approval(owner: str) -> StageSpec:
    return StageSpec("hiring_approval", "录用审批", "hiring_approval", owner, 2, "days",
                     entry_actions=(_task("审批录用"),))


_OFFER = StageSpec("offer", "Offer发放", "offer", "hr", 2, "days",
                   requirements=({"type": "fields_present", "fields": ["mobile"]},),
                   entry_actions=(_task("发放Offer并确认"),))

DEFAULTS: tuple[TemplateSpec, ...] = (
    TemplateSpec("技能工人", "skilled_worker", "数控车工、焊工、电工、装配钳工等一线技能岗位",
                 (_SCREENING, _PRACTICAL, _interview("interview", "面试"), _approval("manager"),
                  _OFFER, _ONBOARDING, _PROBATION, _CONFIRMATION)),
    TemplateSpec("工程师", "engineer", "机械设计、电气、工艺、质量等工程技术岗位",
                 (_SCREENING, _ASSESSMENT, _interview("interview_1", "初试"),
                  _interview("interview_2", "复试"), _approval("manager"), _OFFER, _ONBOARDING,
                  _PROBATION, _CONFIRMATION)),
    TemplateSpec("管理岗", "management", "主管、经理等管理岗位：增加背景调查，决策层审批",
                 (_SCREENING, _interview("interview_1", "初试"),
                  _interview("interview_2", "终面"), _BACKGROUND, _approval("executive"),
                  _OFFER, _ONBOARDING, _PROBATION, _CONFIRMATION)),
)

