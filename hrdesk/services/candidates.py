"""Candidates: one person, who may apply to many jobs.

Personal numbers are checked (an ID number's birth date and gender are
cross-checked against what was typed), encrypted per field, and found again
through keyed digests, so duplicates are caught without decrypting the table.
Every role gets masked numbers and no salary (``candidate_privacy.reveal`` shows
them to ``SEE_SENSITIVE``, audited); roles other
than HR see only people with an application visible to them. Finding and
merging duplicates is in ``candidate_merge``, which shares the helpers below.
"""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    exc as sa_exc,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from hrdesk import errors, identity, name_order
from hrdesk.candidate_rules import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LookupKeys as LookupKeys,  # (merging finds and cleans people as adding does)
    NewCandidate,
    clean as clean,
    keys_of as keys_of,
    masked_numbers,
    normalise_email,
    normalise_words,
)
from hrdesk.clock import as_utc
from hrdesk.db.crypto import FieldCipher
from hrdesk.db.types import cipher_of
from hrdesk.dto.candidates import (
    UNCHANGED,
    ApplicationSummary,
    CandidateChanges,
    CandidateInfo,
    CandidatePage,
    CandidateProfile,
    DuplicateMatch,
)
from hrdesk.identity_rules import Identity, Key, name_key
from hrdesk.models.applications import Application
from hrdesk.models.audit import AuditEntry
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.org import User
from hrdesk.models.pipeline import Stage
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import duplicates
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import OPEN_APPLICATION, PairStatus, Permission
from hrdesk.workflow import timeline
from hrdesk.workspace.unlocked import Workspace

__all__ = [
    "UNCHANGED",
    "ApplicationSummary",
    "CandidateChanges",
    "CandidateInfo",
    "CandidatePage",
    "CandidateProfile",
    "DuplicateMatch",
    "NewCandidate",
]

OPEN_STATUSES = OPEN_APPLICATION


# --- use cases ------------------------------------------------------------------------


def create_candidate(ws: Workspace, actor: Actor, new: NewCandidate,
                     on_duplicate: str = "refuse") -> CandidateProfile:
    """A person typed in by hand, judged by the identity rules first: the same person on
    file is refused (``DuplicateCandidate``); a possible one (``PossibleDuplicate``) is
    refused too unless HR chose ``"queue"`` (store, and ask later in the duplicates
    queue) or ``"allow"`` (HR looked: a different person, remembered as such)."""
    require(actor, Permission.EDIT_CANDIDATES)
    _check_choice(on_duplicate)
    with ws.db.unit_of_work(actor, "candidates.create") as uow:
        identity_lock(uow)
        person = clean(new, uow.now.date())
        cipher = ws.cipher
        keys = keys_of(person, cipher, duplicates.placeholders_in(uow.session))
        [found] = duplicates.judged(uow.session, [keys])
        _refuse_unless_chosen(found, on_duplicate)
        row = Candidate(created_at=uow.now)
        apply(row, person, cipher, keys)
        uow.session.add(row)
        with unique_person(found):
            uow.flush()
        timeline.record(uow, "created", candidate_id=row.id)
        _queue(uow, found, row.id, on_duplicate)
        result = profile(uow, row)
        uow.commit()
    return result


def add_candidates(ws: Workspace, actor: Actor, people: Sequence[NewCandidate]) -> int:
    """A batch (import, demo), all or nothing; duplicates are the importer's to sort out."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "candidates.add") as uow:
        add_in(uow, people)
        uow.commit()
    return len(people)


def add_in(uow: UnitOfWork, people: Sequence[NewCandidate]) -> list[Candidate]:
    """``add_candidates`` within the caller's unit of work, which commits."""
    require(uow.actor, Permission.EDIT_CANDIDATES)
    # The engine carries the session's field keys (db.types), as ws.cipher does.
    cipher: FieldCipher = cipher_of(uow.db.engine.dialect)
    today, rows = uow.now.date(), []
    for i, person in enumerate(people):
        row = Candidate(created_at=uow.now)
        apply(row, clean(person, today, row=i + 1), cipher)
        rows.append(row)
    # Batches of thousands: one Core insert each for the people and their events.
    uow.insert_many(rows)
    uow.insert_many([timeline.make(uow, "created", candidate_id=row.id) for row in rows])
    return rows


