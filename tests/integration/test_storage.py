"""What is at a location, and what happens when it is not what we expect."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hrdesk import errors, identity
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location, PostgresLocation, SqliteLocation
from hrdesk.services import candidates, session, setup
from hrdesk.services.accounts import NewUser, create_user
from tests.conftest import ADMIN, ADMIN_PASSWORD

ID_NUMBER = "3205831990030725" + "1" + identity.id_check_char("32058319900307251")
MOBILE = "13912345678"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_ours_is_named(tmp_path: Path) -> None:
    junk = tmp_path / "简历.xlsx"
    junk.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(errors.NotAnHrdeskDatabase) as caught:
        session.open_session(SqliteLocation(junk), ADMIN, ADMIN_PASSWORD)
    assert str(junk) in str(caught.value)


def test_a_plain_sqlite_file_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = _sha(path)
    with pytest.raises(errors.NotAnHrdeskDatabase):
        session.open_session(SqliteLocation(path), ADMIN, ADMIN_PASSWORD)
    assert _sha(path) == before


def test_a_damaged_file_is_named_and_left_alone(sqlite_location: SqliteLocation,
                                                clock: FixedClock) -> None:
    setup.create_database(sqlite_location, "厂", ADMIN, "管理员", ADMIN_PASSWORD, clock)
    data = bytearray(sqlite_location.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # overwrite most of the first page
    sqlite_location.path.write_bytes(bytes(data))
    before = _sha(sqlite_location.path)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        session.open_session(sqlite_location, ADMIN, ADMIN_PASSWORD, clock)
    assert str(sqlite_location.path) in str(caught.value)
    assert _sha(sqlite_location.path) == before


def test_a_damaged_key_file_is_named(sqlite_location: SqliteLocation, clock: FixedClock) -> None:
    setup.create_database(sqlite_location, "厂", ADMIN, "管理员", ADMIN_PASSWORD, clock)
    sqlite_location.keyring_path.write_text("{ broken", encoding="utf-8")
    with pytest.raises(errors.DatabaseDamaged) as caught:
        session.open_session(sqlite_location, ADMIN, ADMIN_PASSWORD, clock)
    assert str(sqlite_location.keyring_path) in str(caught.value)


def test_missing_database_says_create_one(sqlite_location: SqliteLocation) -> None:
    with pytest.raises(errors.DatabaseMissing):
        session.open_session(sqlite_location, ADMIN, ADMIN_PASSWORD)


def test_newer_schema_is_refused_untouched(created: Location, clock: FixedClock) -> None:
    if isinstance(created, SqliteLocation):
        opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
        with opened.workspace.db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
        opened.close()
        before = _sha(created.path)
    else:
        engine = create_engine(created.sqlalchemy_url())
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
        engine.dispose()
    with pytest.raises(errors.SchemaTooNew) as caught:
        session.open_session(created, ADMIN, ADMIN_PASSWORD, clock)
    assert "0999_future" in str(caught.value)
    if isinstance(created, SqliteLocation):
        assert _sha(created.path) == before


def test_personal_numbers_never_reach_the_disk_in_clear(admin_session) -> None:  # type: ignore[no-untyped-def]
    ws = admin_session.workspace
    create_user(ws, admin_session.actor, NewUser("hr.li", "李娜", "hr-password-1",
                                                 (RoleScope("hr"),), mobile="13800001111"))
    hr = session.open_session(ws.location, "hr.li", "hr-password-1")
    candidates.add_candidates(hr.workspace, hr.actor, [candidates.NewCandidate(
        "张伟", mobile=MOBILE, id_number=ID_NUMBER, email="zw@example.cn")])
    found = candidates.find_by_mobile(hr.workspace, hr.actor, "139-1234-5678")
    assert [(c.name, c.id_number) for c in found] == [
        ("张伟", ID_NUMBER[:4] + "*" * 12 + ID_NUMBER[-2:])]  # lists are masked for all
    hr.close()
    if isinstance(ws.location, SqliteLocation):
        admin_session.close()
        blobs = b"".join(p.read_bytes() for p in ws.location.path.parent.iterdir()
                         if p.is_file())
        for secret in (ID_NUMBER, MOBILE, "13800001111", "张伟"):
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in blobs
    else:
        engine = create_engine(ws.location.sqlalchemy_url())
        with engine.connect() as conn:
            raw = conn.execute(text("SELECT mobile, id_number FROM candidates")).one()
        engine.dispose()
        assert MOBILE not in raw.mobile and ID_NUMBER not in raw.id_number


def test_server_that_does_not_answer(clock: FixedClock) -> None:
    dead = PostgresLocation(host="127.0.0.1", port=1, database="x", user="hrdesk")
    with pytest.raises(errors.ServerUnreachable) as caught:
        session.open_session(dead, ADMIN, ADMIN_PASSWORD, clock)
    assert "127.0.0.1:1" in str(caught.value)
    with pytest.raises(errors.ServerUnreachable):
        setup.test_connection(dead)


@pytest.mark.postgres
def test_server_that_refuses_the_login(pg_location: PostgresLocation) -> None:
    stranger = PostgresLocation(host=pg_location.host, port=pg_location.port,
                                database=pg_location.database, user="no_such_role_hrdesk")
    with pytest.raises(errors.ServerLoginRefused) as caught:
        setup.test_connection(stranger)
    assert "no_such_role_hrdesk" in str(caught.value)


@pytest.mark.postgres
def test_a_server_database_of_someone_else(pg_location: PostgresLocation) -> None:
    engine = create_engine(pg_location.sqlalchemy_url())
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    with pytest.raises(errors.NotAnHrdeskDatabase):
        setup.create_database(pg_location, "厂", ADMIN, "管理员", ADMIN_PASSWORD)


def test_sqlcipher_stays_quiet_on_a_wrong_key(sqlite_location: SqliteLocation,
                                             capfd: pytest.CaptureFixture[str]) -> None:
    from hrdesk.db.crypto import KeySet
    from hrdesk.db.engine import open_engine

    setup.create_database(sqlite_location, "厂", ADMIN, "管理员", ADMIN_PASSWORD)
    capfd.readouterr()
    with pytest.raises(errors.DatabaseDamaged):
        open_engine(sqlite_location, KeySet.generate())
    out, err = capfd.readouterr()
    assert out == "" and err == ""
