"""Applications: one person applying to one job, moving through its pipeline."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.db.types import TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.requisitions import Requisition
from hrdesk.vocabulary import CLOSED_APPLICATION, ApplicationStatus, TimelineKind

APPLICATION_STATUSES = tuple(ApplicationStatus)
CLOSED_STATUSES = CLOSED_APPLICATION

application_interviewers = Table(
    "application_interviewers", Base.metadata,
    Column("application_id", ForeignKey("applications.id", ondelete="CASCADE"),
           primary_key=True),
    Column("user_id", ForeignKey("users.id"), primary_key=True),
)


class Application(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "applications"
    __table_args__ = (
        # The board: one job's applications by stage, with their clocks on the row.
        Index("ix_applications_job_status_stage", "job_id", "status", "stage_id"),
        # The candidates list's "latest application" filter, answered from the index alone.
        Index("ix_applications_job_candidate_status", "job_id", "candidate_id", "status",
              "applied_at"),
    )

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), index=True)
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(TermColumn(ApplicationStatus),
                                                     default=ApplicationStatus.ACTIVE)
    refusal_reason_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("refusal_reasons.id"))
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0–3 stars
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channels.id"), index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    applied_at: Mapped[dt.datetime]
    # Kept on the row (not derived from the timeline) so a board of thousands loads
    # with one indexed query.
    stage_entered_at: Mapped[dt.datetime]
    stage_due_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    last_activity_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    shortlisted: Mapped[bool] = mapped_column(Boolean, default=False)


class RefusalReason(UuidPrimaryKey, Base):
    """The configurable list of reasons an application ends (薪资不符, 技能不匹配 …)."""

    __tablename__ = "refusal_reasons"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    by_candidate: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TimelineEvent(UuidPrimaryKey, Base):
    """What happened to a candidate, application, job or requisition, and who did it."""

    __tablename__ = "timeline_events"
    __audited__ = False  # the audit log already records the rows behind each event
    __table_args__ = (
        Index("ix_timeline_candidate_at", "candidate_id", "at"),
        Index("ix_timeline_application_at", "application_id", "at"),
        Index("ix_timeline_job_at", "job_id", "at"),
    )

    at: Mapped[dt.datetime]
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[TimelineKind] = mapped_column(TermColumn(TimelineKind, 40))
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("candidates.id"))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jobs.id"))
    requisition_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("requisitions.id"), index=True)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    comment: Mapped[str | None] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text)  # small JSON: reason code, fields

    # Never loaded or set; declared so the unit of work inserts the rows an event
    # points at before the event itself, within one flush.
    _candidate: Mapped[Candidate | None] = relationship(lazy="raise")
    _application: Mapped[Application | None] = relationship(lazy="raise")
    _job: Mapped[Job | None] = relationship(lazy="raise")
    _requisition: Mapped[Requisition | None] = relationship(lazy="raise")
