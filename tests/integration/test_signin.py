"""Signing in on both backends: right, wrong, locked, disabled, unknown."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import accounts, session, setup
from tests.conftest import ADMIN, ADMIN_PASSWORD, COMPANY


def _digest(location: Location) -> str | None:
    if not isinstance(location, SqliteLocation):
        return None
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(str(location.path) + suffix)
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()


def test_admin_signs_in_and_sees_company(created: Location, clock: FixedClock) -> None:
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    try:
        assert opened.actor.username == ADMIN
        assert opened.actor.roles == ("admin",)
        assert opened.company_name == COMPANY
        assert opened.is_demo is False
    finally:
        opened.close()


def test_user_name_is_not_case_sensitive(created: Location, clock: FixedClock) -> None:
    session.open_session(created, "  Admin ", ADMIN_PASSWORD, clock).close()


def test_wrong_password_changes_nothing_in_the_file(created: Location,
                                                    clock: FixedClock) -> None:
    before = _digest(created)
    with pytest.raises(errors.WrongCredentials) as caught:
        session.open_session(created, ADMIN, "not-the-password", clock)
    assert str(caught.value) == "Wrong user name or password."
    assert _digest(created) == before


def test_unknown_user_gets_the_same_message(created: Location, clock: FixedClock) -> None:
    with pytest.raises(errors.WrongCredentials):
        session.open_session(created, "nobody", ADMIN_PASSWORD, clock)


def test_five_failures_lock_for_fifteen_minutes_across_workstations(
        created: Location, clock: FixedClock) -> None:
    # Each attempt builds its own key-ring access, as a second workstation would.
    for _ in range(4):
        with pytest.raises(errors.WrongCredentials):
            session.open_session(created, ADMIN, "guess", clock)
    with pytest.raises(errors.AccountLocked):
        session.open_session(created, ADMIN, "guess", clock)
    # Locked: even the right password is refused.
    with pytest.raises(errors.AccountLocked):
        session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    clock.advance(minutes=14)
    with pytest.raises(errors.AccountLocked):
        session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    clock.advance(minutes=2)
    session.open_session(created, ADMIN, ADMIN_PASSWORD, clock).close()


def test_unknown_names_lock_too(created: Location, clock: FixedClock) -> None:
    for _ in range(4):
        with pytest.raises(errors.WrongCredentials):
            session.open_session(created, "ghost", "guess", clock)
    with pytest.raises(errors.AccountLocked):
        session.open_session(created, "ghost", "guess", clock)


def test_disabled_account_is_refused(admin_session, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws, actor = admin_session.workspace, admin_session.actor
    info = accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr"),)))
    accounts.set_active(ws, actor, info.id, False)
    with pytest.raises(errors.AccountDisabled):
        session.open_session(ws.location, "hr.li", "hr-password-1", clock)


def test_production_database_has_no_default_accounts(created: Location,
                                                      clock: FixedClock) -> None:
    assert setup.demo_accounts(created) == []
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    try:
        users = accounts.list_users(opened.workspace, opened.actor)
    finally:
        opened.close()
    assert [u.username for u in users] == [ADMIN]


def test_idle_unlock_counts_failures(admin_session) -> None:  # type: ignore[no-untyped-def]
    admin_session.verify_password(ADMIN_PASSWORD)
    with pytest.raises(errors.WrongCredentials):
        admin_session.verify_password("wrong")


def test_creating_twice_is_refused(created: Location, clock: FixedClock) -> None:
    with pytest.raises(errors.AlreadyInitialised):
        setup.create_database(created, COMPANY, ADMIN, "x", ADMIN_PASSWORD, clock)


def test_weak_password_is_refused_before_anything_is_written(
        sqlite_location: SqliteLocation) -> None:
    with pytest.raises(errors.WeakPassword):
        setup.create_database(sqlite_location, COMPANY, ADMIN, "x", "short")
    assert not sqlite_location.path.exists()
    assert not sqlite_location.keyring_path.exists()


def test_a_new_database_in_a_folder_that_does_not_exist_yet(tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    location = SqliteLocation(tmp_path / "fresh" / "data" / "hrdesk.db")
    setup.create_database(location, COMPANY, ADMIN, "管理员", ADMIN_PASSWORD, clock)
    session.open_session(location, ADMIN, ADMIN_PASSWORD, clock).close()
