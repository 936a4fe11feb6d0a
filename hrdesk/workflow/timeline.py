"""Timeline events: what happened to a hire, written by every use case inside its unit
of work (read on the candidate's file: ``services.timeline``)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from hrdesk.db import bulk
from hrdesk.models.applications import TimelineEvent
from hrdesk.security.actor import Actor
from hrdesk.uow import UnitOfWork


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
        data=_json(data),
    )


def event_row(actor: Actor, at: dt.datetime, kind: str, *,
              candidate_id: uuid.UUID | None = None,
              application_id: uuid.UUID | None = None, job_id: uuid.UUID | None = None,
              from_stage_id: uuid.UUID | None = None, to_stage_id: uuid.UUID | None = None,
              data: dict[str, Any] | None = None) -> dict[str, Any]:
    """The event ``make`` would build, as plain values for a Core bulk insert (the
    demo's history writes tens of thousands), keyed by a time-ordered id
    (``db.bulk``) so that a batch lands in a few index pages."""
    return {
        "id": bulk.ordered_id(), "at": at, "actor_id": actor.user_id,
        "actor_name": actor.display_name, "kind": kind, "candidate_id": candidate_id,
        "application_id": application_id, "job_id": job_id, "requisition_id": None,
        "from_stage_id": from_stage_id, "to_stage_id": to_stage_id, "comment": None,
        "data": _json(data)}


def _json(data: dict[str, Any] | None) -> str | None:
    return json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None
