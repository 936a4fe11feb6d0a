"""Job openings: opened by HR or by an approved requisition, staffed, cloned."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select

from hrdesk import errors
from hrdesk.clock import as_utc
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import JOB_STATUSES, Job, job_channels, job_interviewers
from hrdesk.models.org import Department, User
from hrdesk.models.pipeline import PipelineTemplate
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import JobStatus, Permission, Role
from hrdesk.workflow import concurrency, timeline
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class JobDraft:
    title: str
    department_id: uuid.UUID
    headcount: int
    template_id: uuid.UUID | None = None  # None: the template of the job type
    job_type: str = "skilled_worker"
    recruiter_id: uuid.UUID | None = None
    hiring_manager_id: uuid.UUID | None = None
    description: str = ""
    requirements: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    interviewer_ids: tuple[uuid.UUID, ...] = ()
    channel_ids: tuple[uuid.UUID, ...] = ()


@dataclasses.dataclass(frozen=True)
class JobInfo:
    id: uuid.UUID
    code: str
    title: str
    site_id: uuid.UUID
    department_id: uuid.UUID
    job_type: str
    headcount: int
    hired_count: int
    recruiter_id: uuid.UUID | None
    hiring_manager_id: uuid.UUID | None
    template_id: uuid.UUID
    status: str
    opened_at: dt.datetime
    interviewer_ids: tuple[uuid.UUID, ...]
    channel_ids: tuple[uuid.UUID, ...]
    version: int
    description: str = ""
    requirements: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    closed_at: dt.datetime | None = None
    cloned_from_id: uuid.UUID | None = None


def create_job(ws: Workspace, actor: Actor, draft: JobDraft) -> JobInfo:
    require(actor, Permission.MANAGE_JOBS)
    with ws.db.unit_of_work(actor, "jobs.create_job") as uow:
        job = add_job(uow, draft)
        uow.commit()
        return _info(uow, job)


def add_job(uow: UnitOfWork, draft: JobDraft, cloned_from: uuid.UUID | None = None, *,
            authorised: bool = False) -> Job:
    """Within the caller's unit of work. ``authorised``: an approved requisition is its
    own authority, whoever gave the last approval; otherwise only HR of the site."""
    if not draft.title.strip():
        raise errors.InvalidField(field="title", reason="required")
    if draft.headcount < 1:
        raise errors.InvalidField(field="headcount", reason="at least 1")
    if any(v is not None and v < 0 for v in (draft.salary_min, draft.salary_max)):
        raise errors.InvalidField(field="salary", reason="cannot be negative")
    if draft.salary_min is not None and draft.salary_max is not None \
            and draft.salary_min > draft.salary_max:
        raise errors.InvalidField(field="salary_min", reason="the minimum is above the maximum")
    for user_id in (draft.recruiter_id, draft.hiring_manager_id):
        if user_id is not None and uow.session.get(User, user_id) is None:
            raise errors.NotFound(entity="user", key=str(user_id))
    department = uow.session.get(Department, draft.department_id)
    if department is None:
        raise errors.NotFound(entity="department", key=str(draft.department_id))
    if not authorised:
        _require_site(uow, department.site_id)
    template_id = draft.template_id or _template_for(uow, draft.job_type)
    if uow.session.get(PipelineTemplate, template_id) is None:
        raise errors.NotFound(entity="pipeline template", key=str(template_id))
    job = Job(code=_next_code(uow), title=draft.title.strip(), site_id=department.site_id,
              department_id=department.id, job_type=draft.job_type, headcount=draft.headcount,
              hired_count=0, recruiter_id=draft.recruiter_id or uow.actor.user_id,
              hiring_manager_id=draft.hiring_manager_id or department.head_user_id,
              template_id=template_id, status=JobStatus.OPEN, description=draft.description,
              requirements=draft.requirements, salary_min=draft.salary_min,
              salary_max=draft.salary_max, opened_at=uow.now, cloned_from_id=cloned_from)
    uow.session.add(job)
    uow.flush()
    _set_links(uow, job.id, draft.interviewer_ids, draft.channel_ids)
    timeline.record(uow, "job_opened", job_id=job.id,
                    data={"headcount": job.headcount, "cloned_from": str(cloned_from)
                          if cloned_from else None})
    return job


def _require_site(uow: UnitOfWork, site_id: uuid.UUID) -> None:
    # Only HR (of that site) opens jobs directly; requisitions open them for managers.
    if uow.actor.user_id is None:
        return
    if not any(g.role == Role.HR and g.site_id in (None, site_id) for g in uow.actor.grants):
        raise errors.PermissionDenied(permission=Permission.MANAGE_JOBS)


def _template_for(uow: UnitOfWork, job_type: str) -> uuid.UUID:
    found = uow.session.scalar(select(PipelineTemplate.id).where(
        PipelineTemplate.job_type == job_type, PipelineTemplate.active.is_(True))
        .order_by(PipelineTemplate.name).limit(1))
    if found is None:
        raise errors.InvalidField(field="job_type", reason="no pipeline for {value}",
                                  value=job_type)
    return found


def _next_code(uow: UnitOfWork) -> str:
    year = uow.now.year
    count = uow.session.scalar(select(func.count()).select_from(Job)
                               .where(Job.code.like(f"J{year}-%"))) or 0
    while True:
        count += 1
        code = f"J{year}-{count:04d}"
        if uow.session.scalar(select(Job.id).where(Job.code == code)) is None:
            return code


def _set_links(uow: UnitOfWork, job_id: uuid.UUID, interviewers: Sequence[uuid.UUID],
               channels: Sequence[uuid.UUID]) -> None:
    for user_id in interviewers:
        if uow.session.get(User, user_id) is None:
            raise errors.NotFound(entity="user", key=str(user_id))
    for channel_id in channels:
        if uow.session.get(Channel, channel_id) is None:
            raise errors.NotFound(entity="channel", key=str(channel_id))
    uow.session.execute(delete(job_interviewers).where(job_interviewers.c.job_id == job_id))
    uow.session.execute(delete(job_channels).where(job_channels.c.job_id == job_id))
    if interviewers:
        uow.session.execute(insert(job_interviewers),
                            [{"job_id": job_id, "user_id": u} for u in dict.fromkeys(interviewers)])
    if channels:
        uow.session.execute(insert(job_channels),
                            [{"job_id": job_id, "channel_id": c} for c in dict.fromkeys(channels)])


def update_job(ws: Workspace, actor: Actor, job_id: uuid.UUID, expected_version: int,
               *, title: str | None = None, headcount: int | None = None,
               recruiter_id: uuid.UUID | None = None,
               hiring_manager_id: uuid.UUID | None = None,
               description: str | None = None, requirements: str | None = None,
               interviewer_ids: Sequence[uuid.UUID] | None = None,
               channel_ids: Sequence[uuid.UUID] | None = None,
               status: str | None = None) -> JobInfo:
    require(actor, Permission.MANAGE_JOBS)
    with ws.db.unit_of_work(actor, "jobs.update_job") as uow:
        job = get_visible(uow, job_id)
        _require_site(uow, job.site_id)
        concurrency.check_version(uow, job, expected_version, job.code)
        if status is not None and status not in JOB_STATUSES:
            raise errors.InvalidField(field="status", reason="unknown status {value}",
                                      value=status)
        if headcount is not None and headcount < max(1, job.hired_count):
            raise errors.InvalidField(field="headcount",
                                      reason="at least {count}",
                                      count=max(1, job.hired_count))
        for field, value in (("title", title), ("headcount", headcount),
                             ("recruiter_id", recruiter_id),
                             ("hiring_manager_id", hiring_manager_id), ("status", status),
                             ("description", description), ("requirements", requirements)):
            if value is not None and getattr(job, field) != value:
                setattr(job, field, value)
        if status in (JobStatus.FILLED, JobStatus.CLOSED) and job.closed_at is None:
            job.closed_at = uow.now
        if interviewer_ids is not None or channel_ids is not None:
            current = _links(uow, job.id)
            _set_links(uow, job.id,
                       current[0] if interviewer_ids is None else tuple(interviewer_ids),
                       current[1] if channel_ids is None else tuple(channel_ids))
        uow.commit()
        return _info(uow, job)


def clone_job(ws: Workspace, actor: Actor, job_id: uuid.UUID, headcount: int) -> JobInfo:
    """Reuse a past job: same template, team, channels and texts; a new code."""
    require(actor, Permission.MANAGE_JOBS)
    with ws.db.unit_of_work(actor, "jobs.clone_job") as uow:
        source = get_visible(uow, job_id)
        interviewers, channels = _links(uow, source.id)
        job = add_job(uow, JobDraft(
            source.title, source.department_id, headcount, source.template_id,
            source.job_type, source.recruiter_id, source.hiring_manager_id,
            source.description, source.requirements, source.salary_min, source.salary_max,
            interviewers, channels), cloned_from=source.id)
        uow.commit()
        return _info(uow, job)


def list_jobs(ws: Workspace, actor: Actor, status: str | None = None) -> list[JobInfo]:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        query = select(Job).where(scope.jobs_clause(scope.resolve(uow.session, actor)))
        if status is not None:
            query = query.where(Job.status == status)
        return [_info(uow, j) for j in uow.session.scalars(query.order_by(Job.code))]


def get_job(ws: Workspace, actor: Actor, job_id: uuid.UUID) -> JobInfo:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return _info(uow, get_visible(uow, job_id))


def get_visible(uow: UnitOfWork, job_id: uuid.UUID) -> Job:
    """A job the actor may see; out of scope looks exactly like missing."""
    clause = scope.jobs_clause(scope.resolve(uow.session, uow.actor))
    job = uow.session.scalar(select(Job).where(Job.id == job_id, clause))
    if job is None:
        raise errors.NotFound(entity="job", key=str(job_id))
    return job


def _links(uow: UnitOfWork, job_id: uuid.UUID) -> tuple[tuple[uuid.UUID, ...],
                                                        tuple[uuid.UUID, ...]]:
    people = uow.session.scalars(select(job_interviewers.c.user_id)
                                 .where(job_interviewers.c.job_id == job_id)).all()
    channels = uow.session.scalars(select(job_channels.c.channel_id)
                                   .where(job_channels.c.job_id == job_id)).all()
    return tuple(people), tuple(channels)


def _info(uow: UnitOfWork, job: Job) -> JobInfo:
    people, channels = _links(uow, job.id)
    return JobInfo(job.id, job.code, job.title, job.site_id, job.department_id, job.job_type,
                   job.headcount, job.hired_count, job.recruiter_id, job.hiring_manager_id,
                   job.template_id, job.status, as_utc(job.opened_at), people, channels,
                   job.version, job.description, job.requirements, job.salary_min,
                   job.salary_max, as_utc(job.closed_at) if job.closed_at else None,
                   job.cloned_from_id)
