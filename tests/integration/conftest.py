"""Fixtures the integration tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrdesk.clock import FixedClock
from tests.integration import plant as plant_


@pytest.fixture
def plant(admin_session, clock: FixedClock) -> Iterator[plant_.Plant]:  # type: ignore[no-untyped-def]
    """The demo plant (sites, people, a job with its pipeline) on either backend; a test
    file that needs another one defines its own ``plant``."""
    built = plant_.build(admin_session, clock)
    yield built
    built.close()
