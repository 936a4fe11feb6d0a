"""The workbench: what a person signing in has to look at first.

Read-only use cases the other services lack: hires stalled past their stage's
SLA, the latest activity in the actor's scope, and the inbox with each notice's
link resolved to the record it is about. ``overview`` gathers everything the
home screen shows, each part only for a role that may see it.

Everything here is bounded (grouped counts, LIMIT) and reads Core rows, not ORM
entities: the workbench opens on every sign-in, on databases of 100,000 candidates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Subquery, and_, exists, func, or_, select, true, union
from sqlalchemy.orm import aliased

from hrdesk.clock import as_utc
from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.models.requisitions import Requisition
from hrdesk.models.tasks import Task
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import allows, require
from hrdesk.services import notifications, requisitions, tasks
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import ApplicationStatus, Permission, Role
from hrdesk.workflow import site_calendars, sla
from hrdesk.workspace.unlocked import Workspace

# What a record link of a notice or task is resolved to (ui.navigation's kinds).
APPLICATION, REQUISITION, JOB = "application", "requisition", "job"


# --- stalled hires ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class StalledHire:
    application_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    job_id: uuid.UUID
    job_title: str
    stage_id: uuid.UUID
    stage_name: str
    due_at: dt.datetime
    overdue_by: dt.timedelta  # working time past the stage's SLA, in the job site's calendar
    overdue_days: float  # the same in the site's working days, to one decimal


@dataclasses.dataclass(frozen=True)
class StalledStage:
    """One stage of one job with hires past its SLA; ``worst`` is the longest overdue."""

    job_id: uuid.UUID
    job_code: str
    job_title: str
    stage_id: uuid.UUID
    stage_name: str
    count: int
    worst: StalledHire


def stalled_hires(ws: Workspace, actor: Actor, limit: int = 50) -> list[StalledStage]:
    """Active applications in scope whose stage is past its SLA, per job and stage,
    the stage whose worst hire is most overdue first."""
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        now = uow.now
        group = (Application.job_id, Application.stage_id)
        ranked = (
            select(Application.id, Application.candidate_id, Application.job_id,
                   Application.stage_id, Application.stage_due_at,
                   func.row_number().over(partition_by=group, order_by=(
                       Application.stage_due_at, Application.id)).label("rank"),
                   func.count().over(partition_by=group).label("stalled"))
            .join(Job, Job.id == Application.job_id)
            .where(Application.status == ApplicationStatus.ACTIVE, Application.stage_due_at < now,
                   scope.applications_clause(scope.resolve(uow.session, actor)))
            .subquery())
        rows = uow.session.execute(
            select(ranked.c.id, ranked.c.candidate_id, ranked.c.job_id, ranked.c.stage_id,
                   ranked.c.stage_due_at, ranked.c.stalled, Candidate.name, Job.code, Job.title,
                   Job.site_id, Stage.name.label("stage_name"))
            .join(Candidate, Candidate.id == ranked.c.candidate_id)
            .join(Job, Job.id == ranked.c.job_id)
            .join(Stage, Stage.id == ranked.c.stage_id)
            .where(ranked.c.rank == 1)
            .order_by(ranked.c.stage_due_at).limit(limit)).all()
        calendar_of = {site: site_calendars.for_site(uow.session, site)
                       for site in {row.site_id for row in rows}}
    found = []
    for row in rows:
        due, calendar = as_utc(row.stage_due_at), calendar_of[row.site_id]
        late = sla.overdue_by(due, now, calendar)
        day = calendar.day_length.total_seconds() or 1.0
        worst = StalledHire(row.id, row.candidate_id, row.name, row.job_id, row.title,
                            row.stage_id, row.stage_name, due, late,
                            round(late.total_seconds() / day, 1))
        found.append(StalledStage(row.job_id, row.code, row.title, row.stage_id,
                                  row.stage_name, row.stalled, worst))
    # Working time, not the deadline, says who waited longest (sites keep other hours).
    found.sort(key=lambda s: s.worst.overdue_by, reverse=True)
    return found


# --- recent activity --------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Activity:
    at: dt.datetime
    actor_name: str
    kind: str  # the timeline event's kind: applied, moved, task_done, requisition_submitted …
    candidate_id: uuid.UUID | None
    candidate_name: str | None
    application_id: uuid.UUID | None
    job_id: uuid.UUID | None
    job_title: str | None
    requisition_id: uuid.UUID | None
    requisition_number: str | None
    to_stage: str | None
    comment: str | None
    data: dict[str, Any]


def recent_activity(ws: Workspace, actor: Actor, limit: int = 50) -> list[Activity]:
    """The latest timeline events the actor may see, newest first.

    An event about an application (a move, a task done, an escalation) is visible
    when the application is in the actor's scope; one about a candidate alone
    (added, edited, a file attached) when the candidate is, as on the candidate's
    timeline; otherwise the job's or the requisition's scope decides.
    """
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        latest = _latest_visible(uow, actor, limit)
        stage, app = aliased(Stage), aliased(Application)
        rows = uow.session.execute(
            select(TimelineEvent, Candidate.name, Job.title, Requisition.number, stage.name,
                   func.coalesce(TimelineEvent.candidate_id, app.candidate_id))
            .join(latest, latest.c.id == TimelineEvent.id)
            .outerjoin(app, app.id == TimelineEvent.application_id)
            .outerjoin(Candidate, Candidate.id == func.coalesce(TimelineEvent.candidate_id,
                                                                app.candidate_id))
            .outerjoin(Job, Job.id == func.coalesce(TimelineEvent.job_id, app.job_id))
            .outerjoin(Requisition, Requisition.id == TimelineEvent.requisition_id)
            .outerjoin(stage, stage.id == TimelineEvent.to_stage_id)
            .order_by(TimelineEvent.at.desc(), TimelineEvent.id).limit(limit)).all()
        return [Activity(as_utc(e.at), e.actor_name, e.kind, person, name, e.application_id,
                         e.job_id, title, e.requisition_id, number, to_stage, e.comment,
                         json.loads(e.data) if e.data else {})
                for e, name, title, number, to_stage, person in rows]


def _latest_visible(uow: UnitOfWork, actor: Actor, limit: int) -> Subquery:
    """The ids of the newest ``limit`` visible events, as a subquery.

    There is no index on the time alone, and a scan of every event is far too slow
    at plant scale; so is listing every application in a large scope first. The
    visible events are read in disjoint parts instead, each walked newest first
    along an index and stopped at ``limit``, and merged:

    - each job whose whole site the actor sees: all its events (``ix_timeline_job_at``);
    - each other job in scope: its own events and those of its applications in
      scope, checked one by one (``ix_timeline_job_at``);
    - events about a candidate alone, for a person in scope (the no-job part of
      ``ix_timeline_job_at``);
    - the events of each requisition in scope (its index);
    - for a role that sees no candidates, the jobs' own events (the no-candidate
      part of ``ix_timeline_candidate_at``, a small one).
    """
    resolved = scope.resolve(uow.session, actor)
    event = TimelineEvent
    sees_candidates = allows(actor, Permission.VIEW_CANDIDATES)
    full_sites = resolved.sees_all_of_sites()
    about_no_one = and_(event.application_id.is_(None), event.candidate_id.is_(None))
    whole: list[uuid.UUID] = []
    partial: list[uuid.UUID] = []
    for job_id, site_id in uow.session.execute(
            select(Job.id, Job.site_id).where(scope.jobs_clause(resolved))):
        seen_whole = sees_candidates and (full_sites is None or (
            full_sites is not False and site_id in full_sites))
        (whole if seen_whole else partial).append(job_id)
    parts = [event.job_id == job_id for job_id in whole]
    # A requisition's own events (filed, decided, its approval tasks) by the requisition:
    # few per requisition, read along its index.
    parts.append(event.requisition_id.in_(
        select(Requisition.id).where(scope.requisitions_clause(resolved))))
    if sees_candidates:
        in_scope = scope.applications_clause(resolved)
        visible_application = exists(
            select(Application.id).join(Job, Job.id == Application.job_id)
            .where(Application.id == event.application_id, in_scope))
        parts += [and_(event.job_id == job_id, or_(about_no_one, visible_application))
                  for job_id in partial]
        # HR keeps the whole pool (scope.candidates_clause); others see the people
        # behind the applications in their scope.
        person = true() if actor.has_role(Role.HR) else exists(
            select(Application.id).join(Job, Job.id == Application.job_id)
            .where(Application.candidate_id == event.candidate_id, in_scope))
        parts.append(and_(event.job_id.is_(None), event.candidate_id.is_not(None), person))
    elif partial:
        parts.append(and_(about_no_one, event.job_id.in_(partial)))
    newest = [select(part.c.id, part.c.at) for part in (
        select(event.id, event.at).where(clause).order_by(event.at.desc()).limit(limit)
        .subquery() for clause in parts)]
    merged = union(*newest).subquery()  # a decided requisition's job event comes twice
    return select(merged.c.id).order_by(merged.c.at.desc()).limit(limit).subquery()


# --- the inbox with its links -----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Notice:
    """A notice and the record it opens (None: it is about nothing that can be opened)."""

    notification: notifications.NotificationInfo
    target_kind: str | None
    target_id: uuid.UUID | None


def inbox(ws: Workspace, actor: Actor, limit: int = 100) -> list[Notice]:
    """``notifications.inbox``, a reminder's task link resolved to what the task is about."""
    found = notifications.inbox(ws, actor, limit=limit)
    task_ids = {n.link_id for n in found if n.link_type == "task" and n.link_id}
    about: dict[uuid.UUID, tuple[str | None, uuid.UUID | None]] = {}
    if task_ids:
        with ws.db.unit_of_work(actor, read_only=True) as uow:
            for row in uow.session.execute(
                    select(Task.id, Task.application_id, Task.requisition_id, Task.job_id)
                    .where(Task.id.in_(task_ids))):
                about[row.id] = task_target(row.application_id, row.requisition_id, row.job_id)
    notices = []
    for n in found:
        if n.link_type == "task" and n.link_id:
            kind, target = about.get(n.link_id, (None, None))
        elif n.link_type in (APPLICATION, REQUISITION, JOB):
            kind, target = n.link_type, n.link_id
        else:
            kind, target = None, None
        notices.append(Notice(n, kind, target))
    return notices


