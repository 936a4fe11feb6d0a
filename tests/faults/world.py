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
from hrdesk.db.crypto import MasterKey
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, PostgresLocation, SqliteLocation
from hrdesk.security.actor import RoleScope
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
    """A copy of ``world`` with the schema of an older hrdesk (for `hrdesk migrate`)."""
    location = stack.enter_context(copy_of(world, folder))
    engine = open_engine(location, master_key(location, ADMIN, ADMIN_PASSWORD))
    try:
        with engine.begin() as conn:
            migrate.downgrade_on(conn, OLD_REVISION)
    finally:
        engine.dispose()
    return dataclasses.replace(world, location=location, folder=folder)


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
               slot: str | None = None) -> MasterKey | None:
    """The key ``secret`` unlocks, read from the key ring without writing anything
    (signing in would count a failure, or write the sign-in itself)."""
    name = slot or keyring.slot_name(username)
    with access.opened_keystore(location) as store:
        sealed = store.get(name)
    return keyring.open_slot(sealed, secret, name) if sealed else None
