"""Duplicates: finding the same person twice, and merging the two into one.

A merge keeps both histories: the merged person's applications, timeline and
anything else that points at it move to the kept one; its row stays, marked
``merged_into_id``, so the audit log and old links still resolve, but it
leaves every list and search. Either all of it happens or none of it does.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Column, Table, and_, or_, select, update

from hrdesk import errors
from hrdesk.db.crypto import FieldCipher
from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.base import Base
from hrdesk.models.candidates import Candidate, DuplicatePair
from hrdesk.models.jobs import Job
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import candidates, duplicates
from hrdesk.services.candidates import CandidateProfile, DuplicateMatch, NewCandidate
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import timeline
from hrdesk.workspace.unlocked import Workspace

# Fields where the kept person's empty value is filled from the merged one's.
_FILLED = ("gender", "birth_date", "mobile", "id_number", "email", "education", "school",
           "major", "years_experience", "city", "expected_salary")


def find_duplicates(ws: Workspace, actor: Actor,
                    candidate: NewCandidate | uuid.UUID) -> list[DuplicateMatch]:
    """People on file sharing a mobile, email or ID number with a new or stored person."""
    require(actor, Permission.EDIT_CANDIDATES)
    cipher = ws.cipher
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        if isinstance(candidate, uuid.UUID):
            row = candidates.live_row(uow, candidate)
            keys = candidates.LookupKeys(row.mobile_digest, row.email_normalised,
                                         row.id_number_digest)
            return candidates.matching(uow.session, keys, exclude=row.id)
        return candidates.matching(uow.session, candidates.keys_of(candidate, cipher))


def merge_candidates(ws: Workspace, actor: Actor, keep_id: uuid.UUID,
                     merge_id: uuid.UUID,
                     take: Collection[str] = ()) -> CandidateProfile:
    """``merge_id`` becomes part of ``keep_id``; returns the kept person as now on file.
    ``take``: fields (``duplicates.CHOOSABLE``) whose value comes from the merged
    person even where the kept one has a value: HR chose them field by field."""
    require(actor, Permission.EDIT_CANDIDATES)
    if keep_id == merge_id:
        raise errors.MergeIntoItself()
    _check_take(take)
    with ws.db.unit_of_work(actor, "candidates.merge") as uow:
        candidates.identity_lock(uow)
        result = _merge_in(uow, keep_id, merge_id, frozenset(take), ws.cipher)
        uow.commit()
    return result


def merge_pair(ws: Workspace, actor: Actor, pair_id: uuid.UUID, keep_id: uuid.UUID,
               expected_version: int, take: Collection[str] = ()) -> CandidateProfile:
    """HR merges a pair from the duplicates queue: ``keep_id`` (one of the two) stays,
    the other becomes part of it (``merge_candidates``), and the pair is decided."""
    require(actor, Permission.EDIT_CANDIDATES)
    _check_take(take)
    with ws.db.unit_of_work(actor, "duplicates.merge") as uow:
        candidates.identity_lock(uow)
        pair = duplicates.open_pair(uow, pair_id, expected_version)
        sides = (pair.first_id, pair.second_id)
        if keep_id not in sides:
            raise errors.InvalidField(field="keep", reason="one of the pair")
        gone_id = sides[1] if keep_id == sides[0] else sides[0]
        result = _merge_in(uow, keep_id, gone_id, frozenset(take), ws.cipher)
        uow.commit()
    return result


def _check_take(take: Collection[str]) -> None:
    unknown = set(take) - set(duplicates.CHOOSABLE)
    if unknown:
        raise errors.InvalidField(field="take", reason="unknown field {value}",
                                  value=", ".join(sorted(unknown)))


def _merge_in(uow: UnitOfWork, keep_id: uuid.UUID, merge_id: uuid.UUID,
              take: frozenset[str], cipher: FieldCipher) -> CandidateProfile:
    if keep_id == merge_id:
        raise errors.MergeIntoItself()
    keep, gone = _lock_both(uow, keep_id, merge_id)
    _refuse_shared_jobs(uow, keep, gone)
    _move_history(uow, keep.id, gone.id)
    # The merged row leaves the live people before the kept one takes its numbers:
    # the database allows one live person per ID number.
    gone.merged_into_id = keep.id
    gone.updated_at = keep.updated_at = uow.now
    uow.flush()
    filled = _fill(uow, keep, gone, cipher, take)
    _release(uow, keep)
    duplicates.close_pairs_of(uow, gone.id, keep.id)
    timeline.record(uow, "merged", candidate_id=keep.id,
                    data={"merged_id": str(gone.id), "name": gone.name, "filled": filled})
    with candidates.unique_person():
        uow.flush()
    return candidates.profile(uow, keep)


def _release(uow: UnitOfWork, keep: Candidate) -> None:
    """A person held out of the unique indexes (stored twice before they existed)
    rejoins them once nobody else live holds their ID number, or mobile under their name."""
    if not keep.identity_pending:
        return
    live = (Candidate.merged_into_id.is_(None), Candidate.id != keep.id,
            Candidate.identity_pending.is_(False))
    clash = or_(and_(Candidate.id_number_digest.is_not(None),
                     Candidate.id_number_digest == keep.id_number_digest),
                and_(Candidate.mobile_digest.is_not(None), Candidate.mobile_placeholder.is_(False),
                     Candidate.mobile_digest == keep.mobile_digest,
                     Candidate.name_key == keep.name_key))
    if uow.session.scalar(select(Candidate.id).where(*live, clash).limit(1)) is None:
        keep.identity_pending = False


def _lock_both(uow: UnitOfWork, keep_id: uuid.UUID,
               merge_id: uuid.UUID) -> tuple[Candidate, Candidate]:
    # Locked in id order, so two merges of the same pair wait instead of deadlocking.
    # (SQLite ignores FOR UPDATE; there the transaction began IMMEDIATE.)
    uow.session.execute(select(Candidate.id).where(Candidate.id.in_((keep_id, merge_id)))
                        .order_by(Candidate.id).with_for_update()).all()
    return candidates.live_row(uow, keep_id), candidates.live_row(uow, merge_id)


def _refuse_shared_jobs(uow: UnitOfWork, keep: Candidate, gone: Candidate) -> None:
    """One person cannot hold two open applications to one job: HR closes one first."""
    open_ = candidates.OPEN_STATUSES
    theirs = select(Application.job_id).where(Application.candidate_id == gone.id,
                                              Application.status.in_(open_))
    shared = uow.session.execute(
        select(Job.code, Job.title).join(Application, Application.job_id == Job.id)
        .where(Application.candidate_id == keep.id, Application.status.in_(open_),
               Application.job_id.in_(theirs)).order_by(Job.code).limit(1)).first()
    if shared is not None:
        raise errors.MergeConflict(job=f"{shared.code} {shared.title}", keep=keep.name,
                                   merge=gone.name)


def _fill(uow: UnitOfWork, keep: Candidate, gone: Candidate, cipher: FieldCipher,
          take: frozenset[str] = frozenset()) -> list[str]:
    """Empty fields of the kept person from the merged one (and those HR chose to
    ``take`` from it); lists and notes joined. The result is checked like any edit: an
    ID number that contradicts the kept birth date refuses the merge rather than
    storing a contradiction."""
    mine, theirs = candidates.as_new(keep), candidates.as_new(gone)
    values = {f: getattr(theirs, f) if f in take or getattr(mine, f) in (None, "")
              else getattr(mine, f) for f in _FILLED}
    if "id_number" in take and theirs.id_number:
        # Their ID number brings their birth date and gender with it.
        values["birth_date"], values["gender"] = theirs.birth_date, theirs.gender
    notes = [n for n in dict.fromkeys((mine.notes, theirs.notes)) if n]
    if "notes" in take:
        notes = [theirs.notes] if theirs.notes else notes
    combined = NewCandidate(
        name=theirs.name if "name" in take else mine.name, **values,
        notes="\n\n".join(notes) or None,
        certificates=(*mine.certificates, *theirs.certificates),
        skills=(*mine.skills, *theirs.skills), tags=(*mine.tags, *theirs.tags),
        extra={**(theirs.extra or {}), **(mine.extra or {})})
    return candidates.apply(keep, candidates.clean(combined, uow.now.date()), cipher)


def _move_history(uow: UnitOfWork, keep_id: uuid.UUID, gone_id: uuid.UUID) -> None:
    # Applications through the ORM: their version moves and the audit log lists each one.
    for application in uow.session.scalars(select(Application)
                                           .where(Application.candidate_id == gone_id)):
        application.candidate_id = keep_id
    for earlier in uow.session.scalars(select(Candidate)
                                       .where(Candidate.merged_into_id == gone_id)):
        earlier.merged_into_id = keep_id  # a chain of merges points at its end
    uow.session.execute(update(TimelineEvent).where(TimelineEvent.candidate_id == gone_id)
                        .values(candidate_id=keep_id))
    # Tables added later (interviews, offers, attachments …) follow without a change here:
    # a history left behind on the merged row would vanish with it from every screen.
    for table, column in _other_references():
        values: dict[str, Any] = {column.name: keep_id}
        if "audit_entry_id" in table.c:  # audited: the move is an entry, rows vouched for
            [pk] = table.primary_key.columns
            moved = uow.session.scalars(select(pk).where(column == gone_id)).all()
            if not moved:
                continue
            values["audit_entry_id"] = uow.changed_in_bulk(
                table.name, moved, {column.name: [str(gone_id), str(keep_id)]})
        uow.session.execute(update(table).where(column == gone_id).values(values))


def _other_references() -> Iterator[tuple[Table, Column[Any]]]:
    # The duplicates queue names both people on purpose: a pair is decided, not moved.
    handled = {Application.__tablename__, TimelineEvent.__tablename__,
               Candidate.__tablename__, DuplicatePair.__tablename__}
    for table in Base.metadata.sorted_tables:
        if table.name in handled:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == Candidate.__tablename__:
                yield table, fk.parent
