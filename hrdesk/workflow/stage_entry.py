"""Arriving in a stage: the SLA clock starts, the stage's entry actions run.

Entry actions are data on the stage (see ``workflow.templates``): tasks for
the people concerned, notices, forms to fill in. Tasks of the stage being
left are closed, so reminders follow the application, not its past.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm import Session

from hrdesk.models.applications import Application
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.models.tasks import Notification, Task
from hrdesk.workflow import people, sla
from hrdesk.workflow.calendar import WorkingCalendar

FORM_TITLES = {"evaluation": "填写面试评估表", "practical_test": "填写实操考核评分表"}


def close_stage_tasks(session: Session, application: Application, now: dt.datetime,
                      status: str = "cancelled") -> None:
    session.execute(update(Task).where(Task.application_id == application.id,
                                       Task.status == "open")
                    .values(status=status, completed_at=now, next_reminder_at=None))


def enter(session: Session, application: Application, job: Job, stage: Stage,
          candidate_name: str, now: dt.datetime, calendar: WorkingCalendar) -> None:
    close_stage_tasks(session, application, now)
    due = sla.due_at(now, stage.sla_amount, stage.sla_unit, calendar)  # type: ignore[arg-type]
    application.stage_id = stage.id
    application.stage_entered_at = now
    application.stage_due_at = due
    application.last_activity_at = now
    for action in stage.entry_actions or ():
        recipients = people.resolve(session, action.get("to", "owner"), application, job, stage)
        if action["type"] == "notify":
            for user_id in recipients:
                session.add(Notification(
                    user_id=user_id, at=now, kind="stage_entered",
                    title=f"{action['title']}：{candidate_name}（{job.title}）",
                    body=f"{candidate_name} 进入「{stage.name}」", link_type="application",
                    link_id=application.id))
            continue
        title = (FORM_TITLES.get(action.get("form", ""), f"填写{action.get('form')}")
                 if action["type"] == "form" else action["title"])
        for user_id in recipients:
            session.add(Task(
                title=f"{title}：{candidate_name}（{job.title}）", kind=action["type"],
                assignee_id=user_id, application_id=application.id, job_id=job.id,
                stage_id=stage.id, site_id=job.site_id, department_id=job.department_id,
                due_at=due, status="open", created_at=now,
                next_reminder_at=max(now, due - dt.timedelta(hours=stage.remind_before_hours)),
                remind_every_hours=stage.remind_every_hours, escalation_level=0))
