"""Rewriting entries of the audit chain once, in the open: the re-anchor.

The chain is append-only, and the database refuses edits to it (triggers made
by the first migration). One upgrade must nevertheless change old entries: it
seals the values they hold about people (``workspace.reseal``). It does so in one
transaction that lifts the guard, rewrites the entries, hashes the chain again
from the first entry it changed, puts the guard back, and appends an entry of its
own (``RESEALED``) naming the old head, the new one and the old hashes of the newest
entries, so that ``verify-audit`` says what happened, and an anchor or a head
written down shortly before it is matched against what the chain was then.

Whoever holds the database key could forge such a record too: that is why
``verify-audit`` says the re-anchor every time it runs (a second one, or one
nobody upgraded for, is the alarm), and the printed head of the last backup before
the upgrade can be compared with the old head it records.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from hrdesk.db import stored
from hrdesk.models.base import Base
from hrdesk.security import audit

RESEALED = audit.RESEALED
BATCH = 2_000
#: How many of the newest entries keep their old hash in the re-anchor's record: the
#: anchor and a head printed shortly before the upgrade are matched against them.
REMEMBERED = 256


@contextlib.contextmanager
def guard_lifted(conn: Connection) -> Iterator[None]:
    """The append-only triggers off for the caller's transaction, then back as they were."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only"))
        yield
        conn.execute(text("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only"))
        return
    made = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND tbl_name = 'audit_entries'")).all()
    for name, _sql in made:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in made:  # exactly as the migration made them
        conn.execute(text(sql))


@dataclasses.dataclass(frozen=True)
class Rewritten:
    entries: int  # entries whose values changed
    first_seq: int | None  # the first of them: the chain before it is untouched
    old_head: str  # SEQ:HASH before, as an anchor or a printed head names it
    new_head: str
    old_hashes: dict[str, str]  # {seq: hash before} of the newest rewritten entries


def rewrite(conn: Connection, change: Callable[[Any], str | None]) -> Rewritten:
    """Walk the chain in order; ``change(entry)`` gives an entry's new ``changes`` text
    (None: unchanged). Every entry from the first changed one is hashed again."""
    table = stored.tables(Base.metadata)["audit_entries"]
    head = stored.tables(Base.metadata)["audit_head"]
    old_seq, old_hash = conn.execute(select(head.c.last_seq, head.c.last_hash)
                                     .where(head.c.id == 1)).one()
    prev, after, changed, first = audit.GENESIS, 0, 0, None
    remembered: dict[str, str] = {}
    with guard_lifted(conn):
        while batch := conn.execute(select(table).where(table.c.seq > after)
                                    .order_by(table.c.seq).limit(BATCH)).all():
            for entry in batch:
                new_changes = change(entry)
                if new_changes is not None and new_changes != entry.changes:
                    changed += 1
                    first = entry.seq if first is None else first
                else:
                    new_changes = entry.changes
                if first is None:
                    prev = entry.hash
                    continue
                body = audit.entry_body(entry)
                body["changes"] = new_changes
                digest = audit.chain_hash(prev, body)
                if entry.seq > old_seq - REMEMBERED:
                    remembered[str(entry.seq)] = entry.hash
                conn.execute(update(table).where(table.c.id == entry.id).values(
                    changes=new_changes, prev_hash=prev, hash=digest))
                prev = digest
            after = batch[-1].seq
        if first is not None:
            conn.execute(update(head).where(head.c.id == 1).values(last_hash=prev))
    return Rewritten(changed, first, f"{old_seq}:{old_hash}", f"{old_seq}:{prev}",
                     remembered)
