"""The audit log holds no person's value in clear: values about a candidate are sealed
under that person's key; their history opens them for those who may read it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hrdesk.clock import FixedClock
from hrdesk.demo.database import create_demo_database
from hrdesk.locations import SqliteLocation
from hrdesk.models.settings import Setting
from hrdesk.security import audit, audit_anchor, audit_sealing
from hrdesk.security.actor import SYSTEM
from hrdesk.services import applications, audit_log, candidates, session
from hrdesk.workspace import reseal
from tests.integration import plant as plant_
from tests.integration.audit_scan import clear_in_audit

NAME, EMAIL, NEW_EMAIL, SCHOOL = "欧阳封存", "ouyang.seal@example.com", "oy2@example.com", "封存职业技术学院"


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    yield from plant_.with_administrator(admin_session, clock)


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


def test_old_clear_entries_are_sealed_by_the_first_session_holding_the_key(plant) -> None:  # type: ignore[no-untyped-def]
    """A database upgraded by someone without the history key (an administrator of a
    ring split before it existed): its old entries wait, then the next sign-in of
    someone who holds it seals them; the anchor and a head written down before
    still check, and verify-audit says what happened."""
    made = _person(plant)
    admin = plant["admin"]
    ws = admin.workspace
    with ws.db.unit_of_work(SYSTEM, "legacy") as uow:  # as an entry of the old version
        audit.append(uow.session, [audit.Record(SYSTEM, "legacy", uow.now, audit.Change(
            "update", "candidates", str(made.id), {"name": ["欧阳旧名", NAME]}))])
        uow.session.add(Setting(key=reseal.PENDING, value={"from": "0007_row_audit"}))
        uow.commit()
    old_head = audit_log.head(ws, admin.actor)
    assert audit_log.verify(ws, admin.actor).ok  # the anchor moves to the old head
    assert reseal.finish(ws.db) is None  # the administrator holds no history key
    assert clear_in_audit(ws.db.engine, ("欧阳旧名",))
    plant.sessions.pop("hr.li").close()
    hr = plant["hr.li"]  # signs in: seals them
    assert clear_in_audit(ws.db.engine, ("欧阳旧名", NAME)) == []
    [renamed] = [r for r in audit_log.person_history(hr.workspace, hr.actor, made.id)
                 if r.action == "legacy"]
    assert renamed.values == audit_sealing.OPENED
    assert renamed.changes == {"name": ["欧阳旧名", NAME]}
    checked = audit_log.verify(ws, admin.actor, written_down=old_head)
    assert checked.ok, checked.findings
    [note] = checked.notes
    assert note.code == "chain_resealed" and note.params["entries"] == 1
    # A head written down shortly before is recognised; one not known to the chain is not.
    forged = audit_anchor.Head(old_head.seq, "f" * 64)
    assert not audit_log.verify(ws, admin.actor, written_down=forged).ok


def test_the_demo_history_leaves_no_name_in_the_audit_log(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    """The demo writes its year in bulk, around the unit of work's own bookkeeping."""
    location = SqliteLocation(tmp_path / "demo.db")
    [admin, *_] = create_demo_database(location, 30, clock=clock)
    opened = session.open_session(location, admin.username, admin.password, clock)
    try:
        with opened.workspace.db.engine.connect() as conn:
            people = set(conn.execute(text("SELECT name FROM candidates")).scalars())
            staff = set(conn.execute(text("SELECT display_name FROM users")).scalars())
        assert len(people) > 20
        assert clear_in_audit(opened.workspace.db.engine, people - staff) == []
    finally:
        opened.close()
