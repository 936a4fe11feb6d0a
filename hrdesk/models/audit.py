"""The audit log: append-only, hash-chained, one linear chain per database."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.models.base import Base, UuidPrimaryKey


class AuditEntry(UuidPrimaryKey, Base):
    __tablename__ = "audit_entries"
    __audited__ = False

    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[dt.datetime]
    actor_id: Mapped[uuid.UUID | None]
    actor_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(100))
    operation: Mapped[str] = mapped_column(String(10))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    # Canonical JSON text, hashed as stored: a JSON column could reorder keys.
    changes: Mapped[str] = mapped_column(Text)
    # Fingerprints of the rows as this entry left them ({id: sha256}, canonical JSON):
    # verify-audit compares every live row with the last entry that wrote it.
    rows: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's end. Writers lock this row, so concurrent commits line up."""

    __tablename__ = "audit_head"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
