"""The reminder pass: due-soon and overdue notices, escalation up the head chain.

Driven by ``tasks.next_reminder_at`` (indexed), so a pass touches only what is
due for a reminder now, however many tasks are open. Deterministic under an
injected clock: ``hrdesk remind`` and the app's timer run the same pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk import notices
from hrdesk.models.tasks import Escalation, Notification, Task
from hrdesk.security.actor import SYSTEM, Actor
from hrdesk.security.permissions import require
from hrdesk.services import tasks
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission, TaskStatus, TimelineKind
from hrdesk.workflow import reference, site_calendars, sla, timeline
from hrdesk.workflow.heads import HeadChains
from hrdesk.workspace.unlocked import Workspace

BATCH = 2_000


@dataclasses.dataclass(frozen=True)
class RemindSummary:
    reminded: int
    overdue: int
    escalated: int


def run(ws: Workspace, actor: Actor = SYSTEM) -> RemindSummary:
    require(actor, Permission.RUN_REMINDERS)
    reminded = overdue = escalated = 0
    with ws.db.unit_of_work(actor, "reminders.run") as uow:
        now = uow.now
        policy = reference.setting(uow, "escalation")
        margin = dt.timedelta(hours=int(policy["after_hours"]))
        max_levels = int(policy["max_levels"])
        chains = HeadChains(uow.session)
        due_tasks = uow.session.scalars(
            select(Task).where(Task.status == TaskStatus.OPEN, Task.next_reminder_at <= now)
            .order_by(Task.due_at)
            # Another workstation's pass may be at it too (PostgreSQL): take only the
            # tasks it has not locked; on SQLite the writer lock already serialises.
            .with_for_update(skip_locked=True)).all()
        # Once per site, before anything is added: for a site without its own calendar
        # row, for_site queries, and each query would first autoflush the pass so far.
        calendar_of = {site: site_calendars.for_site(uow.session, site)
                       for site in {task.site_id for task in due_tasks}}
        for task in due_tasks:
            due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=dt.UTC)
            late = sla.overdue_by(due, now, calendar_of[task.site_id])
            if now <= due:
                _notify(uow.session, task.assignee_id, now, "reminder",
                        "notice.task_due_soon", task)
                reminded += 1
            else:
                _notify(uow.session, task.assignee_id, now, "overdue", "notice.task_overdue",
                        task)
                overdue += 1
                wanted = min(max_levels, int(late / margin)) if margin else 0
                # One level per margin of working hours overdue; a pass that ran late
                # climbs every level it missed, each recorded.
                for level in range(task.escalation_level + 1, wanted + 1):
                    target = chains.level(task.department_id, level, task.assignee_id)
                    if target is not None:
                        _escalate(uow, task, level, target, late, now)
                        escalated += 1
                task.escalation_level = max(task.escalation_level, wanted)
            task.next_reminder_at = now + dt.timedelta(hours=task.remind_every_hours)
        uow.commit()
    return RemindSummary(reminded, overdue, escalated)


def _notify(session: Session, user_id: uuid.UUID | None, now: dt.datetime, kind: str,
            code: str, task: Task) -> None:
    if user_id is None:
        return
    session.add(Notification(user_id=user_id, at=now, kind=kind,
                             **notices.stored(code, task=tasks.text_of(task)),
                             body="", link_type="task", link_id=task.id))



def _escalate(uow: UnitOfWork, task: Task, level: int, to: uuid.UUID, late: dt.timedelta,
              now: dt.datetime) -> None:
    hours = int(late.total_seconds() // 3600)
    uow.session.add(Escalation(task_id=task.id, level=level, to_user_id=to, at=now,
                               overdue_hours=hours))
    text = notices.stored("notice.task_escalated", task=tasks.text_of(task), level=level,
                          hours=hours)
    uow.session.add(Notification(
        user_id=to, at=now, kind="escalation", **text,
        body=notices.body("notice.task_escalated", text["params"]),
        link_type="task", link_id=task.id))
    timeline.record(uow, TimelineKind.ESCALATED, application_id=task.application_id,
                    job_id=task.job_id, requisition_id=task.requisition_id,
                    data={"task": text["params"]["task"], "level": level, "to": str(to),
                          "overdue_hours": hours})
