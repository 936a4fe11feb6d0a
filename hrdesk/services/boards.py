"""The pipeline board of a job: every stage with its cards, in one indexed query.

Cards are read with SQLAlchemy Core rows, not ORM entities: a board of
thousands of applications must load in tens of milliseconds. The clocks the
cards show (days in stage, overdue) come from columns kept on the application.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import Select, and_, case, func, select

from hrdesk.clock import as_utc
from hrdesk.models.applications import Application
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.services import jobs
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import OPEN_APPLICATION, ApplicationStatus, JobStatus
from hrdesk.workflow import site_calendars, sla
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class Card:
    application_id: uuid.UUID
    candidate_id: uuid.UUID
    name: str
    education: str | None
    years_experience: int | None
    channel: str | None
    status: str
    priority: int
    tags: tuple[str, ...]
    working_days_in_stage: float
    overdue: bool
    version: int


@dataclasses.dataclass(frozen=True)
class Column:
    stage_id: uuid.UUID
    name: str
    kind: str
    owner_role: str
    sla: str
    cards: tuple[Card, ...]


@dataclasses.dataclass(frozen=True)
class Board:
    job_id: uuid.UUID
    job_code: str
    job_title: str
    columns: tuple[Column, ...]
    closed: tuple[Card, ...]  # rejected, withdrawn, hired: the folded terminal columns
    #: How many applications each closed status holds; ``closed`` carries only the
    #: most recent CLOSED_SHOWN of each (a year of a busy job is thousands of them).
    closed_totals: dict[str, int] = dataclasses.field(default_factory=dict)


OPEN_STATUSES = OPEN_APPLICATION
#: The folded columns, in the order the board shows them.
CLOSED_STATUSES = (ApplicationStatus.HIRED, ApplicationStatus.REJECTED,
                   ApplicationStatus.WITHDRAWN)
CLOSED_SHOWN = 100


def load(ws: Workspace, actor: Actor, job_id: uuid.UUID,
         include_closed: bool = True) -> Board:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        job = jobs.get_visible(uow, job_id)
        stages = uow.session.execute(
            select(Stage.id, Stage.name, Stage.kind, Stage.owner_role, Stage.sla_amount,
                   Stage.sla_unit).where(Stage.template_id == job.template_id,
                                         Stage.retired.is_(False)).order_by(Stage.position)
        ).all()
        card_columns = (select(Application.id, Application.candidate_id, Candidate.name,
                               Candidate.education, Candidate.years_experience, Channel.name,
                               Application.status, Application.priority, Candidate.tags,
                               Application.stage_id, Application.stage_entered_at,
                               Application.stage_due_at, Application.version)
                        .join(Candidate, Candidate.id == Application.candidate_id)
                        .join(Job, Job.id == Application.job_id)
                        .outerjoin(Channel, Channel.id == Application.channel_id))
        cards = card_columns.where(Application.job_id == job.id,
                                   scope.applications_clause(scope.resolve(uow.session, actor)))
        rows = list(uow.session.execute(
            cards.where(Application.status.in_(OPEN_STATUSES))
            .order_by(Application.priority.desc(), Application.stage_entered_at)))
        totals: dict[str, int] = {}
        if include_closed:
            in_scope = (select(Application.id).join(Job, Job.id == Application.job_id)
                        .where(Application.job_id == job.id,
                               scope.applications_clause(scope.resolve(uow.session, actor))))
            totals = _closed_totals(uow, in_scope)
            for status in CLOSED_STATUSES:
                # The latest ids first (cheap: no joins), then their cards.
                latest = uow.session.scalars(
                    in_scope.where(Application.status == status)
                    .order_by(Application.stage_entered_at.desc()).limit(CLOSED_SHOWN)).all()
                if latest:  # (scoped above: looked up by primary key here)
                    rows += uow.session.execute(
                        card_columns.where(Application.id.in_(latest))
                        .order_by(Application.stage_entered_at.desc()))
        now = uow.now
        calendar = site_calendars.for_site(uow.session, job.site_id)
        job_id, job_code, job_title = job.id, job.code, job.title
    day = calendar.day_length.total_seconds() or 1.0
    by_stage: dict[uuid.UUID, list[Card]] = {s.id: [] for s in stages}
    closed: list[Card] = []
    for row in rows:
        entered = as_utc(row.stage_entered_at)
        due = as_utc(row.stage_due_at) if row.stage_due_at else None
        open_ = row.status in OPEN_STATUSES
        card = Card(row.id, row.candidate_id, row.name, row.education, row.years_experience,
                    row[5], row.status, row.priority, tuple(row.tags or ()),
                    round(sla.working_time_between(entered, now, calendar).total_seconds()
                          / day, 1) if open_ else 0.0,
                    bool(due and row.status == ApplicationStatus.ACTIVE and due < now), row.version)
        (by_stage.setdefault(row.stage_id, []) if open_ else closed).append(card)
    columns = tuple(Column(s.id, s.name, s.kind, s.owner_role, f"{s.sla_amount} {s.sla_unit}",
                           tuple(by_stage.get(s.id, ()))) for s in stages)
    return Board(job_id, job_code, job_title, columns, tuple(closed), totals)


def _closed_totals(uow: UnitOfWork, in_scope: Select[uuid.UUID]) -> dict[str, int]:
    """Closed applications per status, counted by the database within the actor's scope."""
    return dict(uow.session.execute(
        in_scope.with_only_columns(Application.status, func.count())
        .where(Application.status.in_(CLOSED_STATUSES))
        .group_by(Application.status)).all())


