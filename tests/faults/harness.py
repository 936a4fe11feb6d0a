"""The parent side: run a child, kill it at a point, and say so in a reproducible way."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, seed, settings, strategies as st

ROOT = Path(__file__).resolve().parents[2]
# Kill points, in the order a strategy offers them (see child.py for what each is).
HOOKS = ("sql", "commit", "committed", "fsync", "replace", "replaced", "unlink")
CHILD_TIMEOUT = 180

# --- profiles ----------------------------------------------------------------------------

FULL = os.environ.get("HRDESK_FAULTS") == "full"
# A full run draws new points each time (the seed is printed with every failure);
# the reduced run in `make test` tries the same few points every time, so it never
# turns red by chance.
SEED = int(os.environ.get("HRDESK_FAULTS_SEED") or random.SystemRandom().randrange(2**31))
settings.register_profile(
    "faults-reduced", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile(
    "faults-full", deadline=None, derandomize=False, print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def full_only() -> pytest.MarkDecorator:
    """A test (or parameter) of the full run only: the reduced run deselects it."""
    return pytest.mark.faults(full=True)


def examples(reduced: int, full: int):  # type: ignore[no-untyped-def]
    """Decorator: the profile of this run, with this many kill points per test."""
    chosen = settings(settings.get_profile("faults-full" if FULL else "faults-reduced"),
                      max_examples=full if FULL else reduced)

    def decorate(test):  # type: ignore[no-untyped-def]
        return chosen(seed(SEED)(test) if FULL else test)
    return decorate


def failure(what: str, where: str, problems: Sequence[str], run: ChildRun, replay: str,
            kept: Path) -> str:
    """A failure message that says how to get it again."""
    profile = (f"HRDESK_FAULTS=full HRDESK_FAULTS_SEED={SEED}" if FULL
               else "the reduced profile (derandomized: the same points every run)")
    return "\n".join([f"{what}, {where}:", *(f"  - {p}" for p in problems),
                      f"  the child: {' '.join(run.argv)}", f"    {run.said()}",
                      f"  this point again: {replay}", f"  this run again: {profile}",
                      f"  its files are kept in {kept}"])


# --- kill points ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class KillPoint:
    """The n-th point of a hook, or (``time``) a share of the calibrated run's duration."""

    hook: str
    n: int = 0
    fraction: float = 0.0

    def __str__(self) -> str:
        return f"time@{self.fraction:.4f}" if self.hook == "time" else f"{self.hook}#{self.n}"

    @classmethod
    def parse(cls, text: str) -> KillPoint:
        if text.startswith("time@"):
            return cls("time", fraction=float(text[5:]))
        hook, n = text.split("#")
        return cls(hook, int(n))


@dataclasses.dataclass
class Calibration:
    """An uninterrupted run of the operation: every point it passed, and how long it took."""

    events: list[dict[str, Any]]
    seconds: float

    def count(self, hook: str) -> int:
        return sum(1 for e in self.events if e["hook"] == hook)

    def event(self, point: KillPoint) -> dict[str, Any] | None:
        return next((e for e in self.events if e["hook"] == point.hook and e["n"] == point.n),
                    None)

    def describe(self, point: KillPoint) -> str:
        if point.hook == "time":
            return f"SIGKILL {point.fraction * self.seconds:.3f} s after the start " \
                   f"(of {self.seconds:.3f} s uninterrupted)"
        found = self.event(point)
        where = (f"{found['detail'] or found['hook']} at {found['t']:.3f} s" if found
                 else "not reached")
        return f"SIGKILL before {point} ({where})"

    def states(self) -> list[dict[str, Any]]:
        """The database after each commit of the uninterrupted run."""
        return [e["state"] for e in self.events if e.get("state") is not None]

    def first(self, hook: str, detail_contains: str = "") -> KillPoint:
        """The first point of ``hook`` whose detail mentions ``detail_contains``."""
        for e in self.events:
            if e["hook"] == hook and detail_contains in e["detail"]:
                return KillPoint(hook, e["n"])
        raise LookupError(f"no {hook} point mentions {detail_contains!r}: "
                          f"{[e['detail'] for e in self.events if e['hook'] == hook]}")

    def after(self, earlier: KillPoint, hook: str) -> KillPoint:
        """The first point of ``hook`` that comes after ``earlier``."""
        seen = False
        for e in self.events:
            if seen and e["hook"] == hook:
                return KillPoint(hook, e["n"])
            seen = seen or (e["hook"] == earlier.hook and e["n"] == earlier.n)
        raise LookupError(f"no {hook} point after {earlier}")


