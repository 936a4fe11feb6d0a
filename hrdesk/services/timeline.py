"""Writing timeline events: what happened to a hire, shown on its file."""

from __future__ import annotations

import json
import uuid
from typing import Any

from hrdesk.db.uow import UnitOfWork
from hrdesk.models.applications import TimelineEvent


def record(uow: UnitOfWork, kind: str, **about: Any) -> TimelineEvent:
    event = make(uow, kind, **about)
    uow.session.add(event)
    return event


def make(uow: UnitOfWork, kind: str, *, candidate_id: uuid.UUID | None = None,
         application_id: uuid.UUID | None = None, job_id: uuid.UUID | None = None,
         requisition_id: uuid.UUID | None = None, from_stage_id: uuid.UUID | None = None,
         to_stage_id: uuid.UUID | None = None, comment: str | None = None,
         data: dict[str, Any] | None = None) -> TimelineEvent:
    """An event not yet added (``record`` adds it; batches insert many at once)."""
    return TimelineEvent(
        at=uow.now, actor_id=uow.actor.user_id, actor_name=uow.actor.display_name,
        kind=kind, candidate_id=candidate_id, application_id=application_id, job_id=job_id,
        requisition_id=requisition_id, from_stage_id=from_stage_id, to_stage_id=to_stage_id,
        comment=comment or None,
        data=json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None,
    )
