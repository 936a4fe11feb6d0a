"""The requisition approval chain: which steps apply, who decides each, how it moves.

The policy, the requisition's rules and who decides are pure functions, unit-tested
without a database; the chain itself is laid out and moved on the caller's session.
The policy is the company setting ``requisition_approval``, for example
``{"steps": [{"role": "dept_head"}, {"role": "hr"}, {"role": "executive",
"when": {"headcount_over": 3, "salary_max_over": 15000}}]}``: a step without
``when`` always applies, one with ``when`` if ANY of its conditions holds. HR
edits it through a form and old rows may hold anything, so ``parse`` trusts
nothing and names the faulty step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk import errors, notices
from hrdesk.clock import as_utc
from hrdesk.models.org import Department, RoleGrant, User
from hrdesk.models.requisitions import REASONS, ApprovalStep, Requisition
from hrdesk.models.tasks import Notification, Task
from hrdesk.security.actor import Actor
from hrdesk.vocabulary import (
    ApproverRole,
    RequisitionStatus,
    SkipReason,
    StepStatus,
    TaskStatus,
)
from hrdesk.workflow import sla
from hrdesk.workflow.calendar import WorkingCalendar

APPROVER_ROLES = ("dept_head", "hr", "executive")
CONDITIONS = ("headcount_over", "salary_max_over")
ROLE_WIDE = ("hr", "executive")  # any holder of that role for the site decides

SLA_DAYS = 2  # working days an approver has for a step
REMIND_BEFORE = dt.timedelta(hours=4)


# --- the policy (pure) ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PolicyStep:
    """One link of the chain; no thresholds means it always applies."""

    role: str
    headcount_over: int | None = None
    salary_max_over: int | None = None

    @property
    def conditional(self) -> bool:
        return self.headcount_over is not None or self.salary_max_over is not None

    def applies(self, headcount: int, salary_max: int | None) -> bool:
        if not self.conditional:
            return True
        if self.headcount_over is not None and headcount > self.headcount_over:
            return True
        return (self.salary_max_over is not None and salary_max is not None
                and salary_max > self.salary_max_over)


def chain(steps: Iterable[PolicyStep], headcount: int, salary_max: int | None
          ) -> tuple[str, ...]:
    """The roles that must approve a requisition of this size, in order."""
    return tuple(s.role for s in steps if s.applies(headcount, salary_max))


def parse(value: Any) -> tuple[PolicyStep, ...]:
    """The setting's JSON as checked steps; a faulty entry raises ``InvalidField`` (the
    policy as a whole) or ``InvalidApprovalStep`` (by the step's number and field)."""
    raw = value.get("steps") if isinstance(value, Mapping) else None
    if not isinstance(raw, list):
        raise errors.InvalidField(field="steps", reason="at least one step is required")
    return validate([_parse_step(n, item) for n, item in enumerate(raw, start=1)])


def _parse_step(number: int, item: Any) -> PolicyStep:
    if not isinstance(item, Mapping) or "role" not in item:
        raise errors.InvalidApprovalStep(step=number, field="step",
                                         reason="each step must be an object with a role")
    for key in item:
        if key not in ("role", "when"):
            raise errors.InvalidApprovalStep(step=number, field="step",
                                             reason="unknown setting {value}", value=str(key))
    when = item.get("when")
    if when is None:
        return PolicyStep(str(item["role"]))
    if not isinstance(when, Mapping) or not when:
        raise _empty_when(number)
    for key in when:
        if key not in CONDITIONS:
            raise errors.InvalidApprovalStep(step=number, field="when",
                                             reason="unknown setting {value}", value=str(key))
    step = PolicyStep(str(item["role"]), when.get("headcount_over"), when.get("salary_max_over"))
    if not step.conditional:  # {"headcount_over": null}: a condition that says nothing
        raise _empty_when(number)
    return step


def _empty_when(number: int) -> errors.InvalidApprovalStep:
    return errors.InvalidApprovalStep(
        step=number, field="when",
        reason="give at least one condition, or remove the condition")


def validate(steps: Sequence[PolicyStep]) -> tuple[PolicyStep, ...]:
    """The steps unchanged when they make a usable chain; else ``InvalidField``."""
    if not steps:
        raise errors.InvalidField(field="steps", reason="at least one step is required")
    seen: set[str] = set()
    for number, step in enumerate(steps, start=1):
        if step.role not in APPROVER_ROLES:
            raise errors.InvalidApprovalStep(step=number, field="role",
                                             reason="unknown approver {value}", value=step.role)
        if step.role in seen:
            raise errors.InvalidApprovalStep(step=number, field="role",
                                             reason="each approver may appear only once")
        seen.add(step.role)
        for name in CONDITIONS:
            threshold = getattr(step, name)
            # bool is an int to Python, but `true` in the JSON is a typing slip.
            if threshold is not None and (type(threshold) is not int or threshold < 0):
                raise errors.InvalidApprovalStep(step=number, field=name,
                                                 reason="must be a whole number, 0 or more")
    # Otherwise a small requisition would have nobody to approve it.
    if all(s.conditional for s in steps):
        raise errors.InvalidField(field="steps",
                                  reason="at least one step must apply to every requisition")
    return tuple(steps)


def to_setting(steps: Iterable[PolicyStep]) -> dict[str, Any]:
    """The inverse of ``parse``: what is stored."""
    out = []
    for step in steps:
        item: dict[str, Any] = {"role": step.role}
        when = {n: getattr(step, n) for n in CONDITIONS if getattr(step, n) is not None}
        if when:
            item["when"] = when
        out.append(item)
    return {"steps": out}


# --- what a requisition must hold (pure) ------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RequisitionDraft:
    """What a requester writes; checked on every save and again on submit."""

    department_id: uuid.UUID
    position_title: str
    headcount: int
    reason: str  # one of models.requisitions.REASONS
    job_type: str = "skilled_worker"
    duties: str = ""
    qualifications: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    wanted_by: dt.date | None = None


def check_draft(draft: RequisitionDraft, today: dt.date) -> None:
    """The first thing wrong with a requisition, as ``InvalidField`` naming the field."""
    if not draft.position_title.strip():
        raise errors.InvalidField(field="position_title", reason="required")
    if type(draft.headcount) is not int or draft.headcount < 1:
        raise errors.InvalidField(field="headcount", reason="at least 1")
    if draft.reason not in REASONS:
        raise errors.InvalidField(field="reason", reason="unknown reason {value}",
                                  value=str(draft.reason))
    for field in ("salary_min", "salary_max"):
        value = getattr(draft, field)
        if value is not None and (type(value) is not int or value < 0):
            raise errors.InvalidField(field=field, reason="must be a whole number, 0 or more")
    if (draft.salary_min is not None and draft.salary_max is not None
            and draft.salary_min > draft.salary_max):
        raise errors.InvalidField(field="salary_min",
                                  reason="must not be above the maximum salary")
    if draft.wanted_by is not None and draft.wanted_by < today:
        raise errors.InvalidField(field="wanted_by", reason="must not be in the past")


# --- who decides (pure) -----------------------------------------------------------------


def department_head(departments: Mapping[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None]],
                    department_id: uuid.UUID, requester_id: uuid.UUID | None
                    ) -> uuid.UUID | None:
    """Who decides a ``dept_head`` step: the nearest head up the tree who is not the requester.

    ``departments`` maps a department to (parent, head), an inactive head given as
    None. Nobody approves their own request: a head asking goes to the head above.
    """
    seen: set[uuid.UUID] = set()
    current: uuid.UUID | None = department_id
    while current is not None and current not in seen and current in departments:
        seen.add(current)  # a damaged tree with a loop must not hang the submit
        parent, head = departments[current]
        if head is not None and head != requester_id:
            return head
        current = parent
    return None


