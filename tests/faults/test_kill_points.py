"""kill -9 at a point hypothesis chooses, in import, backup, restore, migrate and a
password change; then the database opens, passes integrity_check and the audit chain's
check, and holds the rows of before or after a commit, never something in between."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tests.faults import harness, known, operations

pytestmark = pytest.mark.faults

# The reduced run (`make test`) tries one point of each of these; the explicit tests of
# the known defects (test_known_defects.py) add theirs. The full run tries every pair.
REDUCED = {("import", "sqlite"), ("import", "postgres"), ("backup", "sqlite"),
           ("recover", "sqlite")}


def _pairs() -> list[object]:
    return [pytest.param(backend, name, id=f"{backend}-{name}",
                         marks=[pytest.mark.postgres] if backend == "postgres" else [])
            for backend in ("sqlite", "postgres") for name in sorted(operations.OPERATIONS)
            if harness.FULL or (name, backend) in REDUCED]


@pytest.mark.parametrize(("backend", "operation"), _pairs())
@harness.examples(reduced=1, full=6)
@given(data=st.data())
def test_killed_at_any_point(backend: str, operation: str, data: st.DataObject, kill, worlds  # type: ignore[no-untyped-def]
                             ) -> None:
    op = operations.OPERATIONS[operation]
    calibration = worlds.expected(op, backend).calibration
    outcome = kill(operation, backend, data.draw(harness.kill_points(calibration),
                                                 label="kill point"))
    _, unexplained = known.explain(operation, backend, outcome.problems)
    assert not unexplained, outcome.message(unexplained)
