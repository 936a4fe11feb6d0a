"""The rules of moving one application, inside a unit of work the caller holds.

The use cases in ``services.applications`` run each of these in its own
transaction; the demo and the import run many in one. Every function
checks scope, the stage's requirements and the template's rules, writes the
timeline event and runs the new stage's entry actions.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from hrdesk import errors
from hrdesk.models.applications import CLOSED_STATUSES, Application, RefusalReason
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import PipelineTemplate, Stage
from hrdesk.security import scope
from hrdesk.security.permissions import allows
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import (
    OPEN_APPLICATION,
    ApplicationStatus,
    JobStatus,
    Permission,
    Role,
    StageKind,
    TaskStatus,
    TimelineKind,
)
from hrdesk.workflow import concurrency, requirements, site_calendars, stage_entry, timeline

HIRED_KINDS = (StageKind.ONBOARDING, StageKind.PROBATION, StageKind.CONFIRMATION)


def _cached_scope(uow: UnitOfWork) -> scope.Scope:
    if "scope" not in uow.cache:
        uow.cache["scope"] = scope.resolve(uow.session, uow.actor)
    cached: scope.Scope = uow.cache["scope"]
    return cached


def _stages(uow: UnitOfWork, template_id: uuid.UUID) -> list[Stage]:
    key = ("stages", template_id)
    if key not in uow.cache:
        template = uow.session.get_one(PipelineTemplate, template_id)
        uow.cache[key] = [s for s in template.stages if not s.retired]
    stages: list[Stage] = uow.cache[key]
    return stages


def visible_application(uow: UnitOfWork, application_id: uuid.UUID,
                        lock: bool = False) -> tuple[Application, Job]:
    """The application and its job, if the actor may see it; else NotFound. ``lock``:
    the application's row is this transaction's until it ends (PostgreSQL; on SQLite
    the writer holds the whole file), so two moves of one application take turns —
    always the application before its tasks, never the other way round."""
    clause = scope.applications_clause(_cached_scope(uow))
    query = (select(Application, Job).join(Job, Job.id == Application.job_id)
             .where(Application.id == application_id, clause))
    if lock:
        query = query.with_for_update(of=Application)
    found = uow.session.execute(query).first()
    if found is None:
        raise errors.NotFound(entity="application", key=str(application_id))
    return found[0], found[1]


class MoveContext:
    """One application with what every rule needs, loaded once per move."""

    def __init__(self, uow: UnitOfWork, application_id: uuid.UUID,
                 expected_version: int | None = None) -> None:
        self.uow = uow
        self.app, self.job = visible_application(uow, application_id, lock=True)
        concurrency.check_version(uow, self.app, expected_version, "application")
        self.candidate: Candidate = uow.session.get_one(Candidate, self.app.candidate_id)
        self.stages = _stages(uow, self.job.template_id)
        self.stage: Stage = uow.session.get_one(Stage, self.app.stage_id)

    @property
    def index(self) -> int:
        return next((i for i, s in enumerate(self.stages) if s.id == self.stage.id), -1)

    def position_of(self, stage_id: uuid.UUID) -> int | None:
        return next((i for i, s in enumerate(self.stages) if s.id == stage_id), None)

    def enter(self, stage: Stage) -> None:
        calendar = site_calendars.for_site(self.uow.session, self.job.site_id)
        stage_entry.enter(self.uow.session, self.app, self.job, stage, self.candidate.name,
                          self.uow.now, calendar)
        self.stage = stage

    def record(self, kind: TimelineKind, comment: str | None = None, **fields: Any) -> None:
        timeline.record(self.uow, kind, candidate_id=self.app.candidate_id,
                        application_id=self.app.id, job_id=self.job.id, comment=comment,
                        **fields)


def _may_leave(ctx: MoveContext) -> None:
    """Approval stages are left only by their owner role; others by HR or the owner."""
    actor = ctx.uow.actor
    if ctx.stage.kind == StageKind.HIRING_APPROVAL:
        if not actor.has_role(ctx.stage.owner_role):
            raise errors.NotYourTurn(role=Role(ctx.stage.owner_role))
        return
    if not allows(actor, Permission.MOVE_APPLICATIONS) or not (
            actor.has_role(Role.HR) or actor.has_role(ctx.stage.owner_role)):
        raise errors.PermissionDenied(permission=Permission.MOVE_APPLICATIONS)


def _require_open(ctx: MoveContext) -> None:
    if ctx.app.status != ApplicationStatus.ACTIVE:
        raise errors.ApplicationClosed(status=ApplicationStatus(ctx.app.status))


def _require_met(ctx: MoveContext, comment: str | None) -> None:
    reason = requirements.unmet(ctx.uow.session, ctx.app, ctx.candidate, ctx.stage, comment)
    if reason is not None:
        raise errors.StageRequirementUnmet(stage=ctx.stage.name, reason=reason)


def _go(ctx: MoveContext, to: Stage, kind: TimelineKind, comment: str | None) -> None:
    previous = ctx.stage
    before, after = ctx.position_of(previous.id) or 0, ctx.position_of(to.id) or 0
    if to.kind == StageKind.ONBOARDING and after > before:
        ctx.job.hired_count += 1
    if previous.kind in HIRED_KINDS and to.kind not in HIRED_KINDS and after < before:
        ctx.job.hired_count = max(0, ctx.job.hired_count - 1)
    ctx.enter(to)
    ctx.record(kind, comment, from_stage_id=previous.id, to_stage_id=to.id)


def advance(ctx: MoveContext, comment: str | None = None) -> None:
    """To the next stage; from the last stage, the hire is complete."""
    _require_open(ctx)
    _may_leave(ctx)
    _require_met(ctx, comment)
    if ctx.index + 1 >= len(ctx.stages):
        _close(ctx, ApplicationStatus.HIRED, TimelineKind.HIRED, comment)
    else:
        _go(ctx, ctx.stages[ctx.index + 1], TimelineKind.ADVANCED, comment)


def skip(ctx: MoveContext, comment: str | None = None) -> None:
    """Past the next stage, which the template must mark skippable."""
    _require_open(ctx)
    _may_leave(ctx)
    if ctx.index + 2 >= len(ctx.stages) or not ctx.stages[ctx.index + 1].skippable:
        raise errors.MoveNotAllowed(reason="the next stage cannot be skipped")
    _require_met(ctx, comment)
    _go(ctx, ctx.stages[ctx.index + 2], TimelineKind.SKIPPED, comment)


def move_back(ctx: MoveContext, to_stage_id: uuid.UUID | None = None,
              comment: str | None = None) -> None:
    """Back to an earlier stage (the previous one by default); no requirements apply."""
    _require_open(ctx)
    _may_leave(ctx)
    earlier = ctx.stages[:ctx.index]
    target = (earlier[-1] if to_stage_id is None and earlier
              else next((s for s in earlier if s.id == to_stage_id), None))
    if target is None:
        raise errors.MoveNotAllowed(reason="there is no earlier stage to go back to")
    _go(ctx, target, TimelineKind.MOVED_BACK, comment)


def _close(ctx: MoveContext, status: ApplicationStatus, kind: TimelineKind, comment: str | None,
           reason: RefusalReason | None = None) -> None:
    if status != ApplicationStatus.HIRED and ctx.stage.kind in HIRED_KINDS:
        ctx.job.hired_count = max(0, ctx.job.hired_count - 1)
    ctx.app.status = status
    ctx.app.closed_at = ctx.uow.now
    ctx.app.last_activity_at = ctx.uow.now
    ctx.app.refusal_reason_id = reason.id if reason else None
    ctx.app.stage_due_at = None
    stage_entry.close_stage_tasks(ctx.uow.session, ctx.app, ctx.uow.now,
                                  TaskStatus.DONE if status == ApplicationStatus.HIRED
                                  else TaskStatus.CANCELLED)
    ctx.record(kind, comment, from_stage_id=ctx.stage.id,
               data={"reason": reason.code} if reason else None)


def _reason(uow: UnitOfWork, code: str) -> RefusalReason:
    key = ("reason", code)
    if key not in uow.cache:
        uow.cache[key] = uow.session.scalar(select(RefusalReason).where(
            RefusalReason.code == code, RefusalReason.active.is_(True)))
    if uow.cache[key] is None:
        raise errors.InvalidField(field="reason", reason="unknown refusal reason {value}",
                                  value=code)
    reason: RefusalReason = uow.cache[key]
    return reason


def reject(ctx: MoveContext, reason_code: str, comment: str | None = None) -> None:
    if ctx.app.status in CLOSED_STATUSES:
        raise errors.ApplicationClosed(status=ApplicationStatus(ctx.app.status))
    _may_leave(ctx)
    _close(ctx, ApplicationStatus.REJECTED, TimelineKind.REJECTED, comment, _reason(ctx.uow, reason_code))


def withdraw(ctx: MoveContext, reason_code: str = "declined",
             comment: str | None = None) -> None:
    """The candidate steps back (declined, took another offer, unreachable)."""
    if ctx.app.status in CLOSED_STATUSES:
        raise errors.ApplicationClosed(status=ApplicationStatus(ctx.app.status))
    _close(ctx, ApplicationStatus.WITHDRAWN, TimelineKind.WITHDRAWN, comment, _reason(ctx.uow, reason_code))


def hold(ctx: MoveContext, comment: str | None = None) -> None:
    """Park it: the clock and reminders stop until it is reactivated."""
    _require_open(ctx)
    ctx.app.status = ApplicationStatus.ON_HOLD
    ctx.app.stage_due_at = None
    ctx.app.last_activity_at = ctx.uow.now
    stage_entry.close_stage_tasks(ctx.uow.session, ctx.app, ctx.uow.now, TaskStatus.CANCELLED)
    ctx.record(TimelineKind.ON_HOLD, comment)


def reactivate(ctx: MoveContext, comment: str | None = None) -> None:
    """Back to active in the stage it stood in; the stage's clock and tasks start anew."""
    if ctx.app.status not in (ApplicationStatus.ON_HOLD, ApplicationStatus.REJECTED,
                              ApplicationStatus.WITHDRAWN):
        raise errors.MoveNotAllowed(reason="the application is {status}",
                                    status=ApplicationStatus(ctx.app.status))
    # A stage removed from the template meanwhile: start again at the first.
    target = ctx.stage if ctx.index >= 0 else ctx.stages[0]
    if ctx.app.status == ApplicationStatus.REJECTED and target.kind in HIRED_KINDS:
        ctx.job.hired_count += 1
    ctx.app.status = ApplicationStatus.ACTIVE
    ctx.app.closed_at = None
    ctx.app.refusal_reason_id = None
    ctx.enter(target)
    ctx.record(TimelineKind.REACTIVATED, comment)