def may_decide(actor: Actor, role: str, approver_id: uuid.UUID | None, site_id: uuid.UUID,
               requester_id: uuid.UUID | None) -> bool:
    """Whether ``actor`` may decide a waiting step of this role for a requisition of the site."""
    if actor.user_id is None:
        return False
    if role == ApproverRole.DEPT_HEAD:
        return approver_id == actor.user_id
    if actor.user_id == requester_id:
        return False  # four eyes: nobody approves what they asked for
    return role in ROLE_WIDE and holds(actor, role, site_id)


def may_decide_step(actor: Actor, req: Requisition, step: ApprovalStep) -> bool:
    return may_decide(actor, step.approver_role, step.approver_id, req.site_id,
                      req.requested_by_id)


def holds(actor: Actor, role: str, site_id: uuid.UUID) -> bool:
    """Whether one of the actor's grants is ``role`` for this site (or for every site)."""
    return any(g.role == role and g.site_id in (None, site_id) for g in actor.grants)


def local_text(at: dt.datetime | None, zone: dt.tzinfo) -> str:
    """A moment as the site's people read it (SQLite hands back naive UTC)."""
    return as_utc(at).astimezone(zone).strftime("%Y-%m-%d %H:%M") if at else "?"


# --- the chain on the database: the caller's session and clock, no commit ---------------


