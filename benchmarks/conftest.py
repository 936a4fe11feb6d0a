import os
import sys
from pathlib import Path

# Benchmarks reuse the test fixtures (databases of both backends).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hrdesk.demo.database import create_demo_database
from hrdesk.locations import SqliteLocation
from tests.conftest import *  # noqa: F403  (the fixtures, by name)

LARGE_DEMO = Path(__file__).resolve().parent.parent / ".benchmarks" / "demo-100000" / "demo.db"


@pytest.fixture(scope="session")
def large_demo() -> SqliteLocation:
    """The 100,000-candidate demo the issues' speed targets are set on.

    Building it takes minutes, so it is kept in ``.benchmarks/`` (gitignored) and
    reused by later runs; delete the folder to rebuild it. Its accounts use the
    demo password (``hrdesk.demo.company.DEMO_PASSWORD``).
    """
    location = SqliteLocation(LARGE_DEMO)
    if not LARGE_DEMO.exists():
        LARGE_DEMO.parent.mkdir(parents=True, exist_ok=True)
        create_demo_database(location, size=100_000)
    return location


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The suite's hang guard (pytest-timeout, 300 s in pyproject.toml) is for tests;
    # a benchmark may first build the 100,000-candidate demo (about five minutes).
    for item in items:
        item.add_marker(pytest.mark.timeout(3600))
