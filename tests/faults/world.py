"""The databases the fault tests start from: made once per test process and backend,
copied for every kill point (a file copy, or ``CREATE DATABASE … TEMPLATE`` on the server).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from sqlalchemy import create_engine

from hrdesk.clock import FixedClock
from hrdesk.db import access, keyring, migrate
from hrdesk.db.crypto import KeySet
from hrdesk.db.engine import open_engine
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location, PostgresLocation, SqliteLocation
from hrdesk.services import accounts, maintenance, session, setup
from tests import databases
from tests.conftest import ADMIN, ADMIN_PASSWORD, COMPANY
from tests.integration import plant as plant_module

USER, USER_PASSWORD = "hr.li", plant_module.PASSWORD
# More HR people of the plant, one per writer of the concurrency tests (so the only
# sign-ins of one user at once are the ones a test means).
RECRUITERS = ("hr.zhao", "hr.qian", "hr.sun", "hr.zhou")
# The schema a database has before `hrdesk migrate` (three migrations behind).
OLD_REVISION = "0003_task_lookup"
HEADERS = ["姓名", "手机", "邮箱", "学历", "工作年限"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平"]


@dataclasses.dataclass
class World:
    kind: str
    location: Location  # the original: copied, never run against
    folder: Path
    recovery_code: str
    job_code: str
    backup: Path  # a backup of the original, for restores


def write_people(path: Path, count: int, first: int) -> Path:
    """A resume batch of ``count`` new people (mobile numbers from serial ``first`` on)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for serial in range(first, first + count):
        name = _SURNAMES[serial % len(_SURNAMES)] + _GIVEN[serial // 20 % len(_GIVEN)] \
            + _GIVEN[serial % len(_GIVEN)]
        sheet.append([name, f"137{serial:08d}", f"p{serial}@example.com",
                      ("大专", "本科", "高中")[serial % 3], str(serial % 9)])
    book.save(path)
    return path


def build(kind: str, folder: Path, stack: contextlib.ExitStack) -> World:
    """A plant (people of every role, an open job, two candidates) and its backup."""
    folder.mkdir(parents=True, exist_ok=True)
    location = stack.enter_context(databases.fresh(kind, folder))
    clock = FixedClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
    created = setup.create_database(location, COMPANY, ADMIN, "系统管理员", ADMIN_PASSWORD,
                                    clock)
    admin = session.open_session(location, ADMIN, ADMIN_PASSWORD, clock,
                                 backups=folder / "backups")
    try:
        plant = plant_module.build(admin, clock)
        plant.candidate("张三", 1)
        plant.candidate("钱七", 2)
        for name in RECRUITERS:
            accounts.create_user(admin.workspace, admin.actor, accounts.NewUser(
                name, name, USER_PASSWORD, (RoleScope("hr", plant.site_id),),
                site_id=plant.site_id))
        job_code = plant.job.code
        plant.close()
        made = maintenance.make_backup(admin.workspace, admin.actor, folder / "base.hdbk")
    finally:
        admin.close()
    return World(kind, location, folder, created.recovery_code, job_code, made.path)


def downgraded(world: World, folder: Path, stack: contextlib.ExitStack) -> World:
    """A copy of ``world`` with the schema of an older hrdesk (for `hrdesk migrate`), as
    that version would have written it: the audit entries hashed without the row
    fingerprints the older schema has no column for, and no anchor of the head (which
    that version did not keep)."""
    location = stack.enter_context(copy_of(world, folder))
    engine = open_engine(location, master_key(location, ADMIN, ADMIN_PASSWORD))
    try:
        with engine.begin() as conn:
            migrate.downgrade_on(conn, OLD_REVISION)
            _hash_as_then(conn)
    finally:
        engine.dispose()
    with access.opened_keystore(location) as store:
        store.delete("anchor")
    return dataclasses.replace(world, location=location, folder=folder)


def _hash_as_then(conn) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from hrdesk.security import audit

    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.exec_driver_sql("DROP TRIGGER audit_entries_no_update")
    else:
        conn.exec_driver_sql("ALTER TABLE audit_entries DISABLE TRIGGER USER")
    prev = audit.GENESIS
    rows = conn.execute(text("SELECT seq, at, actor_id, actor_name, action, operation, "
                             "entity_type, entity_id, changes FROM audit_entries "
                             "ORDER BY seq")).all()
    for row in rows:
        at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(row.at)
        actor = uuid.UUID(str(row.actor_id)) if row.actor_id else None
        digest = audit.chain_hash(prev, audit._body(
            row.seq, at, actor, row.actor_name, row.action, row.operation, row.entity_type,
            row.entity_id, row.changes, None))
        conn.execute(text("UPDATE audit_entries SET prev_hash = :p, hash = :h WHERE seq = :s"),
                     {"p": prev, "h": digest, "s": row.seq})
        prev = digest
    conn.execute(text("UPDATE audit_head SET last_hash = :h WHERE id = 1"), {"h": prev})
    if sqlite:
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    else:
        conn.exec_driver_sql("ALTER TABLE audit_entries ENABLE TRIGGER USER")


@contextlib.contextmanager
def copy_of(world: World, folder: Path) -> Iterator[Location]:
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(world.location, SqliteLocation):
        target = SqliteLocation(folder / "hrdesk.db")
        for source, copy in ((world.location.path, target.path),
                             (world.location.keyring_path, target.keyring_path)):
            shutil.copy2(source, copy)
        yield target
        return
    assert isinstance(world.location, PostgresLocation)
    name = f"hrdesk_fault_{uuid.uuid4().hex[:12]}"
    with _server() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{world.location.database}"')
    try:
        yield dataclasses.replace(world.location, database=name)
    finally:
        drop(dataclasses.replace(world.location, database=name))


@contextlib.contextmanager
def empty(kind: str, folder: Path) -> Iterator[Location]:
    """Where a restore goes: a file name with nothing there, or a new empty database."""
    folder.mkdir(parents=True, exist_ok=True)
    with databases.fresh(kind, folder) as location:
        if isinstance(location, SqliteLocation):
            location = SqliteLocation(folder / "restored.db")
        yield location


def drop(location: PostgresLocation) -> None:
    with _server() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{location.database}" WITH (FORCE)')


@contextlib.contextmanager
def _server():  # type: ignore[no-untyped-def]
    engine = create_engine(databases.server().sqlalchemy_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def cli_target(location: Location) -> str:
    """What ``--db`` says for this location."""
    if isinstance(location, SqliteLocation):
        return str(location.path)
    return location.sqlalchemy_url()


def master_key(location: Location, username: str, secret: str,
               slot: str | None = None) -> KeySet | None:
    """The keys ``secret`` unlocks (with those colleagues sent, and any in custody), read
    from the key ring without writing anything (signing in would count a failure, or
    write the sign-in itself)."""
    from hrdesk.security import key_ring

    name = slot or keyring.slot_name(username)
    with access.opened_keystore(location) as store:
        sealed = store.get(name)
        opened = keyring.open_slot(sealed, secret, name) if sealed else None
        if opened is None:
            return None
        found = key_ring.unlocked(store, "" if slot else username, opened)
    return found.keys.merged(found.custody.items())
