"""Messages to people outside the company (candidates), queued until something sends them.

Queuing is part of the use case's transaction (a rejection and its notice commit
together); sending is another job's, which marks the row sent or failed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.db.types import EncryptedText, TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey
from hrdesk.vocabulary import OutboxStatus

OUTBOX_CHANNELS = ("email", "sms")
OUTBOX_STATUSES = tuple(OutboxStatus)


class OutboxMessage(UuidPrimaryKey, Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_queued_at", "status", "queued_at"),)

    kind: Mapped[str] = mapped_column(String(30))  # rejection | …
    channel: Mapped[str] = mapped_column(String(10))  # one of OUTBOX_CHANNELS
    # An e-mail address or mobile number: personal, so encrypted like the candidate's.
    recipient: Mapped[str] = mapped_column(EncryptedText)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[OutboxStatus] = mapped_column(TermColumn(OutboxStatus),
                                                default=OutboxStatus.QUEUED)
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("candidates.id"),
                                                           index=True)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"))
    queued_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
