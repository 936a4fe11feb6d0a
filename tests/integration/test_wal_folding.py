"""A bulk import's commit leaves SQLite's log to a background checkpoint (db.wal)."""

from __future__ import annotations

import concurrent.futures
import threading
from pathlib import Path

import pytest

from hrdesk import errors
from hrdesk.db import wal
from hrdesk.services import imports
from tests.integration import plant as plant_module
from tests.integration.test_import_plan import write_sheet

ROWS = [[f"新人{i}", f"1370000{i:04d}", None, "本科", "2", None] for i in range(5)]


@pytest.fixture
def location(sqlite_location):  # type: ignore[no-untyped-def]
    return sqlite_location  # PostgreSQL has no write-ahead log of its own to fold


@pytest.fixture
def plant(admin_session, clock):  # type: ignore[no-untyped-def]
    built = plant_module.build(admin_session, clock)
    yield built
    built.close()


@pytest.fixture
def folds(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The engines a checkpoint was asked for, instead of running it."""
    asked: list[object] = []

    def fold_later(engine):  # type: ignore[no-untyped-def]
        asked.append(engine)
        done: concurrent.futures.Future[None] = concurrent.futures.Future()
        done.set_result(None)
        return done

    monkeypatch.setattr(wal, "fold_later", fold_later)
    return asked


def _autocheckpoints(engine) -> set[int]:  # type: ignore[no-untyped-def]
    """wal_autocheckpoint on every connection the pool holds (all checked out at once)."""
    held = [engine.raw_connection() for _ in range(engine.pool.size())]
    try:
        return {c.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
                for c in held}
    finally:
        for connection in held:
            connection.close()


def test_the_import_asks_for_a_checkpoint_and_the_pool_gets_its_default_back(
        plant, folds, tmp_path: Path) -> None:
    hr = plant.actor("hr.li")
    engine = plant.ws.db.engine
    result = imports.run(plant.ws, hr, imports.preview(
        plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS)))
    assert result.stored == 5
    assert folds == [engine]
    assert _autocheckpoints(engine) == {wal.AUTOCHECKPOINT_PAGES}


def test_a_cancelled_import_asks_for_nothing(plant, folds, tmp_path: Path) -> None:
    hr = plant.actor("hr.li")
    planned = imports.preview(plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS))
    with pytest.raises(errors.Cancelled):
        imports.run(plant.ws, hr, planned, cancelled=lambda: True)
    assert folds == []
    assert _autocheckpoints(plant.ws.db.engine) == {wal.AUTOCHECKPOINT_PAGES}


def test_the_background_checkpoint_folds_the_whole_log(plant, tmp_path: Path) -> None:
    hr = plant.actor("hr.li")
    engine = plant.ws.db.engine
    imports.run(plant.ws, hr, imports.preview(
        plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS)))
    wal.fold_later(engine).result(timeout=30)
    raw = engine.raw_connection()
    try:
        busy, logged, folded = raw.driver_connection.execute(
            "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        raw.close()
    assert busy == 0 and logged == folded


def test_closing_waits_for_the_checkpoint(plant, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    """The fold is held until closing has begun to wait for it: the pool goes only
    once the fold is done."""
    real_fold, real_wait = wal._fold, concurrent.futures.wait
    release = threading.Event()

    def held_fold(engine):  # type: ignore[no-untyped-def]
        assert release.wait(30)
        real_fold(engine)

    def wait(futures, timeout=None):  # type: ignore[no-untyped-def]
        release.set()  # closing waits now: let the fold go on
        return real_wait(futures, timeout=timeout)

    monkeypatch.setattr(wal, "_fold", held_fold)
    monkeypatch.setattr(concurrent.futures, "wait", wait)
    hr = plant.actor("hr.li")
    imports.run(plant.ws, hr, imports.preview(
        plant.ws, hr, write_sheet(tmp_path / "batch.xlsx", ROWS)))
    db = plant.ws.db
    folding = db._folding
    assert folding is not None and not folding.done()
    folded_when_disposed: list[bool] = []
    real_dispose = db.engine.dispose
    monkeypatch.setattr(db.engine, "dispose", lambda *args, **kwargs: (
        folded_when_disposed.append(folding.done()), real_dispose(*args, **kwargs)))
    db.dispose()
    assert folded_when_disposed[:1] == [True] and folding.exception() is None
