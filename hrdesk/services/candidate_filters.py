"""The candidates list's column filters and sort orders, as SQL.

A list over 100,000 people filters and sorts in the database (one query per page):
doing it in Python took seconds. Filters on applications look only at the
applications the actor may see, so a filter never reveals what scope hides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import ColumnElement, String, and_, case, cast, func, select, true
from sqlalchemy.orm import Session

from hrdesk import errors
from hrdesk.candidate_rules import json_escaped, like_pattern, text_of
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.models.applications import APPLICATION_STATUSES, Application
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import Permission, require
from hrdesk.workspace.unlocked import Workspace

# Lowest first: sorting by education means by level, not by the characters' code points.
NO_APPLICATION = "none"  # the status filter's "never applied (to anything I can see)"
STATUSES = (*APPLICATION_STATUSES, NO_APPLICATION)
ORDER_NAMES = ("name", "education", "years_experience", "city", "school", "created_at")


@dataclasses.dataclass(frozen=True)
class CandidateFilters:
    """What the list is narrowed to; None is "any". Text fields match exactly (ignoring
    case); ``status`` is that of the person's latest application the actor can see."""

    education: str | None = None
    city: str | None = None
    tag: str | None = None
    channel_id: uuid.UUID | None = None  # of any visible application
    job_id: uuid.UUID | None = None  # applied to this job
    status: str | None = None  # one of STATUSES
    created_from: dt.datetime | None = None  # inclusive
    created_before: dt.datetime | None = None  # exclusive


@dataclasses.dataclass(frozen=True)
class FilterChoices:
    """What the filter controls offer: the values found in the data, and the fixed lists."""

    educations: tuple[str, ...]
    cities: tuple[str, ...]
    channels: tuple[tuple[uuid.UUID, str], ...]
    statuses: tuple[str, ...] = STATUSES


def clause(session: Session, actor: Actor, filters: CandidateFilters) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if filters.education:
        parts.append(Candidate.education == filters.education)
    if filters.city:
        parts.append(Candidate.city == filters.city)
    if text_of(filters.tag):
        parts.append(_has_tag(text_of(filters.tag) or ""))
    if filters.created_from is not None:
        parts.append(Candidate.created_at >= _utc(filters.created_from))
    if filters.created_before is not None:
        parts.append(Candidate.created_at < _utc(filters.created_before))
    if filters.channel_id is not None or filters.job_id is not None:
        wanted = [Application.channel_id == filters.channel_id] if filters.channel_id else []
        if filters.job_id is not None:
            wanted.append(Application.job_id == filters.job_id)
        parts.append(Candidate.id.in_(_visible_applications(
            session, actor, Application.candidate_id).where(*wanted)))
    if filters.status is not None:
        parts.append(_status_clause(session, actor, filters.status))
    return and_(true(), *parts)


def ordering(order: str, descending: bool) -> list[ColumnElement]:  # type: ignore[type-arg]
    """ORDER BY for a column of the list; empty values last in both directions (the
    backends disagree on where NULL goes), then the id so pages never overlap."""
    column = {
        "name": Candidate.name_sort,  # pinyin order (hrdesk.name_order), from its index
        "education": case({level: rank for rank, level in enumerate(EDUCATION_LEVELS)},
                          value=Candidate.education, else_=None),
        "years_experience": Candidate.years_experience,
        "city": Candidate.city,
        "school": Candidate.school,
        "created_at": Candidate.created_at,
    }[order]
    keys: list[ColumnElement] = []  # type: ignore[type-arg]
    if order not in ("name", "created_at"):  # never empty: the key's index serves its order
        keys.append(column.is_(None))
    keys.append(column.desc() if descending else column.asc())
    keys.append(Candidate.id.desc() if descending else Candidate.id.asc())
    return keys


def choices(ws: Workspace, actor: Actor) -> FilterChoices:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        # Distinct values of small-vocabulary columns: one scan each, once per screen.
        found = {e for e in uow.session.scalars(select(Candidate.education).distinct()) if e}
        cities = sorted(c for c in uow.session.scalars(select(Candidate.city).distinct()) if c)
        channels = tuple((c.id, c.name) for c in uow.session.execute(
            select(Channel.id, Channel.name).where(Channel.active.is_(True))
            .order_by(Channel.name)))
    known = [e for e in EDUCATION_LEVELS if e in found]
    return FilterChoices((*known, *sorted(found - set(known))), tuple(cities), channels)


# --- helpers ---------------------------------------------------------------------------


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite compares the stored UTC text: the bound value must be UTC too.
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _has_tag(tag: str) -> ColumnElement[bool]:
    """A whole tag, ignoring case: its quoted JSON spelling inside the stored list (as
    typed; rows written before December 2026 hold non-ASCII as backslash-u escapes)."""
    quoted = '"' + tag.casefold() + '"'
    stored = func.lower(cast(Candidate.tags, String))
    return (stored.like(like_pattern(quoted), escape="!")
            | stored.like(like_pattern('"' + json_escaped(tag) + '"'), escape="!"))


def _visible_applications(session: Session, actor: Actor, *columns):  # type: ignore[no-untyped-def]
    """The actor's applications. Filters take the set of their candidates once
    (``Candidate.id IN``): a lookup per candidate row was ten times slower at 100,000."""
    return (select(*columns).join(Job, Job.id == Application.job_id)
            .where(scope.applications_clause(scope.resolve(session, actor))))


def _status_clause(session: Session, actor: Actor, status: str) -> ColumnElement[bool]:
    if status not in STATUSES:
        raise errors.InvalidField(field="status", reason="one of {choices}",
                                  choices=" or ".join(STATUSES))
    if status == NO_APPLICATION:
        return Candidate.id.not_in(_visible_applications(session, actor,
                                                         Application.candidate_id))
    ranked = _visible_applications(
        session, actor, Application.candidate_id, Application.status,
        func.row_number().over(partition_by=Application.candidate_id,
                               order_by=(Application.applied_at.desc(),
                                         Application.id.desc())).label("newest")).subquery()
    return Candidate.id.in_(select(ranked.c.candidate_id).where(ranked.c.newest == 1,
                                                                ranked.c.status == status))