# --- all my jobs ------------------------------------------------------------------------

#: The overview groups stage kinds into the phases a recruiter talks about.
PHASES: dict[str, tuple[str, ...]] = {
    "screening": ("screening", "assessment", "practical_test"),
    "interview": ("interview", "background_check"),
    "offer": ("hiring_approval", "offer"),
    "onboarding": ("onboarding",),
    "probation": ("probation", "confirmation"),
}
_PHASE_OF_KIND = {kind: phase for phase, kinds in PHASES.items() for kind in kinds}


@dataclasses.dataclass(frozen=True)
class JobOverview:
    """One row of "all my jobs": where the job's open applications stand."""

    job_id: uuid.UUID
    code: str
    title: str
    status: str
    headcount: int
    hired: int
    in_phase: dict[str, int]  # phase (PHASES key) -> open applications there
    overdue: int

    @property
    def open_applications(self) -> int:
        return sum(self.in_phase.values())


def overview(ws: Workspace, actor: Actor, include_closed_jobs: bool = False) -> list[JobOverview]:
    """Every job the actor may see, with its open applications counted per phase.

    Two grouped queries, whatever the number of applications: the counts are done
    by the database, and only what the actor's scope allows is counted.
    """
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        job_query = select(Job.id, Job.code, Job.title, Job.status, Job.headcount,
                           Job.hired_count).where(scope.jobs_clause(scope.resolve(uow.session,
                                                                                  actor)))
        if not include_closed_jobs:
            job_query = job_query.where(Job.status == JobStatus.OPEN)
        job_rows = uow.session.execute(job_query.order_by(Job.code)).all()
        overdue = case((and_(Application.status == ApplicationStatus.ACTIVE,
                             Application.stage_due_at < uow.now), 1), else_=0)
        counts = uow.session.execute(
            select(Application.job_id, Stage.kind, func.count(), func.sum(overdue))
            .join(Job, Job.id == Application.job_id)
            .join(Stage, Stage.id == Application.stage_id)
            .where(Application.status.in_(OPEN_STATUSES),
                   Application.job_id.in_([r.id for r in job_rows]),
                   scope.applications_clause(scope.resolve(uow.session, actor)))
            .group_by(Application.job_id, Stage.kind)).all()
    phases: dict[uuid.UUID, dict[str, int]] = {r.id: dict.fromkeys(PHASES, 0) for r in job_rows}
    late: dict[uuid.UUID, int] = dict.fromkeys(phases, 0)
    for job_id, kind, number, overdue_number in counts:
        phases[job_id][_PHASE_OF_KIND.get(kind, "screening")] += number
        late[job_id] += int(overdue_number or 0)
    return [JobOverview(r.id, r.code, r.title, r.status, r.headcount, r.hired_count,
                        phases[r.id], late[r.id]) for r in job_rows]
