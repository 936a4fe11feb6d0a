"""What the Admin screens need from the core: no self-deactivation, the lockout list, kinds."""

from __future__ import annotations

import pytest

from hrdesk import errors
from hrdesk.dto.accounts import RoleScope
from hrdesk.security.signin import MAX_FAILURES
from hrdesk.services import accounts, channels, session


def test_an_administrator_cannot_deactivate_themselves(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    with pytest.raises(errors.InvalidState) as caught:
        accounts.set_active(ws, actor, actor.user_id, False)
    assert "your own account" in str(caught.value)
    [me] = [u for u in accounts.list_users(ws, actor) if u.id == actor.user_id]
    assert me.active
    # Someone else may be deactivated, and then cannot sign in.
    other = accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-12", (RoleScope("hr"),)))
    assert not accounts.set_active(ws, actor, other.id, False, other.version).active
    with pytest.raises(errors.AccountDisabled):
        session.open_session(ws.location, "hr.li", "hr-password-12", ws.clock)


def test_lockouts_list_locked_users_until_a_password_reset(admin_session, clock) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    user = accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-12", (RoleScope("hr"),)))
    assert accounts.lockouts(ws, actor) == {}
    for _ in range(MAX_FAILURES):
        with pytest.raises((errors.WrongCredentials, errors.AccountLocked)):
            session.open_session(ws.location, "hr.li", "wrong-password-1", clock)
    locked = accounts.lockouts(ws, actor)
    assert list(locked) == ["hr.li"]
    assert locked["hr.li"] > clock.now()
    accounts.reset_password(ws, actor, user.id, "new-password-34")
    assert accounts.lockouts(ws, actor) == {}
    session.open_session(ws.location, "hr.li", "new-password-34", clock).close()


def test_lockouts_need_the_user_management_permission(admin_session, clock) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-12", (RoleScope("hr"),)))
    hr = session.open_session(ws.location, "hr.li", "hr-password-12", clock)
    try:
        with pytest.raises(errors.PermissionDenied):
            accounts.lockouts(ws, hr.actor)
    finally:
        hr.close()


def test_every_offered_kind_makes_a_channel(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    for number, kind in enumerate(channels.KINDS):
        assert channels.create_channel(ws, actor, f"渠道{number}", kind).kind == kind
