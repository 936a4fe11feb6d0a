"""Applications moving through their pipeline: the use cases behind the board.

Every move checks permission and scope, the stage's requirements and the
template's rules, answers a refusal with the exact reason, writes a timeline
event, runs the new stage's entry actions — and all of it commits or none.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import delete, insert, select

from hrdesk import errors
from hrdesk.db.uow import UnitOfWork
from hrdesk.models.applications import (
    CLOSED_STATUSES,
    Application,
    RefusalReason,
    TimelineEvent,
    application_interviewers,
)
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import PipelineTemplate, Stage
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import Permission, require
from hrdesk.services import calendars, jobs, timeline
from hrdesk.services.workspace import Workspace
from hrdesk.workflow import requirements, stage_entry


@dataclasses.dataclass(frozen=True)
class MoveResult:
    application_id: uuid.UUID
    stage_id: uuid.UUID
    status: str
    version: int


@dataclasses.dataclass(frozen=True)
class BulkOutcome:
    application_id: uuid.UUID
    ok: bool
    error: errors.UserError | None = None


class _Context:
    """The application with what every rule needs, loaded once per move."""

    def __init__(self, uow: UnitOfWork, application_id: uuid.UUID,
                 expected_version: int | None) -> None:
        self.uow = uow
        self.app, self.job = visible_application(uow, application_id)
        if expected_version is not None and self.app.version != expected_version:
            raise _changed_meanwhile(uow, self.app)
        self.candidate: Candidate = uow.session.get_one(Candidate, self.app.candidate_id)
        template = uow.session.get_one(PipelineTemplate, self.job.template_id)
        self.stages: list[Stage] = [s for s in template.stages if not s.retired]
        self.stage: Stage = uow.session.get_one(Stage, self.app.stage_id)

    @property
    def index(self) -> int:
        return next((i for i, s in enumerate(self.stages) if s.id == self.stage.id), -1)

    def enter(self, stage: Stage) -> None:
        calendar = calendars.for_site(self.uow.session, self.job.site_id)
        stage_entry.enter(self.uow.session, self.app, self.job, stage, self.candidate.name,
                          self.uow.now, calendar)

    def result(self) -> MoveResult:
        self.uow.flush()
        return MoveResult(self.app.id, self.app.stage_id, self.app.status, self.app.version)


def visible_application(uow: UnitOfWork, application_id: uuid.UUID) -> tuple[Application, Job]:
    """The application and its job, if the actor may see it; else NotFound."""
    clause = scope.applications_clause(scope.resolve(uow.session, uow.actor))
    found = uow.session.execute(select(Application, Job).join(Job, Job.id == Application.job_id)
                                .where(Application.id == application_id, clause)).first()
    if found is None:
        raise errors.NotFound(entity="application", key=str(application_id))
    return found[0], found[1]


def _changed_meanwhile(uow: UnitOfWork, app: Application) -> errors.UserError:
    last = uow.session.execute(select(TimelineEvent.actor_name, TimelineEvent.at)
                               .where(TimelineEvent.application_id == app.id)
                               .order_by(TimelineEvent.at.desc()).limit(1)).first()
    if last is None:
        return errors.ConcurrentChange(entity="application")
    return errors.ChangedMeanwhile(by=last[0], at=last[1].strftime("%Y-%m-%d %H:%M"))


def _may_leave(ctx: _Context) -> None:
    """Approval stages are left only by their owner role; others by HR or the owner."""
    actor = ctx.uow.actor
    stage = ctx.stage
    if stage.kind == "hiring_approval":
        if not actor.has_role(stage.owner_role):
            raise errors.NotYourTurn(role=stage.owner_role)
        return
    if not (actor.has_role("hr") or actor.has_role(stage.owner_role)):
        raise errors.PermissionDenied(permission=Permission.MOVE_APPLICATIONS.value)


def _open(ctx: _Context) -> None:
    if ctx.app.status in CLOSED_STATUSES or ctx.app.status == "on_hold":
        raise errors.ApplicationClosed(status=ctx.app.status)


def _leave(ctx: _Context, to: Stage, kind: str, comment: str | None,
           check: bool = True) -> None:
    if check:
        reason = requirements.unmet(ctx.uow.session, ctx.app, ctx.candidate, ctx.stage, comment)
        if reason is not None:
            raise errors.StageRequirementUnmet(stage=ctx.stage.name, reason=reason)
    previous = ctx.stage
    if to.kind == "onboarding" and _position(ctx, previous) < _position(ctx, to):
        ctx.job.hired_count += 1
    ctx.enter(to)
    ctx.stage = to
    timeline.record(ctx.uow, kind, candidate_id=ctx.app.candidate_id,
                    application_id=ctx.app.id, job_id=ctx.job.id, from_stage_id=previous.id,
                    to_stage_id=to.id, comment=comment)


def _position(ctx: _Context, stage: Stage) -> int:
    return next(i for i, s in enumerate(ctx.stages) if s.id == stage.id)


def _move(ws: Workspace, actor: Actor, action: str, application_id: uuid.UUID,
          expected_version: int | None, work: Callable[[_Context], None]) -> MoveResult:
    require(actor, Permission.MOVE_APPLICATIONS)
    with ws.db.unit_of_work(actor, f"applications.{action}") as uow:
        ctx = _Context(uow, application_id, expected_version)
        work(ctx)
        result = ctx.result()
        uow.commit()
    return result


def advance(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
            expected_version: int | None = None) -> MoveResult:
    """To the next stage; from the last stage, the hire is complete."""
    def work(ctx: _Context) -> None:
        _open(ctx)
        _may_leave(ctx)
        if ctx.index + 1 >= len(ctx.stages):
            reason = requirements.unmet(ctx.uow.session, ctx.app, ctx.candidate, ctx.stage,
                                        comment)
            if reason is not None:
                raise errors.StageRequirementUnmet(stage=ctx.stage.name, reason=reason)
            _close(ctx, "hired", "hired", comment)
            return
        _leave(ctx, ctx.stages[ctx.index + 1], "advanced", comment)
    return _move(ws, actor, "advance", application_id, expected_version, work)


def skip(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
         expected_version: int | None = None) -> MoveResult:
    """Past the next stage, which the template must mark skippable."""
    def work(ctx: _Context) -> None:
        _open(ctx)
        _may_leave(ctx)
        if ctx.index + 2 >= len(ctx.stages) or not ctx.stages[ctx.index + 1].skippable:
            raise errors.MoveNotAllowed(reason="the next stage cannot be skipped")
        _leave(ctx, ctx.stages[ctx.index + 2], "skipped", comment)
    return _move(ws, actor, "skip", application_id, expected_version, work)


def move_back(ws: Workspace, actor: Actor, application_id: uuid.UUID,
              to_stage_id: uuid.UUID | None = None, comment: str | None = None,
              expected_version: int | None = None) -> MoveResult:
    """Back to an earlier stage (the previous one by default); no requirements apply."""
    def work(ctx: _Context) -> None:
        _open(ctx)
        _may_leave(ctx)
        target = (ctx.stages[ctx.index - 1] if to_stage_id is None and ctx.index > 0 else
                  next((s for s in ctx.stages[:ctx.index] if s.id == to_stage_id), None))
        if target is None:
            raise errors.MoveNotAllowed(reason="there is no earlier stage to go back to")
        if ctx.stage.kind in ("onboarding", "probation", "confirmation") and \
                target.kind not in ("onboarding", "probation", "confirmation"):
            ctx.job.hired_count = max(0, ctx.job.hired_count - 1)
        _leave(ctx, target, "moved_back", comment, check=False)
    return _move(ws, actor, "move_back", application_id, expected_version, work)


def move_to(ws: Workspace, actor: Actor, application_id: uuid.UUID, stage_id: uuid.UUID,
            comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    """What a drop on the board asks: one step on, a skip, or back."""
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        ctx = _Context(uow, application_id, expected_version)
        here = ctx.index
        there = next((i for i, s in enumerate(ctx.stages) if s.id == stage_id), None)
    if there is None:
        raise errors.MoveNotAllowed(reason="that stage is not in this job's pipeline")
    if there == here + 1:
        return advance(ws, actor, application_id, comment, expected_version)
    if there == here + 2:
        return skip(ws, actor, application_id, comment, expected_version)
    if there < here:
        return move_back(ws, actor, application_id, stage_id, comment, expected_version)
    if there == here:
        raise errors.MoveNotAllowed(reason="the application is already in that stage")
    raise errors.MoveNotAllowed(reason="stages cannot be jumped; move one stage at a time")


def _close(ctx: _Context, status: str, kind: str, comment: str | None,
           reason: RefusalReason | None = None) -> None:
    if status == "rejected" and ctx.stage.kind in ("onboarding", "probation", "confirmation"):
        ctx.job.hired_count = max(0, ctx.job.hired_count - 1)
    ctx.app.status = status
    ctx.app.closed_at = ctx.uow.now
    ctx.app.last_activity_at = ctx.uow.now
    ctx.app.refusal_reason_id = reason.id if reason else None
    ctx.app.stage_due_at = None
    stage_entry.close_stage_tasks(ctx.uow.session, ctx.app, ctx.uow.now)
    timeline.record(ctx.uow, kind, candidate_id=ctx.app.candidate_id,
                    application_id=ctx.app.id, job_id=ctx.job.id,
                    from_stage_id=ctx.stage.id, comment=comment,
                    data={"reason": reason.code} if reason else None)


def _reason(uow: UnitOfWork, code: str) -> RefusalReason:
    reason = uow.session.scalar(select(RefusalReason).where(RefusalReason.code == code,
                                                            RefusalReason.active.is_(True)))
    if reason is None:
        raise errors.InvalidField(field="reason", reason=f"unknown refusal reason {code}")
    return reason


def reject(ws: Workspace, actor: Actor, application_id: uuid.UUID, reason_code: str,
           comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    def work(ctx: _Context) -> None:
        if ctx.app.status in CLOSED_STATUSES:
            raise errors.ApplicationClosed(status=ctx.app.status)
        _may_leave(ctx)
        _close(ctx, "rejected", "rejected", comment, _reason(ctx.uow, reason_code))
    return _move(ws, actor, "reject", application_id, expected_version, work)


def withdraw(ws: Workspace, actor: Actor, application_id: uuid.UUID,
             reason_code: str = "declined", comment: str | None = None,
             expected_version: int | None = None) -> MoveResult:
    """The candidate steps back (declined, took another offer, unreachable)."""
    def work(ctx: _Context) -> None:
        if ctx.app.status in CLOSED_STATUSES:
            raise errors.ApplicationClosed(status=ctx.app.status)
        _close(ctx, "withdrawn", "withdrawn", comment, _reason(ctx.uow, reason_code))
    return _move(ws, actor, "withdraw", application_id, expected_version, work)


def hold(ws: Workspace, actor: Actor, application_id: uuid.UUID, comment: str | None = None,
         expected_version: int | None = None) -> MoveResult:
    """Park it: the clock and reminders stop until it is reactivated."""
    def work(ctx: _Context) -> None:
        _open(ctx)
        ctx.app.status = "on_hold"
        ctx.app.stage_due_at = None
        ctx.app.last_activity_at = ctx.uow.now
        stage_entry.close_stage_tasks(ctx.uow.session, ctx.app, ctx.uow.now)
        timeline.record(ctx.uow, "on_hold", candidate_id=ctx.app.candidate_id,
                        application_id=ctx.app.id, job_id=ctx.job.id, comment=comment)
    return _move(ws, actor, "hold", application_id, expected_version, work)


def reactivate(ws: Workspace, actor: Actor, application_id: uuid.UUID,
               comment: str | None = None, expected_version: int | None = None) -> MoveResult:
    """Back to active in the stage it stood in; the stage's clock and tasks start anew."""
    def work(ctx: _Context) -> None:
        if ctx.app.status not in ("on_hold", "rejected", "withdrawn"):
            raise errors.MoveNotAllowed(reason=f"the application is {ctx.app.status}")
        ctx.app.status = "active"
        ctx.app.closed_at = None
        ctx.app.refusal_reason_id = None
        ctx.enter(ctx.stage)
        timeline.record(ctx.uow, "reactivated", candidate_id=ctx.app.candidate_id,
                        application_id=ctx.app.id, job_id=ctx.job.id, comment=comment)
    return _move(ws, actor, "reactivate", application_id, expected_version, work)


