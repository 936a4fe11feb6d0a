"""The suite's log guard (tests/log_guard.py) fails a test that logs a warning, unless
the test says it expects it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest_plugins = ["pytester"]

CASES = '''
import logging
import pytest

def test_logs_a_warning():
    logging.getLogger("hrdesk.somewhere").warning("the disk is nearly full")

@pytest.mark.log_expected(r"nearly full")
def test_expects_it():
    logging.getLogger("hrdesk.somewhere").warning("the disk is nearly full")

def test_reads_it(caplog):
    logging.getLogger("hrdesk.somewhere").error("refused")
    assert "refused" in caplog.text

def test_logs_only_info():
    logging.getLogger("hrdesk.somewhere").info("imported 3 rows")
'''


def test_an_unexpected_warning_fails_the_test(pytester: pytest.Pytester,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makepyfile(CASES)
    # In a process of its own: its log records must not reach this test's own guard.
    result = pytester.runpytest_subprocess("-p", "tests.log_guard", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=1)
    result.stdout.fnmatch_lines(["*WARNING hrdesk.somewhere: the disk is nearly full*"])
