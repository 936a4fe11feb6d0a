"""Finding people: the candidates list's page (search words, filters, order, counted up to
a limit) and the count of everyone the actor may see. Reads only; the SQL of each filter
sits beside the query it narrows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from hrdesk import errors
from hrdesk.candidate_rules import (
    json_escaped,
    like_pattern,
    parse_search,
    text_of,
)
from hrdesk.db.crypto import FieldCipher
from hrdesk.dto.candidates import (
    NO_APPLICATION,
    ORDER_NAMES,
    STATUSES,
    CandidateFilters,
    CandidatePage,
)
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.models.applications import Application
from hrdesk.models.attachments import Attachment
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.security import scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import candidates
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

ORDERS = ORDER_NAMES  # the list's sortable columns


def search_candidates(ws: Workspace, actor: Actor, text: str = "", limit: int = 50,
                      offset: int = 0, order: str = "name",
                      filters: CandidateFilters | None = None,
                      descending: bool | None = None,
                      count_up_to: int | None = None) -> CandidatePage:
    """One page of the live candidates the actor may see, filtered and sorted in SQL.

    ``descending`` None: the column's natural direction (newest first for created_at).
    ``count_up_to``: stop counting past that many (``total_capped`` then says "more"):
    a full count of a text search scans the whole table; 0 skips the count.
    """
    require(actor, Permission.VIEW_CANDIDATES)
    if order not in ORDERS:
        raise errors.InvalidField(field="order", reason="one of {choices}",
                                  choices=" or ".join(ORDERS))
    if not 1 <= limit <= 500 or offset < 0 or (count_up_to or 0) < 0:
        raise errors.InvalidField(field="page", reason="limit 1 to 500, offset from 0")
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        sqlite = uow.session.get_bind().dialect.name == "sqlite"
        query = select(Candidate).where(
            Candidate.merged_into_id.is_(None), Candidate.erased_at.is_(None),  # nobody now
            scope.candidates_clause(scope.resolve(uow.session, actor)),
            _text_clause(ws.cipher, text, sqlite),
            _filters_clause(uow.session, actor, filters or CandidateFilters()))
        if descending is None:
            descending = order == "created_at"
        query = query.order_by(*_ordering(order, descending))
        if parse_search(text)[2]:
            # Words scan the whole table anyway: count in that same scan (a window), which
            # also keeps SQLite from walking the name index row by row to rare matches.
            found_rows = uow.session.execute(query.add_columns(func.count().over())
                                             .limit(limit).offset(offset)).all()
            rows = [r[0] for r in found_rows]
            found = found_rows[0][1] if found_rows else 0
            cap = count_up_to if count_up_to else found
            total, capped = min(found, cap), found > cap
            if count_up_to == 0:
                total, capped = 0, False
        else:
            rows = list(uow.session.scalars(query.limit(limit).offset(offset)))
            total, capped = 0, False
            if count_up_to is None:
                total = uow.session.scalar(
                    select(func.count()).select_from(query.order_by(None).subquery())) or 0
            elif count_up_to:
                found = uow.session.scalar(select(func.count()).select_from(
                    query.order_by(None).with_only_columns(Candidate.id)
                    .limit(count_up_to + 1).subquery())) or 0
                total, capped = min(found, count_up_to), found > count_up_to
        return CandidatePage(tuple(candidates.info(actor, r) for r in rows), total, limit, offset,
                             total_capped=capped)


def count(ws: Workspace, actor: Actor) -> int:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(Candidate).where(
            Candidate.merged_into_id.is_(None), Candidate.erased_at.is_(None),
            scope.candidates_clause(scope.resolve(uow.session, actor)))) or 0


def _filters_clause(session: Session, actor: Actor, filters: CandidateFilters) -> ColumnElement[bool]:
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


def _ordering(order: str, descending: bool) -> list[ColumnElement[Any]]:
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
    keys: list[ColumnElement[Any]] = []
    if order not in ("name", "created_at"):  # never empty: the key's index serves its order
        keys.append(column.is_(None))
    keys.append(column.desc() if descending else column.asc())
    keys.append(Candidate.id.desc() if descending else Candidate.id.asc())
    return keys


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


def _visible_applications(session: Session, actor: Actor,
                          *columns: Any) -> Select[Any]:
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


# --- shared with candidate_merge -------------------------------------------------------


def _text_clause(cipher: FieldCipher, text: str, sqlite: bool = False) -> ColumnElement[bool]:
    """Every word in a name, email, school, major, skill, tag, certificate or the text of
    an attached resume; a whole mobile or ID number through its digest.
    This scans the table: on SQLite each LIKE
    costs ~10 ms per 100,000 rows, a lower() around it three times that, so SQLite gets
    its own LIKE (already case-blind for ASCII, which is all its lower() folds)."""
    mobile, id_number, terms = parse_search(text)
    if (mobile or id_number) and not cipher.can_digest:
        return false()  # a role without the lookup key cannot look people up by number
    if mobile:
        return Candidate.mobile_digest == cipher.digest(mobile)
    if id_number:
        return Candidate.id_number_digest == cipher.digest(id_number)
    columns = [Candidate.name, Candidate.email_normalised, Candidate.school, Candidate.major]
    lists = [cast(c, String) for c in (Candidate.skills, Candidate.tags, Candidate.certificates)]

    def like(column: Any, term: str) -> ColumnElement[bool]:
        return (column if sqlite else func.lower(column)).like(like_pattern(term), escape="!")

    def spellings(term: str) -> list[str]:
        # JSON columns hold text as it is (db.engine._json_text); rows written before
        # December 2026 hold non-ASCII text as backslash-u escapes.
        escaped = json_escaped(term)
        return [term] if escaped == term else [term, escaped]

    def in_attachment(term: str) -> ColumnElement[bool]:
        # One uncorrelated subquery per word: the attachment texts are scanned once per
        # search (SQLite keeps the ids in a list with a Bloom filter), not once per person.
        pattern = like_pattern(term)
        found = Attachment.text.like(pattern, escape="!") if sqlite else \
            Attachment.text.ilike(pattern, escape="!")  # SQLite's LIKE is case-blind
        return Candidate.id.in_(select(Attachment.candidate_id).where(found))

    return and_(true(), *(or_(*(like(c, term) for c in columns),
                              *(like(c, spelling) for c in lists for spelling in spellings(term)),
                              in_attachment(term))
                          for term in terms))
