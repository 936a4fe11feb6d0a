"""Backups: encrypted, complete, restorable across backends, refused when damaged."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

import hrdesk.models  # noqa: F401
from hrdesk import errors
from hrdesk.clock import FixedClock, as_utc
from hrdesk.db import access, keyring
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, SqliteLocation
from hrdesk.models.base import Base
from hrdesk.security.actor import RoleScope
from hrdesk.services import accounts, audit_log, candidates, maintenance, session
from hrdesk.services.demo_people import PeopleMaker
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _same_everywhere(value: Any) -> str:
    # SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare instants.
    return as_utc(value).isoformat() if isinstance(value, dt.datetime) else str(value)


def _everything(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {t.name: sorted(tuple(_same_everywhere(v) for v in row)
                               for row in conn.execute(select(t)))
                for t in Base.metadata.sorted_tables if t.name != "keyring"}


def _fill(opened: session.Session) -> None:
    ws, actor = opened.workspace, opened.actor
    info = accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr"),)))
    hr = session.Session(ws, session.Actor(info.id, info.username, info.display_name,
                                           info.roles), "", False)
    maker = PeopleMaker(random.Random(7), dt.date(2026, 11, 2))
    candidates.add_candidates(ws, hr.actor, [maker.person() for _ in range(2_500)])
    assert candidates.count(ws, hr.actor) == 2_500


@pytest.mark.parametrize("target_kind", ["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def test_round_trip_keeps_every_row(admin_session, target_kind: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    clock: FixedClock, request: pytest.FixtureRequest) -> None:
    _fill(admin_session)
    original = _everything(admin_session.workspace.db.engine)
    path = tmp_path / "nightly.hdbk"
    info = maintenance.make_backup(admin_session.workspace, admin_session.actor, path)
    assert info.counts["candidates"] == 2_500
    # Rows are sealed, not just compressed (the header names key slots, nothing more).
    assert "李娜".encode() not in path.read_bytes()
    assert "昆山".encode() not in path.read_bytes()
    target: Location = (SqliteLocation(tmp_path / "restored.db") if target_kind == "sqlite"
                        else request.getfixturevalue("pg_databases")())
    counts = maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD, clock)
    assert counts["candidates"] == 2_500
    # Every row of every table, read with the key before anyone signs in to the copy.
    engine = open_engine(target, admin_session.workspace.key)
    try:
        assert _everything(engine) == original
    finally:
        engine.dispose()
    # The key ring is a table on PostgreSQL and a file beside SQLite: compared as a ring.
    assert access.keystore(target).items() == {
        k: v for k, v in admin_session.workspace.store.items().items()
        if not k.startswith("attempts:")}
    restored = session.open_session(target, ADMIN, ADMIN_PASSWORD, clock)
    try:
        assert audit_log.verify(restored.workspace, restored.actor).ok
    finally:
        restored.close()
    session.open_session(target, "hr.li", "hr-password-1", clock).close()


def test_restore_with_the_recovery_code(tmp_path: Path, clock: FixedClock) -> None:
    from hrdesk.services import setup

    source = SqliteLocation(tmp_path / "a.db")
    created = setup.create_database(source, "厂", ADMIN, "管理员", ADMIN_PASSWORD, clock)
    opened = session.open_session(source, ADMIN, ADMIN_PASSWORD, clock)
    maintenance.make_backup(opened.workspace, opened.actor, tmp_path / "b.hdbk")
    opened.close()
    target = SqliteLocation(tmp_path / "c.db")
    with pytest.raises(errors.InvalidRecoveryCode):
        maintenance.restore_backup(tmp_path / "b.hdbk", target, "", "AAAAA-BBBBB", clock,
                                   recovery=True)
    sloppy = created.recovery_code.lower().replace("-", " ")
    maintenance.restore_backup(tmp_path / "b.hdbk", target, "", sloppy, clock, recovery=True)
    assert keyring.RECOVERY in access.keystore(target).items()


@pytest.mark.parametrize("damage", ["truncate", "flip", "header"])
def test_a_damaged_backup_restores_nothing(admin_session, tmp_path: Path, damage: str) -> None:  # type: ignore[no-untyped-def]
    _fill(admin_session)
    path = tmp_path / "b.hdbk"
    maintenance.make_backup(admin_session.workspace, admin_session.actor, path)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) * 2 // 3]
    elif damage == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        data[20] ^= 0x01
    path.write_bytes(bytes(data))
    target = SqliteLocation(tmp_path / "restored.db")
    with pytest.raises(errors.BackupUnreadable) as caught:
        maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD)
    assert str(path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir() if "restored" in p.name) == []


def test_restore_needs_an_empty_place_and_the_right_password(admin_session,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    path = tmp_path / "b.hdbk"
    maintenance.make_backup(admin_session.workspace, admin_session.actor, path)
    with pytest.raises(errors.WrongCredentials):
        maintenance.restore_backup(path, SqliteLocation(tmp_path / "x.db"), ADMIN, "nope")
    with pytest.raises(errors.AlreadyInitialised):
        maintenance.restore_backup(path, admin_session.workspace.location, ADMIN,
                                   ADMIN_PASSWORD)


def test_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    with pytest.raises(errors.BackupUnreadable):
        maintenance.restore_backup(junk, SqliteLocation(tmp_path / "x.db"), ADMIN, "pw")


def test_only_admins_back_up(admin_session, tmp_path: Path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    ws = admin_session.workspace
    accounts.create_user(ws, admin_session.actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr"),)))
    hr = session.open_session(ws.location, "hr.li", "hr-password-1", clock)
    with pytest.raises(errors.PermissionDenied):
        maintenance.make_backup(ws, hr.actor, tmp_path / "b.hdbk")
    hr.close()
    assert not (tmp_path / "b.hdbk").exists()


def test_a_backup_file_is_readable_by_its_owner_only(admin_session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import stat

    info = maintenance.make_backup(admin_session.workspace, admin_session.actor,
                                   tmp_path / "office.hdbk")
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
