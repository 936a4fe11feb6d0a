"""Source channels (job boards, referral, campus, agency, job fair …) and what they cost."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.models.base import Base, UuidPrimaryKey, Versioned

CHANNEL_KINDS = ("job_board", "referral", "campus", "agency", "job_fair", "internal",
                 "walk_in", "other")


class Channel(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "channels"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ChannelCost(UuidPrimaryKey, Base):
    """What a channel cost over a period (a board subscription, an agency invoice)."""

    __tablename__ = "channel_costs"

    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channels.id"), index=True)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    note: Mapped[str | None] = mapped_column(String(200))
