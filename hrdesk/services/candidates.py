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
import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exc as sa_exc,
    false,
    func,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from hrdesk import errors, identity, name_order
from hrdesk.candidate_rules import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LookupKeys as LookupKeys,  # (merging finds and cleans people as adding does)
    NewCandidate,
    clean as clean,
    json_escaped,
    keys_of as keys_of,
    like_pattern,
    masked_numbers,
    normalise_email,
    normalise_words,
    parse_search,
    text_of,
)
from hrdesk.clock import as_utc
from hrdesk.db.crypto import FieldCipher
from hrdesk.db.types import cipher_of
from hrdesk.dto.candidates import (
    NO_APPLICATION,
    ORDER_NAMES,
    STATUSES,
    UNCHANGED,
    ApplicationSummary,
    CandidateChanges,
    CandidateFilters,
    CandidateInfo,
    CandidatePage,
    CandidateProfile,
    DuplicateMatch,
)
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.identity_rules import Identity, Key, name_key
from hrdesk.models.applications import Application
from hrdesk.models.attachments import Attachment
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

ORDERS = ORDER_NAMES  # the list's sortable columns
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


def search_candidates(ws: Workspace, actor: Actor, text: str = "", limit: int = 50,
                      offset: int = 0, order: str = "name",
                      filters: CandidateFilters | None = None,
                      descending: bool | None = None,
                      count_up_to: int | None = None) -> CandidatePage:
    """One page of the live candidates the actor may see, filtered and sorted in SQL.

    ``descending`` None: the column's natural direction (newest first for created_at).
    ``count_up_to``: stop counting past that many (``total_capped`` then says "more"):
    a full count of a text search scans the whole table; 0 skips the count.
    """
    require(actor, Permission.VIEW_CANDIDATES)
    if order not in ORDERS:
        raise errors.InvalidField(field="order", reason="one of {choices}",
                                  choices=" or ".join(ORDERS))
    if not 1 <= limit <= 500 or offset < 0 or (count_up_to or 0) < 0:
        raise errors.InvalidField(field="page", reason="limit 1 to 500, offset from 0")
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        sqlite = uow.session.get_bind().dialect.name == "sqlite"
        query = select(Candidate).where(
            Candidate.merged_into_id.is_(None), Candidate.erased_at.is_(None),  # nobody now
            scope.candidates_clause(scope.resolve(uow.session, actor)),
            _text_clause(ws.cipher, text, sqlite),
            _filters_clause(uow.session, actor, filters or CandidateFilters()))
        if descending is None:
            descending = order == "created_at"
        query = query.order_by(*_ordering(order, descending))
        if parse_search(text)[2]:
            # Words scan the whole table anyway: count in that same scan (a window), which
            # also keeps SQLite from walking the name index row by row to rare matches.
            found_rows = uow.session.execute(query.add_columns(func.count().over())
                                             .limit(limit).offset(offset)).all()
            rows = [r[0] for r in found_rows]
            found = found_rows[0][1] if found_rows else 0
            cap = count_up_to if count_up_to else found
            total, capped = min(found, cap), found > cap
            if count_up_to == 0:
                total, capped = 0, False
        else:
            rows = list(uow.session.scalars(query.limit(limit).offset(offset)))
            total, capped = 0, False
            if count_up_to is None:
                total = uow.session.scalar(
                    select(func.count()).select_from(query.order_by(None).subquery())) or 0
            elif count_up_to:
                found = uow.session.scalar(select(func.count()).select_from(
                    query.order_by(None).with_only_columns(Candidate.id)
                    .limit(count_up_to + 1).subquery())) or 0
                total, capped = min(found, count_up_to), found > count_up_to
        return CandidatePage(tuple(_info(actor, r) for r in rows), total, limit, offset,
                             total_capped=capped)


def count(ws: Workspace, actor: Actor) -> int:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Candidate).where(
            Candidate.merged_into_id.is_(None), Candidate.erased_at.is_(None),
            scope.candidates_clause(scope.resolve(uow.session, actor)))) or 0


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
        return [_info(actor, c) for c in rows]


# --- the list's filters and orders, as SQL ----------------------------------------------
# A list over 100,000 people filters and sorts in the database (one query per page):
# doing it in Python took seconds. Filters on applications look only at the
# applications the actor may see, so a filter never reveals what scope hides.


def _filters_clause(session: Session, actor: Actor, filters: CandidateFilters) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if filters.education:
        parts.append(Candidate.education == filters.education)
    if filters.city:
        parts.append(Candidate.city == filters.city)
    if text_of(filters.tag):
        parts.append(_has_tag(text_of(filters.tag) or ""))
    if filters.created_from is not None:
        parts.append(Candidate.created_at >= _utc(filters.created_from))
    if filters.created_before is not None:
        parts.append(Candidate.created_at < _utc(filters.created_before))
    if filters.channel_id is not None or filters.job_id is not None:
        wanted = [Application.channel_id == filters.channel_id] if filters.channel_id else []
        if filters.job_id is not None:
            wanted.append(Application.job_id == filters.job_id)
        parts.append(Candidate.id.in_(_visible_applications(
            session, actor, Application.candidate_id).where(*wanted)))
    if filters.status is not None:
        parts.append(_status_clause(session, actor, filters.status))
    return and_(true(), *parts)


