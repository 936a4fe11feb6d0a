"""Optimistic locking's refusal, worded for a person: who saved the record last, and when.

Every write of a row is in the audit log (the unit of work writes it), so the
log names the last writer of any versioned record, whatever use case wrote it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk import errors
from hrdesk.clock import as_utc
from hrdesk.models.audit import AuditEntry
from hrdesk.models.org import User
from hrdesk.uow import UnitOfWork


def local_minute(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """A stored (UTC) time as a wall clock (the site's ``zone``, else the workstation's)."""
    return as_utc(moment).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def check_version(uow: UnitOfWork, row: Any, expected: int | None, label: str,
                  zone: dt.tzinfo | None = None) -> None:
    """Refuse to write ``row`` if it changed since the caller read version ``expected``."""
    if expected is not None and row.version != expected:
        raise changed_meanwhile(uow.session, row, label, zone)


def changed_meanwhile(session: Session, row: Any, label: str,
                      zone: dt.tzinfo | None = None) -> errors.UserError:
    """``ChangedMeanwhile`` naming the last writer of ``row`` (``label`` if nobody is on file)."""
    last = session.execute(
        select(AuditEntry.actor_id, AuditEntry.actor_name, AuditEntry.at)
        .where(AuditEntry.entity_type == row.__tablename__, AuditEntry.entity_id == str(row.id))
        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    if last is None:
        return errors.ConcurrentChange(entity=label)
    shown = session.scalar(select(User.display_name).where(User.id == last.actor_id))
    return errors.ChangedMeanwhile(by=shown or last.actor_name, at=local_minute(last.at, zone))
