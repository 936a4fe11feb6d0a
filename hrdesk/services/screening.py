"""Screening rules per job: stored in the settings table, applied to imported applications.

``get_rules``/``set_rules`` are use cases (one unit of work each, audited).
``screen``/``apply`` run inside an import's unit of work: a match is tagged
高潜 and its recruiter and hiring manager told; a miss is, if the job asks for
it, rejected through the ordinary move rules with a courteous notice queued.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from hrdesk import errors, notices
from hrdesk.models.applications import Application, RefusalReason
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.org import Organisation
from hrdesk.models.outbox import OutboxMessage
from hrdesk.models.settings import Setting
from hrdesk.models.tasks import Notification
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import jobs
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import OutboxStatus, Permission
from hrdesk.workflow import concurrency, moves, timeline
from hrdesk.workflow.screening import (
    HIGH_POTENTIAL_TAG,
    ScreeningResult,
    ScreeningRules as ScreeningRules,  # (the screening dialog's value)
    clean_terms,
    score,
)
from hrdesk.workspace.unlocked import Workspace

# The refusal reason of an application the rules turned down; added on first use
# when the database predates it, "skills" when HR has retired it.
REASON_CODE, REASON_LABEL, FALLBACK_REASON = "screening", "简历初筛未通过", "skills"


@dataclasses.dataclass(frozen=True)
class JobScreening:
    """A job's rules as the editor shows them; ``version`` 0: never saved."""

    job_id: uuid.UUID
    job_code: str
    job_title: str
    rules: ScreeningRules
    version: int


def setting_key(job_id: uuid.UUID) -> str:
    return f"screening.{job_id}"


def get_rules(ws: Workspace, actor: Actor, job_id: uuid.UUID) -> ScreeningRules:
    return get_screening(ws, actor, job_id).rules


def get_screening(ws: Workspace, actor: Actor, job_id: uuid.UUID) -> JobScreening:
    """Anyone who may see the job may see how it screens (NotFound otherwise)."""
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        job = jobs.get_visible(uow, job_id)
        row = uow.session.get(Setting, setting_key(job_id))
        return _screening(job, row)


def set_rules(ws: Workspace, actor: Actor, job_id: uuid.UUID, rules: ScreeningRules,
              expected_version: int | None = None) -> ScreeningRules:
    """Store the job's rules. ``expected_version`` (0 for "never saved") refuses to
    overwrite what someone else saved meanwhile."""
    return save(ws, actor, job_id, rules, expected_version).rules


def save(ws: Workspace, actor: Actor, job_id: uuid.UUID, rules: ScreeningRules,
         expected_version: int | None = None) -> JobScreening:
    """``set_rules`` returning the stored version too (the editor's next save expects it)."""
    require(actor, Permission.MANAGE_JOBS)
    rules = _checked(rules)
    with ws.db.unit_of_work(actor, "screening.set_rules") as uow:
        job = jobs.get_visible(uow, job_id)
        row = uow.session.get(Setting, setting_key(job_id), with_for_update=True)
        if row is None:
            if expected_version:
                raise errors.ConcurrentChange(entity="screening rules")
            row = Setting(key=setting_key(job_id), value=rules.to_json())
            uow.session.add(row)
        else:
            if expected_version == 0:
                raise concurrency.changed_meanwhile(uow.session, _AsEntity(row), job.code)
            concurrency.check_version(uow, _AsEntity(row), expected_version, job.code)
            row.value = rules.to_json()
        timeline.record(uow, "screening_rules_changed", job_id=job.id,
                        data={"rules": rules.to_json()})
        uow.flush()
        stored = _screening(job, row)
        uow.commit()
    return stored


def screen(uow: UnitOfWork, job: Job, candidate: Candidate,
           application: Application) -> ScreeningResult | None:
    """Score and apply in one call, for an import; None when the job has no rules."""
    rules = rules_in(uow, job.id)
    if rules.is_empty():
        return None
    result = score(rules, candidate_facts(candidate), uow.now.date())
    apply(uow, job, candidate, application, result)
    return result


def rules_in(uow: UnitOfWork, job_id: uuid.UUID) -> ScreeningRules:
    """The job's rules, read once per unit of work (an import screens thousands)."""
    key = ("screening", job_id)
    if key not in uow.cache:
        row = uow.session.get(Setting, setting_key(job_id))
        uow.cache[key] = ScreeningRules.from_json(row.value if row else None)
    rules: ScreeningRules = uow.cache[key]
    return rules


def candidate_facts(candidate: Candidate | Mapping[str, Any]) -> dict[str, Any]:
    """What ``workflow.screening.score`` reads, from a stored candidate (or a row).

    A sheet's self-description has no column of its own: it is among the extra
    attributes, so keywords are looked for in all of them and in the notes.
    """
    get = candidate.get if isinstance(candidate, Mapping) else (
        lambda name, default=None: getattr(candidate, name, default))
    extra = get("extra") or {}
    written = [str(v) for v in extra.values() if isinstance(v, str)] + [get("notes") or ""]
    facts = {name: get(name) for name in (
        "education", "years_experience", "certificates", "skills", "school", "major", "city",
        "birth_date", "gender")}
    facts["self_description"] = get("self_description") or "\n".join(w for w in written if w)
    return facts


