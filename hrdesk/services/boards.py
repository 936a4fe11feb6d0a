"""The pipeline board of a job: every stage with its cards, in one indexed query.

Cards are read with SQLAlchemy Core rows, not ORM entities: a board of
thousands of applications must load in tens of milliseconds. The clocks the
cards show (days in stage, overdue) come from columns kept on the application.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import select

from hrdesk.clock import as_utc
from hrdesk.models.applications import Application
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.services import calendars, jobs
from hrdesk.services.workspace import Workspace
from hrdesk.workflow import sla


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


def load(ws: Workspace, actor: Actor, job_id: uuid.UUID,
         include_closed: bool = True) -> Board:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        job = jobs.get_visible(uow, job_id)
        stages = uow.session.execute(
            select(Stage.id, Stage.name, Stage.kind, Stage.owner_role, Stage.sla_amount,
                   Stage.sla_unit).where(Stage.template_id == job.template_id,
                                         Stage.retired.is_(False)).order_by(Stage.position)
        ).all()
        query = (select(Application.id, Application.candidate_id, Candidate.name,
                        Candidate.education, Candidate.years_experience, Channel.name,
                        Application.status, Application.priority, Candidate.tags,
                        Application.stage_id, Application.stage_entered_at,
                        Application.stage_due_at, Application.version)
                 .join(Candidate, Candidate.id == Application.candidate_id)
                 .join(Job, Job.id == Application.job_id)
                 .outerjoin(Channel, Channel.id == Application.channel_id)
                 .where(Application.job_id == job.id,
                        scope.applications_clause(scope.resolve(uow.session, actor)))
                 .order_by(Application.priority.desc(), Application.stage_entered_at))
        if not include_closed:
            query = query.where(Application.status.in_(("active", "on_hold")))
        rows = uow.session.execute(query).all()
        now = uow.now
        calendar = calendars.for_site(uow.session, job.site_id)
        job_id, job_code, job_title = job.id, job.code, job.title
    day = calendar.day_length.total_seconds() or 1.0
    by_stage: dict[uuid.UUID, list[Card]] = {s.id: [] for s in stages}
    closed: list[Card] = []
    for row in rows:
        entered = as_utc(row.stage_entered_at)
        due = as_utc(row.stage_due_at) if row.stage_due_at else None
        open_ = row.status in ("active", "on_hold")
        card = Card(row.id, row.candidate_id, row.name, row.education, row.years_experience,
                    row[5], row.status, row.priority, tuple(row.tags or ()),
                    round(sla.working_time_between(entered, now, calendar).total_seconds()
                          / day, 1) if open_ else 0.0,
                    bool(due and row.status == "active" and due < now), row.version)
        (by_stage.setdefault(row.stage_id, []) if open_ else closed).append(card)
    columns = tuple(Column(s.id, s.name, s.kind, s.owner_role, f"{s.sla_amount} {s.sla_unit}",
                           tuple(by_stage.get(s.id, ()))) for s in stages)
    return Board(job_id, job_code, job_title, columns, tuple(closed))
