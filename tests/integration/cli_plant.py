"""Fixtures for the command-line tests: a plant on an SQLite file, as a shell sees it."""

from __future__ import annotations

import pytest

from tests.integration import plant as plant_module


@pytest.fixture
def location(sqlite_location):  # type: ignore[no-untyped-def]
    """The CLI's own paths are the same on both backends; a file is simplest to name."""
    return sqlite_location


@pytest.fixture
def cli_plant(admin_session, clock, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    built = plant_module.for_the_command_line(plant_module.build(admin_session, clock),
                                              monkeypatch)
    yield built
    built.close()
