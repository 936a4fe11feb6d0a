"""Brand-new databases for tests: a file in a temporary folder, or a database on the
real PostgreSQL test server (``HRDESK_TEST_PG_URL``, set by ``make test``)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from hrdesk.locations import Location, PostgresLocation, SqliteLocation, parse_location


def server() -> PostgresLocation:
    url = os.environ.get("HRDESK_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("HRDESK_TEST_PG_URL is not set; `make test` sets it")
        pytest.skip("HRDESK_TEST_PG_URL is not set; run through `make test`")
    location = parse_location(url)
    assert isinstance(location, PostgresLocation)
    return location


@contextlib.contextmanager
def fresh(kind: str, folder: Path) -> Iterator[Location]:
    """A brand-new database; a PostgreSQL one is dropped afterwards."""
    if kind == "sqlite":
        yield SqliteLocation(folder / "hrdesk.db")
        return
    admin = server()
    engine = create_engine(admin.sqlalchemy_url(), isolation_level="AUTOCOMMIT")
    name = f"hrdesk_test_{uuid.uuid4().hex[:12]}"
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield dataclasses.replace(admin, database=name)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


class Templates:
    """Databases set up once per test process, copied for each test that wants one.

    Setting a database up (migrations, the administrator's password hash, the key
    ring) takes about half a second; a copy takes milliseconds — a file copy for
    SQLite, ``CREATE DATABASE … TEMPLATE`` on the PostgreSQL server. A copy is the
    same database as a fresh one, keys and all; each test still gets its own.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        # (kind, time, recipe) -> the template and what ``create`` returned making it
        self._made: dict[tuple[str, dt.datetime, str], tuple[Location, object]] = {}
        self._dropped: list[Callable[[], None]] = []

    def copy_to(self, target: Location, clock, create: Callable[[Location], object],  # type: ignore[no-untyped-def]
                recipe: str = "") -> object:
        """``target`` (a fresh, empty location) becomes a copy of what ``create`` makes
        of an empty location of its kind at ``clock``'s time (made the first time);
        returns what ``create`` returned then (a recovery code, say). ``recipe`` names
        ``create`` when fixtures make different databases."""
        kind = "sqlite" if isinstance(target, SqliteLocation) else "postgres"
        key = (kind, clock.now(), recipe)
        if key not in self._made:
            self._made[key] = self._make(kind, create)
        template, made = self._made[key]
        if isinstance(target, SqliteLocation):
            assert isinstance(template, SqliteLocation)
            for source, copy in ((template.path, target.path),
                                 (template.keyring_path, target.keyring_path)):
                shutil.copy2(source, copy)
            return made
        assert isinstance(template, PostgresLocation) and isinstance(target, PostgresLocation)
        with _server_admin() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')
            conn.exec_driver_sql(
                f'CREATE DATABASE "{target.database}" TEMPLATE "{template.database}"')
        return made

    def _make(self, kind: str, create: Callable[[Location], object]) -> tuple[Location, object]:
        if kind == "sqlite":
            folder = self._folder / f"template-{len(self._made)}"
            folder.mkdir(parents=True)
            location: Location = SqliteLocation(folder / "hrdesk.db")
            made = create(location)
            # Closing folded the log into the file: the file alone is the database.
            assert not Path(str(location.path) + "-wal").exists()
            return location, made
        name = f"hrdesk_template_{uuid.uuid4().hex[:12]}"
        with _server_admin() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self._dropped.append(lambda: _drop(name))
        location = dataclasses.replace(server(), database=name)
        return location, create(location)

    def drop(self) -> None:
        for drop in self._dropped:
            drop()


@contextlib.contextmanager
def _server_admin():  # type: ignore[no-untyped-def]
    engine = create_engine(server().sqlalchemy_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _drop(name: str) -> None:
    with _server_admin() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
