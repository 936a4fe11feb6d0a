"""The defects the fault suite found, each at the point where it shows for sure.

Marked ``xfail(strict=True, raises=DefectShows)`` until fixed (``known.py`` says what
each is): any other failure still fails, a fix makes the test pass, strict turns that
into a failure, and the entry in ``known.py`` goes.
"""

from __future__ import annotations

import pytest

from hrdesk.db import migrate
from tests.faults import harness, known, operations

pytestmark = pytest.mark.faults


class DefectShows(AssertionError):
    """The known defect, and only it, is what went wrong."""


def _cases() -> list[object]:
    return [pytest.param(defect, backend, id=f"{defect.id}-{backend}", marks=[
        pytest.mark.xfail(reason=defect.reason, strict=True, raises=DefectShows),
        *([pytest.mark.postgres] if backend == "postgres" else [])])
        for defect, backend in known.shown() if harness.FULL or defect.reduced == backend]


@pytest.mark.parametrize(("defect", "backend"), _cases())
def test_killed_at_the_defect_s_point(defect: known.Defect, backend: str, kill, worlds  # type: ignore[no-untyped-def]
                                      ) -> None:
    op = operations.OPERATIONS[defect.operation]
    point = defect.point(worlds.expected(op, backend).calibration)
    outcome = kill(defect.operation, backend, point)
    others = [p for p in outcome.problems if not defect.explains(p)]
    assert not others, outcome.message(others)
    if outcome.problems:
        raise DefectShows(outcome.message(outcome.problems))


@pytest.mark.parametrize("backend", [
    "sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, harness.full_only()])])
def test_migrate_upgrades_an_older_schema(backend: str, worlds) -> None:  # type: ignore[no-untyped-def]
    op = operations.OPERATIONS["migrate"]
    with op.trial(worlds.get(backend, old_schema=True), worlds.scratch("migrate")) as trial:
        # It once failed: the backup before the upgrade read every table of the new
        # schema, and an older database lacks some ('no such table: attachments').
        run = harness.run_child(trial.args, trial.env)
        said = harness.logged_error(trial.data_dir)
    if run.returncode != 0 and "internal error (" in run.stderr and (
            "no such table: attachments" in said or 'relation "attachments" does not exist' in said):
        raise DefectShows(f"{run.said()} (the log: {said})")
    assert run.returncode == 0 and migrate.HEAD in run.stdout, run.said()