def new_round(session: Session, req: Requisition, roles: Sequence[str], now: dt.datetime
              ) -> list[ApprovalStep]:
    """The steps of the requisition's next round, its dept_head resolved or skipped."""
    round_ = max((s.round for s in req.steps), default=0) + 1
    steps = []
    for position, role in enumerate(roles, start=1):
        step = ApprovalStep(round=round_, position=position, approver_role=role,
                            status=StepStatus.WAITING)
        if role == ApproverRole.DEPT_HEAD:
            step.approver_id = department_head(department_tree(session), req.department_id,
                                               req.requested_by_id)
            if step.approver_id is None:
                step.status, step.decided_at = StepStatus.SKIPPED, now
                step.skip_reason = SkipReason.NO_HEAD
        elif not eligible(session, role, req.site_id, req.requested_by_id):
            # Refused now rather than left waiting for nobody.
            raise errors.InvalidState(entity=req.number, status=req.status,
                                      reason="nobody else may decide the step of {role}",
                                      role=ApproverRole(role))
        steps.append(step)
    if not any(s.status == StepStatus.WAITING for s in steps):
        raise errors.InvalidState(entity=req.number, status=req.status,
                                  reason="the approval chain has nobody to decide it")
    req.steps.extend(steps)
    return steps


def department_tree(session: Session) -> dict[uuid.UUID, tuple[uuid.UUID | None,
                                                               uuid.UUID | None]]:
    """(parent, head) of every department, an inactive head given as None."""
    rows = session.execute(
        select(Department.id, Department.parent_id, Department.head_user_id, User.active)
        .outerjoin(User, User.id == Department.head_user_id))
    return {d: (parent, head if active else None) for d, parent, head, active in rows}


def eligible(session: Session, role: str, site_id: uuid.UUID,
             excluding: uuid.UUID | None = None) -> list[uuid.UUID]:
    """Active users whose grant lets them decide a role-wide step, by user name."""
    rows = session.execute(
        select(User.id, User.username).join(RoleGrant, RoleGrant.user_id == User.id)
        .where(RoleGrant.role == role, User.active.is_(True),
               or_(RoleGrant.site_id == site_id, RoleGrant.site_id.is_(None)))
        .order_by(User.username))
    return [u for u in dict.fromkeys(uid for uid, _name in rows) if u != excluding]


def ordered(req: Requisition) -> list[ApprovalStep]:
    return sorted(req.steps, key=lambda s: (s.round, s.position))


def current_step(req: Requisition) -> ApprovalStep | None:
    # Steps of ended rounds are never left waiting, so the first waiting one is current.
    return next((s for s in ordered(req) if s.status == StepStatus.WAITING), None)


def open_current(session: Session, req: Requisition, now: dt.datetime,
                 calendar: WorkingCalendar) -> None:
    """Tell the current step's approvers, and give one of them a task with the SLA clock."""
    step = current_step(req)
    assert step is not None  # new_round and the decisions only call this while one waits
    if step.approver_id is not None:
        recipients = [step.approver_id]
    else:
        recipients = eligible(session, step.approver_role, req.site_id, req.requested_by_id)
    about = {"number": req.number, "position": req.position_title, "headcount": req.headcount}
    for user_id in recipients:
        session.add(Notification(user_id=user_id, at=now, kind="approval_requested",
                                 **notices.stored("notice.approve_requisition", **about),
                                 link_type="requisition", link_id=req.id))
    due = sla.due_at(now, SLA_DAYS, "days", calendar)
    # Nobody left to assign (deactivated since submit): the task waits unassigned and
    # surfaces in escalation instead of the decision failing.
    session.add(Task(
        **notices.stored("task.approve_requisition", **about), kind="approval",
        assignee_id=next(iter(recipients), None),
        requisition_id=req.id, site_id=req.site_id, department_id=req.department_id,
        due_at=due, status=TaskStatus.OPEN, created_at=now,
        next_reminder_at=max(now, due - REMIND_BEFORE), escalation_level=0))


