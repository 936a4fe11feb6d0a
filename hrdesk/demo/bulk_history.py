"""The demo's history written in bulk: the same rules, without the ORM per step.

Replaying a hundred thousand applications through ``workflow.moves`` one
step at a time takes the better part of an hour; a demo database should take
minutes. This writer walks the same plan (``demo.history.plan``) and applies
the same rules — the template's stage order, the SLA clock, each stage's entry
actions (``workflow.stage_entry.plan_entry``, ``workflow.people.choose``), the
timeline kinds, hires counted on entering onboarding — but keeps the state in
memory and writes the rows, audit entries included, with Core bulk inserts.
``tests/integration/test_demo.py`` checks it against the step-by-step replay.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from hrdesk import errors
from hrdesk.db import bulk
from hrdesk.demo.history import ASSESSED, Opening, Step
from hrdesk.models.applications import (
    Application,
    RefusalReason,
    TimelineEvent,
    application_interviewers,
)
from hrdesk.models.base import table_of
from hrdesk.models.jobs import Job, job_interviewers
from hrdesk.models.pipeline import PipelineTemplate
from hrdesk.models.tasks import Notification, Task
from hrdesk.security import audit
from hrdesk.security.actor import Actor
from hrdesk.workflow import people, site_calendars, stage_entry, timeline
from hrdesk.workflow.moves import HIRED_KINDS
from hrdesk.workspace.unlocked import Workspace

EVENTS_PER_TRANSACTION = 25_000
_APP_FIELDS = ("stage_id", "status", "refusal_reason_id", "stage_entered_at", "stage_due_at",
               "last_activity_at", "closed_at", "shortlisted")


@dataclasses.dataclass
class _Job:
    row: Job
    opening: Opening
    stages: list[Any]
    team: list[uuid.UUID]
    executives: list[uuid.UUID]
    calendar: Any
    hired: int = 0


@dataclasses.dataclass
class _App:
    row: dict[str, Any]
    job: _Job
    name: str
    stage: int = 0
    open_tasks: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    assigned: bool = False


class _Rows:
    """Rows waiting for the next write, in an order that keeps foreign keys whole."""

    def __init__(self) -> None:
        self.applications: list[dict[str, Any]] = []
        self.assignments: list[dict[str, Any]] = []
        self.tasks: list[dict[str, Any]] = []
        self.notices: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.audit: list[audit.Record] = []
        self.people: list[uuid.UUID] = []  # whose each audit record is: sealed under their key


def _created(row: dict[str, Any]) -> dict[str, Any]:
    return {k: [None, bulk.plain(v)] for k, v in sorted(row.items())
            if v is not None and k not in ("version", "next_reminder_at")}


class BulkWriter:
    def __init__(self, ws: Workspace, openings: Sequence[Opening], names: Sequence[str],
                 candidate_ids: Sequence[uuid.UUID], channels: Sequence[uuid.UUID],
                 picks: Sequence[int], read_before: dt.datetime) -> None:
        self.ws = ws
        self.names, self.candidate_ids = names, candidate_ids
        self.channels, self.picks = channels, picks
        self.read_before = read_before  # notices older than this were read long ago
        self.apps: dict[int, _App] = {}
        self.rows = _Rows()
        with ws.db.unit_of_work(read_only=True) as uow:
            self.jobs = [self._job(uow.session, o) for o in openings]
            self.reasons = dict(uow.session.execute(select(RefusalReason.code,
                                                           RefusalReason.id)).all())

    def _job(self, session: Any, opening: Opening) -> _Job:
        job = session.get_one(Job, opening.job_id)
        session.expunge(job)
        template = session.get_one(PipelineTemplate, job.template_id)
        stages = [s for s in template.stages if not s.retired]
        for stage in stages:
            session.expunge(stage)
        team = list(session.scalars(select(job_interviewers.c.user_id)
                                    .where(job_interviewers.c.job_id == job.id)))
        return _Job(job, opening, stages, team, people.executives(session, job.site_id),
                    site_calendars.for_site(session, job.site_id))

    # --- the steps ----------------------------------------------------------------------

    def step(self, step: Step) -> None:
        if step.action == "apply":
            self._apply(step)
            return
        app = self.apps[step.application]
        stage = app.job.stages[app.stage]
        actor = (app.job.opening.approver if stage.kind == "hiring_approval"
                 else app.job.opening.recruiter)
        action = f"applications.{step.action}"
        if step.action == "advance":
            self._advance(app, step.at, actor, action)
        else:
            status = "rejected" if step.action == "reject" else "withdrawn"
            self._close(app, step.at, actor, action, status, step.argument)

    def _apply(self, step: Step) -> None:
        job = self.jobs[self.picks[step.application]]
        first = job.stages[0]
        at, actor = step.at, job.opening.recruiter
        row = {"id": uuid.uuid4(), "candidate_id": self.candidate_ids[step.application],
               "job_id": job.row.id, "stage_id": first.id, "status": "active",
               "refusal_reason_id": None, "priority": 0,
               "channel_id": self.channels[step.application],
               "owner_id": job.row.recruiter_id, "applied_at": at, "stage_entered_at": at,
               "stage_due_at": None, "last_activity_at": at, "closed_at": None,
               "shortlisted": False, "version": 1}
        app = self.apps[step.application] = _App(row, job, self.names[step.application])
        entry = self._entry(app, first, at)
        row["stage_due_at"] = entry.due
        self.rows.applications.append(row)
        self._audit(app, actor, "applications.apply", at, "create", "applications", row["id"],
                    _created(row))
        self._emit_entry(app, entry, actor, "applications.apply", at)
        self._event(app, actor, at, "applied", to_stage_id=first.id,
                    data={"channel": str(row["channel_id"])})

    def _advance(self, app: _App, at: dt.datetime, actor: Actor, action: str) -> None:
        stages, here = app.job.stages, app.job.stages[app.stage]
        changes: dict[str, Any] = {}
        if here.kind == "interview" and not app.row["shortlisted"]:
            changes["shortlisted"] = True  # the department sees who passed
        self._close_tasks(app, at, actor, action, "done")
        if app.stage + 1 >= len(stages):
            changes.update(status="hired", closed_at=at, last_activity_at=at, stage_due_at=None)
            self._change(app, actor, action, at, changes)
            self._event(app, actor, at, "hired", from_stage_id=here.id)
            return
        app.stage += 1
        nxt = stages[app.stage]
        if nxt.kind == "onboarding":
            app.job.hired += 1
        entry = self._entry(app, nxt, at)
        changes.update(stage_id=nxt.id, stage_entered_at=at, stage_due_at=entry.due,
                       last_activity_at=at)
        self._change(app, actor, action, at, changes)
        self._emit_entry(app, entry, actor, action, at)
        self._event(app, actor, at, "advanced", from_stage_id=here.id, to_stage_id=nxt.id)
        if nxt.kind in ASSESSED and not app.assigned and app.job.team:
            app.assigned = True
            self.rows.assignments += [{"application_id": app.row["id"], "user_id": user_id}
                                      for user_id in app.job.team]
            self._event(app, actor, at, "interviewers_assigned",
                        data={"interviewers": [str(u) for u in app.job.team]})

    def _close(self, app: _App, at: dt.datetime, actor: Actor, action: str, status: str,
               reason: str | None) -> None:
        stage = app.job.stages[app.stage]
        if stage.kind in HIRED_KINDS:
            app.job.hired = max(0, app.job.hired - 1)
        self._close_tasks(app, at, actor, action, "cancelled")
        self._change(app, actor, action, at, {
            "status": status, "closed_at": at, "last_activity_at": at,
            "refusal_reason_id": self.reasons[reason or "declined"], "stage_due_at": None})
        self._event(app, actor, at, status, from_stage_id=stage.id,
                    data={"reason": reason or "declined"})

    # --- rows ---------------------------------------------------------------------------

    def _entry(self, app: _App, stage: Any, at: dt.datetime) -> stage_entry.Entry:
        job = app.job

        def recipients(who: str) -> list[uuid.UUID]:
            # Before anyone is assigned, "interviewers" means the job's team, as on
            # the board; the demo assigns exactly that team later.
            return people.choose(who, stage.owner_role, job.row.recruiter_id,
                                 job.row.hiring_manager_id, lambda: list(job.team),
                                 lambda: list(job.executives))

        return stage_entry.plan_entry(stage, job.row, app.row["id"], app.name, at,
                                      job.calendar, recipients)

    def _emit_entry(self, app: _App, entry: stage_entry.Entry, actor: Actor, action: str,
                    at: dt.datetime) -> None:
        for task in entry.tasks:
            task.update(id=uuid.uuid4(), version=1, completed_at=None)
            app.open_tasks.append(task)
            self._audit(app, actor, action, at, "create", "tasks", task["id"], _created(task))
        for notice in entry.notices:
            notice.update(id=uuid.uuid4(),
                          read_at=at + dt.timedelta(days=1) if at < self.read_before else None)
            self.rows.notices.append(notice)

    def _close_tasks(self, app: _App, at: dt.datetime, actor: Actor, action: str,
                     status: str) -> None:
        for task in app.open_tasks:
            task.update(status=status, completed_at=at, next_reminder_at=None,
                        version=task["version"] + 1)
            self._audit(app, actor, action, at, "update", "tasks", task["id"],
                        {"completed_at": [None, str(at)], "status": ["open", status]})
            self.rows.tasks.append(task)
        app.open_tasks = []

    def _change(self, app: _App, actor: Actor, action: str, at: dt.datetime,
                changes: dict[str, Any]) -> None:
        fields = {k: [bulk.plain(app.row[k]), bulk.plain(v)]
                  for k, v in sorted(changes.items())
                  if app.row[k] != v}
        app.row.update(changes)
        app.row["version"] += 1
        self._audit(app, actor, action, at, "update", "applications", app.row["id"], fields)

    def _event(self, app: _App, actor: Actor, at: dt.datetime, kind: str,
               data: dict[str, Any] | None = None, **stages: uuid.UUID) -> None:
        self.rows.events.append(timeline.event_row(
            actor, at, kind, candidate_id=app.row["candidate_id"],
            application_id=app.row["id"], job_id=app.job.row.id, data=data, **stages))

    def _audit(self, app: _App, actor: Actor, action: str, at: dt.datetime, operation: str,
               table: str, key: uuid.UUID, fields: dict[str, Any]) -> None:
        self.rows.audit.append(audit.Record(actor, action, at, audit.Change(
            operation, table, str(key), fields)))
        self.rows.people.append(app.row["candidate_id"])

    # --- writing ------------------------------------------------------------------------

    def write(self, final: bool = False) -> None:
        """Everything pending, in one transaction; at the end, the final states too."""
        rows = self.rows
        if final:
            for app in self.apps.values():
                rows.tasks += app.open_tasks
                app.open_tasks = []
        with self.ws.db.unit_of_work(action="demo.history") as uow:
            session = uow.session
            for table, batch in ((Application, rows.applications),
                                 (application_interviewers, rows.assignments),
                                 (Task, rows.tasks), (Notification, rows.notices),
                                 (TimelineEvent, rows.events)):
                if batch:
                    session.execute(insert(getattr(table, "__table__", table)), batch)
            sealer = uow.sealer  # a task's title names the person: sealed like any write
            audit.append(session, [dataclasses.replace(record, change=dataclasses.replace(
                record.change, fields=sealer.for_person(person, _fields(record))))
                for record, person in zip(rows.audit, rows.people, strict=True)])
            if final:
                self._final_states(session)
            uow.commit()
        self.rows = _Rows()

    def _final_states(self, session: Any) -> None:
        table = table_of(Application)
        session.execute(
            update(table).where(table.c.id == bindparam("_id"))
            .values({f: bindparam(f) for f in (*_APP_FIELDS, "version")}),
            [{"_id": a.row["id"], **{f: a.row[f] for f in (*_APP_FIELDS, "version")}}
             for a in self.apps.values() if a.row["version"] > 1])
        jobs = table_of(Job)
        for job in self.jobs:
            session.execute(update(jobs).where(jobs.c.id == job.row.id)
                            .values(hired_count=job.hired,
                                    version=jobs.c.version + 1))


def _fields(record: audit.Record) -> dict[str, Any]:
    """The described fields of a record this module built (always a dict, never the
    already-sealed text a record may carry elsewhere)."""
    fields = record.change.fields
    if isinstance(fields, str):
        raise TypeError("a demo history record is sealed once, here")
    return fields


def write_history(ws: Workspace, steps: Sequence[Step], writer: BulkWriter,
                  progress: Callable[[int, int], None] | None,
                  cancelled: Callable[[], bool] | None) -> None:
    for done, step in enumerate(steps, start=1):
        writer.step(step)
        if done % EVENTS_PER_TRANSACTION == 0:
            if cancelled and cancelled():
                raise errors.Cancelled()
            writer.write()
            if progress:
                progress(done, len(steps))
    writer.write(final=True)
    if progress:
        progress(len(steps), len(steps))