def task_target(application_id: uuid.UUID | None, requisition_id: uuid.UUID | None,
                job_id: uuid.UUID | None) -> tuple[str | None, uuid.UUID | None]:
    """What a task is about, most specific first."""
    if application_id:
        return APPLICATION, application_id
    if requisition_id:
        return REQUISITION, requisition_id
    if job_id:
        return JOB, job_id
    return None, None


# --- everything at once -----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Overview:
    """The home screen's content; a part the role may not see is None."""

    tasks: tasks.MyTasks
    approvals: tuple[requisitions.RequisitionInfo, ...] | None
    notices: tuple[Notice, ...]
    unread: int
    stalled: tuple[StalledStage, ...] | None
    activity: tuple[Activity, ...]


def overview(ws: Workspace, actor: Actor, local_day_end: dt.datetime | None = None,
             limit: int = 50) -> Overview:
    approvals = (tuple(requisitions.pending_approvals(ws, actor))
                 if allows(actor, Permission.APPROVE_REQUISITIONS) else None)
    stalled = (tuple(stalled_hires(ws, actor, limit))
               if allows(actor, Permission.VIEW_CANDIDATES) else None)
    return Overview(tasks.my_tasks(ws, actor, local_day_end), approvals,
                    tuple(inbox(ws, actor)), notifications.unread_count(ws, actor),
                    stalled, tuple(recent_activity(ws, actor, limit)))