def update_candidate(ws: Workspace, actor: Actor, candidate_id: uuid.UUID,
                     changes: CandidateChanges, expected_version: int,
                     on_duplicate: str = "refuse") -> CandidateProfile:
    """An edit; one that changes who the person is (name, numbers, e-mail) is judged
    by the identity rules like a new person (see ``create_candidate``)."""
    require(actor, Permission.EDIT_CANDIDATES)
    _check_choice(on_duplicate)
    cipher = ws.cipher
    try:
        with ws.db.unit_of_work(actor, "candidates.update") as uow:
            identity_lock(uow)
            row = live_row(uow, candidate_id, expected_version)
            person = clean(_with_changes(as_new(row), changes), uow.now.date())
            keys = keys_of(person, cipher, duplicates.placeholders_in(uow.session))
            found = None
            changed_keys = _changed_keys(keys, row)
            if changed_keys is not None:
                [found] = duplicates.judged(uow.session, [changed_keys], exclude=row.id)
                _refuse_unless_chosen(found, on_duplicate)
            changed = apply(row, person, cipher, keys)
            if changed:
                row.updated_at = uow.now
                timeline.record(uow, "updated", candidate_id=row.id, data={"fields": changed})
                with unique_person(found):
                    uow.flush()
            _queue(uow, found, row.id, on_duplicate)
            result = profile(uow, row)
            uow.commit()
    except errors.ConcurrentChange:
        # Someone saved between our read and our write: name them, as for a stale version.
        with ws.db.unit_of_work(actor, read_only=True) as uow:
            raise changed_meanwhile(uow.session, candidate_id) from None
    return result


def set_tags(ws: Workspace, actor: Actor, candidate_id: uuid.UUID, tags: Sequence[str],
             expected_version: int | None = None) -> CandidateProfile:
    require(actor, Permission.EDIT_CANDIDATES)
    new_tags = normalise_words(tags, "tags")
    with ws.db.unit_of_work(actor, "candidates.set_tags") as uow:
        row = live_row(uow, candidate_id, expected_version)
        old = [str(t) for t in row.tags or []]
        if old != new_tags:
            row.tags = new_tags
            row.updated_at = uow.now
            timeline.record(uow, "tags_changed", candidate_id=row.id, data={
                "added": [t for t in new_tags if t not in old],
                "removed": [t for t in old if t not in new_tags]})
            uow.flush()
        result = profile(uow, row)
        uow.commit()
    return result


def get_candidate(ws: Workspace, actor: Actor, candidate_id: uuid.UUID) -> CandidateProfile:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return profile(uow, scope.visible_candidate(uow.session, actor, candidate_id))


def candidate_of_application(ws: Workspace, actor: Actor,
                              application_id: uuid.UUID) -> uuid.UUID:
    """The person an application is about, when the actor may see them (a workbench
    row names an application; the candidate's file shows it). Out of scope looks like
    missing, as for the person."""
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        candidate_id = uow.session.scalar(
            select(Application.candidate_id).where(Application.id == application_id))
        if candidate_id is None:
            raise errors.NotFound(entity="application", key=str(application_id))
        return scope.visible_candidate(uow.session, actor, candidate_id).id


def find_by_mobile(ws: Workspace, actor: Actor, mobile: str) -> list[CandidateInfo]:
    require(actor, Permission.VIEW_CANDIDATES)
    normal = identity.normalise_mobile(mobile)
    if normal is None or not ws.cipher.can_digest:
        return []
    digest = ws.cipher.digest(normal)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        rows = uow.session.scalars(select(Candidate).where(
            Candidate.mobile_digest == digest, Candidate.merged_into_id.is_(None),
            scope.candidates_clause(scope.resolve(uow.session, actor))).order_by(Candidate.name_sort, Candidate.id))
        return [info(actor, c) for c in rows]


# --- the list's filters and orders, as SQL ----------------------------------------------
# A list over 100,000 people filters and sorts in the database (one query per page):
# doing it in Python took seconds. Filters on applications look only at the
# applications the actor may see, so a filter never reveals what scope hides.


def live_row(uow: UnitOfWork, candidate_id: uuid.UUID,
             expected_version: int | None = None) -> Candidate:
    """A candidate that can still be edited: not merged away, not erased (an edit would
    put personal data back on the emptied row), and not changed meanwhile."""
    row = uow.session.get(Candidate, candidate_id)
    if row is None:
        raise errors.NotFound(entity="candidate", key=str(candidate_id))
    if row.merged_into_id is not None:
        raise errors.InvalidState(entity=row.name, status="merged",
                                  reason="it was merged into another candidate")
    if row.erased_at is not None:
        raise errors.AlreadyErased(at=row.erased_at.date().isoformat())
    if expected_version is not None and row.version != expected_version:
        raise changed_meanwhile(uow.session, row.id)
    return row


