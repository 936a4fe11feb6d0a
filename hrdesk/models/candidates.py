"""Candidates: the people who apply. Personal numbers are encrypted per field."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk import name_order
from hrdesk.db import person_keys
from hrdesk.db.types import EncryptedText, TermColumn
from hrdesk.models.base import Base, UuidPrimaryKey, Versioned
from hrdesk.vocabulary import PairStatus

NAME_LENGTH = 100
# Compared byte by byte on PostgreSQL too, whatever the server's collation: a
# language's collation skips the key's separators (hrdesk.name_order).
_KEY = String(name_order.key_length(NAME_LENGTH))
_BYTEWISE_KEY = _KEY.with_variant(String(_KEY.length, collation="C"), "postgresql")

# Live candidates the identity rules (hrdesk.identity_rules) make one person: the
# database refuses a second, so two workstations importing at once cannot store a
# person twice. A row stored before these indexes existed, that would break them,
# waits in the duplicates queue with ``identity_pending`` set until HR decides.
_LIVE = "merged_into_id IS NULL AND NOT identity_pending"
_ONE_PER_ID_NUMBER = _LIVE + " AND id_number_digest IS NOT NULL"
_ONE_PER_MOBILE_AND_NAME = _LIVE + " AND mobile_digest IS NOT NULL AND NOT mobile_placeholder"


class Candidate(UuidPrimaryKey, Versioned, Base):
    __tablename__ = "candidates"
    __table_args__ = (
        Index("uq_candidates_live_id_number", "id_number_digest", unique=True,
              sqlite_where=text(_ONE_PER_ID_NUMBER), postgresql_where=text(_ONE_PER_ID_NUMBER)),
        Index("uq_candidates_live_mobile_name", "mobile_digest", "name_key", unique=True,
              sqlite_where=text(_ONE_PER_MOBILE_AND_NAME),
              postgresql_where=text(_ONE_PER_MOBILE_AND_NAME)),
    )

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    # The name's pinyin sort key, derived from it on every write, so lists sort in SQL.
    # Not in the audit log or the row's fingerprint: it says nothing the name does not,
    # and a new pypinyin may re-spell every key without rewriting the audit trail. The
    # empty default is for rows written before the key existed; upgrades fill them.
    name_sort: Mapped[str] = mapped_column(_BYTEWISE_KEY, index=True, server_default="",
                                           info={"unaudited": True})
    # The name as the identity rules compare it (identity_rules.name_key).
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), default="", server_default="")
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
    # The mobile is a placeholder (identity_rules.Placeholders) and identifies nobody.
    mobile_placeholder: Mapped[bool] = mapped_column(Boolean, default=False,
                                                     server_default=text("false"))
    identity_pending: Mapped[bool] = mapped_column(Boolean, default=False,
                                                   server_default=text("false"))
    education: Mapped[str | None] = mapped_column(String(20))
    school: Mapped[str | None] = mapped_column(String(200))
    major: Mapped[str | None] = mapped_column(String(200))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    city: Mapped[str | None] = mapped_column(String(100))
    certificates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    skills: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    expected_salary: Mapped[str | None] = mapped_column(EncryptedText)
    # Columns of an imported sheet that have no field of their own are kept, not dropped.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
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
    # when the object is made (below; ``services.import_commit`` for bulk rows), not as a
    # column default: a restore writes old rows into an older schema without it.
    audit_salt: Mapped[str | None] = mapped_column(String(32), info={"unaudited": True})


@event.listens_for(Candidate, "init")
def _give_salt(_target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    # Known before flush: the audit entry of the new row is sealed under this key.
    kwargs.setdefault("audit_salt", person_keys.new_salt())


class DuplicatePair(UuidPrimaryKey, Versioned, Base):
    """Two live candidates that may be one person (identity_rules.Verdict.POSSIBLE, or
    rows that were stored twice before the database could refuse it). HR merges them
    or says they are different people, and that answer is remembered."""

    __tablename__ = "duplicate_pairs"
    # first_id < second_id: a pair is stored once whichever way it was found.
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), index=True)
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), index=True)
    key: Mapped[str] = mapped_column(String(20))  # identity_rules.Key value that links them
    found_by: Mapped[str] = mapped_column(String(20))  # import | form | upgrade
    status: Mapped[PairStatus] = mapped_column(TermColumn(PairStatus), default=PairStatus.OPEN)
    created_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
