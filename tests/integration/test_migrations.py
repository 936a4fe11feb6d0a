"""Migrations: they build the models' schema exactly, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import hrdesk.models  # noqa: F401
from hrdesk.clock import FixedClock
from hrdesk.db import backup, migrate
from hrdesk.db.crypto import KeySet
from hrdesk.db.engine import open_engine
from hrdesk.locations import Location
from hrdesk.models.base import Base
from hrdesk.services import session
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_known_revisions_match_the_scripts() -> None:
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()


def test_autogenerate_finds_no_difference(location: Location) -> None:
    engine = open_engine(location, KeySet.generate())
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True,
                            "render_as_batch": conn.dialect.name == "sqlite"})
            diff = compare_metadata(context, Base.metadata)
            assert migrate.current_revision(conn) == migrate.HEAD
    finally:
        engine.dispose()
    assert diff == []


def test_downgrade_to_nothing_and_up_again(location: Location) -> None:
    engine = open_engine(location, KeySet.generate())
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            migrate.downgrade_on(conn, "base")
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def test_an_older_schema_is_backed_up_before_upgrading(
        created: Location, clock: FixedClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend this program knows one revision more than the database has.
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "needs_upgrade", lambda revision: True)
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": upgraded.append(
        "up" if list((tmp_path / "backups").glob("before-upgrade-*.hdbk")) else "no backup"))
    opened = session.open_session(created, ADMIN, ADMIN_PASSWORD, clock,
                                  backups=tmp_path / "backups")
    opened.close()
    assert upgraded == ["up"]
    [made] = list((tmp_path / "backups").glob("before-upgrade-*.hdbk"))
    assert backup.open_backup(made).revision == migrate.HEAD
