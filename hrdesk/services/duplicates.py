"""The identity rules against the people on file, and the queue of possible duplicates.

``judged`` asks the database in bulk (one indexed ``IN`` query per key kind and
chunk) which live candidates share a key with each of many incoming records, and
lets ``identity_rules`` say whether each is that person, may be, or is not.
Pairs that may be one person wait in ``duplicate_pairs`` until HR merges them or
says they are two people; either answer is kept, so a pair is offered once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk import errors, identity_rules
from hrdesk.candidate_rules import LookupKeys
from hrdesk.clock import as_utc
from hrdesk.identity_rules import Identity, Judgement, Key, Placeholders
from hrdesk.models.applications import Application
from hrdesk.models.candidates import Candidate, DuplicatePair
from hrdesk.models.settings import Setting
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import PairStatus, Permission
from hrdesk.workspace.unlocked import Workspace

SETTING = "identity"  # {"placeholders": [...]}: values HR says identify nobody
# Under SQLite's oldest limit on bound parameters (999).
CHUNK = 900
_COLUMNS = {Key.ID_NUMBER: Candidate.id_number_digest, Key.MOBILE: Candidate.mobile_digest,
            Key.EMAIL: Candidate.email_normalised}


# --- placeholders --------------------------------------------------------------------------


def placeholder_values(session: Session) -> list[str]:
    row = session.get(Setting, SETTING)
    if row is None or "placeholders" not in (row.value or {}):
        return list(identity_rules.DEFAULT_PLACEHOLDERS)
    return [str(v) for v in row.value["placeholders"]]


def placeholders_in(session: Session) -> Placeholders:
    return Placeholders.of(placeholder_values(session))


def get_placeholders(ws: Workspace, actor: Actor) -> list[str]:
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return placeholder_values(uow.session)


def set_placeholders(ws: Workspace, actor: Actor, values: Iterable[str]) -> list[str]:
    """HR's list of values that identify nobody (one per entry; blanks dropped)."""
    require(actor, Permission.EDIT_CANDIDATES)
    kept = list(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    for value in kept:
        if len(value) > 200:
            raise errors.InvalidField(field="placeholders", reason="at most 200 characters each")
    with ws.db.unit_of_work(actor, "duplicates.placeholders") as uow:
        row = uow.session.get(Setting, SETTING, with_for_update=True)
        if row is None:
            uow.session.add(Setting(key=SETTING, value={"placeholders": kept}))
        else:
            row.value = {**(row.value or {}), "placeholders": kept}
        uow.flush()
        uow.commit()
    return kept


# --- judging incoming records against the people on file ----------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Found:
    """The stored person an incoming record was judged against."""

    candidate_id: uuid.UUID
    name: str
    judgement: Judgement


def judged(session: Session, keys: Sequence[LookupKeys],
           exclude: uuid.UUID | None = None) -> list[Found | None]:
    """For each record's keys, the live candidate it is (or may be), or None.
    ``exclude``: the stored record being edited, which is not compared with itself
    nor with the people HR already called someone else."""
    identities = [k.identity() for k in keys]
    stored = _stored_sharing(session, identities, exclude)
    for other in _told_apart(session, exclude):
        stored.pop(other, None)
    by_value = _by_value(stored)
    result: list[Found | None] = []
    for mine in identities:
        best = identity_rules.best(mine, ((cid, stored[cid][1])
                                          for cid in _sharing(mine, stored, by_value)))
        result.append(None if best is None else Found(
            best[0], stored[best[0]][0], best[1]))
    return result


def _by_value(stored: Mapping[uuid.UUID, tuple[str, Identity, Any]]
              ) -> dict[tuple[Key, str], list[uuid.UUID]]:
    """The stored people by each key value they hold: a row looks up its own values
    instead of comparing itself with everyone found for the whole file."""
    index: dict[tuple[Key, str], list[uuid.UUID]] = {}
    for cid, (_name, theirs, _at) in stored.items():
        for key in Key:
            if (value := theirs.value(key)) is not None:
                index.setdefault((key, value), []).append(cid)
    return index


def _sharing(mine: Identity, stored: Mapping[uuid.UUID, tuple[str, Identity, Any]],
             by_value: Mapping[tuple[Key, str], list[uuid.UUID]]) -> list[uuid.UUID]:
    # Oldest first: where two stored people qualify equally, the earlier one is "the" one.
    near = {cid for key in Key if (value := mine.value(key)) is not None
            for cid in by_value.get((key, value), ())}
    return sorted(near, key=lambda cid: (stored[cid][2], str(cid)))


def _stored_sharing(session: Session, identities: Sequence[Identity],
                    exclude: uuid.UUID | None) -> dict[uuid.UUID, tuple[str, Identity, Any]]:
    found: dict[uuid.UUID, tuple[str, Identity, Any]] = {}
    for key, column in _COLUMNS.items():
        values = sorted({v for i in identities if (v := i.value(key))})
        for start in range(0, len(values), CHUNK):
            query = select(Candidate.id, Candidate.name, Candidate.name_key,
                           Candidate.id_number_digest, Candidate.mobile_digest,
                           Candidate.mobile_placeholder, Candidate.email_normalised,
                           Candidate.created_at).where(
                column.in_(values[start:start + CHUNK]), Candidate.merged_into_id.is_(None))
            if exclude is not None:
                query = query.where(Candidate.id != exclude)
            for row in session.execute(query):
                found[row.id] = (row.name, Identity(
                    row.name_key, row.id_number_digest,
                    None if row.mobile_placeholder else row.mobile_digest,
                    row.email_normalised), row.created_at)
    return found


def _told_apart(session: Session, candidate_id: uuid.UUID | None) -> set[uuid.UUID]:
    """The people HR said ``candidate_id`` is not."""
    if candidate_id is None:
        return set()
    apart: set[uuid.UUID] = set()
    for first, second in session.execute(select(DuplicatePair.first_id,
                                                DuplicatePair.second_id).where(
            DuplicatePair.status == PairStatus.DIFFERENT,
            or_(DuplicatePair.first_id == candidate_id,
                DuplicatePair.second_id == candidate_id))):
        apart.update((first, second))
    apart.discard(candidate_id)
    return apart


# --- the queue -------------------------------------------------------------------------------


def pair_row(a: uuid.UUID, b: uuid.UUID, key: Key, found_by: str, now: dt.datetime,
             status: str = PairStatus.OPEN) -> dict[str, Any]:
    """A new pair as plain values (for ``uow.insert_rows``): stored lowest id first."""
    first, second = sorted((a, b))
    return {"id": uuid.uuid4(), "first_id": first, "second_id": second, "key": key.value,
            "found_by": found_by, "status": status, "created_at": now, "version": 1}


def record_pairs(uow: UnitOfWork, pairs: Iterable[tuple[uuid.UUID, uuid.UUID, Key]],
                 found_by: str, status: str = PairStatus.OPEN) -> int:
    """Queues the pairs not queued or decided already; returns how many were new."""
    wanted: dict[tuple[uuid.UUID, uuid.UUID], Key] = {}
    for a, b, key in pairs:
        if a != b:
            wanted.setdefault((a, b) if a < b else (b, a), key)
    if not wanted:
        return 0
    known = _known_pairs(uow.session, wanted)
    rows = [pair_row(a, b, key, found_by, uow.now, status)
            for (a, b), key in wanted.items() if (a, b) not in known]
    uow.insert_rows(DuplicatePair, rows)
    return len(rows)


def _known_pairs(session: Session, wanted: Mapping[tuple[uuid.UUID, uuid.UUID], Key]
                 ) -> set[tuple[uuid.UUID, uuid.UUID]]:
    firsts = sorted({a for a, _b in wanted})
    known: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for start in range(0, len(firsts), CHUNK):
        known.update((a, b) for a, b in session.execute(select(
            DuplicatePair.first_id, DuplicatePair.second_id).where(
            DuplicatePair.first_id.in_(firsts[start:start + CHUNK]))))
    return known


@dataclasses.dataclass(frozen=True)
class PairSide:
    """One of the two people, as the queue shows them side by side."""

    candidate_id: uuid.UUID
    name: str
    mobile: str | None  # masked
    email: str | None
    id_number: str | None  # masked
    gender: str | None
    birth_date: dt.date | None
    education: str | None
    school: str | None
    city: str | None
    created_at: dt.datetime
    applications: int


@dataclasses.dataclass(frozen=True)
class PairView:
    id: uuid.UUID
    key: str  # identity_rules.Key value: the field to highlight
    found_by: str
    created_at: dt.datetime
    version: int
    first: PairSide
    second: PairSide

    @property
    def shared_field(self) -> str:
        """The attribute of ``PairSide`` the two share."""
        return {Key.ID_NUMBER.value: "id_number", Key.MOBILE.value: "mobile",
                Key.EMAIL.value: "email"}[self.key]


#: Fields HR chooses between when merging a pair (the rest follow the kept person).
CHOOSABLE = ("name", "mobile", "id_number", "email", "gender", "birth_date", "education",
             "school", "major", "years_experience", "city", "expected_salary", "notes")


def open_pairs(ws: Workspace, actor: Actor) -> list[PairView]:
    """Pairs waiting for HR, oldest first; a pair whose person was merged meanwhile is
    no longer shown."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        pairs = list(uow.session.scalars(select(DuplicatePair).where(
            DuplicatePair.status == PairStatus.OPEN).order_by(DuplicatePair.created_at,
                                                     DuplicatePair.id)))
        people = _sides(uow.session, {p.first_id for p in pairs} | {p.second_id for p in pairs})
        return [PairView(p.id, p.key, p.found_by, as_utc(p.created_at), p.version,
                         people[p.first_id], people[p.second_id]) for p in pairs
                if p.first_id in people and p.second_id in people]


def _sides(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, PairSide]:
    wanted = sorted(ids)
    sides: dict[uuid.UUID, PairSide] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        counts = dict(session.execute(select(Application.candidate_id, func.count()).where(
            Application.candidate_id.in_(chunk)).group_by(Application.candidate_id)).all())
        for c in session.scalars(select(Candidate).where(
                Candidate.id.in_(chunk), Candidate.merged_into_id.is_(None))):
            sides[c.id] = PairSide(c.id, c.name, c.mobile_masked, c.email, c.id_number_masked,
                                   c.gender, c.birth_date, c.education, c.school, c.city,
                                   as_utc(c.created_at), int(counts.get(c.id, 0)))
    return sides


def mark_different(ws: Workspace, actor: Actor, pair_id: uuid.UUID,
                   expected_version: int) -> None:
    """HR says the two are different people: the pair is never offered again."""
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, "duplicates.different") as uow:
        pair = open_pair(uow, pair_id, expected_version)
        pair.status, pair.decided_at, pair.decided_by_id = \
            PairStatus.DIFFERENT, uow.now, actor.user_id
        uow.flush()
        uow.commit()


def open_pair(uow: UnitOfWork, pair_id: uuid.UUID, expected_version: int) -> DuplicatePair:
    pair = uow.session.get(DuplicatePair, pair_id, with_for_update=True)
    if pair is None:
        raise errors.NotFound(entity="duplicate pair", key=str(pair_id))
    if pair.status != PairStatus.OPEN:
        raise errors.PairDecided(status=pair.status)
    if pair.version != expected_version:
        raise errors.ConcurrentChange(entity="duplicate pair")
    return pair


def close_pairs_of(uow: UnitOfWork, gone: uuid.UUID, keep: uuid.UUID) -> None:
    """After ``gone`` was merged into ``keep``: their pair is decided as merged; other
    open pairs of ``gone`` stay open but leave the queue (``open_pairs`` shows only
    live people)."""
    for pair in uow.session.scalars(select(DuplicatePair).where(
            DuplicatePair.status == PairStatus.OPEN,
            or_(DuplicatePair.first_id == gone, DuplicatePair.second_id == gone))):
        if {pair.first_id, pair.second_id} == {gone, keep}:
            pair.status, pair.decided_at, pair.decided_by_id = PairStatus.MERGED, uow.now, \
                uow.actor.user_id
