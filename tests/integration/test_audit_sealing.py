"""The audit log holds no person's value in clear: values about a candidate are sealed
under that person's key; their history opens them for those who may read it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from hrdesk.clock import FixedClock
from hrdesk.db import audit_sealing
from hrdesk.services import applications, audit_log, candidates
from tests.integration import plant as plant_
from tests.integration.audit_scan import clear_in_audit

NAME, EMAIL, NEW_EMAIL, SCHOOL = "欧阳封存", "ouyang.seal@example.com", "oy2@example.com", "封存职业技术学院"


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.tick = dt.timedelta(milliseconds=10)
    built = plant_.build(admin_session, clock)
    built.sessions["admin"] = admin_session  # closed by its own fixture
    yield built
    built.sessions.pop("admin")
    built.close()


def _person(plant) -> candidates.CandidateProfile:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    made = candidates.create_candidate(plant.ws, hr, candidates.NewCandidate(
        NAME, mobile="13911112222", email=EMAIL, school=SCHOOL, notes=f"{NAME} 自我介绍"))
    applications.apply(plant.ws, hr, made.id, plant.job.id)  # its tasks name the person
    candidates.update_candidate(plant.ws, hr, made.id, candidates.CandidateChanges(
        email=NEW_EMAIL), made.version)
    return made


def test_no_audit_entry_holds_a_persons_values_in_clear(plant) -> None:  # type: ignore[no-untyped-def]
    _person(plant)
    plant.candidate("王测试", 7, email="wang.seal@example.com")  # the bulk path
    hits = clear_in_audit(plant.ws.db.engine, (NAME, EMAIL, NEW_EMAIL, SCHOOL, "王测试",
                                               "wang.seal@example.com"))
    assert hits == []
    # Records that are nobody's keep their values in clear.
    admin = plant["admin"]
    [job] = audit_log.recent(admin.workspace, admin.actor, entity_id=str(plant.job.id))
    assert job.values == audit_sealing.CLEAR and job.changes["title"] == [None, "数控车工"]
    assert audit_log.verify(admin.workspace, admin.actor).ok


def test_the_history_shows_old_and_new_values_to_those_who_may_read_them(plant) -> None:  # type: ignore[no-untyped-def]
    made = _person(plant)
    executive = plant["exec.huang"]  # reads the audit log and may see candidates
    update, create = audit_log.recent(executive.workspace, executive.actor,
                                      entity_id=str(made.id))
    assert update.values == create.values == audit_sealing.OPENED
    assert update.changes["email"] == [EMAIL, NEW_EMAIL]
    assert create.changes["name"] == [None, NAME] and create.changes["mobile"] == [None, "***"]
    # An administrator sees who changed which fields, never the values.
    admin = plant["admin"]
    update, create = audit_log.recent(admin.workspace, admin.actor, entity_id=str(made.id))
    assert update.values == audit_sealing.NO_KEY
    assert "email" in update.changes
    assert {tuple(v) for v in update.changes.values()} == {(audit_sealing.SEALED_MARK,) * 2}
    assert set(create.changes) >= {"name", "email", "school", "notes"}
    assert NAME not in str(create.changes)


def test_a_damaged_person_key_shows_as_such_and_loses_nothing_else(plant) -> None:  # type: ignore[no-untyped-def]
    made = _person(plant)
    with plant.ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE candidates SET audit_salt = 'not a salt' WHERE id = :id"),
                     {"id": made.id.hex if conn.dialect.name == "sqlite" else made.id})
    executive = plant["exec.huang"]
    records = audit_log.recent(executive.workspace, executive.actor, entity_id=str(made.id))
    assert {r.values for r in records} == {audit_sealing.DAMAGED}
    assert set(records[-1].changes) >= {"name", "email"}
    # The person is still there and can still be worked with.
    hr = plant.actor("hr.li")
    assert candidates.get_candidate(plant.ws, hr, made.id).name == NAME
