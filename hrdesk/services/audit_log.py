"""Reading and verifying the audit log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from hrdesk.clock import as_utc
from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.attachments import Attachment
from hrdesk.models.audit import AuditEntry
from hrdesk.security import audit_anchor, audit_findings, audit_sealing, audit_verify, scope
from hrdesk.security.actor import Actor
from hrdesk.security.audit_findings import Finding as Finding  # (what the GUI lists)
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

Verification = audit_verify.Verification


@dataclasses.dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: dt.datetime
    actor_name: str
    action: str
    operation: str
    entity_type: str
    entity_id: str
    changes: dict[str, Any]
    #: How the values reached this reader: in clear (not a person's), opened with the
    #: person's key, or not (``no_key`` for a role without the history key,
    #: ``erased``, ``damaged``: the person's key no longer opens them). Fields
    #: not opened show ``audit_sealing.SEALED_MARK`` as their values.
    values: str = audit_sealing.CLEAR


@dataclasses.dataclass(frozen=True)
class AuditCheck:
    """The chain, the rows it vouches for, and its head against the anchor and against
    a head written down earlier."""

    chain: Verification
    head: audit_anchor.Head
    problems: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.problems

    @property
    def entries(self) -> int:
        return self.chain.entries

    @property
    def broken_seq(self) -> int | None:
        return self.chain.broken_seq

    @property
    def notes(self) -> tuple[Finding, ...]:
        """What the log says of itself (the re-anchor of upgrade 0010): not a problem,
        said every time so that nobody mistakes a rewrite for it unawares."""
        return self.chain.notes

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Everything found, the chain's break first."""
        return ((self.chain.reason,) if self.chain.reason else ()) + self.problems


def verify(ws: Workspace, actor: Actor, written_down: audit_anchor.Head | None = None,
           rows: bool = True) -> AuditCheck:
    """One consistent read (a snapshot on PostgreSQL): concurrent writers are not
    mistaken for removed entries. The anchor moves forward only after a clean check."""
    require(actor, Permission.VERIFY_AUDIT)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        chain = audit_verify.verify(uow.session, rows=rows)
        problems = list(chain.rows)
        anchored = audit_anchor.check(ws.store, ws.keys, uow.session)
        if anchored:
            problems.append(anchored)
        if written_down is not None:
            mismatch = audit_anchor.holds(uow.session, written_down)
            if mismatch:
                problems.append(mismatch)
        head = audit_anchor.current(uow.session)
    result = AuditCheck(chain, head, tuple(problems))
    if result.ok:
        with ws.db.unit_of_work(actor, read_only=True) as uow:
            audit_anchor.advance(ws.store, ws.keys, uow.session)
    return result


def finding_templates() -> tuple[str, ...]:
    """Every sentence a finding of ``verify`` is said in, for the GUI's translation
    catalogue."""
    return tuple(audit_findings.TEMPLATES.values())


def head(ws: Workspace, actor: Actor) -> audit_anchor.Head:
    """The chain's head now, to write down (``verify-audit --export-head``)."""
    require(actor, Permission.VERIFY_AUDIT)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return audit_anchor.current(uow.session)


def recent(ws: Workspace, actor: Actor, limit: int = 100,
           entity_id: str | None = None) -> list[AuditRecord]:
    require(actor, Permission.READ_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return _records(uow.session, ws, query)


def person_history(ws: Workspace, actor: Actor, candidate_id: uuid.UUID,
                   limit: int = 200) -> list[AuditRecord]:
    """What was done to a person's record, their applications and files, newest first,
    with old and new values while the person's key exists (for those who may see
    the person: the history key follows that right)."""
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        scope.visible_candidate(uow.session, actor, candidate_id)
        records = [str(candidate_id)]
        for model in (Application, Attachment):
            records += [str(k) for k in uow.session.scalars(
                select(model.id).where(model.candidate_id == candidate_id))]
        batches = _import_batches(uow.session, candidate_id)
        query = (select(AuditEntry).where(or_(AuditEntry.entity_id.in_(records),
                                              AuditEntry.id.in_(batches)))
                 .order_by(AuditEntry.seq.desc()).limit(limit))
        return _records(uow.session, ws, query, str(candidate_id))


def _import_batches(session: Session, candidate_id: uuid.UUID) -> list[uuid.UUID]:
    """The audit entries of the import batches that created the person: each one's
    "imported" event names its entry (``services.import_commit``)."""
    found = []
    for data in session.scalars(select(TimelineEvent.data).where(
            TimelineEvent.candidate_id == candidate_id, TimelineEvent.kind == "imported")):
        entry = json.loads(data or "{}").get("audit")
        if entry:
            found.append(uuid.UUID(entry))
    return found


def _records(session: Session, ws: Workspace, query: Select[Any],
             person: str | None = None) -> list[AuditRecord]:
    """The entries, values opened where the reader may; of a batch entry (many people's
    rows in one), ``person``'s own values only."""
    opener = audit_sealing.Opener(session, ws.keys)
    found = []
    for e in session.scalars(query):
        changes = json.loads(e.changes)
        if person is not None and isinstance(changes.get("values"), dict):
            changes = changes["values"].get(person, {})
        found.append(AuditRecord(e.seq, as_utc(e.at), e.actor_name, e.action, e.operation,
                                 e.entity_type, e.entity_id, *opener.open(changes)))
    return found
