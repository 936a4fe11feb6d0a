"""Fixtures of the fault suite: the worlds (made once per test process and backend), what
an uninterrupted run of each operation does in them (once per test session, shared by
the processes), and ``kill``, which runs one operation killed at one point."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults import checks, harness, known, operations, world
from tests.faults.harness import ChildRun, KillPoint
from tests.faults.operations import Expected, Operation


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The reduced run (``make test``) leaves out what ``harness.full_only`` marks."""
    if harness.FULL:
        return
    left = [i for i in items if any(m.kwargs.get("full") for m in i.iter_markers("faults"))]
    if left:
        config.hook.pytest_deselected(items=left)
        gone = {id(i) for i in left}
        items[:] = [i for i in items if id(i) not in gone]


class Worlds:
    def __init__(self, folder: Path, shared: Path, stack: contextlib.ExitStack) -> None:
        self.folder, self.shared, self.stack = folder, shared, stack
        self._made: dict[tuple[str, bool], world.World] = {}
        self._expected: dict[tuple[str, str], Expected] = {}
        self._serial = itertools.count()

    def for_operation(self, op: Operation, kind: str) -> world.World:
        made = self.get(kind, op.old_schema)
        if op.backup_from:
            made = dataclasses.replace(made, backup=self.get(op.backup_from).backup)
        return made

    def get(self, kind: str, old_schema: bool = False) -> world.World:
        if (kind, old_schema) not in self._made:
            if old_schema:
                made = world.downgraded(self.get(kind), self.folder / f"{kind}-old", self.stack)
            else:
                made = world.build(kind, self.folder / kind, self.stack)
            self._made[kind, old_schema] = made
        return self._made[kind, old_schema]

    def scratch(self, label: str) -> Path:
        """A new folder for one trial (kept when its test fails, for a look)."""
        folder = self.folder / "trials" / f"{next(self._serial):04d}-{label}"
        folder.mkdir(parents=True)
        return folder

    def expected(self, op: Operation, kind: str) -> Expected:
        """The operation run once without a kill, on its own copy: the points it passes,
        how long it takes, and the database before, at each commit and after. Every
        process's world is built the same way, so one calibration serves them all."""
        if (op.name, kind) not in self._expected:
            data = self.once(f"calibration-{op.name}-{kind}",
                             lambda: dataclasses.asdict(self._calibrate(op, kind)))
            self._expected[op.name, kind] = Expected(
                harness.Calibration(**data["calibration"]), data["before"], data["after"])
        return self._expected[op.name, kind]

    def once(self, name: str, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """What ``make`` returns, made by the first test process to ask (JSON on disk)."""
        saved = self.shared / f"{name}.json"
        with _locked(saved.with_suffix(".lock")):
            if not saved.exists():
                saved.write_text(json.dumps(make(), ensure_ascii=False), encoding="utf-8")
            return json.loads(saved.read_text(encoding="utf-8"))

    def _calibrate(self, op: Operation, kind: str) -> Expected:
        folder = self.scratch(f"calibrate-{op.name}-{kind}")
        with op.trial(self.for_operation(op, kind), folder) as trial:
            before = (None if op.name == "restore"
                      else checks.inspect(trial.location, op.key(trial))[0])
            calibration = harness.calibrate(trial.args, trial.env, folder / "points.json",
                                            op.plan)
            after, problems = checks.inspect(trial.location, op.key(trial))
            assert not problems, problems
        shutil.rmtree(folder, ignore_errors=True)
        return Expected(calibration, before, after)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl  # the suite runs where `make test` does: Linux

    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="session")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worlds]:
    base = tmp_path_factory.getbasetemp()
    # Under pytest-xdist each process has its own folder inside the session's.
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    with contextlib.ExitStack() as stack:
        yield Worlds(tmp_path_factory.mktemp("faults"), shared, stack)


@dataclasses.dataclass
class Outcome:
    child: ChildRun
    problems: list[str]
    message: Callable[[list[str]], str]  # a failure message naming these problems


@pytest.fixture
def kill(worlds: Worlds) -> Callable[[str, str, KillPoint], Outcome]:
    """Runs one operation killed at one point and checks what it left."""

    def run(name: str, backend: str, point: KillPoint) -> Outcome:
        op = operations.OPERATIONS[name]
        expected = worlds.expected(op, backend)
        folder = worlds.scratch(f"{name}-{backend}")
        with op.trial(worlds.for_operation(op, backend), folder) as trial:
            child = harness.run_killed(trial.args, trial.env, point, expected.calibration,
                                       op.plan)
            problems = op.check(trial, child, expected)
        explained, _ = known.explain(name, backend, problems)
        harness.record(name, backend, point, child, problems, explained)
        if not problems:
            shutil.rmtree(folder, ignore_errors=True)  # else kept, for a look

        def message(shown: list[str]) -> str:
            return harness.failure(
                f"{name} on {backend}", expected.calibration.describe(point), shown, child,
                f"HRDESK_FAULTS=full HRDESK_FAULTS_REPLAY='{point}' pytest "
                f"'tests/faults/test_kill_points.py::test_killed_at_any_point[{backend}-{name}]'",
                folder)
        return Outcome(child, problems, message)

    return run
