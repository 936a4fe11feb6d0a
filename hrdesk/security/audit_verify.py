"""Verifying the audit chain: every entry in order, linked and unaltered, up to the head
row, and then every live row against the entry that last wrote it (``row_audit``)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.security import audit, row_audit
from hrdesk.security.audit_findings import Finding


@dataclasses.dataclass(frozen=True)
class Verification:
    entries: int
    broken_seq: int | None = None
    reason: Finding | None = None
    #: Rows changed, added or deleted outside the application (the first hundred).
    rows: tuple[Any, ...] = ()
    rows_checked: bool = False
    #: What the chain says of itself that a reader should know (a re-anchor), not wrong.
    notes: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken_seq is None and not self.rows


def verify(session: Session, batch: int = 5_000, rows: bool = True) -> Verification:
    """Walk the chain in order; report the first entry that does not hold, then every
    live row that does not match the entry that last wrote it (``row_audit``)."""
    expected_seq, prev, count = 1, audit.GENESIS, 0
    notes: list[Finding] = []
    expected = row_audit.Expected()
    entries = session.execute(select(AuditEntry).order_by(AuditEntry.seq)
                              .execution_options(yield_per=batch)).scalars()
    for entry in entries:
        if entry.seq != expected_seq:
            return Verification(count, expected_seq, Finding(
                "entry_missing", seq=expected_seq, next=entry.seq))
        if entry.prev_hash != prev:
            return Verification(count, entry.seq, Finding(
                "entry_unlinked", seq=entry.seq, previous=entry.seq - 1))
        if audit.chain_hash(prev, audit.entry_body(entry)) != entry.hash:
            return Verification(count, entry.seq, Finding("entry_altered", seq=entry.seq))
        if rows:
            expected.add(entry)
        if entry.action == audit.RESEALED:
            notes.append(resealed_note(entry))
        prev, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    head = session.get(AuditHead, 1)
    if head is None or head.last_seq != count or head.last_hash != prev:
        last = head.last_seq if head else "?"
        return Verification(count, count + 1, Finding("tail_removed", seq=count, last=last),
                            notes=tuple(notes))
    if not rows:
        return Verification(count, notes=tuple(notes))
    return Verification(count, rows=tuple(expected.check(session.connection())),
                        rows_checked=True, notes=tuple(notes))


def resealed_note(entry: Any) -> Finding:
    said = json.loads(entry.changes)
    return Finding("chain_resealed", seq=entry.seq, at=audit.timestamp(entry.at),
                   entries=said.get("entries"), first=said.get("first_seq"),
                   old_head=said.get("old_head"))
