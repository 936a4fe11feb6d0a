"""Erasing a person: gone from every table and from the file's pages, the counts kept,
the audit log still verifying and their history no longer readable."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import inspect, text

from hrdesk import errors, identity
from hrdesk.clock import FixedClock
from hrdesk.locations import SqliteLocation
from hrdesk.models.applications import Application
from hrdesk.models.outbox import OutboxMessage
from hrdesk.models.tasks import Notification
from hrdesk.security import audit_sealing
from hrdesk.services import (
    applications,
    attachments,
    audit_log,
    candidate_search,
    candidates,
    erasure,
)
from hrdesk.services.screening import rejection_text
from tests.integration import plant as plant_
from tests.integration.audit_scan import clear_in_audit
from tests.integration.sqlcipher_pages import decrypted

NAME, MOBILE, EMAIL = "欧阳抹除", "13955554444", "ouyang.erase@example.com"
FIRST17 = "32058319880808456"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)
SEEDS = (NAME, MOBILE, EMAIL, ID_NUMBER, "抹除职业学院")


@pytest.fixture
def plant(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    yield from plant_.with_administrator(admin_session, clock)


def _person(plant) -> tuple[uuid.UUID, uuid.UUID]:  # type: ignore[no-untyped-def]
    """Someone with a file, an application (its tasks and timeline name them), a
    queued message and a colleague's notice about them."""
    ws, hr = plant.ws, plant.actor("hr.li")
    made = candidates.create_candidate(ws, hr, candidates.NewCandidate(
        NAME, mobile=MOBILE, email=EMAIL, id_number=ID_NUMBER, school="抹除职业学院",
        notes=f"{NAME}：夜班可以"))
    attachments.add_attachment(ws, hr, made.id, f"{NAME}{MOBILE}.txt",
                               f"{NAME} {MOBILE} {EMAIL}".encode())
    app = applications.apply(ws, hr, made.id, plant.job.id).application_id
    applications.advance(ws, hr, app, comment=f"{NAME} 实操合格")
    with ws.db.unit_of_work(hr, "test") as uow:  # as a screening rejection writes them
        uow.session.add(OutboxMessage(
            kind="rejection", channel="email", recipient=EMAIL, subject="回复",
            body=rejection_text(NAME, "公司", "数控车工"), candidate_id=made.id,
            application_id=app, queued_at=uow.now))
        uow.session.add(Notification(user_id=hr.user_id, at=uow.now, kind="screening",
                                     title=f"高潜候选人：{NAME}", body=f"{NAME} 通过筛选",
                                     link_type="application", link_id=app))
        uow.commit()
    return made.id, app


def _every_value(engine) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(table, column, seed) for each seed found in any column of any table."""
    hits = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in row.items():
                    said = value.decode("utf-8", "replace") if isinstance(
                        value, (bytes, memoryview)) else json.dumps(value, default=str,
                                                                    ensure_ascii=False)
                    hits += [(table, column, s) for s in SEEDS if s in said]
    return sorted(set(hits))


def test_erasure_leaves_the_person_nowhere_and_the_counts_everywhere(plant) -> None:  # type: ignore[no-untyped-def]
    person, app = _person(plant)
    ws, hr = plant.ws, plant.actor("hr.li")
    engine = ws.db.engine
    assert {s for _t, _c, s in _every_value(engine)} >= {NAME, EMAIL}  # the scan finds them
    # Not while the person is in an open application: nothing changes.
    with pytest.raises(errors.ErasureBlocked, match=plant.job.code):
        erasure.erase(ws, hr, person, "本人要求删除")
    with pytest.raises(errors.PermissionDenied):
        erasure.erase(plant["int.wu"].workspace, plant.actor("int.wu"), person, "x")
    applications.reject(ws, hr, app, "skills", comment=f"{NAME} 薪资不符")
    with pytest.raises(errors.ErasureReasonMissing):
        erasure.erase(ws, hr, person, "  ")
    planned = erasure.plan(ws, hr, person)
    assert planned.name == NAME and planned.applications_kept == 1
    assert planned.rows["attachments"] == 1 and planned.rows["outbox"] >= 1
    assert planned.rows["notifications"] >= 1 and planned.rows["tasks"] >= 1

    done = erasure.erase(ws, hr, person, f"{NAME}本人申请删除（个保法第47条）")
    assert done.rows == planned.rows
    assert _every_value(engine) == []  # every table, every column, the audit log too
    assert clear_in_audit(engine, SEEDS) == []
    # The application still counts, as an erased person's.
    with ws.db.unit_of_work(read_only=True) as uow:
        kept = uow.session.get_one(Application, app)
        assert kept.candidate_id == person and kept.status == "rejected"
    profile = candidates.get_candidate(ws, hr, person)
    assert profile.name == erasure.ERASED_NAME and profile.mobile is None
    assert person not in {c.id for c in candidate_search.search_candidates(ws, hr).items}
    # The chain still verifies; the person's history lost its values, not its entries.
    admin = plant["admin"]
    assert audit_log.verify(admin.workspace, admin.actor).ok
    history = audit_log.person_history(ws, hr, person)
    assert {r.values for r in history} >= {audit_sealing.ERASED}
    [erased] = [r for r in audit_log.recent(admin.workspace, admin.actor,
                                            entity_id=str(person)) if r.operation == "erase"]
    assert erased.values == audit_sealing.CLEAR and erasure.ERASED_NAME in \
        erased.changes["reason"] and erased.changes["applications_kept"] == 1
    with pytest.raises(errors.AlreadyErased):
        erasure.erase(ws, hr, person, "again")
    # Nothing puts personal data back on the emptied row.
    with pytest.raises(errors.AlreadyErased):
        candidates.update_candidate(ws, hr, person, candidates.CandidateChanges(
            notes="回来了"), profile.version)
    with pytest.raises(errors.AlreadyErased):
        attachments.add_attachment(ws, hr, person, "a.txt", b"x")
    with pytest.raises(errors.AlreadyErased):
        applications.apply(ws, hr, person, plant.job.id)
    if isinstance(ws.location, SqliteLocation):
        key = ws.keys.sqlcipher_hex()
        plant.close()
        admin.close()
        pages = decrypted(ws.location.path, key)
        assert [s for s in SEEDS if s.encode() in pages] == []


def test_the_file_pages_hold_the_person_before_erasure(plant) -> None:  # type: ignore[no-untyped-def]
    """The page scan above can fail: before erasure it finds the person."""
    if not isinstance(plant.ws.location, SqliteLocation):
        pytest.skip("SQLite pages")
    _person(plant)
    key, path = plant.ws.keys.sqlcipher_hex(), plant.ws.location.path
    plant.close()
    plant.sessions["admin"].close()
    assert NAME.encode() in decrypted(path, key)


def test_a_person_whose_audit_key_is_damaged_is_still_erased(plant) -> None:  # type: ignore[no-untyped-def]
    ws, hr = plant.ws, plant.actor("hr.li")
    person = plant.candidate(NAME, 77)
    with ws.db.engine.begin() as conn:  # the salt unreadable: the key cannot be made
        conn.execute(text("UPDATE candidates SET audit_salt = '!!' WHERE id = :id"),
                     {"id": person.hex if conn.dialect.name == "sqlite" else person})
    erasure.erase(ws, hr, person, "本人申请删除")
    assert _every_value(ws.db.engine) == []
    admin = plant["admin"]
    assert audit_log.verify(admin.workspace, admin.actor).ok
