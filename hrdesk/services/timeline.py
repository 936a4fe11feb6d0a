"""A candidate's timeline, as their file shows it (events are written by every use
case through ``workflow.timeline``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from hrdesk.clock import as_utc
from hrdesk.models.applications import Application, RefusalReason, TimelineEvent
from hrdesk.models.jobs import Job
from hrdesk.models.pipeline import Stage
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class TimelineItem:
    at: dt.datetime
    actor_name: str
    kind: str
    application_id: uuid.UUID | None
    job_code: str | None
    from_stage: str | None
    to_stage: str | None
    comment: str | None
    data: dict[str, Any]


def of_candidate(ws: Workspace, actor: Actor, candidate_id: uuid.UUID,
                 limit: int = 500) -> list[TimelineItem]:
    """Newest first, only what the actor may see of the candidate (NotFound otherwise)."""
    require(actor, Permission.VIEW_CANDIDATES)
    source, target = aliased(Stage), aliased(Stage)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        scope.visible_candidate(uow.session, actor, candidate_id)
        # Events of an application are shown only where the application is: an
        # interviewer does not learn about the person's other jobs.
        visible = (select(Application.id).join(Job, Job.id == Application.job_id)
                   .where(scope.applications_clause(scope.resolve(uow.session, actor))))
        query = (select(TimelineEvent, Job.code, source.name, target.name)
                 .outerjoin(Job, Job.id == TimelineEvent.job_id)
                 .outerjoin(source, source.id == TimelineEvent.from_stage_id)
                 .outerjoin(target, target.id == TimelineEvent.to_stage_id)
                 .where(TimelineEvent.candidate_id == candidate_id,
                        or_(TimelineEvent.application_id.is_(None),
                            TimelineEvent.application_id.in_(visible)))
                 .order_by(TimelineEvent.at.desc()).limit(limit))
        labels = dict(uow.session.execute(select(RefusalReason.code, RefusalReason.label)).all())
        return [TimelineItem(as_utc(e.at), e.actor_name, e.kind, e.application_id, code,
                             from_name, to_name, e.comment, _with_labels(e.data, labels))
                for e, code, from_name, to_name in uow.session.execute(query)]


def _with_labels(data: str | None, reason_labels: dict[str, str]) -> dict[str, Any]:
    """The event's data, with the label of a refusal reason beside its code (for people)."""
    about = json.loads(data) if data else {}
    if about.get("reason") in reason_labels:
        about["reason_label"] = reason_labels[about["reason"]]
    return about
