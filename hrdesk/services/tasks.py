"""Tasks: what each person has to do, and by when."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select

from hrdesk import errors, notices
from hrdesk.clock import as_utc
from hrdesk.models.tasks import Task
from hrdesk.notices import StoredText
from hrdesk.security.actor import Actor
from hrdesk.vocabulary import Role, TaskStatus
from hrdesk.workflow import site_calendars, timeline
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    title: StoredText  # said in the reader's language (``title.said(translate)``)
    kind: str
    due_at: dt.datetime
    status: TaskStatus
    overdue: bool
    application_id: uuid.UUID | None
    job_id: uuid.UUID | None
    requisition_id: uuid.UUID | None
    escalation_level: int


@dataclasses.dataclass(frozen=True)
class MyTasks:
    overdue: tuple[TaskInfo, ...]
    due_today: tuple[TaskInfo, ...]
    upcoming: tuple[TaskInfo, ...]


def text_of(task: Task) -> StoredText:
    """The task's title as hrdesk stored it: a code and parameters, or an old row's words."""
    return notices.of_row(task.code, task.params, task.title)


def _info(task: Task, now: dt.datetime) -> TaskInfo:
    due = as_utc(task.due_at)
    return TaskInfo(task.id, text_of(task), task.kind, due, task.status,
                    task.status == TaskStatus.OPEN and due < now, task.application_id, task.job_id,
                    task.requisition_id, task.escalation_level)


def my_tasks(ws: Workspace, actor: Actor, local_day_end: dt.datetime | None = None) -> MyTasks:
    """Open tasks of the actor: overdue, due before the end of today, later."""
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        now = uow.now
        end = local_day_end or _day_end(now, site_calendars.zone_of(uow.session, actor))
        rows = [_info(t, now) for t in uow.session.scalars(
            select(Task).where(Task.assignee_id == actor.user_id, Task.status == TaskStatus.OPEN)
            .order_by(Task.due_at))]
    return MyTasks(tuple(t for t in rows if t.overdue),
                   tuple(t for t in rows if not t.overdue and t.due_at <= end),
                   tuple(t for t in rows if not t.overdue and t.due_at > end))


def _day_end(now: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    local = now.astimezone(zone)
    return local.replace(hour=23, minute=59, second=59, microsecond=999_999)


def tasks_of_application(ws: Workspace, actor: Actor,
                         application_id: uuid.UUID) -> list[TaskInfo]:
    from hrdesk.workflow.moves import visible_application

    with ws.db.unit_of_work(actor, read_only=True) as uow:
        visible_application(uow, application_id)
        return [_info(t, uow.now) for t in uow.session.scalars(
            select(Task).where(Task.application_id == application_id).order_by(Task.due_at))]


def complete_task(ws: Workspace, actor: Actor, task_id: uuid.UUID,
                  comment: str | None = None) -> TaskInfo:
    """Done by its assignee (or HR of the task's site, covering for someone away)."""
    with ws.db.unit_of_work(actor, "tasks.complete") as uow:
        task = uow.session.get(Task, task_id)
        if task is None or not _may_complete(actor, task):
            raise errors.NotFound(entity="task", key=str(task_id))
        if task.status != TaskStatus.OPEN:
            raise errors.InvalidState(entity=text_of(task), status=TaskStatus(task.status),
                                      reason="only open tasks can be completed")
        task.status, task.completed_at, task.next_reminder_at = TaskStatus.DONE, uow.now, None
        timeline.record(uow, "task_done", application_id=task.application_id,
                        job_id=task.job_id, requisition_id=task.requisition_id,
                        comment=comment, data={"task": notices.reference(text_of(task))})
        uow.commit()
        return _info(task, uow.now)


def _may_complete(actor: Actor, task: Task) -> bool:
    if task.assignee_id == actor.user_id:
        return True
    return any(g.role == Role.HR and g.site_id in (None, task.site_id) for g in actor.grants)
