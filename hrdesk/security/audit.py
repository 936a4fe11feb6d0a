"""The audit hash chain: canonical entries, appending under a lock (verification:
``security.audit_verify``).

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
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import Session

from hrdesk.clock import as_utc
from hrdesk.db import bulk
from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.models.base import table_of
from hrdesk.security.actor import SYSTEM, Actor

GENESIS = "0" * 64
MASK = "***"
#: The one rewrite of old entries (``security.audit_rewrite``), said by verify-audit.
RESEALED = "audit.resealed"


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
def timestamp(at: dt.datetime) -> str:
    return as_utc(at).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclasses.dataclass(frozen=True)
class Record:
    """One entry to append: who did what, when, to which entity.

    ``entry_id`` is known before the entry is appended, so the rows it writes can name
    it (``audit_entry_id``); ``rows`` fingerprints them as the entry leaves them
    (canonical JSON, ``{id: sha256}``; ``security.row_digest``)."""

    actor: Actor
    action: str
    at: dt.datetime
    change: Change
    entry_id: uuid.UUID = dataclasses.field(default_factory=bulk.ordered_id)
    rows: str | None = None


def _body(seq: int, at: dt.datetime, actor_id: uuid.UUID | None, actor_name: str,
          action: str, operation: str, entity_type: str, entity_id: str,
          changes: str, rows: str | None) -> dict[str, Any]:
    body = {
        "seq": seq, "at": timestamp(at), "actor_id": str(actor_id) if actor_id else None,
        "actor_name": actor_name, "action": action, "operation": operation,
        "entity_type": entity_type, "entity_id": entity_id, "changes": changes,
    }
    if rows is not None:  # entries written before rows were fingerprinted hash as they did
        body["rows"] = rows
    return body


def entry_body(e: AuditEntry | Row[Any]) -> dict[str, Any]:
    """The hashed body of a stored entry (a model or a row selected from its table)."""
    return _body(e.seq, e.at, e.actor_id, e.actor_name, e.action, e.operation,
                 e.entity_type, e.entity_id, e.changes, e.rows)


def chain_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


_entries = table_of(AuditEntry)
_head = table_of(AuditHead)
INSERT_BATCH = 5_000


def chain_length(session: Session) -> int:
    """How many entries the chain holds: it grows with every audited write."""
    return int(session.scalar(select(_head.c.last_seq).where(_head.c.id == 1)) or 0)


def append(session: Session | Connection, records: Iterable[Record],
           now: dt.datetime | None = None) -> int:
    """Add entries to the chain inside the caller's transaction; returns how many.

    Rows go in with Core inserts: a bulk import or the demo appends hundreds of
    thousands of entries, and the ORM would add nothing but time. Their ids are
    time-ordered, so a large append fills new index pages instead of touching
    old ones all over the table.

    Time only moves forward in the chain: an entry dated before the chain's head
    takes the head's time (a writer on another workstation may have committed while
    this one worked), and when the clock itself (``now``, read at append) is behind
    the head, the chain records the jump before the entries.
    """
    # FOR UPDATE on PostgreSQL; on SQLite the transaction began IMMEDIATE, which
    # already makes this writer the only one.
    first, prev = session.execute(select(_head.c.last_seq, _head.c.last_hash)
                                  .where(_head.c.id == 1).with_for_update()).one()
    last_at = session.scalar(select(_entries.c.at).where(_entries.c.seq == first)) \
        if first else None
    if last_at is not None and now is not None and now < last_at - CLOCK_SLACK:
        records = [_clock_jump(now, last_at), *records]
    seq = first
    rows: list[dict[str, Any]] = []
    for record in records:
        seq += 1
        change, actor = record.change, record.actor
        at = record.at if last_at is None or record.at >= last_at else last_at
        text = change.fields if isinstance(change.fields, str) else canonical(change.fields)
        body = _body(seq, at, actor.user_id, actor.username, record.action,
                     change.operation, change.entity_type, change.entity_id, text, record.rows)
        digest = chain_hash(prev, body)
        rows.append({"id": record.entry_id, "seq": seq, "at": at,
                     "actor_id": actor.user_id, "actor_name": actor.username,
                     "action": record.action, "operation": change.operation,
                     "entity_type": change.entity_type, "entity_id": change.entity_id,
                     "changes": text, "rows": record.rows, "prev_hash": prev, "hash": digest})
        prev, last_at = digest, at
        if len(rows) >= INSERT_BATCH:
            bulk.insert_plain(_connection(session), _entries, rows)
            rows = []
    bulk.insert_plain(_connection(session), _entries, rows)
    if seq != first:
        session.execute(_head.update().where(_head.c.id == 1)
                        .values(last_seq=seq, last_hash=prev))
    appended: int = seq - first
    return appended


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


#: How far behind the head the clock may read before it counts as moved back (two
#: workstations' clocks differ by a little; more is worth a line in the log).
CLOCK_SLACK = dt.timedelta(seconds=5)
CLOCK_JUMP_ACTION = "audit.clock_moved_back"


def _clock_jump(now: dt.datetime, head_at: dt.datetime) -> Record:
    return Record(SYSTEM, CLOCK_JUMP_ACTION, head_at, Change(
        "note", "clock", "clock", {"clock": timestamp(now), "head": timestamp(head_at)}))
