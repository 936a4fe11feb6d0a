"""Each site's working calendar, as the SLA clock needs it, read inside the caller's
unit of work (editing one is the use case ``services.calendars``)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.dto.calendars import CalendarSpec
from hrdesk.models.org import User
from hrdesk.models.settings import SiteCalendar
from hrdesk.security.actor import Actor
from hrdesk.workflow.calendar import WorkingCalendar

# Built calendars cache their day decisions; keep them across units of work,
# keyed by the row's version so an edit is picked up at once.
_cache: dict[tuple[uuid.UUID | None, int], WorkingCalendar] = {}
_lock = threading.Lock()


def for_site(session: Session, site_id: uuid.UUID | None) -> WorkingCalendar:
    row = session.get(SiteCalendar, site_id) if site_id else None
    key = (site_id if row else None, row.version if row else 0)
    with _lock:
        calendar = _cache.get(key)
        if calendar is None:
            spec = CalendarSpec.from_dict(row.spec) if row else CalendarSpec()
            calendar = _cache[key] = WorkingCalendar(spec)
    return calendar


def zone_of(session: Session, actor: Actor) -> dt.tzinfo:
    """Where the actor works: their site's zone (the company default without one). A
    day's end is the office's midnight, not the workstation's."""
    site_id = session.scalar(select(User.site_id).where(User.id == actor.user_id)) \
        if actor.user_id else None
    if site_id is None:
        site_id = next((g.site_id for g in actor.grants if g.site_id), None)
    return for_site(session, site_id).zone
