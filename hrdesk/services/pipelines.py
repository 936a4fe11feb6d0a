"""Pipeline templates: listed, created, edited and cloned by HR; defaults on setup; the
checks the template designer runs as HR edits."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from hrdesk import errors
from hrdesk.dto.pipelines import StageSpec, TemplateSpec
from hrdesk.models.applications import Application
from hrdesk.models.pipeline import PipelineTemplate, Stage
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import OPEN_APPLICATION, Permission
from hrdesk.workflow import concurrency, templates
from hrdesk.workflow.templates import (
    # The template designer marks every problem as HR types: pure checks, no permission.
    stage_problems as stage_problems,
    validate as validate,
)
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    key: str
    name: str
    kind: str
    owner_role: str
    sla_amount: int
    sla_unit: str
    remind_before_hours: int
    remind_every_hours: int
    skippable: bool
    requirements: tuple[dict[str, Any], ...]
    entry_actions: tuple[dict[str, Any], ...]


@dataclasses.dataclass(frozen=True)
class TemplateInfo:
    id: uuid.UUID
    name: str
    job_type: str
    description: str
    active: bool
    version: int
    stages: tuple[StageInfo, ...]


def list_templates(ws: Workspace, actor: Actor) -> list[TemplateInfo]:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        rows = uow.session.scalars(select(PipelineTemplate)
                                   .options(selectinload(PipelineTemplate.stages))
                                   .order_by(PipelineTemplate.name))
        return [info(t) for t in rows]


def get_template(ws: Workspace, actor: Actor, template_id: uuid.UUID) -> TemplateInfo:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return info(_get(uow, template_id))


def create_template(ws: Workspace, actor: Actor, spec: TemplateSpec) -> TemplateInfo:
    require(actor, Permission.MANAGE_PIPELINES)
    templates.validate(spec)
    with ws.db.unit_of_work(actor, "pipelines.create_template") as uow:
        _name_free(uow, spec.name)
        template = templates.build(spec)
        uow.session.add(template)
        uow.commit()
        return info(template)


def clone_template(ws: Workspace, actor: Actor, template_id: uuid.UUID,
                   new_name: str) -> TemplateInfo:
    require(actor, Permission.MANAGE_PIPELINES)
    with ws.db.unit_of_work(actor, "pipelines.clone_template") as uow:
        source = _get(uow, template_id)
        _name_free(uow, new_name)
        spec = dataclasses.replace(spec_of(info(source)), name=new_name)
        templates.validate(spec)
        template = templates.build(spec, cloned_from=source.id)
        uow.session.add(template)
        uow.commit()
        return info(template)


def update_template(ws: Workspace, actor: Actor, template_id: uuid.UUID, spec: TemplateSpec,
                    expected_version: int) -> TemplateInfo:
    """Replace the stages. A stage that applications stand in keeps its id (matched by
    key); one removed while applications stand in it is refused, naming it."""
    require(actor, Permission.MANAGE_PIPELINES)
    templates.validate(spec)
    with ws.db.unit_of_work(actor, "pipelines.update_template") as uow:
        template = _get(uow, template_id)
        concurrency.check_version(uow, template, expected_version, template.name)
        if spec.name.strip() != template.name:
            _name_free(uow, spec.name)
        template.name, template.description = spec.name.strip(), spec.description
        template.job_type = spec.job_type
        by_key = {s.key: s for s in template.stages}
        wanted = {s.key for s in spec.stages}
        for key, gone in by_key.items():
            if key not in wanted and not gone.retired:
                in_use = uow.session.scalar(select(func.count()).select_from(Application)
                                            .where(Application.stage_id == gone.id,
                                                   Application.status.in_(OPEN_APPLICATION)))
                if in_use:
                    raise errors.StageInUse(stage=gone.name, count=in_use)
                gone.retired = True
        for position, stage_spec in enumerate(spec.stages):
            stage = by_key.get(stage_spec.key)
            if stage is None:
                template.stages.append(templates.stage_row(stage_spec, position))
                continue
            fresh = templates.stage_row(stage_spec, position)
            for field in ("position", "name", "kind", "owner_role", "sla_amount", "sla_unit",
                          "remind_before_hours", "remind_every_hours", "skippable",
                          "requirements", "entry_actions", "retired"):
                if getattr(stage, field) != getattr(fresh, field):
                    setattr(stage, field, getattr(fresh, field))
        # Retired stages go to the end, so positions of live stages stay 0..n-1.
        for offset, retired in enumerate(s for s in template.stages if s.retired):
            retired.position = len(spec.stages) + offset
        # Stages changed, perhaps nothing on the template row: touch it so its version
        # moves and a second editor working from the old version is stopped.
        flag_modified(template, "name")
        uow.commit()
        return info(template)


def spec_of(template: TemplateInfo) -> TemplateSpec:
    return TemplateSpec(template.name, template.job_type, template.description, tuple(
        StageSpec(s.key, s.name, s.kind, s.owner_role, s.sla_amount, s.sla_unit,
                  s.remind_before_hours, s.remind_every_hours, s.skippable,
                  tuple(s.requirements), tuple(s.entry_actions)) for s in template.stages))


def _name_free(uow: UnitOfWork, name: str) -> None:
    taken = uow.session.scalar(select(PipelineTemplate.id)
                               .where(PipelineTemplate.name == name.strip()))
    if taken is not None:
        raise errors.InvalidField(field="name", reason="{value} is already used", value=name)


def _get(uow: UnitOfWork, template_id: uuid.UUID) -> PipelineTemplate:
    template = uow.session.get(PipelineTemplate, template_id)
    if template is None:
        raise errors.NotFound(entity="pipeline template", key=str(template_id))
    return template


def live_stages(template: PipelineTemplate) -> list[Stage]:
    # Sorted here: right after an edit the loaded collection still has the old order.
    return sorted((s for s in template.stages if not s.retired), key=lambda s: s.position)


def info(template: PipelineTemplate) -> TemplateInfo:
    return TemplateInfo(
        template.id, template.name, template.job_type, template.description or "",
        template.active, template.version,
        tuple(StageInfo(s.id, s.key, s.name, s.kind, s.owner_role, s.sla_amount, s.sla_unit,
                        s.remind_before_hours, s.remind_every_hours, s.skippable,
                        tuple(s.requirements or ()), tuple(s.entry_actions or ()))
              for s in live_stages(template)))
