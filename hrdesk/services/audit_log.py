"""Reading and verifying the audit log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from hrdesk.clock import as_utc
from hrdesk.models.audit import AuditEntry
from hrdesk.security import audit
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import Permission, require
from hrdesk.services.workspace import Workspace

Verification = audit.Verification


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


def verify(ws: Workspace, actor: Actor) -> Verification:
    require(actor, Permission.VERIFY_AUDIT)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return audit.verify(uow.session)


def recent(ws: Workspace, actor: Actor, limit: int = 100,
           entity_id: str | None = None) -> list[AuditRecord]:
    require(actor, Permission.READ_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [AuditRecord(e.seq, as_utc(e.at), e.actor_name, e.action, e.operation,
                            e.entity_type, e.entity_id, json.loads(e.changes))
                for e in uow.session.scalars(query)]
