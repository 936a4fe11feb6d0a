"""Pipeline templates: ordered stages, edited by HR as data, cloned per job type."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.db.types import TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import Role, StageKind


class PipelineTemplate(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "pipeline_templates"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    job_type: Mapped[str] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    cloned_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_templates.id"))

    stages: Mapped[list[Stage]] = relationship(
        back_populates="template", order_by="Stage.position", cascade="all, delete-orphan")


class Stage(UuidPrimaryKey, Versioned, Base):
    """One step. Requirements must hold before leaving it; entry actions run on arrival.

    ``requirements`` and ``entry_actions`` are lists of small JSON objects
    (``{"type": "form", "form": "evaluation"}``, ``{"type": "task", "title": …}``)
    interpreted by ``hrdesk.workflow.rules``; unknown types are refused on save.
    """

    __tablename__ = "stages"
    __table_args__ = (UniqueConstraint("template_id", "key"),)

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("pipeline_templates.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[StageKind] = mapped_column(TermColumn(StageKind, 30))
    owner_role: Mapped[Role] = mapped_column(TermColumn(Role))
    sla_amount: Mapped[int] = mapped_column(Integer, default=2)
    sla_unit: Mapped[str] = mapped_column(String(10), default="days")
    remind_before_hours: Mapped[int] = mapped_column(Integer, default=4)
    remind_every_hours: Mapped[int] = mapped_column(Integer, default=24)
    skippable: Mapped[bool] = mapped_column(Boolean, default=False)
    requirements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    entry_actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    template: Mapped[PipelineTemplate] = relationship(back_populates="stages")
