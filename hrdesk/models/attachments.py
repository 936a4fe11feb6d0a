"""Files kept with a candidate (resumes, certificates, ID scans), encrypted in the database."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from hrdesk.db.crypto import Purpose
from hrdesk.db.types import EncryptedBytes, EncryptedText
from hrdesk.models.base import Base, UuidPrimaryKey


class Attachment(UuidPrimaryKey, Base):
    __tablename__ = "attachments"

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), index=True)
    # The name as it came (often "王芳13912345678.pdf"): encrypted like the file; lists
    # and the timeline show ``display_name``, the same with long numbers masked.
    filename: Mapped[str] = mapped_column(EncryptedText(Purpose.DOCUMENTS))
    display_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Loaded only when the file is opened, not when a candidate's list is shown.
    content: Mapped[bytes] = deferred(mapped_column(EncryptedBytes, nullable=False))
    # Text found in the file (PDF, DOCX), for search, long numbers masked (a mobile is
    # found through its digest, and this column is in clear on PostgreSQL).
    text: Mapped[str | None] = deferred(mapped_column(Text, info={"unaudited": True}))
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime]
