"""Job openings (招聘岗位): what is being recruited, by whom, through which pipeline."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.db.types import TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import JobStatus

JOB_STATUSES = tuple(JobStatus)

job_interviewers = Table(
    "job_interviewers", Base.metadata,
    Column("job_id", ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id"), primary_key=True),
)
job_channels = Table(
    "job_channels", Base.metadata,
    Column("job_id", ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
    Column("channel_id", ForeignKey("channels.id"), primary_key=True),
)


class Job(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "jobs"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"), index=True)
    job_type: Mapped[str] = mapped_column(String(40))
    headcount: Mapped[int] = mapped_column(Integer)
    hired_count: Mapped[int] = mapped_column(Integer, default=0)
    recruiter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    hiring_manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_templates.id"))
    status: Mapped[JobStatus] = mapped_column(TermColumn(JobStatus), default=JobStatus.OPEN,
                                             index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[str] = mapped_column(Text, default="")
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    cloned_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jobs.id"))
