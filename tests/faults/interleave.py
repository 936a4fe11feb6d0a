"""Two processes interleaved at a chosen point, the same way every time: the first stops
there (holding the locks it holds), the second runs into it, then the first goes on.

On PostgreSQL "runs into it" is seen, not guessed: the server lists the second as waiting
for a lock. SQLite lets one writer in at a time, so there the second is let run up to
the statement that waits (a marker it leaves) and the order after that is SQLite's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
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
    started = time.monotonic()
    first_reached, go = _Pipe(), _Pipe()
    a = first_reached.to(go.give(harness.start_child(
        first.args, first.env,
        {**first.plan, "pause": first.point, "reached_fd": first_reached.write,
         "go_fd": go.read}, pass_fds=(first_reached.write, go.read))))
    try:
        if not harness.reached(first_reached.read, "the first process to reach its point"):
            raise AssertionError(f"the first process ended before its point {first.point}: "
                                 f"{harness.finish_child(a, first.args, started).said()}")
        finish_second = _second(second, location, second_waits, started)
    finally:
        go.close()  # the first goes on (or, if it is gone, nothing waits on this)
        first_reached.close()
    return harness.finish_child(a, first.args, started), finish_second()


def _second(second: Step, location: Location, second_waits: bool,
            started: float) -> Callable[[], ChildRun]:
    """The second process, started and waited for — until it ends, or (``second_waits``
    and its point named) until it waits for a lock the first holds — and how to finish it."""
    if second.point is None or not second_waits:
        ended = harness.finish_child(harness.start_child(second.args, second.env, second.plan),
                                     second.args, started)
        return lambda: ended
    marked = _Pipe()
    b = marked.to(harness.start_child(
        second.args, second.env,
        {**second.plan, "mark": second.point, "reached_fd": marked.write},
        pass_fds=(marked.write,)))
    try:
        if harness.reached(marked.read, "the second to reach the statement that waits"):
            _wait_for_lock(b, location)
    finally:
        marked.close()
    return lambda: harness.finish_child(b, second.args, started)


# How often the server is asked again whether the second waits for a lock: nothing
# announces a lock wait, so it is looked for, between waits on the process's own end.
_LOCK_CHECK = 0.02


def _wait_for_lock(b: subprocess.Popen[str], location: Location,
                   timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    with _lock_watch(location) as waits:
        while not waits():
            try:
                b.wait(timeout=_LOCK_CHECK)  # returns at once if the second ends
                return
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    raise AssertionError(f"waited {timeout} s for the second to wait"
                                         ) from None


class _Pipe:
    """A pipe whose write end a child inherits (``to``) or whose read end it blocks on
    (``give``); this side keeps the other end, and closes it once."""

    def __init__(self) -> None:
        self.read, self.write = os.pipe()
        self._ours: list[int] = [self.read, self.write]

    def to(self, child: subprocess.Popen[str]) -> subprocess.Popen[str]:
        """The child writes: our copy of the write end goes, so its end reads as EOF."""
        self._drop(self.write)
        return child

    def give(self, child: subprocess.Popen[str]) -> subprocess.Popen[str]:
        """The child reads: our copy of the read end goes."""
        self._drop(self.read)
        return child

    def close(self) -> None:
        for fd in list(self._ours):
            self._drop(fd)

    def _drop(self, fd: int) -> None:
        if fd in self._ours:
            self._ours.remove(fd)
            os.close(fd)


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
