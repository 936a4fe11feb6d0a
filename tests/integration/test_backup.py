"""Backups: encrypted, complete, restorable across backends, refused when damaged."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

import hrdesk.models  # noqa: F401
from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.db import access, backup, keyring
from hrdesk.demo.people import PeopleMaker
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import SqliteLocation
from hrdesk.services import accounts, candidates, maintenance, session
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _fill(opened: session.Session, clock: FixedClock) -> None:
    ws, actor = opened.workspace, opened.actor
    accounts.create_user(ws, actor, accounts.NewUser(
        "hr.li", "李娜", "hr-password-1", (RoleScope("hr"),)))
    hr = session.open_session(ws.location, "hr.li", "hr-password-1", clock)
    try:
        maker = PeopleMaker(random.Random(7), dt.date(2026, 11, 2))
        candidates.add_candidates(hr.workspace, hr.actor, [maker.person() for _ in range(500)])
    finally:
        hr.close()


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
def test_a_damaged_backup_restores_nothing(admin_session, tmp_path: Path, damage: str,  # type: ignore[no-untyped-def]
                                           clock: FixedClock) -> None:
    _fill(admin_session, clock)
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


def test_a_folder_given_as_the_target_gets_a_dated_backup_inside(admin_session,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "nightly"
    folder.mkdir()
    info = maintenance.make_backup(admin_session.workspace, admin_session.actor, folder)
    assert info.path.parent == folder and info.path.name.startswith("hrdesk-")
    assert backup.open_backup(info.path).revision


def test_the_partial_file_of_a_killed_backup_goes_with_the_next_one(admin_session,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    import fcntl

    left = tmp_path / "monday.hdbk.partial"
    left.write_bytes(b"half a backup")
    writing = tmp_path / "busy.hdbk.partial"  # another backup writing right now
    writing.write_bytes(b"being written")
    with open(writing, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        maintenance.make_backup(admin_session.workspace, admin_session.actor,
                                tmp_path / "tuesday.hdbk")
        assert not left.exists() and writing.exists()
    assert (tmp_path / "tuesday.hdbk").exists()


@pytest.mark.postgres
def test_an_empty_server_is_named_plainly(pg_location, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.DatabaseMissing) as caught:
        session.open_session(pg_location, ADMIN, ADMIN_PASSWORD, clock)
    text = str(caught.value)
    assert "PostgresLocation(" not in text and f"/{pg_location.database}" in text


def test_a_restore_stopped_between_its_renames_is_finished_by_running_it_again(  # type: ignore[no-untyped-def]
        admin_session, tmp_path: Path, clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import stat

    assert (tmp_path / "restored.db").exists() is False

    path = tmp_path / "b.hdbk"
    maintenance.make_backup(admin_session.workspace, admin_session.actor, path)
    target = SqliteLocation(tmp_path / "restored.db")
    real_replace = os.replace

    def stop_at_the_second(src, dst):  # type: ignore[no-untyped-def]
        if str(dst) == str(target.keyring_path):
            raise KeyboardInterrupt  # as a kill would: the database moved, its keys not
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", stop_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD, clock)
    monkeypatch.setattr(os, "replace", real_replace)
    with pytest.raises(errors.RestoreInterrupted):  # not "damaged", not "not ours"
        session.open_session(target, ADMIN, ADMIN_PASSWORD, clock)
    maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD, clock)
    session.open_session(target, ADMIN, ADMIN_PASSWORD, clock).close()
    for made in tmp_path.glob("restored.db*"):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_restore_that_fails_half_way_leaves_a_place_that_accepts_it_again(  # type: ignore[no-untyped-def]
        admin_session, tmp_path: Path, clock: FixedClock, kind: str,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    path = tmp_path / "b.hdbk"
    maintenance.make_backup(admin_session.workspace, admin_session.actor, path)
    target = (SqliteLocation(tmp_path / "restored.db") if kind == "sqlite"
              else request.getfixturevalue("pg_databases")())
    real_load = backup.load_rows

    def fail_half_way(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_load(*args, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "load_rows", fail_half_way)
    with pytest.raises(OSError):
        maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD, clock)
    monkeypatch.setattr(backup, "load_rows", real_load)
    assert access.probe(target) is access.DatabaseState.EMPTY
    maintenance.restore_backup(path, target, ADMIN, ADMIN_PASSWORD, clock)
    session.open_session(target, ADMIN, ADMIN_PASSWORD, clock).close()
