"""Candidates: the people who apply. Personal numbers are encrypted per field."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.db import person_keys
from hrdesk.db.types import EncryptedText
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned


class Candidate(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "candidates"

    name: Mapped[str] = mapped_column(String(100), index=True)
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
    # When the person was erased (``services.erasure``): the row stays, emptied, so the
    # applications that point at it still count in the funnel figures.
    erased_at: Mapped[dt.datetime | None]
    # What this person's audit key is made from (``db.person_keys``); NULL once erased,
    # which makes the values the audit log holds about them unreadable. Not itself
    # audited (it is key material) nor fingerprinted (an upgrade fills it in). Given
    # when the object is made (below; ``services.bulk_rows`` for bulk rows), not as a
    # column default: a restore writes old rows into an older schema without it.
    audit_salt: Mapped[str | None] = mapped_column(String(32), info={"unaudited": True})


@event.listens_for(Candidate, "init")
def _give_salt(_target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    # Known before flush: the audit entry of the new row is sealed under this key.
    kwargs.setdefault("audit_salt", person_keys.new_salt())
