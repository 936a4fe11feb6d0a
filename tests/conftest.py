"""Shared fixtures: a fresh database of each backend, opened by its administrator."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hrdesk.clock import FixedClock
from hrdesk.locations import Location, PostgresLocation, SqliteLocation
from tests import databases

# Warnings and errors logged during a test fail it (tests/log_guard.py).
pytest_plugins = ["tests.log_guard"]

# The users sit in China: the suite runs in their zone whatever the machine's, so a
# moment shown or a day boundary computed in the workstation's zone is tested there.
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()

ADMIN = "admin"
ADMIN_PASSWORD = "admin-password-1"
COMPANY = "华东智能装备有限公司"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real workstation settings."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HRDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def pg_databases(tmp_path: Path) -> Iterator[Callable[[], PostgresLocation]]:
    """Makes brand-new, empty databases on the real test server; drops them afterwards."""
    databases.server()  # skip (or fail on CI) before anything is made
    with contextlib.ExitStack() as stack:
        yield lambda: stack.enter_context(databases.fresh("postgres", tmp_path))  # type: ignore[return-value]


@pytest.fixture
def pg_location(pg_databases: Callable[[], PostgresLocation]) -> PostgresLocation:
    return pg_databases()


@pytest.fixture
def sqlite_location(tmp_path: Path) -> SqliteLocation:
    return SqliteLocation(tmp_path / "hrdesk.db")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def location(request: pytest.FixtureRequest) -> Location:
    name = "sqlite_location" if request.param == "sqlite" else "pg_location"
    return request.getfixturevalue(name)


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[databases.Templates]:
    templates = databases.Templates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.drop()


@pytest.fixture
def created(location: Location, clock: FixedClock,
            database_templates: databases.Templates) -> Location:
    """A database with its administrator, as ``setup.create_database`` makes it (a
    copy of one made so once per test process: see databases.Templates)."""
    from hrdesk.services import setup

    database_templates.copy_to(location, clock, lambda empty: setup.create_database(
        empty, COMPANY, ADMIN, "系统管理员", ADMIN_PASSWORD, clock))
    return location


@pytest.fixture
def admin_session(created: Location, clock: FixedClock, tmp_path: Path):  # type: ignore[no-untyped-def]
    from hrdesk.services import session

    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock,
                                  backups=tmp_path / "backups")
    yield opened
    opened.close()
