"""Tasks with an SLA clock, the reminders and escalations they cause, and the inbox."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.db.types import TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import TaskStatus

TASK_STATUSES = tuple(TaskStatus)


class Task(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_status_due", "status", "due_at"),
        Index("ix_tasks_assignee_status", "assignee_id", "status"),
        # One application's open tasks, closed on every move. Both columns: with
        # application_id alone, SQLite (no statistics) prefers ix_tasks_status_due and
        # walks every open task in the database.
        Index("ix_tasks_application_status", "application_id", "status"),
    )

    # What hrdesk opened is said when read (hrdesk.notices: code and params); the title
    # keeps the English sentence, or the words of a task from before codes.
    title: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(40))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(30))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jobs.id"), index=True)
    requisition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("requisitions.id"))
    stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    due_at: Mapped[dt.datetime]
    status: Mapped[TaskStatus] = mapped_column(TermColumn(TaskStatus), default=TaskStatus.OPEN)
    created_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None]
    # The reminder rhythm: when the next reminder is due, how far escalation went.
    # Bookkeeping of the reminder pass, left out of the audit log (it moves every pass).
    next_reminder_at: Mapped[dt.datetime | None] = mapped_column(
        index=True, info={"unaudited": True})
    remind_every_hours: Mapped[int] = mapped_column(Integer, default=24)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)


class Escalation(UuidPrimaryKey, Base):
    __tablename__ = "escalations"

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    to_user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    overdue_hours: Mapped[int] = mapped_column(Integer)


class Notification(UuidPrimaryKey, Base):
    __tablename__ = "notifications"
    __audited__ = False  # messages to one user, not changes to the company's records
    __table_args__ = (Index("ix_notifications_user_read", "user_id", "read_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(30))  # reminder | overdue | escalation | …
    # Said when read, as for tasks (hrdesk.notices); title and body keep the English, or
    # the words of a notice from before codes (and a decision's comment, as written).
    code: Mapped[str | None] = mapped_column(String(40))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    link_type: Mapped[str | None] = mapped_column(String(30))
    link_id: Mapped[uuid.UUID | None]
    read_at: Mapped[dt.datetime | None]
