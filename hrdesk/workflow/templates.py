"""The three default pipelines and the rules a template must keep.

A template is data: HR edits it without a code change (``TemplateSpec``, with the
choices of its fields, in ``hrdesk.dto.pipelines``). This module says what a valid
one looks like (kinds, owner roles, SLAs, requirement and action types), builds its
rows, and ships the defaults: skilled worker, engineer, management.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import Any

from hrdesk import errors
from hrdesk.dto.pipelines import (
    ACTION_TYPES,
    CANDIDATE_FIELDS,
    PEOPLE,
    REQUIREMENT_TYPES,
    ROLES,
    SLA_UNITS,
    STAGE_KINDS,
    StageSpec,
    TemplateSpec,
)
from hrdesk.models.pipeline import PipelineTemplate, Stage


def validate(spec: TemplateSpec) -> None:
    """Raise ``InvalidField`` for the template's own fields, else ``InvalidStage`` for
    the first stage with a problem (by its number and the field at fault)."""
    if not spec.name.strip():
        raise errors.InvalidField(field="name", reason="required")
    if not spec.stages:
        raise errors.InvalidField(field="stages", reason="a pipeline needs at least one stage")
    problems = stage_problems(spec.stages)
    if problems:
        raise problems[min(problems)]


def stage_problems(stages: Sequence[StageSpec]) -> dict[int, errors.InvalidStage]:
    """Every stage's first problem, by its row (from 0): an editor marks them all."""
    found: dict[int, errors.InvalidStage] = {}
    keys: set[str] = set()
    for row, stage in enumerate(stages):
        try:
            _check_stage(stage, keys)
        except _Problem as problem:
            found[row] = errors.InvalidStage(stage=row + 1, name=stage.name or stage.key,
                                             field=problem.field, reason=problem.reason,
                                             **problem.values)
        keys.add(stage.key)
    return found


def build(spec: TemplateSpec, cloned_from: uuid.UUID | None = None) -> PipelineTemplate:
    """A new template's rows from its spec (checked by ``validate`` first)."""
    return PipelineTemplate(name=spec.name.strip(), job_type=spec.job_type,
                            description=spec.description, active=True,
                            cloned_from_id=cloned_from,
                            stages=[stage_row(s, i) for i, s in enumerate(spec.stages)])


def stage_row(spec: StageSpec, position: int) -> Stage:
    return Stage(position=position, key=spec.key, name=spec.name.strip(), kind=spec.kind,
                 owner_role=spec.owner_role, sla_amount=spec.sla_amount,
                 sla_unit=spec.sla_unit, remind_before_hours=spec.remind_before_hours,
                 remind_every_hours=spec.remind_every_hours, skippable=spec.skippable,
                 requirements=list(spec.requirements), entry_actions=list(spec.entry_actions),
                 retired=False)


class _Problem(Exception):
    """What is wrong with a stage, before it is known which stage it is."""

    def __init__(self, field: str, reason: str, **values: Any) -> None:
        super().__init__(reason)
        self.field, self.reason, self.values = field, reason, values


def _check_stage(stage: StageSpec, keys_before: set[str]) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", stage.key):
        raise _Problem(field="key", reason="lowercase letters, digits and _ only")
    if stage.key in keys_before:
        raise _Problem(field="key", reason="{key} is used by an earlier stage", key=stage.key)
    if not stage.name.strip():
        raise _Problem(field="name", reason="required")
    if stage.kind not in STAGE_KINDS:
        raise _Problem(field="kind", reason="unknown kind {value}", value=stage.kind)
    if stage.owner_role not in ROLES:
        raise _Problem(field="owner_role", reason="unknown role {value}",
                       value=stage.owner_role)
    if stage.sla_unit not in SLA_UNITS or not 1 <= stage.sla_amount <= 400:
        raise _Problem(field="sla_amount", reason="1–400 hours or days")
    if not 0 <= stage.remind_before_hours <= 240:
        raise _Problem(field="remind_before_hours", reason="0–240 hours")
    if not 1 <= stage.remind_every_hours <= 720:
        raise _Problem(field="remind_every_hours", reason="1–720 hours")
    for item in stage.requirements:
        _check_requirement(item)
    for item in stage.entry_actions:
        _check_action(item)


def _check_requirement(item: dict[str, Any]) -> None:
    kind = item.get("type")
    if kind not in REQUIREMENT_TYPES:
        raise _Problem(field="requirements", reason="unknown requirement {value}", value=kind)
    if kind == "fields_present":
        fields = item.get("fields") or []
        unknown = [f for f in fields if f not in CANDIDATE_FIELDS]
        if not fields:
            raise _Problem(field="requirements",
                           reason="choose the fields that must be filled in")
        if unknown:
            raise _Problem(field="requirements", reason="unknown candidate field {value}",
                           value=unknown[0])


def _check_action(item: dict[str, Any]) -> None:
    kind = item.get("type")
    if kind not in ACTION_TYPES:
        raise _Problem(field="entry_actions", reason="unknown action {value}", value=kind)
    target = item.get("to", "owner")
    if target not in PEOPLE:
        raise _Problem(field="entry_actions", reason="unknown recipient {value}", value=target)
    if kind == "task" and not str(item.get("title", "")).strip():
        raise _Problem(field="entry_actions", reason="a task needs a title")
    if kind == "notify" and not str(item.get("title", "")).strip():
        raise _Problem(field="entry_actions", reason="a notice needs a title")
    if kind == "form" and not str(item.get("form", "")).strip():
        raise _Problem(field="entry_actions", reason="a form needs a form name")


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

