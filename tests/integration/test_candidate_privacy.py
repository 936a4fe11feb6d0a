"""Masked numbers for every role; revealing them is HR's, one person at a time, audited."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from hrdesk import errors, identity
from hrdesk.clock import FixedClock
from hrdesk.models.audit import AuditEntry
from hrdesk.services import (
    applications,
    audit_log,
    candidate_privacy,
    candidate_search,
    candidates,
)
from hrdesk.services.candidates import CandidateChanges, NewCandidate
from tests.integration.test_candidates import Desk, desk  # noqa: F401 - the fixture

FIRST17 = "32058319900307251"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)
MOBILE = "13912345678"
SALARY = "8000-9000"


@dataclasses.dataclass
class Office:
    desk: Desk
    zhang: uuid.UUID  # applied, interviewed by int.wu
    li: uuid.UUID  # in the pool only

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.desk.ws

    @property
    def users(self) -> dict[str, uuid.UUID]:
        return self.desk.users

    def actor(self, username: str):  # type: ignore[no-untyped-def]
        return self.desk.actor(username)


@pytest.fixture
def office(desk: Desk) -> Office:  # noqa: F811 - the imported fixture, requested
    """test_candidates' HR office, with one applicant (shortlisted, interviewed by int.wu)
    and one person only in the pool."""
    hr_ws, hr = desk.ws, desk.actor("hr.li")
    zhang = candidates.create_candidate(hr_ws, hr, NewCandidate(
        "张伟", mobile=MOBILE, id_number=ID_NUMBER, expected_salary=SALARY))
    li = candidates.create_candidate(hr_ws, hr, NewCandidate("李静", mobile="13800001111"))
    applied = applications.apply(hr_ws, hr, zhang.id, desk.job_a.id)
    applications.set_shortlisted(hr_ws, hr, applied.application_id, True)
    applications.assign_interviewers(hr_ws, hr, applied.application_id,
                                     [desk.users["int.wu"]])
    return Office(desk, zhang.id, li.id)


def _reveals(office: Office, candidate_id: uuid.UUID) -> list[Any]:
    """(actor id, actor name, action, entity type, changes) of each reveal entry."""
    with office.ws.db.unit_of_work(read_only=True) as uow:
        return list(uow.session.execute(select(
            AuditEntry.actor_id, AuditEntry.actor_name, AuditEntry.action,
            AuditEntry.entity_type, AuditEntry.changes).where(
            AuditEntry.entity_id == str(candidate_id),
            AuditEntry.operation == candidate_privacy.OPERATION).order_by(AuditEntry.seq)))


@pytest.mark.parametrize("user", ["hr.li", "int.wu", "mgr.wang"])
def test_profiles_lists_and_searches_are_masked_for_every_role(office: Office,
                                                              user: str) -> None:
    actor = office.actor(user)
    seen = candidates.get_candidate(office.ws, actor, office.zhang)
    [row] = [c for c in candidate_search.search_candidates(office.ws, actor, "张伟").items]
    masked_id = ID_NUMBER[:4] + "*" * 12 + ID_NUMBER[-2:]
    assert (seen.mobile, seen.id_number, seen.expected_salary) == ("139****5678", masked_id,
                                                                   None)
    assert seen.has_expected_salary
    assert (row.mobile, row.id_number) == ("139****5678", masked_id)
    # Typing the exact number still finds the person, but shows it masked.
    [found] = candidates.find_by_mobile(office.ws, actor, MOBILE)
    assert found.mobile == "139****5678"


def test_hr_reveals_the_numbers_and_the_audit_log_says_who_not_what(
        office: Office, clock: FixedClock, admin_session) -> None:  # type: ignore[no-untyped-def]
    chen = office.actor("hr.chen")
    clock.advance(minutes=5)
    shown = candidate_privacy.reveal(office.ws, chen, office.zhang)
    assert (shown.candidate_id, shown.mobile, shown.id_number, shown.expected_salary) == (
        office.zhang, MOBILE, ID_NUMBER, SALARY)
    [entry] = _reveals(office, office.zhang)
    assert (entry.actor_id, entry.actor_name, entry.action) == (
        office.users["hr.chen"], "hr.chen", "candidates.reveal")
    assert entry.entity_type == candidate_privacy.ENTITY_TYPE
    for secret in (MOBILE, ID_NUMBER, SALARY, "5678"):
        assert secret not in entry.changes
    assert audit_log.verify(office.ws, admin_session.actor).ok  # the chain still holds
    # Revealing again is another entry: every look is accounted for.
    candidate_privacy.reveal(office.ws, chen, office.zhang)
    assert len(_reveals(office, office.zhang)) == 2


@pytest.mark.parametrize("user", ["int.wu", "mgr.wang"])
def test_interviewers_and_managers_may_not_reveal(office: Office, user: str) -> None:
    with pytest.raises(errors.PermissionDenied):
        candidate_privacy.reveal(office.ws, office.actor(user), office.zhang)
    assert _reveals(office, office.zhang) == []


def test_a_candidate_out_of_scope_looks_missing(office: Office) -> None:
    """Not PermissionDenied: that would tell an interviewer the person is on file."""
    wu = office.actor("int.wu")
    for unknown in (office.li, uuid.uuid4()):
        with pytest.raises(errors.NotFound):
            candidate_privacy.reveal(office.ws, wu, unknown)
    with pytest.raises(errors.NotFound):
        candidate_privacy.reveal(office.ws, office.actor("hr.li"), uuid.uuid4())
    assert _reveals(office, office.li) == []


def test_a_reveal_is_not_mistaken_for_the_last_change(office: Office, clock: FixedClock) -> None:
    """A stale edit names who saved last, not who merely looked afterwards."""
    li, chen = office.actor("hr.li"), office.actor("hr.chen")
    before = candidates.get_candidate(office.ws, li, office.zhang)
    clock.advance(minutes=10)
    candidates.update_candidate(office.ws, chen, office.zhang,
                                CandidateChanges(city="苏州"), expected_version=before.version)
    clock.advance(minutes=10)
    candidate_privacy.reveal(office.ws, li, office.zhang)
    with pytest.raises(errors.ChangedMeanwhile) as refused:
        candidates.update_candidate(office.ws, li, office.zhang,
                                    CandidateChanges(notes="电话已约"),
                                    expected_version=before.version)
    assert refused.value.params["by"] == "HR经理 陈静"
