"""The audit log: complete, masked, append-only, tamper-evident, linear under load."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import create_engine, text

from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import SqliteLocation
from hrdesk.services import accounts, audit_log, org


def _raw(admin_session):  # type: ignore[no-untyped-def]
    """A connection as someone with direct database access would have."""
    ws = admin_session.workspace
    if isinstance(ws.location, SqliteLocation):
        return ws.db.engine, False
    return create_engine(ws.location.sqlalchemy_url()), True


def _tamper(admin_session, *statements: str) -> None:  # type: ignore[no-untyped-def]
    engine, own = _raw(admin_session)
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        # An attacker drops the append-only guard first.
        if sqlite:
            conn.execute(text("DROP TRIGGER audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
        for statement in statements:
            conn.execute(text(statement))
    if own:
        engine.dispose()


def _some_history(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, actor, "KS", "昆山工厂")
    for i in range(3):
        org.create_department(ws, actor, site.id, f"部门{i}")
    accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr", site.id),), mobile="13800001111"))


def test_every_write_is_recorded_with_sensitive_values_masked(admin_session) -> None:  # type: ignore[no-untyped-def]
    _some_history(admin_session)
    records = audit_log.recent(admin_session.workspace, admin_session.actor)
    created_user = next(r for r in records if r.action == "accounts.create_user"
                        and r.entity_type == "users")
    assert created_user.actor_name == "admin"
    assert created_user.changes["username"] == [None, "hr.li"]
    assert created_user.changes["mobile"] == [None, "***"]
    assert created_user.changes["password_hash"] == [None, "***"]
    assert "13800001111" not in json.dumps([r.changes for r in records])
    sites = [r for r in records if r.entity_type == "sites"]
    assert sites[0].changes["name"] == [None, "昆山工厂"]
    assert audit_log.verify(admin_session.workspace, admin_session.actor).ok


def test_updates_record_old_and_new_values(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    info = accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr"),)))
    accounts.set_active(ws, actor, info.id, False)
    latest = audit_log.recent(ws, actor, limit=1)[0]
    assert (latest.action, latest.operation) == ("accounts.set_active", "update")
    assert latest.changes == {"active": [True, False]}
    assert latest.entity_id == str(info.id)


def test_the_log_refuses_edits_and_deletes(admin_session) -> None:  # type: ignore[no-untyped-def]
    engine, own = _raw(admin_session)
    for statement in ("UPDATE audit_entries SET actor_name = 'x'", "DELETE FROM audit_entries"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    if own:
        engine.dispose()


@pytest.mark.parametrize("attack, broken", [
    ("UPDATE audit_entries SET changes = '{}' WHERE seq = 3", 3),
    ("DELETE FROM audit_entries WHERE seq = 4", 4),
    ("UPDATE audit_entries SET seq = CASE seq WHEN 3 THEN 5 WHEN 5 THEN 3 END "
     "WHERE seq IN (3, 5)", 3),
    ("DELETE FROM audit_entries WHERE seq >= 7", 7),
])
def test_tampering_is_found_at_the_exact_entry(admin_session, attack: str, broken: int) -> None:  # type: ignore[no-untyped-def]
    _some_history(admin_session)
    assert audit_log.verify(admin_session.workspace, admin_session.actor).ok
    if "seq = CASE" in attack:  # the unique seq forces a detour through a free number
        _tamper(admin_session, "UPDATE audit_entries SET seq = -1 WHERE seq = 3",
                "UPDATE audit_entries SET seq = 3 WHERE seq = 5",
                "UPDATE audit_entries SET seq = 5 WHERE seq = -1")
    else:
        _tamper(admin_session, attack)
    result = audit_log.verify(admin_session.workspace, admin_session.actor)
    assert not result.ok
    assert result.broken_seq == broken, result.findings


def test_concurrent_writers_make_one_linear_chain(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, actor, "KS", "昆山工厂")
    failures: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(8):
                org.create_department(ws, actor, site.id, f"车间{n}-{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    result = audit_log.verify(ws, actor)
    assert result.ok, result.findings
    assert len(org.list_departments(ws, actor)) == 32


def test_verifying_while_others_write_never_raises_a_false_alarm(admin_session) -> None:  # type: ignore[no-untyped-def]
    """The check reads one snapshot: on PostgreSQL, entries committed while it walks the
    chain once looked like "entries after N were removed" (6 false alarms in 15)."""
    ws, actor = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, actor, "KS", "昆山工厂")
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set():
                org.create_department(ws, actor, site.id, f"车间{n}")
                n += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [audit_log.verify(ws, actor) for _ in range(8)]
    finally:
        stop.set()
        thread.join()
    assert failures == []
    assert [r.findings for r in results if not r.ok] == []
    assert audit_log.verify(ws, actor).ok
