"""Two processes interleaved at a chosen point, the same way every time: the first stops
there (holding the locks it holds), the second runs into it, then the first goes on.

On PostgreSQL "runs into it" is seen, not guessed: the server lists the second as waiting
for a lock. SQLite lets one writer in at a time, so there the second is let run up to
the statement that waits (a marker it leaves) and the order after that is SQLite's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from hrdesk.locations import Location, PostgresLocation
from tests import databases
from tests.faults import harness
from tests.faults.harness import ChildRun


@dataclasses.dataclass
class Step:
    args: list[str]
    env: dict[str, str]
    # child.py's way of naming a point by the statement around it: where the first stops,
    # where the second leaves its marker (None: the second is not watched)
    point: dict[str, Any] | None
    plan: dict[str, Any] = dataclasses.field(default_factory=dict)


def run(folder: Path, location: Location, first: Step, second: Step,
        second_waits: bool) -> tuple[ChildRun, ChildRun]:
    """``first`` stops at its point; ``second`` runs until it ends (or, if
    ``second_waits``, until it waits for what ``first`` holds); then ``first`` goes on."""
    go, marker = folder / "go", folder / "second-reached"
    started = time.monotonic()
    a = harness.start_child(first.args, first.env,
                            {**first.plan, "pause": first.point, "until": str(go)})
    try:
        harness.wait_until(lambda: Path(f"{go}.reached").exists() or a.poll() is not None,
                           "the first process to reach its point")
        if a.poll() is not None:
            raise AssertionError(f"the first process ended before its point {first.point}: "
                                 f"{harness.finish_child(a, first.args, started).said()}")
        plan = dict(second.plan)
        if second.point is not None:
            plan.update({"mark": second.point, "marker": str(marker)})
        b = harness.start_child(second.args, second.env, plan)
        if second_waits:
            with _lock_watch(location) as waits:
                harness.wait_until(lambda: b.poll() is not None or (
                    marker.exists() and waits()), "the second to wait")
        else:
            harness.wait_until(lambda: b.poll() is not None, "the second to end")
    finally:
        go.touch()
    return (harness.finish_child(a, first.args, started),
            harness.finish_child(b, second.args, started))


@contextlib.contextmanager
def _lock_watch(location: Location) -> Iterator[Callable[[], bool]]:
    """A question to ask again and again: does a session of the database wait for a lock?"""
    if not isinstance(location, PostgresLocation):
        yield lambda: True  # the marker is the best SQLite offers
        return
    engine = create_engine(databases.server().sqlalchemy_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield lambda: bool(conn.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = :name "
                "AND wait_event_type = 'Lock'"), {"name": location.database}))
    finally:
        engine.dispose()
