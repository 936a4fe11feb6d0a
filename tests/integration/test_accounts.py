"""Accounts: roles, permissions, password changes that rewrap one slot."""

from __future__ import annotations

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.db import keyring
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, org, session
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _new(name: str, role: str, **kw) -> accounts.NewUser:  # type: ignore[no-untyped-def]
    return accounts.NewUser(name, name, f"{name}-password", (RoleScope(role),), **kw)


def test_users_with_scoped_roles(admin_session, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, actor, "ks", "昆山工厂", "昆山")
    dept = org.create_department(ws, actor, site.id, "生产部")
    workshop = org.create_department(ws, actor, site.id, "机加工车间", parent_id=dept.id)
    head = accounts.create_user(ws, actor, accounts.NewUser(
        "mgr.wang", "王强", "manager-password", (RoleScope("manager", None, dept.id),),
        site_id=site.id, department_id=dept.id))
    org.set_department_head(ws, actor, dept.id, head.id)
    assert org.escalation_chain(ws, workshop.id) == [head.id]
    assert site.code == "KS"
    opened = session.open_session(ws.location, "mgr.wang", "manager-password", clock)
    try:
        assert opened.actor.grants == (RoleScope("manager", None, dept.id),)
        assert opened.actor.site_name == "昆山工厂"
    finally:
        opened.close()


def test_only_admins_manage_users(admin_session, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws = admin_session.workspace
    accounts.create_user(ws, admin_session.actor, _new("hr.li", "hr"))
    hr = session.open_session(ws.location, "hr.li", "hr.li-password", clock)
    try:
        with pytest.raises(errors.PermissionDenied):
            accounts.create_user(ws, hr.actor, _new("sneaky", "admin"))
        with pytest.raises(errors.PermissionDenied):
            accounts.list_users(ws, hr.actor)
        with pytest.raises(errors.PermissionDenied):
            org.create_site(ws, hr.actor, "X", "x")
    finally:
        hr.close()


def test_changing_a_password_rewraps_one_slot(admin_session, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws = admin_session.workspace
    accounts.create_user(ws, admin_session.actor, _new("hr.li", "hr"))
    before = ws.store.items()
    admin_session.change_password(ADMIN_PASSWORD, "a-brand-new-password")
    after = ws.store.items()
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {keyring.slot_name(ADMIN)}
    with pytest.raises(errors.WrongCredentials):
        session.open_session(ws.location, ADMIN, ADMIN_PASSWORD, clock)
    session.open_session(ws.location, ADMIN, "a-brand-new-password", clock).close()
    session.open_session(ws.location, "hr.li", "hr.li-password", clock).close()


def test_password_change_needs_the_old_one_and_a_strong_new_one(admin_session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.WrongCredentials):
        admin_session.change_password("wrong-old-password", "a-brand-new-password")
    with pytest.raises(errors.WeakPassword):
        admin_session.change_password(ADMIN_PASSWORD, "short")


def test_duplicate_user_name_is_refused(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    accounts.create_user(ws, actor, _new("hr.li", "hr"))
    with pytest.raises(errors.UsernameTaken):
        accounts.create_user(ws, actor, _new("HR.LI", "hr"))


def test_a_stale_edit_is_refused(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    info = accounts.create_user(ws, actor, _new("hr.li", "hr"))
    accounts.set_active(ws, actor, info.id, False, expected_version=info.version)
    with pytest.raises(errors.ConcurrentChange):
        accounts.set_active(ws, actor, info.id, True, expected_version=info.version)


def test_admin_reset_clears_a_lockout(admin_session, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    info = accounts.create_user(ws, actor, _new("hr.li", "hr"))
    for _ in range(5):
        with pytest.raises((errors.WrongCredentials, errors.AccountLocked)):
            session.open_session(ws.location, "hr.li", "guess", clock)
    accounts.reset_password(ws, actor, info.id, "reset-password-1")
    session.open_session(ws.location, "hr.li", "reset-password-1", clock).close()


def test_recovery_code_sets_a_new_admin_password(location, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    from hrdesk.services import setup

    created = setup.create_database(location, "厂", ADMIN, "管理员", ADMIN_PASSWORD, clock)
    with pytest.raises(errors.InvalidRecoveryCode):
        accounts.recover_access(location, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", ADMIN,
                                "recovered-password", clock)
    accounts.recover_access(location, created.recovery_code.lower(), ADMIN,
                            "recovered-password", clock)
    with pytest.raises(errors.WrongCredentials):
        session.open_session(location, ADMIN, ADMIN_PASSWORD, clock)
    session.open_session(location, ADMIN, "recovered-password", clock).close()
