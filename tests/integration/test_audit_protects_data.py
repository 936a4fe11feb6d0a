"""The audit trail protects the data, and its head is anchored outside the database.

Each attack is made the way someone holding the database key (every user's slot
opens it) could make it: plain SQL, append-only triggers dropped first.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, text

from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.security import audit, audit_anchor
from hrdesk.services import accounts, audit_log, candidates, session
from tests.integration.test_audit import _raw, _tamper

HR_PASSWORD = "hr-password-1"


@pytest.fixture
def office(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    """An administrator and a recruiter who has added two people."""
    clock.tick = dt.timedelta(milliseconds=5)
    ws, admin = admin_session.workspace, admin_session.actor
    accounts.create_user(ws, admin, accounts.NewUser("hr.li", "李娜", HR_PASSWORD,
                                                     (RoleScope("hr"),)))
    hr = session.open_session(ws.location, "hr.li", HR_PASSWORD, clock)
    made = [candidates.create_candidate(hr.workspace, hr.actor, candidates.NewCandidate(
        name, mobile=mobile)).id for name, mobile in (("王芳", "13900001111"),
                                                      ("李强", "13900002222"))]
    hr.close()
    assert audit_log.verify(ws, admin).ok  # anchors the head as it is now
    return admin_session, made


def _problems(admin_session) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    result = audit_log.verify(admin_session.workspace, admin_session.actor)
    assert not result.ok
    return result.problems


def _execute(admin_session, statement: str, **params) -> None:  # type: ignore[no-untyped-def]
    engine, own = _raw(admin_session)
    with engine.begin() as conn:
        conn.execute(text(statement), params)
    if own:
        engine.dispose()


def _key(admin_session, value: uuid.UUID) -> str:  # type: ignore[no-untyped-def]
    """A UUID as each backend stores it (SQLite: 32 hex digits)."""
    return value.hex if admin_session.workspace.db.engine.dialect.name == "sqlite" \
        else str(value)


def test_a_row_edited_outside_the_application_is_named(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, (wang, _li) = office
    _execute(admin_session, "UPDATE candidates SET name = '王芳芳' WHERE id = :id",
             id=_key(admin_session, wang))
    assert _problems(admin_session) == (
        f"candidates {wang} was changed outside the application",)


def test_a_row_deleted_or_added_outside_the_application_is_named(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, (wang, li) = office
    _execute(admin_session, "DELETE FROM timeline_events WHERE candidate_id = :id",
             id=_key(admin_session, li))
    _execute(admin_session, "DELETE FROM candidates WHERE id = :id", id=_key(admin_session, li))
    stranger = uuid.uuid4()
    _execute(admin_session, "INSERT INTO candidates (id, name, certificates, skills, tags, "
             "extra, created_at, version) VALUES (:id, '外人', '[]', '[]', '[]', '{}', "
             "'2026-11-02 09:00:00', 1)", id=_key(admin_session, stranger))
    problems = _problems(admin_session)
    assert f"candidates {stranger} was added outside the application" in problems
    assert f"candidates {li} was deleted outside the application" in problems
    assert not any(str(wang) in p for p in problems)


def test_an_older_state_put_back_is_still_a_change(office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """A row restored to what an earlier entry recorded does not match the latest one."""
    admin_session, (wang, _li) = office
    hr = session.open_session(admin_session.workspace.location, "hr.li", HR_PASSWORD, clock)
    engine, own = _raw(admin_session)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT name, version, audit_entry_id FROM candidates "
                                   "WHERE id = :id"), {"id": _key(admin_session, wang)}).one()
    candidates.update_candidate(hr.workspace, hr.actor, wang,
                                candidates.CandidateChanges(name="王芳（已婚）"), before.version)
    hr.close()
    with engine.begin() as conn:
        conn.execute(text("UPDATE candidates SET name = :n, version = :v, audit_entry_id = :e "
                          "WHERE id = :id"), {"n": before.name, "v": before.version,
                                              "e": before.audit_entry_id,
                                              "id": _key(admin_session, wang)})
    if own:
        engine.dispose()
    assert _problems(admin_session) == (f"candidates {wang} was changed outside the application",)


def test_a_rehashed_chain_no_longer_matches_its_anchor(office) -> None:  # type: ignore[no-untyped-def]
    """Forge who did something, then hash the whole chain again: the chain alone holds,
    the anchor (an HMAC under a key only administrators hold) does not."""
    admin_session, _made = office
    engine, own = _raw(admin_session)
    with engine.connect() as conn:
        entries = conn.execute(text("SELECT seq, at, actor_id, actor_name, action, operation, "
                                    "entity_type, entity_id, changes, rows FROM audit_entries "
                                    "ORDER BY seq")).all()
    if own:
        engine.dispose()
    statements, prev = [], audit.GENESIS
    for e in entries:
        name = "hr.wang" if e.seq == 3 else e.actor_name  # the forgery
        at = e.at if isinstance(e.at, dt.datetime) else dt.datetime.fromisoformat(e.at)
        body = audit._body(e.seq, at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at,
                           uuid.UUID(str(e.actor_id)) if e.actor_id else None, name,
                           e.action, e.operation, e.entity_type, e.entity_id, e.changes,
                           e.rows)
        digest = audit.chain_hash(prev, body)
        statements.append(f"UPDATE audit_entries SET actor_name = '{name}', "
                          f"prev_hash = '{prev}', hash = '{digest}' WHERE seq = {e.seq}")
        prev = digest
    statements.append(f"UPDATE audit_head SET last_hash = '{prev}' WHERE id = 1")
    _tamper(admin_session, *statements)
    result = audit_log.verify(admin_session.workspace, admin_session.actor)
    assert result.chain.broken_seq is None  # the chain itself holds
    assert not result.ok
    assert [p.code for p in result.problems] == ["head_rewritten"], result.problems


def test_cutting_the_newest_entries_and_moving_the_head_back_is_found(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, _made = office
    ws, admin = admin_session.workspace, admin_session.actor
    last = audit_log.head(ws, admin).seq
    with ws.db.unit_of_work(read_only=True) as uow:
        keep = uow.session.execute(text(f"SELECT seq, hash FROM audit_entries "
                                        f"WHERE seq = {last - 3}")).one()
    _tamper(admin_session, f"DELETE FROM audit_entries WHERE seq > {keep.seq}",
            f"UPDATE audit_head SET last_seq = {keep.seq}, last_hash = '{keep.hash}' "
            "WHERE id = 1")
    problems = _problems(admin_session)
    assert ("head_removed", {"seq": last}) in [(p.code, p.params) for p in problems]


def test_a_head_written_down_must_still_be_in_the_log(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, _made = office
    ws, admin = admin_session.workspace, admin_session.actor
    noted = audit_log.head(ws, admin)
    assert audit_log.verify(ws, admin, noted).ok
    wrong = audit_anchor.Head(noted.seq, "f" * 64)
    result = audit_log.verify(ws, admin, wrong)
    assert not result.ok and [p.code for p in result.problems] == ["head_rewritten"]


def test_an_altered_anchor_is_reported(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, _made = office
    store = admin_session.workspace.store
    anchored = store.get(audit_anchor.ENTRY)
    store.put(audit_anchor.ENTRY, {**anchored, "seq": anchored["seq"] - 1})
    assert [p.code for p in _problems(admin_session)] == ["anchor_altered"]


def test_the_application_s_own_writes_keep_every_row_vouched_for(office, clock) -> None:  # type: ignore[no-untyped-def]
    """Edits, a sign-in's bookkeeping, a deletion through the services: all accounted."""
    admin_session, (wang, _li) = office
    hr = session.open_session(admin_session.workspace.location, "hr.li", HR_PASSWORD, clock)
    profile = candidates.get_candidate(hr.workspace, hr.actor, wang)
    candidates.update_candidate(hr.workspace, hr.actor, wang,
                                candidates.CandidateChanges(city="昆山"), profile.version)
    hr.close()
    with admin_session.workspace.db.unit_of_work(read_only=True) as uow:
        stamped = uow.session.execute(select(text("count(*)")).select_from(
            text("candidates")).where(text("audit_entry_id IS NULL"))).scalar()
    assert stamped == 0
    result = audit_log.verify(admin_session.workspace, admin_session.actor)
    assert result.ok, result.problems
    assert result.chain.rows_checked