def bulk(ws: Workspace, actor: Actor, application_ids: Sequence[uuid.UUID],
         one: Callable[[uuid.UUID], MoveResult]) -> list[BulkOutcome]:
    """Each application in its own transaction: one refusal does not undo the others."""
    outcomes = []
    for application_id in application_ids:
        try:
            one(application_id)
        except errors.UserError as exc:
            outcomes.append(BulkOutcome(application_id, False, exc))
        else:
            outcomes.append(BulkOutcome(application_id, True))
    return outcomes


def bulk_move(ws: Workspace, actor: Actor, application_ids: Sequence[uuid.UUID],
              stage_id: uuid.UUID, comment: str | None = None) -> list[BulkOutcome]:
    return bulk(ws, actor, application_ids,
                lambda a: move_to(ws, actor, a, stage_id, comment))


def bulk_reject(ws: Workspace, actor: Actor, application_ids: Sequence[uuid.UUID],
                reason_code: str, comment: str | None = None) -> list[BulkOutcome]:
    return bulk(ws, actor, application_ids,
                lambda a: reject(ws, actor, a, reason_code, comment))


def apply(ws: Workspace, actor: Actor, candidate_id: uuid.UUID, job_id: uuid.UUID,
          channel_id: uuid.UUID | None = None, owner_id: uuid.UUID | None = None) -> MoveResult:
    """A candidate applies to a job: the application starts in the first stage."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "applications.apply") as uow:
        application = add_application(uow, candidate_id, job_id, channel_id, owner_id)
        uow.commit()
        return MoveResult(application.id, application.stage_id, application.status,
                          application.version)


def add_application(uow: UnitOfWork, candidate_id: uuid.UUID, job_id: uuid.UUID,
                    channel_id: uuid.UUID | None, owner_id: uuid.UUID | None) -> Application:
    job = jobs.get_visible(uow, job_id)
    if job.status != "open":
        raise errors.InvalidState(entity=job.code, status=job.status,
                                  reason="only open jobs take applications")
    candidate = uow.session.get(Candidate, candidate_id)
    if candidate is None or candidate.merged_into_id is not None:
        raise errors.NotFound(entity="candidate", key=str(candidate_id))
    existing = uow.session.scalar(select(Application.id).where(
        Application.candidate_id == candidate_id, Application.job_id == job_id,
        Application.status.in_(("active", "on_hold"))))
    if existing is not None:
        raise errors.DuplicateCandidate(name=candidate.name, field="job")
    first = uow.session.scalars(select(Stage).where(Stage.template_id == job.template_id,
                                                    Stage.retired.is_(False))
                                .order_by(Stage.position).limit(1)).one()
    now = uow.now
    application = Application(candidate_id=candidate_id, job_id=job.id, stage_id=first.id,
                              status="active", priority=0, channel_id=channel_id,
                              owner_id=owner_id or job.recruiter_id, applied_at=now,
                              stage_entered_at=now, last_activity_at=now, shortlisted=False)
    uow.session.add(application)
    uow.flush()
    stage_entry.enter(uow.session, application, job, first, candidate.name, now,
                      calendars.for_site(uow.session, job.site_id))
    timeline.record(uow, "applied", candidate_id=candidate_id, application_id=application.id,
                    job_id=job.id, to_stage_id=first.id,
                    data={"channel": str(channel_id) if channel_id else None})
    return application


def assign_interviewers(ws: Workspace, actor: Actor, application_id: uuid.UUID,
                        user_ids: Sequence[uuid.UUID]) -> None:
    require(actor, Permission.MOVE_APPLICATIONS)
    with ws.db.unit_of_work(actor, "applications.assign_interviewers") as uow:
        ctx = _Context(uow, application_id, None)
        uow.session.execute(delete(application_interviewers).where(
            application_interviewers.c.application_id == ctx.app.id))
        if user_ids:
            uow.session.execute(insert(application_interviewers), [
                {"application_id": ctx.app.id, "user_id": u} for u in dict.fromkeys(user_ids)])
        ctx.app.last_activity_at = uow.now
        timeline.record(uow, "interviewers_assigned", candidate_id=ctx.app.candidate_id,
                        application_id=ctx.app.id, job_id=ctx.job.id,
                        data={"interviewers": [str(u) for u in user_ids]})
        uow.commit()


def set_shortlisted(ws: Workspace, actor: Actor, application_id: uuid.UUID,
                    shortlisted: bool) -> None:
    """Shortlisting shows the application to the hiring department's manager."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "applications.set_shortlisted") as uow:
        ctx = _Context(uow, application_id, None)
        ctx.app.shortlisted = shortlisted
        timeline.record(uow, "shortlisted" if shortlisted else "unshortlisted",
                        candidate_id=ctx.app.candidate_id, application_id=ctx.app.id,
                        job_id=ctx.job.id)
        uow.commit()


def set_priority(ws: Workspace, actor: Actor, application_id: uuid.UUID, stars: int) -> None:
    require(actor, Permission.MOVE_APPLICATIONS)
    if not 0 <= stars <= 3:
        raise errors.InvalidField(field="priority", reason="0 to 3 stars")
    with ws.db.unit_of_work(actor, "applications.set_priority") as uow:
        ctx = _Context(uow, application_id, None)
        ctx.app.priority = stars
        uow.commit()
