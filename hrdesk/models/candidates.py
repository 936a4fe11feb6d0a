"""Candidates: the people who apply. Personal numbers are encrypted per field."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk import name_order
from hrdesk.db.types import EncryptedText
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned

NAME_LENGTH = 100
# Compared byte by byte on PostgreSQL too, whatever the server's collation: a
# language's collation skips the key's separators (hrdesk.name_order).
_KEY = String(name_order.key_length(NAME_LENGTH))
_BYTEWISE_KEY = _KEY.with_variant(String(_KEY.length, collation="C"), "postgresql")


class Candidate(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "candidates"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    # The name's pinyin sort key, derived from it on every write, so lists sort in SQL.
    # Not in the audit log or the row's fingerprint: it says nothing the name does not,
    # and a new pypinyin may re-spell every key without rewriting the audit trail. The
    # empty default is for rows written before the key existed; upgrades fill them.
    name_sort: Mapped[str] = mapped_column(_BYTEWISE_KEY, index=True, server_default="",
                                           info={"unaudited": True})
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None]
    mobile: Mapped[str | None] = mapped_column(EncryptedText)
    email: Mapped[str | None] = mapped_column(String(200))
    email_normalised: Mapped[str | None] = mapped_column(String(200), index=True)
    id_number: Mapped[str | None] = mapped_column(EncryptedText)
    # Masked forms for display (138****5678), stored: roles that may not see the numbers
    # hold no key to decrypt them, and still need to tell two people apart.
    mobile_masked: Mapped[str | None] = mapped_column(String(20))
    id_number_masked: Mapped[str | None] = mapped_column(String(24))
    # Keyed digests of the normalised numbers: duplicates are found without decrypting.
    mobile_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    id_number_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    education: Mapped[str | None] = mapped_column(String(20))
    school: Mapped[str | None] = mapped_column(String(200))
    major: Mapped[str | None] = mapped_column(String(200))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    city: Mapped[str | None] = mapped_column(String(100))
    certificates: Mapped[list] = mapped_column(JSON, default=list)  # type: ignore[type-arg]
    skills: Mapped[list] = mapped_column(JSON, default=list)  # type: ignore[type-arg]
    tags: Mapped[list] = mapped_column(JSON, default=list)  # type: ignore[type-arg]
    expected_salary: Mapped[str | None] = mapped_column(EncryptedText)
    # Columns of an imported sheet that have no field of their own are kept, not dropped.
    extra: Mapped[dict] = mapped_column(JSON, default=dict)  # type: ignore[type-arg]
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("candidates.id"))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime | None]
