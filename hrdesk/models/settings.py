"""Company-wide settings (approval chain, escalation margin) and site calendars, as JSON."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.models.base import Base, Versioned


class Setting(Versioned, Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class SiteCalendar(Versioned, Base):
    """A site's working week, hours and its own rest/work days (``dto.calendars.CalendarSpec``
    as JSON; what a day then is: ``workflow.calendar``)."""

    __tablename__ = "site_calendars"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
