"""Candidates: adding people, with their personal numbers checked and encrypted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select

from hrdesk import errors, identity
from hrdesk.models.candidates import Candidate
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import Permission, allows, require
from hrdesk.services.workspace import Workspace


@dataclasses.dataclass(frozen=True)
class NewCandidate:
    name: str
    mobile: str | None = None
    id_number: str | None = None
    email: str | None = None
    gender: str | None = None
    birth_date: dt.date | None = None
    education: str | None = None
    school: str | None = None
    major: str | None = None
    years_experience: int | None = None
    city: str | None = None


@dataclasses.dataclass(frozen=True)
class CandidateInfo:
    id: uuid.UUID
    name: str
    mobile: str | None
    id_number: str | None
    email: str | None
    gender: str | None
    birth_date: dt.date | None
    education: str | None
    city: str | None


def _mask(value: str | None, keep_head: int, keep_tail: int) -> str | None:
    if value is None:
        return None
    return value[:keep_head] + "*" * max(0, len(value) - keep_head - keep_tail) + value[-keep_tail:]


def _build(ws: Workspace, new: NewCandidate, row: int, now: dt.datetime) -> Candidate:
    if not new.name.strip():
        raise errors.InvalidField(field=f"row {row}: name", reason="required")
    mobile = id_number = None
    if new.mobile:
        mobile = identity.normalise_mobile(new.mobile)
        if mobile is None:
            raise errors.InvalidField(field=f"row {row}: mobile", reason=new.mobile)
    if new.id_number:
        id_number = identity.normalise_id_number(new.id_number)
        if id_number is None:
            raise errors.InvalidField(field=f"row {row}: ID number", reason="checksum or date")
    cipher = ws.key.field_cipher()
    birth, gender = new.birth_date, new.gender
    if id_number:
        birth = birth or identity.birth_date_of(id_number)
        gender = gender or identity.gender_of(id_number)
    return Candidate(
        name=new.name.strip(), gender=gender, birth_date=birth, mobile=mobile,
        id_number=id_number, email=new.email, education=new.education, school=new.school,
        major=new.major, years_experience=new.years_experience, city=new.city,
        mobile_digest=cipher.digest(mobile) if mobile else None,
        id_number_digest=cipher.digest(id_number) if id_number else None,
        created_at=now,
    )


def add_candidates(ws: Workspace, actor: Actor, people: Sequence[NewCandidate]) -> int:
    """All or nothing: one transaction for the batch."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "candidates.add") as uow:
        now = uow.now
        uow.session.add_all([_build(ws, p, i + 1, now) for i, p in enumerate(people)])
        uow.commit()
    return len(people)


def count(ws: Workspace, actor: Actor) -> int:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Candidate)) or 0


def find_by_mobile(ws: Workspace, actor: Actor, mobile: str) -> list[CandidateInfo]:
    require(actor, Permission.VIEW_CANDIDATES)
    normal = identity.normalise_mobile(mobile)
    if normal is None:
        return []
    digest = ws.key.field_cipher().digest(normal)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        rows = uow.session.scalars(select(Candidate).where(Candidate.mobile_digest == digest))
        return [_info(actor, c) for c in rows]


def _info(actor: Actor, c: Candidate) -> CandidateInfo:
    plain = allows(actor, Permission.SEE_SENSITIVE)
    return CandidateInfo(
        id=c.id, name=c.name,
        mobile=c.mobile if plain else _mask(c.mobile, 3, 4),
        id_number=c.id_number if plain else _mask(c.id_number, 4, 2),
        email=c.email, gender=c.gender, birth_date=c.birth_date,
        education=c.education, city=c.city,
    )
