"""A warning or error logged during a test is a defect the user would meet in the log
(STYLE.md: as Qt warnings already fail GUI tests), so it fails the test.

A test that provokes one on purpose names it: ``@pytest.mark.log_expected(r"pattern")``
(a regular expression searched in the message), or reads it through ``caplog``, which
takes it off the list.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest


class _LoggedProblems(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "log_expected(pattern): the test logs a warning or error matching the "
        "pattern on purpose")


@pytest.fixture(autouse=True)
def _log_warnings_fail(request: pytest.FixtureRequest) -> Iterator[None]:
    recorder = _LoggedProblems()
    root = logging.getLogger()
    root.addHandler(recorder)
    try:
        yield
    finally:
        root.removeHandler(recorder)
    expected = [re.compile(pattern) for marker in request.node.iter_markers("log_expected")
                for pattern in marker.args]
    caplog = request.node.funcargs.get("caplog")
    asserted = {id(r) for phase in ("setup", "call") for r in caplog.get_records(phase)} \
        if caplog is not None else set()
    unexpected = [r for r in recorder.records if id(r) not in asserted
                  and not any(p.search(r.getMessage()) for p in expected)]
    if unexpected:
        pytest.fail("logged during the test:\n" + "\n".join(
            f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected[:10]),
            pytrace=False)
