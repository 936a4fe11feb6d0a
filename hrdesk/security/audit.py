"""The audit hash chain: canonical entries, appending under a lock, verification.

Each entry's hash is SHA-256 over the previous entry's hash and the canonical
JSON of the entry (sorted keys, no spaces, UTF-8). Editing an entry breaks its
own hash; deleting or reordering breaks the sequence or the link; deleting the
newest entries is caught by the head row, which records the chain's end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.clock import as_utc
from hrdesk.db import bulk
from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.security.actor import Actor

GENESIS = "0" * 64
MASK = "***"


@dataclasses.dataclass(frozen=True)
class Change:
    """One entity touched by a use case, with its changed fields (sensitive ones masked)."""

    operation: str  # create | update | delete
    entity_type: str
    entity_id: str
    # The fields, or their canonical JSON (``canonical``) already made: a bulk write
    # holds its entries until commit, and 100,000 short texts weigh a fraction of
    # 100,000 dictionaries of lists.
    fields: dict[str, Any] | str


# json.dumps with these options builds this very encoder on every call; a bulk
# import canonicalises two texts per entry, hundreds of thousands of times.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              default=str)


def canonical(entry: dict[str, Any]) -> str:
    return _CANONICAL.encode(entry)


@functools.lru_cache(maxsize=256)  # the entries of one action share their time
def _timestamp(at: dt.datetime) -> str:
    return as_utc(at).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclasses.dataclass(frozen=True)
class Record:
    """One entry to append: who did what, when, to which entity."""

    actor: Actor
    action: str
    at: dt.datetime
    change: Change


def _body(seq: int, at: dt.datetime, actor_id: uuid.UUID | None, actor_name: str,
          action: str, operation: str, entity_type: str, entity_id: str,
          changes: str) -> dict[str, Any]:
    return {
        "seq": seq, "at": _timestamp(at), "actor_id": str(actor_id) if actor_id else None,
        "actor_name": actor_name, "action": action, "operation": operation,
        "entity_type": entity_type, "entity_id": entity_id, "changes": changes,
    }


def entry_body(e: AuditEntry) -> dict[str, Any]:
    return _body(e.seq, e.at, e.actor_id, e.actor_name, e.action, e.operation,
                 e.entity_type, e.entity_id, e.changes)


def chain_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


_entries = AuditEntry.__table__
_head = AuditHead.__table__
INSERT_BATCH = 5_000


def chain_length(session: Session) -> int:
    """How many entries the chain holds: it grows with every audited write."""
    return int(session.scalar(select(_head.c.last_seq).where(_head.c.id == 1)) or 0)


def append(session: Session, records: Iterable[Record]) -> int:
    """Add entries to the chain inside the caller's transaction; returns how many.

    Rows go in with Core inserts: a bulk import or the demo appends hundreds of
    thousands of entries, and the ORM would add nothing but time. Their ids are
    time-ordered, so a large append fills new index pages instead of touching
    old ones all over the table.
    """
    # FOR UPDATE on PostgreSQL; on SQLite the transaction began IMMEDIATE, which
    # already makes this writer the only one.
    first, prev = session.execute(select(_head.c.last_seq, _head.c.last_hash)
                                  .where(_head.c.id == 1).with_for_update()).one()
    seq = first
    rows: list[dict[str, Any]] = []
    for record in records:
        seq += 1
        change, actor = record.change, record.actor
        text = change.fields if type(change.fields) is str else canonical(change.fields)
        body = _body(seq, record.at, actor.user_id, actor.username, record.action,
                     change.operation, change.entity_type, change.entity_id, text)
        digest = chain_hash(prev, body)
        rows.append({"id": bulk.ordered_id(), "seq": seq, "at": record.at,
                     "actor_id": actor.user_id, "actor_name": actor.username,
                     "action": record.action, "operation": change.operation,
                     "entity_type": change.entity_type, "entity_id": change.entity_id,
                     "changes": text, "prev_hash": prev, "hash": digest})
        prev = digest
        if len(rows) >= INSERT_BATCH:
            bulk.insert_plain(session.connection(), _entries, rows)
            rows = []
    bulk.insert_plain(session.connection(), _entries, rows)
    if seq != first:
        session.execute(_head.update().where(_head.c.id == 1)
                        .values(last_seq=seq, last_hash=prev))
    return seq - first


@dataclasses.dataclass(frozen=True)
class Verification:
    entries: int
    broken_seq: int | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(session: Session, batch: int = 5_000) -> Verification:
    """Walk the chain in order; report the first entry that does not hold."""
    expected_seq, prev, count = 1, GENESIS, 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)
                           .execution_options(yield_per=batch)).scalars()
    for entry in rows:
        if entry.seq != expected_seq:
            return Verification(count, expected_seq,
                                f"entry {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != prev:
            return Verification(count, entry.seq,
                                f"entry {entry.seq} does not follow entry {entry.seq - 1}")
        if chain_hash(prev, entry_body(entry)) != entry.hash:
            return Verification(count, entry.seq, f"entry {entry.seq} was altered")
        prev, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    head = session.get(AuditHead, 1)
    if head is None or head.last_seq != count or head.last_hash != prev:
        last = head.last_seq if head else "?"
        return Verification(count, count + 1,
                            f"entries after {count} were removed (the log ended at {last})")
    return Verification(count)
