"""Erasing a person (PIPL art. 47): what they gave and what was written about them goes,
the counts stay.

In one unit of work, every table of ``security.erasure_map`` is brought in line: files and
messages deleted, the profile emptied, texts cleared or scrubbed of the name, and
the salt of the person's audit key destroyed, so the values the audit log holds
about them can no longer be opened while its chain still verifies. Applications
stay, pointing at an emptied row, so the funnel still counts them. The person's
earlier records merged into this one are erased with it. One audit entry says
who erased whom, when and why (with the counts, never the values).

On SQLite, deleted content is zeroed in the file (``secure_delete``, set on every
connection) and the write-ahead log is emptied after the commit. On PostgreSQL
old row versions stay in the table files until VACUUM reuses their space, and in
WAL archives and base backups: see the README for what a DBA must do. Backups
made before the erasure still hold the person until they are deleted.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from hrdesk import errors
from hrdesk.db import stored, wal
from hrdesk.models.applications import CLOSED_STATUSES, Application
from hrdesk.models.base import Base
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.security.actor import Actor
from hrdesk.security.erasure_map import COVERAGE, DELETE, ERASED_NAME, NOTICES, Cover
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import timeline
from hrdesk.workspace.unlocked import Workspace

ACTION = "candidates.erase"


@dataclasses.dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person would do, for the confirmation that names what goes."""

    candidate_id: uuid.UUID
    name: str
    #: Rows per table that go or are emptied (tables with none left out).
    rows: dict[str, int]
    #: Applications that stay as "erased person" in the figures.
    applications_kept: int


