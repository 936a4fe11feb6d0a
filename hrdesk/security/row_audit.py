"""The audit trail vouches for the data: every live row against the entry that wrote it.

Each audit entry that writes rows records their fingerprints (``row_digest``) and
each such row names that entry (``audit_entry_id``). Walking the chain gives, for
every row the application wrote, the fingerprint it left and whether it was
deleted; a row that is not there, is there though deleted or never written, or
differs from its fingerprint was changed outside the application.

Rows written in bulk outside the unit of work's bookkeeping (the demo's history,
a schema upgrade that adds the fingerprints to rows already there) are vouched for
with ``stamp``: batch entries fingerprinting the rows as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from hrdesk.db import bulk, stored
from hrdesk.models.base import Base
from hrdesk.security import audit, row_digest
from hrdesk.security.actor import Actor
from hrdesk.security.audit_findings import Finding

STAMP_BATCH = 5_000
#: How ``verify-audit`` names what it found (a code each, for the edge to say).
CHANGED, ADDED, DELETED = "changed", "added", "deleted"


def audited_tables() -> dict[str, Table]:
    return {name: t for name, t in stored.tables(Base.metadata).items() if "audit_entry_id" in t.c}


def stamp(conn: Connection, actor: Actor, action: str, at: Any, table: Table,
          where: Any = None, now: Any = None) -> int:
    """Fingerprint ``table``'s rows (those ``where`` selects) into batch entries, as
    they are, inside the caller's transaction; returns how many rows."""
    [pk] = table.primary_key.columns
    query = select(table).order_by(pk)
    if where is not None:
        query = query.where(where)
    done = 0
    batch: list[Any] = []
    for row in conn.execute(query).mappings():
        batch.append(dict(row))
        if len(batch) >= STAMP_BATCH:
            done += _stamp_batch(conn, actor, action, at, table, pk, batch, now)
            batch = []
    if batch:
        done += _stamp_batch(conn, actor, action, at, table, pk, batch, now)
    return done


def _stamp_batch(conn: Connection, actor: Actor, action: str, at: Any, table: Table,
                 pk: Any, rows: list[dict[str, Any]], now: Any) -> int:
    entry_id = bulk.ordered_id()
    prints = {str(r[pk.name]): row_digest.digest(table, r) for r in rows}
    for start in range(0, len(rows), 500):
        ids = [r[pk.name] for r in rows[start:start + 500]]
        conn.execute(update(table).where(pk.in_(ids)).values(audit_entry_id=entry_id))
    record = audit.Record(actor, action, at, audit.Change(
        "stamp", table.name, "*", {"rows": len(rows)}), entry_id, audit.canonical(prints))
    audit.append(conn, [record], now)
    return len(rows)


def RowProblem(table: str, row_id: str, kind: str) -> Finding:
    return Finding(f"row_{kind}", table=table, row_id=row_id)


class Expected:
    """What the chain says each row should be, built while walking it."""

    _GONE = ("", None)

    def __init__(self) -> None:
        self._tables = set(audited_tables())
        self._rows: dict[tuple[str, str], tuple[str, Any]] = {}
        self._unknown: set[tuple[str, str]] = set()

    def add(self, entry: Any) -> None:
        kind = entry.entity_type
        if kind not in self._tables:
            return
        if entry.rows:
            for key, fingerprint in json.loads(entry.rows).items():
                self._rows[(kind, key)] = (fingerprint, entry.id)
                self._unknown.discard((kind, key))
        elif entry.operation == "delete":
            self._rows[(kind, entry.entity_id)] = self._GONE
            self._unknown.discard((kind, entry.entity_id))
        elif entry.operation in ("create", "update"):
            # Written before rows were fingerprinted: its content cannot be checked.
            self._unknown.add((kind, entry.entity_id))

    def check(self, conn: Connection, limit: int = 100) -> list[Finding]:
        problems: list[Finding] = []
        for name, table in audited_tables().items():
            [pk] = table.primary_key.columns
            for row in conn.execute(select(table).execution_options(yield_per=2_000)
                                    ).mappings():
                key = (name, str(row[pk.name]))
                expected = self._rows.pop(key, None)
                if key in self._unknown:
                    continue
                if expected is None or expected is self._GONE:
                    problems.append(RowProblem(name, key[1], ADDED))
                elif row_digest.digest(table, row) != expected[0] \
                        or row["audit_entry_id"] != expected[1]:
                    problems.append(RowProblem(name, key[1], CHANGED))
                if len(problems) >= limit:
                    return problems
        problems.extend(RowProblem(t, k, DELETED) for (t, k), v in self._rows.items()
                        if v is not self._GONE)
        return problems[:limit]


def stamp_all(conn: Connection, actor: Actor, action: str, at: Any, now: Any = None,
              tables: Iterable[Table] | None = None, only_unstamped: bool = False) -> int:
    """``stamp`` every audited table (or those given)."""
    done = 0
    for table in tables if tables is not None else audited_tables().values():
        where = table.c.audit_entry_id.is_(None) if only_unstamped else None
        done += stamp(conn, actor, action, at, table, where, now)
    return done
