"""Each site's working calendar, as HR sets it (the SLA clock reads it through
``workflow.site_calendars``), and which years the statutory holidays are known for."""

from __future__ import annotations

import uuid

from hrdesk.dto.calendars import CalendarSpec
from hrdesk.models.settings import SiteCalendar
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workflow.calendar import (
    WorkingCalendar,
    # The calendar tab warns when the years it shows go past the statutory data.
    covered_years as covered_years,
)
from hrdesk.workspace.unlocked import Workspace


def set_site_calendar(ws: Workspace, actor: Actor, site_id: uuid.UUID,
                      spec: CalendarSpec) -> None:
    require(actor, Permission.MANAGE_ORGANISATION)
    WorkingCalendar(spec)  # refuses a bad time zone before anything is stored
    with ws.db.unit_of_work(actor, "calendars.set_site_calendar") as uow:
        row = uow.session.get(SiteCalendar, site_id)
        if row is None:
            uow.session.add(SiteCalendar(site_id=site_id, spec=spec.to_dict()))
        else:
            row.spec = spec.to_dict()
        uow.commit()


def get_site_calendar(ws: Workspace, actor: Actor, site_id: uuid.UUID) -> CalendarSpec:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        row = uow.session.get(SiteCalendar, site_id)
        return CalendarSpec.from_dict(row.spec) if row else CalendarSpec()
