"""Arriving in a stage: the SLA clock starts, the stage's entry actions run.

Entry actions are data on the stage (see ``workflow.templates``): tasks for
the people concerned, notices, forms to fill in. Tasks of the stage being
left are closed, so reminders follow the application, not its past.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk import notices as coded
from hrdesk.models.applications import Application
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.models.tasks import Notification, Task
from hrdesk.vocabulary import TaskStatus
from hrdesk.workflow import people, sla
from hrdesk.workflow.calendar import WorkingCalendar

#: The forms hrdesk knows by name; another form's task names it as the stage gives it.
KNOWN_FORMS = ("evaluation", "practical_test")


def close_stage_tasks(session: Session, application: Application, now: dt.datetime,
                      status: TaskStatus) -> None:
    """``done`` when the application moves on, ``cancelled`` when it stops.

    Through the ORM, not a bulk UPDATE: each closed task is audited and its
    version moves, so an edit racing with the move is caught.
    """
    for task in session.scalars(select(Task).where(Task.application_id == application.id,
                                                   Task.status == TaskStatus.OPEN)):
        task.status, task.completed_at, task.next_reminder_at = status, now, None


@dataclasses.dataclass(frozen=True)
class Entry:
    """What arriving in a stage produces: the stage's deadline, tasks and notices,
    as plain column values (the ORM path adds objects; the demo's bulk writer rows)."""

    due: dt.datetime
    tasks: list[dict[str, Any]]
    notices: list[dict[str, Any]]


def plan_entry(stage: Any, job: Any, application_id: uuid.UUID, candidate_name: str,
               now: dt.datetime, calendar: WorkingCalendar,
               recipients: Callable[[str], list[uuid.UUID]]) -> Entry:
    """``stage`` and ``job`` need only their columns; ``recipients`` resolves a word
    such as "owner" or "interviewers" to user ids (see ``workflow.people``)."""
    due = sla.due_at(now, stage.sla_amount, stage.sla_unit, calendar)
    tasks: list[dict[str, Any]] = []
    notices: list[dict[str, Any]] = []
    about = {"candidate": candidate_name, "job": job.title}
    for action in stage.entry_actions or ():
        who = recipients(action.get("to", "owner"))
        if action["type"] == "notify":
            text = coded.stored("notice.stage_action", action=action["title"], **about,
                                stage=stage.name)
            body = coded.body("notice.stage_action", text["params"])
            notices += [{"user_id": user_id, "at": now, "kind": "stage_entered", **text,
                         "body": body, "link_type": "application",
                         "link_id": application_id}
                        for user_id in who]
            continue
        text = _task_text(action, about)
        tasks += [{**text, "kind": action["type"],
                   "assignee_id": user_id, "application_id": application_id, "job_id": job.id,
                   "stage_id": stage.id, "site_id": job.site_id,
                   "department_id": job.department_id, "due_at": due,
                   "status": TaskStatus.OPEN, "created_at": now,
                   "next_reminder_at": max(now, due - dt.timedelta(
                       hours=stage.remind_before_hours)),
                   "remind_every_hours": stage.remind_every_hours, "escalation_level": 0}
                  for user_id in who]
    return Entry(due, tasks, notices)


def _task_text(action: dict[str, Any], about: dict[str, str]) -> dict[str, Any]:
    """A task's code and parameters: the stage's own title, or the form to fill in."""
    if action["type"] != "form":
        return coded.stored("task.stage_action", action=action["title"], **about)
    form = str(action.get("form", ""))
    if form in KNOWN_FORMS:
        return coded.stored(f"task.form.{form}", **about)
    return coded.stored("task.form.other", form=form, **about)


def enter(session: Session, application: Application, job: Job, stage: Stage,
          candidate_name: str, now: dt.datetime, calendar: WorkingCalendar) -> None:
    close_stage_tasks(session, application, now, TaskStatus.DONE)
    entry = plan_entry(stage, job, application.id, candidate_name, now, calendar,
                       lambda who: people.resolve(session, who, application, job, stage))
    application.stage_id = stage.id
    application.stage_entered_at = now
    application.stage_due_at = entry.due
    application.last_activity_at = now
    session.add_all(Notification(**notice) for notice in entry.notices)
    session.add_all(Task(**task) for task in entry.tasks)