def step_to_decide(session: Session, req: Requisition, actor: Actor, zone: dt.tzinfo
                   ) -> ApprovalStep:
    """The current step if ``actor`` may decide it; else why not, as the user should hear it."""
    if req.status in (RequisitionStatus.APPROVED, RequisitionStatus.REJECTED,
                      RequisitionStatus.RETURNED):  # ended by its last decision
        decided = [(as_utc(s.decided_at), s) for s in req.steps
                   if s.decided_by_id and s.decided_at]
        raise _already_decided(session, max(decided, key=lambda pair: pair[0])[1], zone)
    if req.status != RequisitionStatus.SUBMITTED:
        raise errors.InvalidState(entity=req.number, status=req.status,
                                  reason="only a submitted requisition can be decided")
    current = current_step(req)
    assert current is not None  # a submitted requisition always has a waiting step
    if may_decide_step(actor, req, current):
        return current
    for step in ordered(req):  # a double click, or a colleague who was quicker
        if step.round == current.round and step.status == StepStatus.APPROVED and (
                step.decided_by_id == actor.user_id or may_decide_step(actor, req, step)):
            raise _already_decided(session, step, zone)
    raise errors.NotYourTurn(role=current.approver_role)


def _already_decided(session: Session, step: ApprovalStep, zone: dt.tzinfo
                     ) -> errors.UserError:
    who = session.get(User, step.decided_by_id)
    return errors.AlreadyDecided(by=who.display_name if who else "?",
                                 at=local_text(step.decided_at, zone))


def decide(session: Session, req: Requisition, step: ApprovalStep, outcome: StepStatus,
           actor: Actor, comment: str | None, now: dt.datetime) -> None:
    """Record the decision; a rejection or a return also ends the round."""
    step.status, step.decided_by_id, step.decided_at = outcome, actor.user_id, now
    step.comment = (comment or "").strip() or None
    close_tasks(session, req, TaskStatus.DONE, now)
    if outcome != StepStatus.APPROVED:
        req.status = RequisitionStatus(outcome.value)  # rejected or returned
        req.decided_at = now if outcome == StepStatus.REJECTED else None
        end_round(session, req, TaskStatus.DONE, now)
        notify_requester(session, req, outcome, step.comment, now)


def close_tasks(session: Session, req: Requisition, status: TaskStatus,
                now: dt.datetime) -> None:
    # Through the ORM, not a bulk update, so the audit log records each task closing.
    for task in session.scalars(select(Task).where(
            Task.requisition_id == req.id, Task.kind == "approval",
            Task.status == TaskStatus.OPEN)):
        task.status, task.completed_at, task.next_reminder_at = status, now, None


def end_round(session: Session, req: Requisition, task_status: TaskStatus,
              now: dt.datetime) -> None:
    """Steps not reached are skipped, open tasks closed: nothing waits any more."""
    for step in req.steps:
        if step.status == StepStatus.WAITING:
            step.status, step.skip_reason = StepStatus.SKIPPED, SkipReason.NOT_REACHED
    close_tasks(session, req, task_status, now)


def notify_requester(session: Session, req: Requisition, outcome: StepStatus,
                     comment: str | None, now: dt.datetime) -> None:
    """The requester hears the outcome; the body is the approver's comment, as written."""
    session.add(Notification(
        user_id=req.requested_by_id, at=now, kind="requisition_decided",
        **notices.stored(f"notice.requisition_{outcome.value}", number=req.number,
                         position=req.position_title),
        body=comment or "", link_type="requisition", link_id=req.id))


@dataclasses.dataclass(frozen=True)
class StepInfo:
    """One step of the trail, as the requisition's page shows it."""

    round: int
    position: int
    role: ApproverRole
    approver_id: uuid.UUID | None  # set for dept_head; role-wide steps name nobody
    approver_name: str | None
    status: StepStatus
    decided_by_id: uuid.UUID | None
    decided_by_name: str | None
    decided_at: dt.datetime | None
    comment: str | None  # the approver's words (or, on a step from before, why it skipped)
    skip_reason: SkipReason | None = None  # why hrdesk skipped it


def trail(steps: Iterable[ApprovalStep], names: Mapping[uuid.UUID | None, str]
          ) -> tuple[StepInfo, ...]:
    return tuple(StepInfo(
        s.round, s.position, s.approver_role, s.approver_id, names.get(s.approver_id),
        s.status, s.decided_by_id, names.get(s.decided_by_id),
        as_utc(s.decided_at) if s.decided_at else None, s.comment, s.skip_reason)
        for s in steps)