def _ordering(order: str, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY for a column of the list; empty values last in both directions (the
    backends disagree on where NULL goes), then the id so pages never overlap."""
    column = {
        "name": Candidate.name_sort,  # pinyin order (hrdesk.name_order), from its index
        "education": case({level: rank for rank, level in enumerate(EDUCATION_LEVELS)},
                          value=Candidate.education, else_=None),
        "years_experience": Candidate.years_experience,
        "city": Candidate.city,
        "school": Candidate.school,
        "created_at": Candidate.created_at,
    }[order]
    keys: list[ColumnElement[Any]] = []
    if order not in ("name", "created_at"):  # never empty: the key's index serves its order
        keys.append(column.is_(None))
    keys.append(column.desc() if descending else column.asc())
    keys.append(Candidate.id.desc() if descending else Candidate.id.asc())
    return keys


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite compares the stored UTC text: the bound value must be UTC too.
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _has_tag(tag: str) -> ColumnElement[bool]:
    """A whole tag, ignoring case: its quoted JSON spelling inside the stored list (as
    typed; rows written before December 2026 hold non-ASCII as backslash-u escapes)."""
    quoted = '"' + tag.casefold() + '"'
    stored = func.lower(cast(Candidate.tags, String))
    return (stored.like(like_pattern(quoted), escape="!")
            | stored.like(like_pattern('"' + json_escaped(tag) + '"'), escape="!"))


def _visible_applications(session: Session, actor: Actor,
                          *columns: Any) -> Select[Any]:
    """The actor's applications. Filters take the set of their candidates once
    (``Candidate.id IN``): a lookup per candidate row was ten times slower at 100,000."""
    return (select(*columns).join(Job, Job.id == Application.job_id)
            .where(scope.applications_clause(scope.resolve(session, actor))))


def _status_clause(session: Session, actor: Actor, status: str) -> ColumnElement[bool]:
    if status not in STATUSES:
        raise errors.InvalidField(field="status", reason="one of {choices}",
                                  choices=" or ".join(STATUSES))
    if status == NO_APPLICATION:
        return Candidate.id.not_in(_visible_applications(session, actor,
                                                         Application.candidate_id))
    ranked = _visible_applications(
        session, actor, Application.candidate_id, Application.status,
        func.row_number().over(partition_by=Application.candidate_id,
                               order_by=(Application.applied_at.desc(),
                                         Application.id.desc())).label("newest")).subquery()
    return Candidate.id.in_(select(ranked.c.candidate_id).where(ranked.c.newest == 1,
                                                                ranked.c.status == status))


# --- shared with candidate_merge -------------------------------------------------------


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


def _text_clause(cipher: FieldCipher, text: str, sqlite: bool = False) -> ColumnElement[bool]:
    """Every word in a name, email, school, major, skill, tag, certificate or the text of
    an attached resume; a whole mobile or ID number through its digest.
    This scans the table: on SQLite each LIKE
    costs ~10 ms per 100,000 rows, a lower() around it three times that, so SQLite gets
    its own LIKE (already case-blind for ASCII, which is all its lower() folds)."""
    mobile, id_number, terms = parse_search(text)
    if (mobile or id_number) and not cipher.can_digest:
        return false()  # a role without the lookup key cannot look people up by number
    if mobile:
        return Candidate.mobile_digest == cipher.digest(mobile)
    if id_number:
        return Candidate.id_number_digest == cipher.digest(id_number)
    columns = [Candidate.name, Candidate.email_normalised, Candidate.school, Candidate.major]
    lists = [cast(c, String) for c in (Candidate.skills, Candidate.tags, Candidate.certificates)]

    def like(column: Any, term: str) -> ColumnElement[bool]:
        return (column if sqlite else func.lower(column)).like(like_pattern(term), escape="!")

    def spellings(term: str) -> list[str]:
        # JSON columns hold text as it is (db.engine._json_text); rows written before
        # December 2026 hold non-ASCII text as backslash-u escapes.
        escaped = json_escaped(term)
        return [term] if escaped == term else [term, escaped]

    def in_attachment(term: str) -> ColumnElement[bool]:
        # One uncorrelated subquery per word: the attachment texts are scanned once per
        # search (SQLite keeps the ids in a list with a Bloom filter), not once per person.
        pattern = like_pattern(term)
        found = Attachment.text.like(pattern, escape="!") if sqlite else \
            Attachment.text.ilike(pattern, escape="!")  # SQLite's LIKE is case-blind
        return Candidate.id.in_(select(Attachment.candidate_id).where(found))

    return and_(true(), *(or_(*(like(c, term) for c in columns),
                              *(like(c, spelling) for c in lists for spelling in spellings(term)),
                              in_attachment(term))
                          for term in terms))


def _sensitive(row: Candidate) -> tuple[str | None, str | None]:
    """Masked numbers for every role: a shared office screen must not show them in passing.
    Those allowed see them through ``candidate_privacy.reveal``, which is audited. The
    masked forms are stored: most roles hold no key to the numbers themselves."""
    return row.mobile_masked, row.id_number_masked


def _info(actor: Actor, c: Candidate) -> CandidateInfo:
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
