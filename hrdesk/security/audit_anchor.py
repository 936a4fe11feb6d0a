"""The audit chain's head, anchored where the database key cannot reach.

Whoever holds the database key can rewrite the whole chain and hash it again, so
the chain alone proves nothing against them. Its head is therefore also kept in the
key ring (outside an SQLite database file), with an HMAC under the anchor key,
which only administrators' slots hold: a chain re-hashed later no longer has, at
the anchored position, the hash the anchor names. The anchor only moves forward,
and only over a chain that still holds the entry it named before. Every backup
also prints the head, for a copy on paper (``verify-audit --head``).
"""

from __future__ import annotations

import dataclasses
import hmac
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.db.crypto import KeySet, Purpose
from hrdesk.db.keyring import KeyValueStore
from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.security import audit
from hrdesk.security.audit_findings import Finding

ENTRY = "anchor"


@dataclasses.dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def text(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        seq, _, digest = text.strip().partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise ValueError("an audit head is written SEQ:HASH (64 hex digits)")
        return cls(int(seq), digest.lower())


def current(session: Session) -> Head:
    row = session.get(AuditHead, 1)
    return Head(row.last_seq, row.last_hash) if row else Head(0, "0" * 64)


def _mac(key: bytes, head: Head) -> str:
    return hmac.new(key, f"hrdesk/anchor/{head.text()}".encode(), "sha256").hexdigest()


def stored_anchor(store: KeyValueStore, keys: KeySet) -> tuple[Head | None, Finding | None]:
    """The anchored head, or why it cannot be trusted (None, None: never anchored)."""
    entry = store.get(ENTRY)
    if not entry:
        return None, None
    try:
        head = Head(int(entry["seq"]), str(entry["hash"]))
    except (KeyError, TypeError, ValueError):
        return None, Finding("anchor_unreadable")
    if keys.has(Purpose.ANCHOR) and not hmac.compare_digest(
            _mac(keys.get(Purpose.ANCHOR), head), str(entry.get("mac", ""))):
        return None, Finding("anchor_altered")
    return head, None


def holds(session: Session, head: Head) -> Finding | None:
    """Why the chain does not contain ``head`` (None when it does, or when the one
    re-anchor the log records, ``security.audit_rewrite``, names it as its old head)."""
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == head.seq))
    if found is None:
        return Finding("head_removed", seq=head.seq)
    if found != head.hash:
        return _resealed_before(session, head)
    return None


def _resealed_before(session: Session, head: Head) -> Finding | None:
    """Why a head the chain holds differently is not there: None when the re-anchor
    recorded it as the chain was before (verify-audit says the re-anchor in its notes)."""
    for seq, changes in session.execute(select(AuditEntry.seq, AuditEntry.changes)
                                        .where(AuditEntry.action == audit.RESEALED)):
        said = json.loads(changes)
        first = said.get("first_seq")
        if said.get("old_head") == head.text() or \
                (said.get("old_hashes") or {}).get(str(head.seq)) == head.hash:
            return None
        if first is not None and first <= head.seq < seq:
            return Finding("head_before_reseal", seq=head.seq, reseal=seq,
                           old_head=said.get("old_head"))
    return Finding("head_rewritten", seq=head.seq)


def advance(store: KeyValueStore, keys: KeySet, session: Session) -> Head | None:
    """Move the anchor to the chain's head, if this session holds the anchor key and
    the chain still holds the entry anchored before; returns the new anchor."""
    if not keys.has(Purpose.ANCHOR):
        return None
    previous, problem = stored_anchor(store, keys)
    if problem is not None or (previous is not None and holds(session, previous)):
        return None  # leave the evidence where it is: verify-audit reports it
    head = current(session)
    if previous is not None and head.seq <= previous.seq:
        return previous
    store.put(ENTRY, {"seq": head.seq, "hash": head.hash,
                      "mac": _mac(keys.get(Purpose.ANCHOR), head)})
    return head


def check(store: KeyValueStore, keys: KeySet, session: Session) -> Finding | None:
    anchored, problem = stored_anchor(store, keys)
    if problem is not None:
        return problem
    if anchored is None:
        return None
    return holds(session, anchored)


def describe(head: dict[str, Any] | Head) -> str:
    return head.text() if isinstance(head, Head) else f"{head['seq']}:{head['hash']}"
