"""The in-app inbox: notices from entry actions, reminders and escalations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import func, select, update

if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult

from hrdesk import notices
from hrdesk.clock import as_utc
from hrdesk.models.tasks import Notification
from hrdesk.notices import StoredText
from hrdesk.security.actor import Actor
from hrdesk.workspace.unlocked import Workspace


@dataclasses.dataclass(frozen=True)
class NotificationInfo:
    id: uuid.UUID
    at: dt.datetime
    kind: str
    title: StoredText  # said in the reader's language (``title.said(translate)``)
    body: StoredText
    link_type: str | None
    link_id: uuid.UUID | None
    read: bool


def inbox(ws: Workspace, actor: Actor, unread_only: bool = False,
          limit: int = 100) -> list[NotificationInfo]:
    """The actor's own notices, newest first. Nobody reads another user's inbox."""
    query = (select(Notification).where(Notification.user_id == actor.user_id)
             .order_by(Notification.at.desc()).limit(limit))
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [NotificationInfo(n.id, as_utc(n.at), n.kind,
                                 notices.of_row(n.code, n.params, n.title),
                                 notices.of_row(n.code, n.params, n.body, ".body"),
                                 n.link_type, n.link_id, n.read_at is not None)
                for n in uow.session.scalars(query)]


def unread_count(ws: Workspace, actor: Actor) -> int:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Notification).where(
            Notification.user_id == actor.user_id, Notification.read_at.is_(None))) or 0


def mark_read(ws: Workspace, actor: Actor, ids: Sequence[uuid.UUID] | None = None) -> int:
    """Mark some (or, with None, all) of the actor's notices read; returns how many."""
    with ws.db.unit_of_work(actor, "notifications.mark_read") as uow:
        query = update(Notification).where(Notification.user_id == actor.user_id,
                                           Notification.read_at.is_(None))
        if ids is not None:
            query = query.where(Notification.id.in_(list(ids)))
        result = cast("CursorResult[Any]", uow.session.execute(query.values(read_at=uow.now)))
        changed = result.rowcount
        uow.commit()
    return changed or 0
