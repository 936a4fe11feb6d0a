"""Foundation timings: sign-in, opening a workspace, backups, demo data.

Run with ``make bench``; figures go in the issue notes, never into timed tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk.clock import FixedClock
from hrdesk.demo.database import create_demo_database
from hrdesk.locations import SqliteLocation
from hrdesk.services import maintenance, session, setup
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> SqliteLocation:
    location = SqliteLocation(tmp_path_factory.mktemp("bench") / "demo.db")
    create_demo_database(location, size=20_000)
    return location


def test_sign_in(benchmark, demo_db: SqliteLocation) -> None:  # type: ignore[no-untyped-def]
    def sign_in() -> None:
        session.open_session(demo_db, "hr.li", "hrdesk-demo").close()

    benchmark.pedantic(sign_in, rounds=10, iterations=1)


def test_create_database(benchmark, tmp_path: Path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    counter = iter(range(1000))

    def create() -> None:
        setup.create_database(SqliteLocation(tmp_path / f"{next(counter)}.db"), "厂", ADMIN,
                              "管理员", ADMIN_PASSWORD, clock)

    benchmark.pedantic(create, rounds=5, iterations=1)


def test_backup_of_20000_candidates(benchmark, demo_db: SqliteLocation,  # type: ignore[no-untyped-def]
                                    tmp_path: Path) -> None:
    opened = session.open_session(demo_db, "admin", "hrdesk-demo")
    try:
        benchmark.pedantic(lambda: maintenance.make_backup(
            opened.workspace, opened.actor, tmp_path / "b.hdbk"), rounds=3, iterations=1)
    finally:
        opened.close()


def test_demo_10000(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counter = iter(range(1000))
    benchmark.pedantic(lambda: create_demo_database(
        SqliteLocation(tmp_path / f"demo{next(counter)}.db"), size=10_000), rounds=1,
        iterations=1)