def changed_meanwhile(session: Session, candidate_id: uuid.UUID) -> errors.UserError:
    """Who saved last: the audit log records every write of the row, whatever wrote it."""
    last = session.execute(
        select(AuditEntry.actor_id, AuditEntry.actor_name, AuditEntry.at)
        .where(AuditEntry.entity_type == Candidate.__tablename__,
               AuditEntry.entity_id == str(candidate_id))
        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    if last is None:
        return errors.ConcurrentChange(entity="candidate")
    shown = session.scalar(select(User.display_name).where(User.id == last.actor_id))
    return errors.ChangedMeanwhile(by=shown or last.actor_name,
                                   at=as_utc(last.at).strftime("%Y-%m-%d %H:%M"))


def apply(row: Candidate, new: NewCandidate, cipher: FieldCipher,
          keys: LookupKeys | None = None) -> list[str]:
    """Writes the cleaned values that differ (so the audit lists only real changes);
    returns the names of the fields the user would see changed. ``keys``: the person's
    lookup keys when already made (they say whether the mobile is a placeholder)."""
    values: dict[str, Any] = {f: getattr(new, f) for f in SCALAR_FIELDS}
    values["name_key"] = name_key(new.name)
    values["mobile_placeholder"] = bool(keys and Key.MOBILE in keys.placeholders)
    values.update({f: list(getattr(new, f)) for f in LIST_FIELDS})
    values["extra"] = dict(new.extra or {})
    values["name_sort"] = name_order.sort_key(new.name)
    values["email_normalised"] = normalise_email(new.email)
    values["mobile_digest"] = cipher.digest(new.mobile) if new.mobile else None
    values["id_number_digest"] = cipher.digest(new.id_number) if new.id_number else None
    values.update(masked_numbers(new.mobile, new.id_number))
    changed = [k for k, v in values.items() if getattr(row, k) != v]
    for key in changed:
        setattr(row, key, values[key])
    return [k for k in changed if k not in _DERIVED]


#: Columns computed from the fields a person has, not fields of their own.
_DERIVED = frozenset({"name_sort", "email_normalised", "mobile_digest", "id_number_digest",
                      "mobile_masked", "id_number_masked", "name_key", "mobile_placeholder"})


def stored_identity(row: Candidate) -> Identity:
    """What the identity rules know of a stored person."""
    return Identity(row.name_key, row.id_number_digest,
                    None if row.mobile_placeholder else row.mobile_digest,
                    row.email_normalised)


# Writers of people take this lock first on PostgreSQL, so a second workstation's
# import or form waits, then sees the first one's people (the unique indexes are the
# backstop). SQLite's write transactions are exclusive already.
IDENTITY_LOCK = 0x68726465736B  # "hrdesk"


def identity_lock(uow: UnitOfWork) -> None:
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": IDENTITY_LOCK})


@contextlib.contextmanager
def unique_person(found: duplicates.Found | None = None) -> Iterator[None]:
    """A write the database refused because the person is on file already (a
    workstation that did not take ``identity_lock``; rows being merged) said as such."""
    try:
        yield
    except sa_exc.IntegrityError as exc:
        if "uq_candidates_live" not in str(exc.orig):
            raise
        key = Key.ID_NUMBER if "id_number" in str(exc.orig) else Key.MOBILE
        raise errors.DuplicateCandidate(name=found.name if found else "?",
                                        identity_key=key.value) from None


def as_new(row: Candidate) -> NewCandidate:
    """The stored person in the shape the rules check."""
    fields: dict[str, Any] = {f: getattr(row, f) for f in SCALAR_FIELDS}
    fields.update({f: tuple(getattr(row, f) or ()) for f in LIST_FIELDS})
    return NewCandidate(**fields, extra=dict(row.extra or {}))


def matching(session: Session, keys: LookupKeys,
             exclude: uuid.UUID | None = None) -> list[DuplicateMatch]:
    """Live candidates sharing a key: indexed digest lookups, nothing decrypted."""
    wanted = [(f, k, c) for f, k, c in (
        ("mobile", keys.mobile_digest, Candidate.mobile_digest),
        ("email", keys.email, Candidate.email_normalised),
        ("ID number", keys.id_number_digest, Candidate.id_number_digest)) if k]
    if not wanted:
        return []
    query = (select(Candidate.id, Candidate.name, *(c for _f, _k, c in wanted))
             .where(Candidate.merged_into_id.is_(None), or_(*(c == k for _f, k, c in wanted)))
             .order_by(Candidate.name_sort, Candidate.id))
    if exclude is not None:
        query = query.where(Candidate.id != exclude)
    return [DuplicateMatch(found[0], found[1], tuple(
        f for (f, k, _c), theirs in zip(wanted, found[2:], strict=True) if k == theirs))
        for found in session.execute(query)]


def profile(uow: UnitOfWork, row: Candidate) -> CandidateProfile:
    mobile, id_number = _sensitive(row)
    return CandidateProfile(
        id=row.id, name=row.name, gender=row.gender, birth_date=row.birth_date,
        mobile=mobile, id_number=id_number, email=row.email, education=row.education,
        school=row.school, major=row.major, years_experience=row.years_experience,
        city=row.city, expected_salary=None, has_expected_salary=bool(row.expected_salary),
        certificates=tuple(row.certificates or ()), skills=tuple(row.skills or ()),
        tags=tuple(row.tags or ()), notes=row.notes,
        extra=tuple((str(k), "" if v is None else str(v))
                    for k, v in sorted((row.extra or {}).items())),
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at) if row.updated_at else None, version=row.version,
        merged_into_id=row.merged_into_id, applications=_applications(uow, row.id),
        erased_at=as_utc(row.erased_at) if row.erased_at else None)


