"""Screening rules per job: stored and read with permissions, applied inside an import."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from hrdesk import errors, i18n, notices
from hrdesk.clock import FixedClock
from hrdesk.models.applications import Application, RefusalReason, TimelineEvent
from hrdesk.models.candidates import Candidate
from hrdesk.models.jobs import Job
from hrdesk.models.outbox import OutboxMessage
from hrdesk.services import notifications, screening
from hrdesk.workflow import moves
from hrdesk.workflow.screening import HIGH_POTENTIAL_TAG, ScreeningRules
from tests.integration import plant as plant_

RULES = ScreeningRules(min_education="大专", min_years=2, required_certificates=("电工证",),
                       keywords=("数控",), cities=("昆山",), pass_score=60)


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.tick = dt.timedelta(milliseconds=10)
    built = plant_.build(admin_session, clock)
    yield built
    built.close()


def _import(plant, candidate_id: uuid.UUID) -> tuple[uuid.UUID, object]:  # type: ignore[no-untyped-def]
    """What an import does per row: apply to the job, then screen — one transaction."""
    with plant.ws.db.unit_of_work(plant.actor("hr.li"), "import") as uow:
        job = uow.session.get_one(Job, plant.job.id)
        candidate = uow.session.get_one(Candidate, candidate_id)
        application = moves.add_application(uow, candidate_id, job, None, None)
        result = screening.screen(uow, job, candidate, application)
        uow.commit()
        return application.id, result


def _read(plant, query):  # type: ignore[no-untyped-def]
    """Plain values (ORM rows would be expired once the unit of work ends)."""
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        rows = uow.session.execute(query).all()
        return [row[0] if len(row) == 1 else tuple(row) for row in rows]


def test_hr_stores_rules_that_anyone_seeing_the_job_reads(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    assert screening.get_rules(plant.ws, hr, plant.job.id) == ScreeningRules()
    typed = ScreeningRules(keywords=(" 数控 ", "数控", ""), cities=("昆山",),
                           min_age=18, max_age=30, gender="M")  # sensitive, but off
    stored = screening.set_rules(plant.ws, hr, plant.job.id, typed, expected_version=0)
    assert stored == ScreeningRules(keywords=("数控",), cities=("昆山",))
    assert screening.get_rules(plant.ws, plant.actor("lead.zhang"), plant.job.id) == stored
    assert screening.get_screening(plant.ws, hr, plant.job.id).version == 1


def test_a_stale_save_and_an_invalid_rule_are_refused(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    screening.set_rules(plant.ws, hr, plant.job.id, RULES, expected_version=0)
    with pytest.raises(errors.ConcurrentChange):
        screening.set_rules(plant.ws, hr, plant.job.id, ScreeningRules(), expected_version=0)
    with pytest.raises(errors.InvalidField) as refused:
        screening.set_rules(plant.ws, hr, plant.job.id,
                            ScreeningRules(use_age=True, min_age=40, max_age=30))
    assert refused.value.params["field"] == "max_age"
    assert screening.get_rules(plant.ws, hr, plant.job.id) == RULES


def test_an_interviewer_may_not_set_rules(plant) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.PermissionDenied):
        screening.set_rules(plant.ws, plant.actor("int.wu"), plant.job.id, RULES)
    with pytest.raises(errors.NotFound):  # HR of another plant does not see the job
        screening.get_rules(plant.ws, plant.actor("hr.other"), plant.job.id)


def test_a_match_is_tagged_and_its_team_told(plant) -> None:  # type: ignore[no-untyped-def]
    screening.set_rules(plant.ws, plant.actor("hr.li"), plant.job.id, RULES)
    person = plant.candidate("张伟", 1, certificates=("低压电工证",), skills=("数控车床",),
                             city="昆山")
    application_id, result = _import(plant, person)
    assert result.matched and result.score == 100
    [tags] = _read(plant, select(Candidate.tags).where(Candidate.id == person))
    assert HIGH_POTENTIAL_TAG in tags
    for user in ("hr.li", "lead.zhang"):
        titles = [i18n.describe_said(n.title, chinese=True)
                  for n in notifications.inbox(plant.ws, plant.actor(user))]
        assert "高潜候选人：张伟（数控车工）" in titles
    [data] = _read(plant, select(TimelineEvent.data).where(
        TimelineEvent.application_id == application_id, TimelineEvent.kind == "screened"))
    screened = json.loads(data)
    reasons = [notices.of_reference(r) for r in screened["reasons"]]
    assert screened["score"] == 100
    assert "Education 大专 meets the required 大专." in [r.said() for r in reasons]
    assert "学历大专，达到要求的大专。" in [i18n.describe_said(r, chinese=True) for r in reasons]


def test_a_miss_is_rejected_with_a_notice_queued_when_asked(plant) -> None:  # type: ignore[no-untyped-def]
    screening.set_rules(plant.ws, plant.actor("hr.li"), plant.job.id,
                        ScreeningRules(min_education="本科", reject_non_matching=True))
    person = plant.candidate("李娜", 2, email="li.na@example.com")
    application_id, result = _import(plant, person)
    assert not result.matched
    [(status, reason)] = _read(plant, select(Application.status, RefusalReason.code)
                               .join(RefusalReason,
                                     RefusalReason.id == Application.refusal_reason_id)
                               .where(Application.id == application_id))
    assert (status, reason) == ("rejected", "screening")
    [notice] = _read(plant, select(OutboxMessage.status, OutboxMessage.channel,
                                   OutboxMessage.recipient, OutboxMessage.subject,
                                   OutboxMessage.body)
                     .where(OutboxMessage.candidate_id == person))
    assert notice[:3] == ("queued", "email", "li.na@example.com")
    assert "数控车工" in notice[3] and notice[4].startswith("李娜您好")
    assert [n for n in notifications.inbox(plant.ws, plant.actor("lead.zhang"))
            if n.kind == "high_potential"] == []


def test_a_miss_stays_open_unless_rejection_is_asked(plant) -> None:  # type: ignore[no-untyped-def]
    screening.set_rules(plant.ws, plant.actor("hr.li"), plant.job.id,
                        ScreeningRules(min_education="本科"))
    person = plant.candidate("王芳", 3, email="wang@example.com")
    application_id, result = _import(plant, person)
    assert not result.matched
    assert _read(plant, select(Application.status).where(Application.id == application_id)) \
        == ["active"]
    assert _read(plant, select(OutboxMessage.id)) == []
    [tags] = _read(plant, select(Candidate.tags).where(Candidate.id == person))
    assert HIGH_POTENTIAL_TAG not in tags


def test_nothing_happens_when_the_job_has_no_rules(plant) -> None:  # type: ignore[no-untyped-def]
    person = plant.candidate("赵磊", 4)
    application_id, result = _import(plant, person)
    assert result is None
    assert _read(plant, select(TimelineEvent.kind)
                 .where(TimelineEvent.application_id == application_id)) == ["applied"]
    assert _read(plant, select(OutboxMessage.id)) == []
