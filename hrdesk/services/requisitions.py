"""Requisitions (岗位需求): a department asks for people; an approval chain decides.

A manager files a requisition for its department (HR for any department of its
sites). Submitting builds the chain of the company policy (``workflow.approval``)
as one round of steps; the first waiting step is the current one, its approvers
get a notice and one of them a task. Returning it for changes ends the round;
resubmitting starts the next. The last approval opens a job — or adds headcount
to the open job of the same title in the same department — in the same unit of
work, so an approved requisition never lacks its job.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm.attributes import flag_modified

from hrdesk import errors
from hrdesk.clock import as_utc
from hrdesk.models.jobs import Job
from hrdesk.models.org import Department, User
from hrdesk.models.pipeline import PipelineTemplate
from hrdesk.models.requisitions import (
    REASONS as REASONS,  # (the screens' vocabulary)
    STATUSES as STATUSES,
    Requisition,
)
from hrdesk.models.settings import Setting
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import jobs
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import (
    ApproverRole,
    JobStatus,
    Permission,
    RequisitionReason,
    RequisitionStatus,
    Role,
    StepStatus,
    TaskStatus,
    TimelineKind,
)
from hrdesk.workflow import approval, concurrency, reference, site_calendars, timeline
from hrdesk.workspace.unlocked import Workspace

POLICY_KEY = "requisition_approval"
EDITABLE = (RequisitionStatus.DRAFT, RequisitionStatus.RETURNED)

# The requisition's content is defined with its rules (workflow.approval); the UI
# imports it from here, with everything else it needs.
RequisitionDraft = approval.RequisitionDraft
PolicyStep = approval.PolicyStep


@dataclasses.dataclass(frozen=True)
class RequisitionInfo:
    id: uuid.UUID
    number: str
    draft: RequisitionDraft  # what the requester wrote: the edit form starts from it
    site_id: uuid.UUID
    department_name: str
    status: str
    requested_by_id: uuid.UUID
    requested_by_name: str
    job_id: uuid.UUID | None
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None
    round: int  # 0 until first submitted
    current_role: str | None  # the waiting step's role while submitted
    version: int


@dataclasses.dataclass(frozen=True)
class RequisitionDetail:
    requisition: RequisitionInfo
    trail: tuple[approval.StepInfo, ...]  # every step of every round, in order


@dataclasses.dataclass(frozen=True)
class ApprovalPolicy:
    steps: tuple[approval.PolicyStep, ...]
    version: int | None  # None while the shipped default is in force


# --- filing ---------------------------------------------------------------------------


def create_requisition(ws: Workspace, actor: Actor, draft: RequisitionDraft) -> RequisitionInfo:
    require(actor, Permission.SUBMIT_REQUISITIONS)
    with ws.db.unit_of_work(actor, "requisitions.create_requisition") as uow:
        req = Requisition(number=_next_number(uow), status=RequisitionStatus.DRAFT,
                          requested_by_id=actor.user_id, created_at=uow.now)
        _fill(uow, req, draft)
        uow.session.add(req)
        uow.flush()
        timeline.record(uow, "requisition_created", requisition_id=req.id)
        return _committed(uow, req)


def update_requisition(ws: Workspace, actor: Actor, requisition_id: uuid.UUID,
                       draft: RequisitionDraft, expected_version: int) -> RequisitionInfo:
    require(actor, Permission.SUBMIT_REQUISITIONS)
    with ws.db.unit_of_work(actor, "requisitions.update_requisition") as uow:
        req = _editable(uow, requisition_id, expected_version)
        _fill(uow, req, draft)
        timeline.record(uow, "requisition_updated", requisition_id=req.id)
        return _committed(uow, req)


def submit(ws: Workspace, actor: Actor, requisition_id: uuid.UUID,
           expected_version: int | None = None) -> RequisitionInfo:
    require(actor, Permission.SUBMIT_REQUISITIONS)
    with ws.db.unit_of_work(actor, "requisitions.submit") as uow:
        req = _editable(uow, requisition_id, expected_version)
        _check(uow, _draft_of(req), req.site_id)
        policy = approval.parse(reference.setting(uow, POLICY_KEY))
        roles = approval.chain(policy, req.headcount, req.salary_max)
        steps = approval.new_round(uow.session, req, roles, uow.now)
        req.status, req.submitted_at, req.decided_at = RequisitionStatus.SUBMITTED, uow.now, None
        timeline.record(uow, "requisition_submitted", requisition_id=req.id,
                        data={"round": steps[0].round, "chain": [s.approver_role for s in steps]})
        for step in steps:
            if step.status == StepStatus.SKIPPED:
                timeline.record(uow, TimelineKind.REQUISITION_STEP_SKIPPED,
                                requisition_id=req.id,
                                data={"role": step.approver_role,
                                      "skip_reason": step.skip_reason})
        _open_current(uow, req)
        return _committed(uow, req)


def cancel(ws: Workspace, actor: Actor, requisition_id: uuid.UUID,
           expected_version: int | None = None) -> RequisitionInfo:
    """Withdrawn by the requester or HR, at any time before the final approval."""
    require(actor, Permission.SUBMIT_REQUISITIONS)
    with ws.db.unit_of_work(actor, "requisitions.cancel") as uow:
        req = _editable(uow, requisition_id, expected_version, (*EDITABLE, RequisitionStatus.SUBMITTED))
        req.status = RequisitionStatus.CANCELLED
        approval.end_round(uow.session, req, TaskStatus.CANCELLED, uow.now)
        timeline.record(uow, "requisition_cancelled", requisition_id=req.id)
        return _committed(uow, req)


def _department_to_file_for(uow: UnitOfWork, department_id: uuid.UUID) -> Department:
    department = uow.session.get(Department, department_id)
    if department is None:
        raise errors.NotFound(entity="department", key=str(department_id))
    managed = scope.resolve(uow.session, uow.actor).manager_departments
    if department.id not in managed \
            and not approval.holds(uow.actor, ApproverRole.HR, department.site_id):
        raise errors.PermissionDenied(permission=Permission.SUBMIT_REQUISITIONS)
    return department


def _check(uow: UnitOfWork, draft: RequisitionDraft, site_id: uuid.UUID) -> None:
    # "Today" is the site's date: 01:00 in Kunshan is still yesterday in UTC.
    approval.check_draft(draft, uow.now.astimezone(_zone(uow, site_id)).date())
    if uow.session.scalar(select(PipelineTemplate.id).where(
            PipelineTemplate.job_type == draft.job_type,
            PipelineTemplate.active.is_(True)).limit(1)) is None:
        raise errors.InvalidField(field="job_type", reason="no pipeline for {value}",
                                  value=draft.job_type)


def _fill(uow: UnitOfWork, req: Requisition, draft: RequisitionDraft) -> None:
    department = _department_to_file_for(uow, draft.department_id)
    _check(uow, draft, department.site_id)
    req.site_id, req.department_id = department.site_id, department.id
    req.position_title, req.job_type = draft.position_title.strip(), draft.job_type
    req.headcount, req.wanted_by = draft.headcount, draft.wanted_by
    req.reason = RequisitionReason(draft.reason)  # (checked above)
    req.duties, req.qualifications = draft.duties, draft.qualifications
    req.salary_min, req.salary_max = draft.salary_min, draft.salary_max


def _draft_of(req: Requisition) -> RequisitionDraft:
    return RequisitionDraft(req.department_id, req.position_title, req.headcount, req.reason,
                            req.job_type, req.duties, req.qualifications, req.salary_min,
                            req.salary_max, req.wanted_by)


def _next_number(uow: UnitOfWork) -> str:
    prefix = f"R{uow.now.year}-"
    taken = set(uow.session.scalars(select(Requisition.number)
                                    .where(Requisition.number.like(f"{prefix}%"))))
    return next(number for n in itertools.count(len(taken) + 1)
                if (number := f"{prefix}{n:04d}") not in taken)


def _editable(uow: UnitOfWork, requisition_id: uuid.UUID, expected_version: int | None,
              allowed: tuple[RequisitionStatus, ...] = EDITABLE) -> Requisition:
    """A requisition its requester or HR may still change (or withdraw)."""
    req = _visible(uow, requisition_id, expected_version)
    _require_requester_or_hr(uow.actor, req)
    if req.status not in allowed:
        raise errors.InvalidState(entity=req.number, status=RequisitionStatus(req.status),
                                  reason="it can no longer be changed")
    return req


# --- deciding -------------------------------------------------------------------------


def approve(ws: Workspace, actor: Actor, requisition_id: uuid.UUID, comment: str | None = None,
            expected_version: int | None = None) -> RequisitionInfo:
    """The current step approved; after the last one the job is opened."""
    return _decide(ws, actor, requisition_id, StepStatus.APPROVED, comment, expected_version)


def reject(ws: Workspace, actor: Actor, requisition_id: uuid.UUID, comment: str,
           expected_version: int | None = None) -> RequisitionInfo:
    return _decide(ws, actor, requisition_id, StepStatus.REJECTED, comment, expected_version)


def return_for_changes(ws: Workspace, actor: Actor, requisition_id: uuid.UUID, comment: str,
                       expected_version: int | None = None) -> RequisitionInfo:
    """Back to the requester, who edits and resubmits it as a new round."""
    return _decide(ws, actor, requisition_id, StepStatus.RETURNED, comment, expected_version)


def _decide(ws: Workspace, actor: Actor, requisition_id: uuid.UUID, outcome: StepStatus,
            comment: str | None, expected_version: int | None) -> RequisitionInfo:
    action = {"approved": "approve", "rejected": "reject", "returned": "return_for_changes"}
    if outcome != StepStatus.APPROVED and not (comment or "").strip():
        raise errors.InvalidField(field="comment", reason="required")
    with ws.db.unit_of_work(actor, f"requisitions.{action[outcome]}") as uow:
        req = _visible(uow, requisition_id)
        step = approval.step_to_decide(uow.session, req, actor, _zone(uow, req.site_id))
        _check_version(uow, req, expected_version)
        approval.decide(uow.session, req, step, outcome, actor, comment, uow.now)
        # The requisition row changes with every decision, so its version counter makes
        # a second, concurrent decision on the same step fail instead of both passing.
        flag_modified(req, "status")
        timeline.record(uow, TimelineKind(f"requisition_step_{outcome}"), requisition_id=req.id,
                        comment=step.comment, data={"role": step.approver_role,
                                                    "round": step.round})
        if outcome == StepStatus.APPROVED and approval.current_step(req) is not None:
            _open_current(uow, req)
        elif outcome == StepStatus.APPROVED:
            _approved(uow, req)
        return _committed(uow, req)


def _approved(uow: UnitOfWork, req: Requisition) -> None:
    req.status, req.decided_at = RequisitionStatus.APPROVED, uow.now
    job = _job_for(uow, req)
    req.job_id = job.id
    timeline.record(uow, "requisition_approved", requisition_id=req.id, job_id=job.id,
                    data={"job": job.code, "headcount": req.headcount})
    approval.notify_requester(uow.session, req, StepStatus.APPROVED, None, uow.now)


def _job_for(uow: UnitOfWork, req: Requisition) -> Job:
    """The open job of this title in this department, grown; else a new one."""
    job = uow.session.scalar(select(Job).where(
        Job.department_id == req.department_id, Job.title == req.position_title,
        Job.status == JobStatus.OPEN).order_by(Job.opened_at, Job.code).limit(1))
    if job is not None:
        job.headcount += req.headcount
        timeline.record(uow, "job_headcount_added", job_id=job.id, requisition_id=req.id,
                        data={"added": req.headcount, "headcount": job.headcount})
        return job
    hr_approver = next((s.decided_by_id for s in approval.ordered(req)
                        if s.approver_role == ApproverRole.HR and s.status == StepStatus.APPROVED),
                       None)
    recruiter = hr_approver or next(
        iter(approval.eligible(uow.session, ApproverRole.HR, req.site_id)), None)
    draft = jobs.JobDraft(
        req.position_title, req.department_id, req.headcount, job_type=req.job_type,
        recruiter_id=recruiter, hiring_manager_id=req.requested_by_id, description=req.duties,
        requirements=req.qualifications, salary_min=req.salary_min, salary_max=req.salary_max)
    # The final approver may be an executive: the approved requisition is the authority.
    return jobs.add_job(uow, draft, authorised=True)


# --- reading --------------------------------------------------------------------------


def list_requisitions(ws: Workspace, actor: Actor,
                      status: str | None = None) -> list[RequisitionInfo]:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        query = select(Requisition).where(_in_scope(uow))
        if status is not None:
            query = query.where(Requisition.status == status)
        return _infos(uow, list(uow.session.scalars(query.order_by(Requisition.number))))


def get_requisition(ws: Workspace, actor: Actor, requisition_id: uuid.UUID) -> RequisitionDetail:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        req = _visible(uow, requisition_id)
        steps = approval.ordered(req)
        names = _user_names(uow, [s.approver_id for s in steps] + [s.decided_by_id for s in steps])
        return RequisitionDetail(_infos(uow, [req])[0], approval.trail(steps, names))


def pending_approvals(ws: Workspace, actor: Actor) -> list[RequisitionInfo]:
    """Requisitions whose current step this actor may decide now: its approval inbox."""
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        submitted = uow.session.scalars(select(Requisition).where(
            Requisition.status == RequisitionStatus.SUBMITTED, _in_scope(uow))
            .order_by(Requisition.submitted_at, Requisition.number))
        mine = [r for r in submitted if (step := approval.current_step(r)) is not None
                and approval.may_decide_step(actor, r, step)]
        return _infos(uow, mine)


def _in_scope(uow: UnitOfWork) -> ColumnElement[bool]:
    return scope.requisitions_clause(scope.resolve(uow.session, uow.actor))


def _visible(uow: UnitOfWork, requisition_id: uuid.UUID,
             expected_version: int | None = None) -> Requisition:
    """A requisition the actor may see; out of scope looks exactly like missing."""
    req = uow.session.scalar(select(Requisition).where(Requisition.id == requisition_id,
                                                       _in_scope(uow)))
    if req is None:
        raise errors.NotFound(entity="requisition", key=str(requisition_id))
    _check_version(uow, req, expected_version)
    return req


def _require_requester_or_hr(actor: Actor, req: Requisition) -> None:
    if actor.user_id != req.requested_by_id \
            and not approval.holds(actor, ApproverRole.HR, req.site_id):
        raise errors.PermissionDenied(permission=Permission.SUBMIT_REQUISITIONS)


def _check_version(uow: UnitOfWork, req: Requisition, expected: int | None) -> None:
    concurrency.check_version(uow, req, expected, req.number, _zone(uow, req.site_id))


def _open_current(uow: UnitOfWork, req: Requisition) -> None:
    approval.open_current(uow.session, req, uow.now,
                          site_calendars.for_site(uow.session, req.site_id))


def _zone(uow: UnitOfWork, site_id: uuid.UUID) -> dt.tzinfo:
    return site_calendars.for_site(uow.session, site_id).zone


def _committed(uow: UnitOfWork, req: Requisition) -> RequisitionInfo:
    uow.commit()
    return _infos(uow, [req])[0]


def _user_names(uow: UnitOfWork, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    wanted = {i for i in ids if i is not None}
    rows = uow.session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return dict(rows.all())


def _infos(uow: UnitOfWork, reqs: Sequence[Requisition]) -> list[RequisitionInfo]:
    users = _user_names(uow, [r.requested_by_id for r in reqs])
    departments = dict(uow.session.execute(select(Department.id, Department.name).where(
        Department.id.in_({r.department_id for r in reqs}))).all())
    out = []
    for r in reqs:
        current = approval.current_step(r) if r.status == RequisitionStatus.SUBMITTED else None
        out.append(RequisitionInfo(
            r.id, r.number, _draft_of(r), r.site_id, departments.get(r.department_id, ""),
            r.status, r.requested_by_id, users.get(r.requested_by_id, ""), r.job_id,
            as_utc(r.created_at), _utc(r.submitted_at), _utc(r.decided_at),
            max((s.round for s in r.steps), default=0),
            current.approver_role if current else None, r.version))
    return out


def _utc(at: dt.datetime | None) -> dt.datetime | None:
    return as_utc(at) if at else None


# --- the policy -----------------------------------------------------------------------


def approval_policy(ws: Workspace, actor: Actor) -> ApprovalPolicy:
    """Anyone signed in may read who approves what; managers plan with it."""
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        row = uow.session.get(Setting, POLICY_KEY)
        return ApprovalPolicy(approval.parse(reference.setting(uow, POLICY_KEY)),
                              row.version if row else None)


def set_approval_policy(ws: Workspace, actor: Actor, steps: Sequence[approval.PolicyStep],
                        expected_version: int | None = None) -> ApprovalPolicy:
    """Company-wide, so only HR or an administrator without a site limit changes it."""
    require(actor, Permission.MANAGE_PIPELINES)
    if not any(g.role in (Role.HR, Role.ADMIN) and g.site_id is None for g in actor.grants):
        raise errors.PermissionDenied(permission=Permission.MANAGE_PIPELINES)
    checked = approval.validate(list(steps))
    with ws.db.unit_of_work(actor, "requisitions.set_approval_policy") as uow:
        row = uow.session.get(Setting, POLICY_KEY)
        if row is not None and expected_version is not None and row.version != expected_version:
            raise errors.ConcurrentChange(entity="approval policy")
        row = row or Setting(key=POLICY_KEY)
        row.value = approval.to_setting(checked)
        uow.session.add(row)
        uow.commit()
        return ApprovalPolicy(checked, row.version)
