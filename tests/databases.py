"""Brand-new databases for tests: a file in a temporary folder, or a database on the
real PostgreSQL test server (``HRDESK_TEST_PG_URL``, set by ``make test``)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import uuid
from collections.abc import Iterator
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