def kill_points(calibration: Calibration) -> st.SearchStrategy[KillPoint]:
    """A hook (statements first), then one of its points. The simplest point of a hook,
    which hypothesis tries first and shrinks a failure towards, is the middle one: a
    death half-way through the work is the case that matters most (the first point
    is before anything happened, and the reduced run tries only one)."""
    replay = os.environ.get("HRDESK_FAULTS_REPLAY")
    if replay:
        return st.just(KillPoint.parse(replay))
    hooks = [h for h in HOOKS if calibration.count(h)]

    def points(hook: str) -> st.SearchStrategy[KillPoint]:
        if hook == "time":
            return st.builds(KillPoint, st.just(hook), fraction=st.floats(0.0, 1.0))
        count = calibration.count(hook)
        return st.integers(0, count - 1).map(
            lambda k: KillPoint(hook, (count // 2 + k) % count + 1))

    return st.sampled_from([*hooks, "time"]).flatmap(points)


# --- children ------------------------------------------------------------------------------


@dataclasses.dataclass
class ChildRun:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    record: dict[str, Any] | None = None

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    def said(self) -> str:
        status = "killed" if self.killed else f"exit status {self.returncode}"
        err = self.stderr.strip() or "(nothing on stderr)"
        return f"{status}; stderr: {err}"


def child_env(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HRDESK_FAULT", "PYTEST_", "COV_"))}
    env.update({"HRDESK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT),
                "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.update(extra or {})
    return env


def start_child(args: Sequence[str], env: dict[str, str],
                plan: dict[str, Any] | None = None,
                pass_fds: Sequence[int] = ()) -> subprocess.Popen[str]:
    """``python -m tests.faults.child ARGS`` (hrdesk's CLI, or the plan's module); the
    ``pass_fds`` (pipe ends the plan names) are inherited by it alone."""
    return subprocess.Popen([sys.executable, "-m", "tests.faults.child", *args], cwd=ROOT,
                            env={**env, "HRDESK_FAULT_PLAN": json.dumps(plan or {})},
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, pass_fds=tuple(pass_fds))


def finish_child(proc: subprocess.Popen[str], args: Sequence[str], started: float,
                 record: Path | None = None) -> ChildRun:
    try:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\n(the harness killed it after {CHILD_TIMEOUT} s: it hung)"
    recorded = None
    if record is not None and record.exists():
        recorded = json.loads(record.read_text(encoding="utf-8"))
    return ChildRun([*args], proc.returncode, out, err, time.monotonic() - started, recorded)


def run_child(args: Sequence[str], env: dict[str, str], plan: dict[str, Any] | None = None,
              kill_after: float | None = None, record: Path | None = None) -> ChildRun:
    plan = dict(plan or {})
    if record is not None:
        plan["record"] = str(record)
    started = time.monotonic()
    proc = start_child(args, env, plan)
    if kill_after is not None:
        try:
            # Not a wait for something to happen: the delay is the kill point.
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
    return finish_child(proc, args, started, record)


def logged_error(data_dir: Path) -> str:
    """The last line of the last traceback the child's log holds (what "internal error"
    hid), or ""."""
    log = data_dir / "logs" / "hrdesk.log"
    if not log.exists():
        return ""
    lines = [line for line in log.read_text(encoding="utf-8").splitlines()
             if re.match(r"[A-Za-z_][\w.]*(Error|Exception)\b", line)]
    return lines[-1] if lines else ""


def reached(pipe: int, what: str, timeout: float = 60.0) -> bool:
    """Blocks until the child writes to ``pipe`` (True: it reached its point) or ends
    without writing (False: every write end is closed). The caller has closed its own
    copy of the write end, or the end of the child would never show."""
    ready, _, _ = select.select([pipe], [], [], timeout)
    if not ready:
        raise AssertionError(f"waited {timeout} s for {what}")
    return os.read(pipe, 1) != b""


def calibrate(args: Sequence[str], env: dict[str, str], record: Path,
              plan: dict[str, Any] | None = None) -> Calibration:
    run = run_child(args, env, {**(plan or {}), "snapshot": True}, record=record)
    if run.returncode != 0 or run.record is None:
        raise AssertionError(f"the uninterrupted run failed: {run.said()}")
    return Calibration(run.record["events"], run.seconds)


def run_killed(args: Sequence[str], env: dict[str, str], point: KillPoint,
               calibration: Calibration, plan: dict[str, Any] | None = None) -> ChildRun:
    if point.hook == "time":
        return run_child(args, env, plan, kill_after=point.fraction * calibration.seconds)
    return run_child(args, env, {**(plan or {}), "kill": [point.hook, point.n]})


# --- the record of a run --------------------------------------------------------------------


def record(operation: str, backend: str, point: KillPoint, run: ChildRun,
           problems: Sequence[str], known: Sequence[str]) -> None:
    """One line per point tried, when HRDESK_FAULTS_RECORD names a file (make test-faults)."""
    path = os.environ.get("HRDESK_FAULTS_RECORD")
    if not path:
        return
    line = {"operation": operation, "backend": backend, "point": str(point),
            "killed": run.killed, "returncode": run.returncode, "problems": list(problems),
            "known": list(known), "seed": SEED if FULL else "derandomized"}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


def record_crowd(backend: str, met: dict[str, int], attempts: dict[str, list[int]]) -> None:
    """What a concurrency crowd did ([done, refused] per task) and the known races it met."""
    path = os.environ.get("HRDESK_FAULTS_RECORD")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"crowd": backend, "races": met, "attempts": attempts}) + "\n")
