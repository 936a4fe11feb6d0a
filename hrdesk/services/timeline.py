"""Writing timeline events: what happened to a hire, shown on its file."""

from __future__ import annotations

import json
import uuid
from typing import Any

from hrdesk.db.uow import UnitOfWork
from hrdesk.models.applications import TimelineEvent


def record(uow: UnitOfWork, kind: str, *, candidate_id: uuid.UUID | None = None,
           application_id: uuid.UUID | None = None, job_id: uuid.UUID | None = None,
           requisition_id: uuid.UUID | None = None, from_stage_id: uuid.UUID | None = None,
           to_stage_id: uuid.UUID | None = None, comment: str | None = None,
           data: dict[str, Any] | None = None) -> TimelineEvent:
    # Events point at rows that may be new in this unit of work; without a
    # relationship() the ORM would not know to insert those first.
    if any(not isinstance(o, TimelineEvent) for o in uow.session.new):
        uow.flush()
    event = TimelineEvent(
        at=uow.now, actor_id=uow.actor.user_id, actor_name=uow.actor.display_name,
        kind=kind, candidate_id=candidate_id, application_id=application_id, job_id=job_id,
        requisition_id=requisition_id, from_stage_id=from_stage_id, to_stage_id=to_stage_id,
        comment=comment or None,
        data=json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None,
    )
    uow.session.add(event)
    return event
