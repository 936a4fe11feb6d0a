"""Product defects the fault suite found and that are not fixed yet.

Kill points (``DEFECTS``): each is shown at a fixed point by ``test_known_defects.py``,
marked ``xfail(strict=True)``; the random kill tests pass over the problems it explains
(and only those, matched by their wording), so they keep looking for new ones. Fixing
one: delete its entry here, and its xfail and its tolerance go with it.

Concurrency (``RACES``): each is made to happen every time by a test of
``test_interleavings.py`` marked ``xfail(strict=True)``; the crowd of
``test_concurrency.py`` meets them by chance and passes over them (only them). Fixing
one: delete its entry here and the xfail of its interleaving test.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from tests.faults.harness import Calibration, KillPoint


@dataclasses.dataclass(frozen=True)
class Defect:
    id: str
    operation: str
    backends: tuple[str, ...]  # where it shows; the explicit test runs on the first
    says: tuple[str, ...]  # regular expressions: the problems it causes
    reason: str
    point: Callable[[Calibration], KillPoint]
    reduced: str | None = None  # the backend whose explicit test the reduced run has

    def explains(self, problem: str) -> bool:
        return any(re.search(pattern, problem) for pattern in self.says)


def _keyring_holds(entries: int) -> Callable[[Calibration], KillPoint]:
    def point(calibration: Calibration) -> KillPoint:
        for event in calibration.events:
            if event["hook"] == "committed" and \
                    (event.get("state") or {}).get("rows", {}).get("keyring") == entries:
                return KillPoint("committed", event["n"])
        raise LookupError(f"no commit leaves {entries} key-ring entries")
    return point


KEYRING_COPY = r"^left beside the database: \S+\.keys\.[a-z0-9_]{8}(, \S+\.keys\.[a-z0-9_]{8})*$"

DEFECTS: tuple[Defect, ...] = ()  # none known: each found so far is fixed and tested


def explain(operation: str, backend: str, problems: Sequence[str]) -> tuple[list[str], list[str]]:
    """(ids of the known defects behind ``problems``, the problems none explains)."""
    explained: list[str] = []
    unexplained: list[str] = []
    for problem in problems:
        found = [d.id for d in DEFECTS if d.operation == operation and backend in d.backends
                 and d.explains(problem)]
        if found:
            explained.extend(i for i in found if i not in explained)
        else:
            unexplained.append(problem)
    return explained, unexplained


def shown() -> list[tuple[Defect, str]]:
    """(defect, backend) for each explicit test: one per defect and backend, except the
    copies of one defect for other operations."""
    seen: set[str] = set()
    found = []
    for defect in DEFECTS:
        if defect.id in seen:
            continue
        seen.add(defect.id)
        found.extend((defect, backend) for backend in defect.backends)
    return found


@dataclasses.dataclass(frozen=True)
class Race:
    id: str
    backend: str
    task: str  # the driver's task whose attempts show it ("" for any)
    says: str  # a regular expression over the attempt's error ("Type: message")
    min_seconds: float = 0.0  # only attempts that took this long


RACES: tuple[Race, ...] = ()  # none known: each found so far is fixed and tested


def race(backend: str, attempt: dict[str, Any], error: str) -> str | None:
    """The known race behind this error of this attempt, if there is one."""
    return next((r.id for r in RACES if r.backend == backend
                 and r.task in ("", attempt["task"]) and re.search(r.says, error)
                 and attempt.get("seconds", 0.0) >= r.min_seconds), None)
