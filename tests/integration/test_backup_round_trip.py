"""Backups restore, always: every table, every row, from either backend to either.

The source holds at least one row of every table (``every_table``, found by
introspection), so a table added later without a place in the backup fails here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk.clock import FixedClock
from hrdesk.db import access
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import audit_log, candidate_privacy, candidates, maintenance, session
from tests import databases
from tests.integration import every_table

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@contextlib.contextmanager
def _place(kind: str, folder: Path) -> Iterator[Location]:
    folder.mkdir(parents=True, exist_ok=True)
    with databases.fresh(kind, folder) as location:
        yield location


@pytest.fixture(scope="module", params=BACKENDS)
def source(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[every_table.Filled, FixedClock, Path]]:
    if request.param == "postgres":
        databases.server()
    folder = tmp_path_factory.mktemp(f"source-{request.param}")
    clock = FixedClock(dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC))
    with _place(request.param, folder / "db") as location:
        filled = every_table.build(location, clock, folder)
        yield filled, clock, folder




def _backup(filled: every_table.Filled, clock: FixedClock, folder: Path
            ) -> maintenance.BackupInfo:
    admin = session.open_session(filled.location, filled.admin, filled.password, clock)
    try:
        return maintenance.make_backup(admin.workspace, admin.actor, folder / "all.hdbk")
    finally:
        admin.close()


@pytest.mark.parametrize("target_kind", BACKENDS)
def test_every_row_of_every_table_comes_back(source, target_kind: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled, clock, _folder = source
    admin = session.open_session(filled.location, filled.admin, filled.password, clock)
    try:
        engine = admin.workspace.db.engine
        assert every_table.empty_tables(engine) == [], "give these tables a row in every_table"
        original = every_table.everything(engine)
        info = maintenance.make_backup(admin.workspace, admin.actor, tmp_path / "all.hdbk")
        keys = admin.workspace.keys
    finally:
        admin.close()
    raw = info.path.read_bytes()
    for secret in (every_table.SEEDED_NAME, every_table.SEEDED_MOBILE, every_table.SEEDED_EMAIL):
        assert secret.encode() not in raw
    with _place(target_kind, tmp_path / "target") as target:
        counts = maintenance.restore_backup(info.path, target, filled.admin, filled.password,
                                            clock)
        assert counts == info.counts
        # Table by table, row by row, as stored (encrypted values are the same bytes),
        # read before anyone signs in to the copy.
        engine = open_engine(target, keys)
        try:
            after = every_table.everything(engine)
        finally:
            engine.dispose()
        for table, rows in original.items():
            assert after[table] == rows, table
        restored = session.open_session(target, filled.hr, filled.password, clock)
        try:
            # And they still open with the keys the restored ring gives the recruiter.
            [person] = candidates.find_by_mobile(restored.workspace, restored.actor,
                                                 every_table.SEEDED_MOBILE)
            shown = candidate_privacy.reveal(restored.workspace, restored.actor, person.id)
            assert shown.mobile == every_table.SEEDED_MOBILE
        finally:
            restored.close()
        checker = session.open_session(target, filled.admin, filled.password, clock)
        try:
            assert audit_log.verify(checker.workspace, checker.actor).ok
        finally:
            checker.close()
        # The key ring came across whole (a table on PostgreSQL, a file beside SQLite).
        with access.opened_keystore(target) as store:
            assert set(store.items()) >= {"meta", "recovery", "slot:admin", "slot:hr.li"}


def test_a_dry_run_proves_the_backup_restorable_without_a_database(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled, clock, _folder = source
    info = _backup(filled, clock, tmp_path)
    before = set(tmp_path.iterdir())
    checked = maintenance.verify_backup(info.path, filled.admin, filled.password)
    assert checked.counts == info.counts
    assert checked.audit_head == info.audit_head and info.audit_head["seq"] > 0
    assert set(tmp_path.iterdir()) == before  # nothing written beside it


def test_only_an_administrator_restores_or_checks_a_backup(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled, clock, _folder = source
    info = _backup(filled, clock, tmp_path)
    from hrdesk import errors

    for user in (filled.hr, "int.wu", "mgr.liu", "exec.gm"):
        with pytest.raises((errors.RestoreNeedsAdministrator, errors.WrongCredentials)):
            maintenance.verify_backup(info.path, user, filled.password)
        with pytest.raises((errors.RestoreNeedsAdministrator, errors.WrongCredentials)):
            maintenance.restore_backup(info.path, SqliteLocation(tmp_path / f"{user}.db"),
                                       user, filled.password, clock)
        assert not (tmp_path / f"{user}.db").exists()


def test_the_target_opens_with_the_engine_before_anyone_signs_in(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The restored file is keyed with the database key of the backed-up ring."""
    filled, clock, _folder = source
    admin = session.open_session(filled.location, filled.admin, filled.password, clock)
    try:
        info = maintenance.make_backup(admin.workspace, admin.actor, tmp_path / "all.hdbk")
        keys = admin.workspace.keys
    finally:
        admin.close()
    target = SqliteLocation(tmp_path / "restored.db")
    maintenance.restore_backup(info.path, target, filled.admin, filled.password, clock)
    engine = open_engine(target, keys)
    try:
        assert every_table.empty_tables(engine) == []
    finally:
        engine.dispose()
