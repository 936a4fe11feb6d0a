"""Requisitions (岗位需求): a department asks for people; an approval chain decides."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.db.types import TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import (
    ApproverRole,
    RequisitionReason,
    RequisitionStatus,
    SkipReason,
    StepStatus,
)

REASONS = tuple(RequisitionReason)
STATUSES = tuple(RequisitionStatus)


class Requisition(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "requisitions"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"), index=True)
    position_title: Mapped[str] = mapped_column(String(100))
    job_type: Mapped[str] = mapped_column(String(40))
    headcount: Mapped[int] = mapped_column(Integer)
    duties: Mapped[str] = mapped_column(Text, default="")
    qualifications: Mapped[str] = mapped_column(Text, default="")
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[RequisitionReason] = mapped_column(TermColumn(RequisitionReason))
    wanted_by: Mapped[dt.date | None]
    status: Mapped[RequisitionStatus] = mapped_column(
        TermColumn(RequisitionStatus), default=RequisitionStatus.DRAFT, index=True)
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jobs.id", use_alter=True))
    created_at: Mapped[dt.datetime]
    submitted_at: Mapped[dt.datetime | None]
    decided_at: Mapped[dt.datetime | None]

    steps: Mapped[list[ApprovalStep]] = relationship(
        back_populates="requisition", order_by="(ApprovalStep.round, ApprovalStep.position)",
        cascade="all, delete-orphan")


class ApprovalStep(UuidPrimaryKey, Base):
    """One link of the chain; made when the requisition is submitted."""

    __tablename__ = "approval_steps"
    __table_args__ = (UniqueConstraint("requisition_id", "round", "position"),)

    requisition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("requisitions.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)  # resubmission after a return
    position: Mapped[int] = mapped_column(Integer)
    approver_role: Mapped[ApproverRole] = mapped_column(TermColumn(ApproverRole))
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[StepStatus] = mapped_column(TermColumn(StepStatus),
                                              default=StepStatus.WAITING)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None]
    comment: Mapped[str | None] = mapped_column(Text)  # the approver's words
    # Set when hrdesk skipped the step (steps from before say why in ``comment``).
    skip_reason: Mapped[SkipReason | None] = mapped_column(TermColumn(SkipReason))

    requisition: Mapped[Requisition] = relationship(back_populates="steps")