def plan(ws: Workspace, actor: Actor, candidate_id: uuid.UUID) -> ErasurePlan:
    require(actor, Permission.ERASE_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        person = _erasable(uow.session, candidate_id)
        return _plan_of(person, _rows(uow.session, _people(uow.session, person)))


def erase(ws: Workspace, actor: Actor, candidate_id: uuid.UUID, reason: str) -> ErasurePlan:
    """Erase the person (see the module); returns what was done."""
    require(actor, Permission.ERASE_CANDIDATES)
    reason = (reason or "").strip()
    if not reason:
        raise errors.ErasureReasonMissing()
    with ws.db.unit_of_work(actor, ACTION) as uow:
        person = _erasable(uow.session, candidate_id, lock=True)
        people = _people(uow.session, person)
        names = sorted({p.name for p in people if p.name}, key=len, reverse=True)
        found = _rows(uow.session, people)
        done = _plan_of(person, found)
        for cover in COVERAGE:
            _apply(uow, cover, found.get(cover.table, set()), names)
        _apply(uow, NOTICES, found.get(NOTICES.table, set()), names)
        for row in people:
            row.erased_at = uow.now
        timeline.record(uow, "erased", candidate_id=person.id)
        uow.note("erase", Candidate.__tablename__, str(person.id), {
            "reason": _scrub(reason, names), "rows": done.rows,
            "applications_kept": done.applications_kept})
        uow.commit()
    _fold_file(ws)
    return done


def _erasable(session: Session, candidate_id: uuid.UUID, lock: bool = False) -> Candidate:
    query = select(Candidate).where(Candidate.id == candidate_id)
    person = session.scalar(query.with_for_update() if lock else query)
    if person is None:
        raise errors.NotFound(entity="candidate", key=str(candidate_id))
    if person.erased_at is not None:
        raise errors.AlreadyErased(at=person.erased_at.date().isoformat())
    if person.merged_into_id is not None:  # its data lives on in the row it went into
        raise errors.InvalidState(entity="candidate", status="merged",
                                  reason="erase the record it was merged into")
    open_jobs = session.scalars(
        select(Job.code).join(Application, Application.job_id == Job.id)
        .where(Application.candidate_id == candidate_id,
               Application.status.not_in(CLOSED_STATUSES))).all()
    if open_jobs:
        raise errors.ErasureBlocked(jobs="、".join(sorted(open_jobs)))
    return person


def _people(session: Session, person: Candidate) -> list[Candidate]:
    """The person and their earlier records merged into this one."""
    merged = session.scalars(select(Candidate).where(Candidate.merged_into_id == person.id))
    return [person, *merged]


def _rows(session: Session, people: Iterable[Candidate]) -> dict[str, set[Any]]:
    """The keys of every row of the person, by table, following the map's links out
    from the candidates (an application's tasks, a task's escalations …)."""
    found: dict[str, set[Any]] = {"candidates": {p.id for p in people}}
    tables = stored.tables(Base.metadata)
    grew = True
    while grew:  # until no table gains a row: the links form a short tree
        grew = False
        for cover in COVERAGE:
            keys = _linked(session, tables[cover.table], cover, found)
            if keys - found.get(cover.table, set()):
                found.setdefault(cover.table, set()).update(keys)
                grew = True
    found[NOTICES.table] = _notices(session, found)
    return found


def _linked(session: Session, table: Table, cover: Cover, found: dict[str, set[Any]]
            ) -> set[Any]:
    key = _key(table)
    keys: set[Any] = set()
    for column, target in cover.links.items():
        targets = list(found.get(target, ()))
        for start in range(0, len(targets), 500):
            keys.update(session.scalars(select(key).where(
                table.c[column].in_(targets[start:start + 500]))))
    return keys


def _notices(session: Session, found: dict[str, set[Any]]) -> set[Any]:
    table = stored.tables(Base.metadata)[NOTICES.table]
    links = {"candidate": "candidates", "application": "applications", "task": "tasks"}
    keys: set[Any] = set()
    for link_type, target in links.items():
        ids = list(found.get(target, ()))
        for start in range(0, len(ids), 500):
            keys.update(session.scalars(select(table.c.id).where(
                table.c.link_type == link_type, table.c.link_id.in_(ids[start:start + 500]))))
    return keys


def _key(table: Table) -> Any:
    """The column a row is found by (the first of a composite key, which is the link)."""
    return next(iter(table.primary_key.columns))


def _plan_of(person: Candidate, found: dict[str, set[Any]]) -> ErasurePlan:
    kept = len(found.get("applications", ()))
    rows = {table: len(keys) for table, keys in found.items()
            if keys and table not in ("applications", "application_interviewers",
                                      "escalations")}
    return ErasurePlan(person.id, person.name, rows, kept)


def _apply(uow: UnitOfWork, cover: Cover, keys: set[Any], names: list[str]) -> None:
    """The map's change to these rows: through the ORM where the table is audited (each
    row's entry and fingerprint follow), in one statement where it is not."""
    if not keys or (cover.action != DELETE and not cover.cleared and not cover.scrubbed):
        return
    mapper = _mapper(cover.table)
    if mapper is None or not getattr(mapper.class_, "__audited__", False):
        _apply_plain(uow, cover, keys, names)
        return
    for row in uow.session.scalars(select(mapper.class_).where(
            _key(mapper.local_table).in_(list(keys)))):
        if cover.action == DELETE:
            uow.session.delete(row)
            continue
        for column, value in cover.cleared.items():
            setattr(row, column, value)
        for column in cover.scrubbed:
            setattr(row, column, _scrub(getattr(row, column), names))
    uow.flush()


def _apply_plain(uow: UnitOfWork, cover: Cover, keys: set[Any], names: list[str]) -> None:
    table = stored.tables(Base.metadata)[cover.table]
    key = _key(table)
    conn = uow.session.connection()
    if cover.action == DELETE:
        conn.execute(table.delete().where(key.in_(list(keys))))
        return
    if cover.cleared:
        conn.execute(update(table).where(key.in_(list(keys))).values(dict(cover.cleared)))
    if cover.scrubbed:
        columns = [table.c[c] for c in cover.scrubbed]
        for row in conn.execute(select(key, *columns).where(key.in_(list(keys)))).all():
            conn.execute(update(table).where(key == row[0]).values(
                {c.name: _scrub(v, names) for c, v in zip(columns, row[1:], strict=True)}))


def _mapper(table_name: str) -> Any:
    from hrdesk.models.base import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper
    return None


def _scrub(value: Any, names: list[str]) -> Any:
    """A text with the person's names replaced; a JSON column (a notice's parameters)
    scrubbed in every text it holds."""
    if isinstance(value, dict):
        return {key: _scrub(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, names) for item in value]
    if not value or not isinstance(value, str):
        return value
    for name in names:
        value = value.replace(name, ERASED_NAME)
    return value


def _fold_file(ws: Workspace) -> None:
    """SQLite: the write-ahead log emptied, so no earlier page of the person stays in
    it (a reader holding an old snapshot can delay that until the next checkpoint)."""
    if ws.db.engine.dialect.name == "sqlite":
        wal.empty_now(ws.db.engine)
