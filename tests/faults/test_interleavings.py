"""Two writers meeting at the worst moment, made to meet there every time (interleave.py):
the first stops right after taking a lock or reading half of what it needs, the second
runs into it. Nothing may fail with an internal error or report a damaged audit log;
a writer that loses may be refused with a reason ("changed by someone else")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import applications, session
from tests.faults import checks, crowd, harness, interleave, world
from tests.faults.harness import ChildRun

pytestmark = pytest.mark.faults

DRIVER = {"module": "tests.faults.driver"}


class DefectShows(AssertionError):
    """A known defect, and only it, is what went wrong."""


def _backends(defect: str) -> list[Any]:
    """Both backends in the full run; the reduced one has PostgreSQL only, where the
    races were (SQLite lets one writer in at a time). ``defect``: what the race did
    before it was fixed, kept as the test's record."""
    return [pytest.param("sqlite", marks=harness.full_only()),
            pytest.param("postgres", marks=pytest.mark.postgres)]


def _attempt(run: ChildRun) -> dict[str, Any]:
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, run.said()
    return lines[0]


def _waits_in(location: Location, statement: str) -> dict[str, str]:
    """Where the second process waits: SQLite makes it wait to begin writing at all."""
    return {"before": "BEGIN IMMEDIATE" if isinstance(location, SqliteLocation) else statement}


def _env(folder: Path, password: str) -> dict[str, str]:
    return harness.child_env(folder / "data", {"HRDESK_PASSWORD": password})


def _sound(location: Location) -> list[str]:
    return checks.inspect(location, world.master_key(location, world.ADMIN,
                                                     world.ADMIN_PASSWORD))[1]


@pytest.mark.parametrize("backend", _backends(
    "two sign-ins of one user at the same moment on PostgreSQL: the second fails with "
    "'internal error (StaleDataError)' (the autoflush of the user's last sign-in time, "
    "outside the unit of work's translation)"))
def test_two_sign_ins_of_one_user_at_the_same_moment(backend: str, worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch(f"sign-ins-{backend}")
    with world.copy_of(worlds.get(backend), folder / "db") as location:
        args = ["sign-in-once", "--db", world.cli_target(location), "--user", crowd.SIGNER]
        env = _env(folder, world.USER_PASSWORD)
        first, second = interleave.run(
            folder, location, interleave.Step(args, env, {"after": "UPDATE users"}, DRIVER),
            interleave.Step(args, env, _waits_in(location, "UPDATE users"), DRIVER),
            second_waits=True)
        sound = _sound(location)
    said = [_attempt(first), _attempt(second)]
    if any(a.get("internal") == "StaleDataError" for a in said):
        raise DefectShows(str(said))
    assert all(a["ok"] for a in said) and not sound, (said, sound)


@pytest.mark.parametrize("backend", _backends(
    "verify-audit on PostgreSQL reads the entries, then the chain's head, in separate "
    "statements (READ COMMITTED): a sign-in between them is reported as 'Audit log broken "
    "at entry N: entries after N were removed'"))
def test_verify_audit_while_someone_signs_in(backend: str, worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch(f"verify-{backend}")
    with world.copy_of(worlds.get(backend), folder / "db") as location:
        target = world.cli_target(location)
        verify, sign_in = interleave.run(
            folder, location,
            interleave.Step(["--db", target, "verify-audit", "--user", world.ADMIN],
                            _env(folder, world.ADMIN_PASSWORD),
                            {"before": "SELECT audit_head", "following": "SELECT audit_entries"}),
            interleave.Step(["sign-in-once", "--db", target, "--user", crowd.SIGNER],
                            _env(folder, world.USER_PASSWORD), None, DRIVER),
            second_waits=False)
        sound = _sound(location)
    assert _attempt(sign_in)["ok"], sign_in.said()
    if "were removed" in verify.stdout:
        raise DefectShows(f"{verify.stdout.strip()} {verify.said()}")
    assert verify.returncode == 0 and "intact" in verify.stdout and not sound, \
        (verify.said(), verify.stdout, sound)


def _one_application_in_the_second_stage(location: Location, job_code: str,
                                         folder: Path) -> str:
    moves = crowd.prepare_moves(location, job_code, folder, 1)
    [app] = moves.ids
    opened = session.open_session(location, world.USER, world.USER_PASSWORD)
    try:
        applications.advance(opened.workspace, opened.actor, app)
    finally:
        opened.close()
    return str(app)


def _two_moves(backend: str, worlds, first: str, second: str  # type: ignore[no-untyped-def]
               ) -> tuple[list[dict[str, Any]], list[str]]:
    folder = worlds.scratch(f"{first}-{second}-{backend}")
    w = worlds.get(backend)
    with world.copy_of(w, folder / "db") as location:
        app = _one_application_in_the_second_stage(location, w.job_code, folder)
        steps = []
        # The first stops holding the stage's task rows (and, since a move takes its
        # application's row first, that row); the second waits at taking it.
        for user, action, point in ((world.RECRUITERS[0], first, {"after": "UPDATE tasks"}),
                                    (world.RECRUITERS[1], second,
                                     _waits_in(location, "SELECT applications."))):
            steps.append(interleave.Step(
                ["move-once", "--db", world.cli_target(location), "--user", user, "--apps", app,
                 "--action", action], _env(folder, world.USER_PASSWORD), point, DRIVER))
        runs = interleave.run(folder, location, steps[0], steps[1], second_waits=True)
        sound = _sound(location)
    return [_attempt(r) for r in runs], sound


def _refused_with_a_reason(said: list[dict[str, Any]]) -> bool:
    return all(a["ok"] or a.get("code", "").startswith("concurrent_change") for a in said)


@pytest.mark.parametrize("backend", _backends(
    "on PostgreSQL an advance takes the stage's task rows, then the application's; a move "
    "back the application's, then the tasks': at the same moment they deadlock, and the "
    "loser fails with 'internal error (OperationalError: deadlock detected)'"))
def test_advance_and_move_back_of_one_application_at_once(backend: str, worlds) -> None:  # type: ignore[no-untyped-def]
    said, sound = _two_moves(backend, worlds, "advance", "move_back")
    if any("deadlock detected" in a.get("message", "") for a in said if a.get("internal")):
        raise DefectShows(str(said))
    assert _refused_with_a_reason(said) and not sound, (said, sound)


@pytest.mark.parametrize("backend", _backends(
    "two advances of one application at the same moment on PostgreSQL: the second fails "
    "with 'internal error (StaleDataError)' from an autoflush of the stage's tasks, not "
    "'changed by someone else'"))
def test_two_advances_of_one_application_at_once(backend: str, worlds) -> None:  # type: ignore[no-untyped-def]
    said, sound = _two_moves(backend, worlds, "advance", "advance")
    if any(a.get("internal") == "StaleDataError" for a in said):
        raise DefectShows(str(said))
    assert _refused_with_a_reason(said) and not sound, (said, sound)
