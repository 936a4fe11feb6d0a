"""Which records an actor may see: filters added to every list and search.

Permissions say what an actor may do; scope says to which records. Both
are applied in the services, so a record out of scope is never returned,
whatever the UI asks for.

- ``hr``: everything of its sites (all sites when the grant has none), and every
  candidate (one person applies at several plants);
- ``manager``: its departments and their sub-departments; of applications,
  only those shortlisted for it;
- ``interviewer``: only the applications it is assigned to;
- ``executive``: everything of its sites, read and approve;
- ``admin``: configuration; jobs and requisitions but no candidates.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any, Literal

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import QueryableAttribute, Session

from hrdesk import errors
from hrdesk.models.applications import Application, application_interviewers
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.org import Department
from hrdesk.models.requisitions import ApprovalStep, Requisition
from hrdesk.security.actor import Actor
from hrdesk.vocabulary import Role

ALL = None  # "no restriction" for a set of ids


@dataclasses.dataclass(frozen=True)
class Scope:
    """What one actor reaches, resolved once per unit of work."""

    actor: Actor
    hr_sites: frozenset[uuid.UUID] | bool | None  # False: not hr; None: all sites
    exec_sites: frozenset[uuid.UUID] | bool | None
    manager_departments: frozenset[uuid.UUID]
    is_interviewer: bool
    is_admin: bool

    def sees_all_of_sites(self) -> frozenset[uuid.UUID] | Literal[False] | None:
        """Sites whose records this actor sees in full: None = all, False = none."""
        sets = [s for s in (self.hr_sites, self.exec_sites) if s is not False]
        if not sets:
            return False
        if any(s is None for s in sets):
            return None
        return frozenset().union(*(s for s in sets if isinstance(s, frozenset)))


def _sites_of(actor: Actor, role: str) -> frozenset[uuid.UUID] | bool | None:
    grants = [g for g in actor.grants if g.role == role]
    if not grants:
        return False
    if any(g.site_id is None for g in grants):
        return None
    return frozenset(g.site_id for g in grants if g.site_id)


def resolve(session: Session, actor: Actor) -> Scope:
    roots = {g.department_id for g in actor.grants if g.role == Role.MANAGER and g.department_id}
    return Scope(actor, _sites_of(actor, "hr"), _sites_of(actor, "executive"),
                 frozenset(_with_descendants(session, roots)), actor.has_role(Role.INTERVIEWER),
                 actor.has_role(Role.ADMIN))


def _with_descendants(session: Session, roots: set[uuid.UUID]) -> set[uuid.UUID]:
    if not roots:
        return set()
    pairs = session.execute(select(Department.id, Department.parent_id)).all()
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for child, parent in pairs:
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found, pending = set(roots), list(roots)
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _site_clause(column: QueryableAttribute[Any],
                 sites: frozenset[uuid.UUID] | Literal[False] | None) -> ColumnElement[bool]:
    if sites is False:
        return false()
    if sites is None:
        return true()
    return column.in_(sites) if sites else false()


def jobs_clause(scope: Scope) -> ColumnElement[bool]:
    if scope.is_admin:
        return true()
    clauses = [_site_clause(Job.site_id, scope.sees_all_of_sites())]
    if scope.manager_departments:
        clauses.append(Job.department_id.in_(scope.manager_departments))
    if scope.is_interviewer:
        assigned = (select(Application.job_id).join(application_interviewers)
                    .where(application_interviewers.c.user_id == scope.actor.user_id))
        clauses.append(Job.id.in_(assigned))
    return or_(*clauses)


def requisitions_clause(scope: Scope) -> ColumnElement[bool]:
    if scope.is_admin:
        return true()
    clauses = [_site_clause(Requisition.site_id, scope.sees_all_of_sites())]
    if scope.actor.user_id is not None:
        # Its own requests, and those that name it as an approver (a head of department
        # decides its step even without a manager grant over that department).
        clauses.append(Requisition.requested_by_id == scope.actor.user_id)
        clauses.append(Requisition.id.in_(select(ApprovalStep.requisition_id).where(
            ApprovalStep.approver_id == scope.actor.user_id)))
    if scope.manager_departments:
        clauses.append(Requisition.department_id.in_(scope.manager_departments))
    return or_(*clauses)


def applications_clause(scope: Scope) -> ColumnElement[bool]:
    """On a query that joins Application to Job."""
    clauses = [_site_clause(Job.site_id, scope.sees_all_of_sites())]
    if scope.manager_departments:
        clauses.append(Job.department_id.in_(scope.manager_departments)
                       & Application.shortlisted.is_(True))
    if scope.is_interviewer or scope.manager_departments:
        assigned = select(application_interviewers.c.application_id).where(
            application_interviewers.c.user_id == scope.actor.user_id)
        clauses.append(Application.id.in_(assigned))
    return or_(*clauses)


def candidates_clause(scope: Scope) -> ColumnElement[bool]:
    """HR keeps the whole pool (one person applies at several plants); others see only
    the people behind an application visible to them."""
    if scope.actor.has_role(Role.HR):
        return true()
    visible = (select(Application.candidate_id).join(Job, Job.id == Application.job_id)
               .where(applications_clause(scope)))
    return Candidate.id.in_(visible)


def visible_candidate(session: Session, actor: Actor, candidate_id: uuid.UUID) -> Candidate:
    """The candidate, when the actor may see them: out of scope looks exactly like
    missing (NotFound), so nobody learns that a person they may not see exists."""
    row = session.scalar(select(Candidate).where(
        Candidate.id == candidate_id, candidates_clause(resolve(session, actor))))
    if row is None:
        raise errors.NotFound(entity="candidate", key=str(candidate_id))
    return row
