"""Time comes from the clock and only moves forward in the audit log; a busy database
says so; two sign-ins of one user at the same moment both succeed."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.db import engine as engine_module
from hrdesk.locations import Location, SqliteLocation
from hrdesk.models.audit import AuditEntry
from hrdesk.models.org import User
from hrdesk.security import audit, signin
from hrdesk.services import audit_log, org, session
from tests.conftest import ADMIN, ADMIN_PASSWORD

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _entries(opened: session.Session) -> list[tuple[str, dt.datetime, str]]:
    """(action, at, changes) of every entry, in order."""
    with opened.workspace.db.unit_of_work(read_only=True) as uow:
        return [tuple(row) for row in uow.session.execute(  # type: ignore[misc]
            select(AuditEntry.action, AuditEntry.at, AuditEntry.changes)
            .order_by(AuditEntry.seq))]


def test_a_moment_in_china_is_stored_as_the_same_instant(created: Location) -> None:
    """A write at 17:00+08:00 once went into SQLite as 17:00 and came back as 17:00 UTC:
    its audit entry, hashed with the real instant, broke the chain for good."""
    clock = FixedClock(dt.datetime(2026, 11, 2, 17, 0, tzinfo=SHANGHAI))
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    try:
        org.create_site(opened.workspace, opened.actor, "KS", "昆山工厂")
        _action, at, _changes = _entries(opened)[-1]
        assert at == dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
        assert audit_log.verify(opened.workspace, opened.actor).ok
        with opened.workspace.db.unit_of_work(read_only=True) as uow:
            admin = uow.session.scalar(select(User).where(User.username == ADMIN))
            assert admin.last_login_at == dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    finally:
        opened.close()


def test_a_naive_moment_is_refused_rather_than_guessed(created: Location,
                                                       clock: FixedClock) -> None:
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    try:
        with pytest.raises(Exception, match="naive"), \
                opened.workspace.db.unit_of_work() as uow:
            user = uow.session.scalar(select(User))
            user.last_login_at = dt.datetime(2026, 11, 2, 9, 0)
            uow.flush()
    finally:
        opened.close()


def test_a_clock_moved_back_cannot_back_date_the_log(created: Location,
                                                     clock: FixedClock) -> None:
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    try:
        org.create_site(opened.workspace, opened.actor, "KS", "昆山工厂")
        head_at = _entries(opened)[-1][1]
        clock.set(dt.datetime(2019, 1, 1, tzinfo=dt.UTC))
        org.create_site(opened.workspace, opened.actor, "CZ", "常州工厂")
        *_, jump, site = _entries(opened)
        assert jump[:2] == (audit.CLOCK_JUMP_ACTION, head_at)
        assert "2019-01-01" in jump[2]
        assert site[1] == head_at  # not 2019
        assert audit_log.verify(opened.workspace, opened.actor).ok
    finally:
        opened.close()


def test_a_lock_out_is_kept_in_utc_shown_with_its_date_and_bounded(created: Location) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 2, 15, 50, tzinfo=dt.UTC))  # 23:50 in China
    for _ in range(signin.MAX_FAILURES - 1):
        with pytest.raises(errors.WrongCredentials):
            session.open_session(created, ADMIN, "wrong-password", clock)
    with pytest.raises(errors.AccountLocked) as caught:
        session.open_session(created, ADMIN, "wrong-password", clock)
    from hrdesk.db import access, keyring

    with access.opened_keystore(created) as store:
        stored = store.get(keyring.attempts_name(ADMIN))["locked_until"]
        assert stored.endswith("+00:00")
        ends = dt.datetime.fromisoformat(stored).astimezone()
        assert caught.value.params["until"] == ends.strftime("%Y-%m-%d %H:%M")
        # A lock set for 2032 (by a clock someone once pinned) lasts one lock-out at most.
        store.put(keyring.attempts_name(ADMIN), {"failures": 0,
                                                 "locked_until": "2032-01-01T00:00:00+00:00"})
    with pytest.raises(errors.AccountLocked) as caught:
        session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    assert caught.value.params["until"].startswith("2026-11-0")
    clock.advance(minutes=16)
    session.open_session(created, ADMIN, ADMIN_PASSWORD, clock).close()


def test_two_sign_ins_of_one_user_at_the_same_moment_both_succeed(created: Location,
                                                                   clock: FixedClock) -> None:
    failures: list[BaseException] = []
    barrier = threading.Barrier(4)

    def sign_in() -> None:
        try:
            barrier.wait()
            session.open_session(created, ADMIN, ADMIN_PASSWORD, clock).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=sign_in) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another task holding the file gives up after 0.3 s, not 10."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)


def _hold_the_file(location: SqliteLocation, keys_hex: str, exclusive: bool):  # type: ignore[no-untyped-def]
    """A second program writing to the file (a large import), holding its lock."""
    holder = sqlcipher3.dbapi2.connect(str(location.path), timeout=0.1,
                                       isolation_level=None, check_same_thread=False)
    holder.execute(f"PRAGMA key = \"x'{keys_hex}'\"")
    if exclusive:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE organisation SET name = name")
    return holder


def test_reading_during_a_long_write_works_and_a_write_says_busy(
        created: Location, clock: FixedClock, short_wait: None, tmp_path: Path) -> None:
    """Opening and reading take no write lock; a write (the sign-in's own record among
    them) that waits it out is told the database is busy — never that it is damaged."""
    if not isinstance(created, SqliteLocation):
        pytest.skip("the write lock of a file")
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    keys_hex = opened.workspace.keys.sqlcipher_hex()
    try:
        holder = _hold_the_file(created, keys_hex, exclusive=False)
        try:
            assert audit_log.verify(opened.workspace, opened.actor, rows=False).entries > 0
            with pytest.raises(errors.DatabaseBusy):
                org.create_site(opened.workspace, opened.actor, "KS", "昆山工厂")
            with pytest.raises(errors.DatabaseBusy):
                session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
        finally:
            holder.rollback()
            holder.close()
    finally:
        opened.close()


def test_a_file_held_exclusively_is_busy_not_damaged(created: Location, clock: FixedClock,
                                                     short_wait: None) -> None:
    if not isinstance(created, SqliteLocation):
        pytest.skip("the locks of a file")
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    keys_hex = opened.workspace.keys.sqlcipher_hex()
    opened.close()
    holder = _hold_the_file(created, keys_hex, exclusive=True)
    try:
        with pytest.raises(errors.DatabaseBusy):
            session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    finally:
        holder.rollback()
        holder.close()
