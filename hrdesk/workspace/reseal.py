"""Old audit entries' values about people sealed under their keys (upgrade 0010).

Entries written before person keys existed hold names, e-mails and notes in
clear. The upgrade gives every person a salt (no key needed) and leaves a
pending mark; the first session that holds the history key — the upgrading one,
or else the next sign-in of someone who may read histories — seals those values
and re-anchors the chain (``security.audit_rewrite``), in one transaction.

Whose an old entry is comes from the entry itself where it names the person (a
new application's ``candidate_id``), else from an earlier entry about the same
record, else from the live row: a task's values go under the key of the
candidate of its application. A value about someone whose row is gone is masked.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from hrdesk.db import person_keys, stored
from hrdesk.db.crypto import Purpose
from hrdesk.db.types import cipher_of
from hrdesk.models.base import Base
from hrdesk.models.settings import Setting
from hrdesk.security import audit, audit_rewrite, audit_sealing
from hrdesk.security.actor import SYSTEM
from hrdesk.uow import Database

#: The setting that says old entries still wait for their values to be sealed.
PENDING = "audit.reseal_pending"


def give_salts(conn: Connection) -> int:
    """A salt for every person on file without one (key material: unaudited)."""
    table = stored.tables(Base.metadata)["candidates"]
    ids = conn.execute(select(table.c.id).where(table.c.audit_salt.is_(None),
                                                table.c.erased_at.is_(None))).scalars().all()
    for key in ids:
        conn.execute(update(table).where(table.c.id == key)
                     .values(audit_salt=person_keys.new_salt()))
    return len(ids)


def finish(db: Database) -> audit_rewrite.Rewritten | None:
    """Seal what the upgrade left, if this session holds the history key; None when
    there is nothing to do or it must wait for someone who holds it."""
    keys = cipher_of(db.engine.dialect).keys
    if not keys.has(Purpose.HISTORY):
        return None
    with db.unit_of_work(read_only=True) as look:  # a sign-in's cost: one key lookup
        if look.session.get(Setting, PENDING) is None:
            return None
    with db.unit_of_work(SYSTEM, "upgrade.person_keys") as uow:
        mark = uow.session.get(Setting, PENDING, with_for_update=True)
        if mark is None:
            return None  # nothing left, or another workstation just did it
        conn = uow.session.connection()
        done = audit_rewrite.rewrite(conn, _Sealing(conn, keys).change)
        audit.append(conn, [audit.Record(SYSTEM, audit_rewrite.RESEALED, uow.now, audit.Change(
            "reseal", "audit", "chain", {"entries": done.entries, "first_seq": done.first_seq,
                                         "old_head": done.old_head, "new_head": done.new_head,
                                         "old_hashes": done.old_hashes}))], uow.now)
        uow.session.delete(mark)
        uow.commit()
    return done


class _Sealing:
    """The new ``changes`` of each old entry, walking the chain in order."""

    def __init__(self, conn: Connection, keys: Any) -> None:
        self._conn = conn
        self._sealer = audit_sealing.Sealer(_ConnSession(conn), keys)
        self._owners: dict[tuple[str, str], dict[str, Any]] = {}

    def change(self, entry: Any) -> str | None:
        links = audit_sealing.person_links().get(entry.entity_type)
        if not links or entry.entity_id == "*":
            return None
        changes = json.loads(entry.changes)
        if not changes or person_keys.is_sealed(changes):
            return None
        values = self._values(entry, changes, links)
        if entry.entity_type == audit_sealing.APPLICATIONS:
            self._sealer.knows(entry.entity_type, values)
        fields = self._sealer.fields(entry.entity_type, values, changes)
        return audit.canonical(fields)

    def _values(self, entry: Any, changes: dict[str, Any], links: Any) -> Any:
        """Column values that name the entry's person: its own, else remembered from
        an earlier entry about the record, else the live row's."""
        record = (entry.entity_type, entry.entity_id)
        own = {column: pair[1] or pair[0] for column, _target in links
               if isinstance(pair := changes.get(column), list) and len(pair) == 2
               and (pair[1] or pair[0])}
        if not own:
            own = self._owners.get(record) or self._live(entry.entity_type,
                                                         entry.entity_id, links)
        self._owners[record] = own
        return {"id": entry.entity_id, **own}.get

    def _live(self, table_name: str, key: str, links: Any) -> dict[str, Any]:
        table = stored.tables(Base.metadata)[table_name]
        [pk] = table.primary_key.columns
        try:
            ident = pk.type.python_type(key)
        except (ValueError, TypeError):
            return {}
        row = self._conn.execute(select(*(table.c[c] for c, _t in links))
                                 .where(pk == ident)).first()
        return {c: v for (c, _t), v in zip(links, row, strict=True) if v} if row else {}


class _ConnSession:
    """What ``Sealer`` asks of a session, from a bare connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def connection(self) -> Connection:
        return self._conn