def apply(uow: UnitOfWork, job: Job, candidate_row: Candidate | Mapping[str, Any],
          application: Application | Mapping[str, Any], result: ScreeningResult) -> None:
    """Act on ``result`` inside the caller's unit of work. ``candidate_row`` and
    ``application`` may be ORM objects or rows written by ``insert_many`` (mappings or
    transient objects with an ``id``): both are read back by id."""
    rules = rules_in(uow, job.id)
    if rules.is_empty():
        return
    candidate = uow.session.get_one(Candidate, _id_of(candidate_row))
    application_id = _id_of(application)
    timeline.record(uow, "screened", candidate_id=candidate.id, application_id=application_id,
                    job_id=job.id, data={"score": result.score, "matched": result.matched,
                                         "reasons": [notices.reference(r)
                                                     for r in result.reasons]})
    if result.matched:
        _tag_high_potential(candidate)
        _notify_team(uow, job, candidate, application_id, result)
    elif rules.reject_non_matching:
        ctx = moves.MoveContext(uow, application_id)
        # No comment: that is a person's words; the score is on the "screened" event.
        moves.reject(ctx, _reason_code(uow))
        _queue_rejection_notice(uow, job, candidate, application_id)


# --- helpers ---------------------------------------------------------------------------


class _AsEntity:
    """A setting seen as the versioned entity ``concurrency`` words refusals about
    (settings are keyed by name, not id)."""

    __tablename__ = Setting.__tablename__

    def __init__(self, row: Setting) -> None:
        self.id, self.version = row.key, row.version


def _checked(rules: ScreeningRules) -> ScreeningRules:
    off = ((() if rules.use_age else ("min_age", "max_age"))
           + (() if rules.use_gender else ("gender",)))
    problems = [refusal for field, refusal in rules.problems().items() if field not in off]
    if problems:
        raise problems[0]
    # What is switched off is not kept: no stored age or gender preference lingers.
    return dataclasses.replace(
        rules, required_certificates=clean_terms(rules.required_certificates),
        keywords=clean_terms(rules.keywords), cities=clean_terms(rules.cities),
        min_age=rules.min_age if rules.use_age else None,
        max_age=rules.max_age if rules.use_age else None,
        gender=rules.gender if rules.use_gender else None)


def _screening(job: Job, row: Setting | None) -> JobScreening:
    return JobScreening(job.id, job.code, job.title,
                        ScreeningRules.from_json(row.value if row else None),
                        row.version if row else 0)


def _id_of(row: Any) -> uuid.UUID:
    """The id of a row given as a mapping (a bulk insert's) or as a model."""
    key: uuid.UUID = row["id"] if isinstance(row, Mapping) else row.id
    return key


def _tag_high_potential(candidate: Candidate) -> None:
    tags = list(candidate.tags or [])
    if HIGH_POTENTIAL_TAG not in tags:
        candidate.tags = [*tags, HIGH_POTENTIAL_TAG]  # a new list: JSON changes are not tracked


def _notify_team(uow: UnitOfWork, job: Job, candidate: Candidate, application_id: uuid.UUID,
                 result: ScreeningResult) -> None:
    for user_id in dict.fromkeys(u for u in (job.recruiter_id, job.hiring_manager_id) if u):
        text = notices.stored("notice.high_potential", candidate=candidate.name,
                              job=job.title, score=result.score)
        uow.session.add(Notification(
            user_id=user_id, at=uow.now, kind="high_potential", **text,
            body=notices.body("notice.high_potential", text["params"]),
            link_type="application", link_id=application_id))


def _reason_code(uow: UnitOfWork) -> str:
    found = uow.session.scalar(select(RefusalReason).where(RefusalReason.code == REASON_CODE))
    if found is None:
        uow.session.add(RefusalReason(code=REASON_CODE, label=REASON_LABEL, by_candidate=False,
                                      active=True))
        uow.flush()
        return REASON_CODE
    return REASON_CODE if found.active else FALLBACK_REASON


def _queue_rejection_notice(uow: UnitOfWork, job: Job, candidate: Candidate,
                            application_id: uuid.UUID) -> None:
    """By e-mail if there is an address, else by SMS; nobody to write to, nothing queued."""
    channel, recipient = (("email", candidate.email) if candidate.email
                          else ("sms", candidate.mobile) if candidate.mobile else (None, None))
    if channel is None or recipient is None:
        return
    company = uow.cache.get("company")
    if company is None:
        company = uow.cache["company"] = uow.session.scalar(select(Organisation.name)) or "我司"
    uow.session.add(OutboxMessage(
        kind="rejection", channel=channel, recipient=recipient,
        subject=f"关于您应聘「{job.title}」职位的回复",
        body=rejection_text(candidate.name, company, job.title), status=OutboxStatus.QUEUED,
        candidate_id=candidate.id, application_id=application_id, queued_at=uow.now))


def rejection_text(name: str, company: str, job_title: str) -> str:
    return (f"{name}您好：\n\n"
            f"感谢您对{company}「{job_title}」职位的关注和投递。经过认真评估，"
            "您的经历与该职位目前的要求暂不完全匹配，很遗憾此次无法安排后续面试。\n\n"
            "您的简历已存入我们的人才库，今后如有更合适的机会，我们会再与您联系。"
            "祝您求职顺利！\n\n"
            f"{company} 人力资源部")
