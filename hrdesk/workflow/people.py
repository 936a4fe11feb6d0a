"""Who is meant by "owner", "recruiter", "interviewers" … for one application."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.models.applications import Application, application_interviewers
from hrdesk.models.jobs import Job, job_interviewers
from hrdesk.models.org import RoleGrant, User
from hrdesk.models.pipeline import Stage
from hrdesk.vocabulary import Role


def interviewers(session: Session, application: Application) -> list[uuid.UUID]:
    assigned = session.scalars(select(application_interviewers.c.user_id).where(
        application_interviewers.c.application_id == application.id)).all()
    if assigned:
        return list(assigned)
    return list(session.scalars(select(job_interviewers.c.user_id)
                                .where(job_interviewers.c.job_id == application.job_id)))


def executives(session: Session, site_id: uuid.UUID) -> list[uuid.UUID]:
    query = (select(RoleGrant.user_id).join(User, User.id == RoleGrant.user_id)
             .where(RoleGrant.role == Role.EXECUTIVE, User.active.is_(True),
                    (RoleGrant.site_id == site_id) | RoleGrant.site_id.is_(None))
             .order_by(RoleGrant.site_id.is_(None), User.username))
    return list(dict.fromkeys(session.scalars(query)))


OWNER_WORD = {"hr": "recruiter", "manager": "hiring_manager", "interviewer": "interviewers",
              "executive": "executives"}


def choose(who: str, owner_role: str, recruiter_id: uuid.UUID | None,
           hiring_manager_id: uuid.UUID | None,
           interviewer_ids: Callable[[], list[uuid.UUID]],
           executive_ids: Callable[[], list[uuid.UUID]]) -> list[uuid.UUID]:
    """User ids for a recipient word; the recruiter stands in when nobody else is set."""
    if who == "owner":
        who = OWNER_WORD.get(owner_role, "recruiter")
    if who == "recruiter":
        found = [recruiter_id] if recruiter_id else []
    elif who == "hiring_manager":
        found = [hiring_manager_id] if hiring_manager_id else []
    elif who == "interviewers":
        found = interviewer_ids()
    elif who == "executives":
        found = executive_ids()[:1]
    else:
        found = []
    if not found and recruiter_id:
        found = [recruiter_id]
    return found


def resolve(session: Session, who: str, application: Application, job: Job,
            stage: Stage) -> list[uuid.UUID]:
    return choose(who, stage.owner_role, job.recruiter_id, job.hiring_manager_id,
                  lambda: interviewers(session, application),
                  lambda: executives(session, job.site_id))