# --- helpers ---------------------------------------------------------------------------


def _check_choice(on_duplicate: str) -> None:
    if on_duplicate not in ("refuse", "queue", "allow"):
        raise ValueError(f"on_duplicate={on_duplicate!r}")  # a bug in the caller


def _changed_keys(keys: LookupKeys, row: Candidate) -> LookupKeys | None:
    """What an edit asks the identity rules about: nothing when who the person is did not
    change (an accepted possible duplicate must not block editing notes); only the keys
    it changes, unless the name changed, which puts every key in a new light."""
    before = stored_identity(row)
    after = keys.identity()
    if after == before:
        return None
    if after.name_key != before.name_key:
        return keys
    fake = frozenset(k for k in Key if after.value(k) == before.value(k))
    return keys.without(fake)


def _refuse_unless_chosen(found: duplicates.Found | None, on_duplicate: str) -> None:
    if found is None:
        return
    key = found.judgement.key.value if found.judgement.key else ""
    if found.judgement.same:
        raise errors.DuplicateCandidate(name=found.name, identity_key=key)
    if on_duplicate == "refuse":
        raise errors.PossibleDuplicate(name=found.name, identity_key=key)


def _queue(uow: UnitOfWork, found: duplicates.Found | None, candidate_id: uuid.UUID,
           on_duplicate: str) -> None:
    """A possible duplicate HR stored anyway: asked later, or remembered as different."""
    if found is None or found.judgement.same or found.judgement.key is None:
        return
    duplicates.record_pairs(uow, [(found.candidate_id, candidate_id, found.judgement.key)],
                            "form",
                            PairStatus.DIFFERENT if on_duplicate == "allow" else PairStatus.OPEN)


def _with_changes(base: NewCandidate, changes: CandidateChanges) -> NewCandidate:
    given = {f.name: getattr(changes, f.name) for f in dataclasses.fields(changes)
             if getattr(changes, f.name) is not UNCHANGED}
    if given.get("id_number"):
        # A new ID number brings its own birth date and gender unless they are given too.
        given.setdefault("birth_date", None)
        given.setdefault("gender", None)
    for name in LIST_FIELDS:
        if name in given:
            given[name] = tuple(given[name] or ())
    return dataclasses.replace(base, **given)


def _sensitive(row: Candidate) -> tuple[str | None, str | None]:
    """Masked numbers for every role: a shared office screen must not show them in passing.
    Those allowed see them through ``candidate_privacy.reveal``, which is audited. The
    masked forms are stored: most roles hold no key to the numbers themselves."""
    return row.mobile_masked, row.id_number_masked


def info(actor: Actor, c: Candidate) -> CandidateInfo:
    """A person as a row of a list (numbers masked)."""
    mobile, id_number = _sensitive(c)
    return CandidateInfo(
        id=c.id, name=c.name, mobile=mobile, id_number=id_number, email=c.email,
        gender=c.gender, birth_date=c.birth_date, education=c.education, city=c.city,
        school=c.school, years_experience=c.years_experience, skills=tuple(c.skills or ()),
        tags=tuple(c.tags or ()), created_at=as_utc(c.created_at), version=c.version)


def _applications(uow: UnitOfWork, candidate_id: uuid.UUID) -> tuple[ApplicationSummary, ...]:
    clause = scope.applications_clause(scope.resolve(uow.session, uow.actor))
    rows = uow.session.execute(
        select(Application.id, Job.id, Job.code, Job.title, Stage.name, Application.status,
               Application.applied_at)
        .join(Job, Job.id == Application.job_id).join(Stage, Stage.id == Application.stage_id)
        .where(Application.candidate_id == candidate_id, clause)
        .order_by(Application.applied_at, Job.code))
    return tuple(ApplicationSummary(r[0], r[1], r[2], r[3], r[4], r[5], as_utc(r[6]))
                 for r in rows)