def add_application(uow: UnitOfWork, candidate_id: uuid.UUID, job: Job,
                    channel_id: uuid.UUID | None, owner_id: uuid.UUID | None) -> Application:
    """The candidate applies to an open job: the application starts in the first stage."""
    if job.status != JobStatus.OPEN:
        raise errors.InvalidState(entity=job.code, status=JobStatus(job.status),
                                  reason="only open jobs take applications")
    # Locked: a merge running at the same time must not leave this application behind
    # on the merged row.
    candidate = uow.session.get(Candidate, candidate_id, with_for_update=True)
    if candidate is None or candidate.merged_into_id is not None:
        raise errors.NotFound(entity="candidate", key=str(candidate_id))
    if candidate.erased_at is not None:  # nobody to apply: their data is gone
        raise errors.AlreadyErased(at=candidate.erased_at.date().isoformat())
    _usable_channel(uow, channel_id)
    existing = uow.session.scalar(select(Application.id).where(
        Application.candidate_id == candidate_id, Application.job_id == job.id,
        Application.status.in_(OPEN_APPLICATION)))
    if existing is not None:
        raise errors.AlreadyApplied(name=candidate.name, job=job.title)
    first = _stages(uow, job.template_id)[0]
    now = uow.now
    application = Application(candidate_id=candidate_id, job_id=job.id, stage_id=first.id,
                              status=ApplicationStatus.ACTIVE, priority=0, channel_id=channel_id,
                              owner_id=owner_id or job.recruiter_id, applied_at=now,
                              stage_entered_at=now, last_activity_at=now, shortlisted=False)
    uow.session.add(application)
    uow.flush()
    stage_entry.enter(uow.session, application, job, first, candidate.name, now,
                      site_calendars.for_site(uow.session, job.site_id))
    timeline.record(uow, TimelineKind.APPLIED, candidate_id=candidate_id, application_id=application.id,
                    job_id=job.id, to_stage_id=first.id,
                    data={"channel": str(channel_id)} if channel_id else None)
    return application


def _usable_channel(uow: UnitOfWork, channel_id: uuid.UUID | None) -> None:
    """The channel an application records: it exists and is active."""
    if channel_id is None:
        return
    channel = uow.session.get(Channel, channel_id)
    if channel is None:
        raise errors.NotFound(entity="channel", key=str(channel_id))
    if not channel.active:
        raise errors.InvalidState(entity=channel.name, status="inactive",
                                  reason="choose an active channel")
