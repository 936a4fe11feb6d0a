"""Writers at once, on both backends: imports, application moves, sign-ins of one user
by several processes, and ``hrdesk verify-audit`` in a loop. Afterwards every write
that reported success is in the database, verify-audit never cried wolf, and nothing
failed with an internal error.

The crowd runs once per backend and test session (the first test process to get there
runs it; see ``Worlds.once``); each test below holds one promise against what it did.
Each writer is a different user, except the sign-in loops, which share one on purpose.
The races the crowd meets only by chance are made to happen every time, one by one, in
``test_interleavings.py``; here the known ones (``known.RACES``) are counted, not failed.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import Any

import pytest

from hrdesk.db.engine import open_engine
from tests.faults import checks, crowd, harness, known, world

pytestmark = pytest.mark.faults

SECONDS = 30 if harness.FULL else 3  # how long the loops run
IMPORTERS, FILES_EACH, ROWS_EACH = (2, 8, 15) if harness.FULL else (1, 2, 15)
MOVERS, SIGNERS, MOVED = (2, 3, 12) if harness.FULL else (2, 2, 8)


class DefectShows(AssertionError):
    """A known defect, and only it, is what went wrong."""


def _crowd(worlds, backend: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    w = worlds.get(backend)
    folder = worlds.scratch(f"crowd-{backend}")
    with world.copy_of(w, folder / "db") as location:
        moves = crowd.prepare_moves(location, w.job_code, folder, MOVED)
        before = crowd.look(location, moves)
        target, data = world.cli_target(location), folder / "data"
        tasks: dict[str, tuple[list[str], dict[str, str]]] = {}
        files: dict[str, int] = {}
        for i in range(IMPORTERS):
            mine = [str(world.write_people(folder / f"batch-{i}-{j}.xlsx", ROWS_EACH,
                                           10_000 * (i + 1) + 100 * j))
                    for j in range(FILES_EACH)]
            files.update(dict.fromkeys((name.rsplit("/", 1)[-1] for name in mine), ROWS_EACH))
            (folder / f"files-{i}.json").write_text(json.dumps(mine))
            tasks[f"import-{i}"] = (["imports", "--db", target, "--user", world.RECRUITERS[i],
                                     "--files",
                                     str(folder / f"files-{i}.json"), "--job", w.job_code],
                                    harness.child_env(data, {"HRDESK_PASSWORD": world.USER_PASSWORD}))
        (folder / "apps.json").write_text(json.dumps([str(a) for a in moves.ids]))
        for i in range(MOVERS):
            tasks[f"moves-{i}"] = (["moves", "--db", target, "--user",
                                    world.RECRUITERS[IMPORTERS + i], "--apps",
                                    str(folder / "apps.json"), "--seed", str(i),
                                    "--seconds", str(SECONDS)],
                                   harness.child_env(data, {"HRDESK_PASSWORD": world.USER_PASSWORD}))
        for i in range(SIGNERS):
            tasks[f"sign-ins-{i}"] = (["sign-ins", "--db", target, "--user", crowd.SIGNER,
                                       "--seconds", str(SECONDS)],
                                      harness.child_env(data, {"HRDESK_PASSWORD": world.USER_PASSWORD}))
        tasks["verify"] = (["verify", "--db", target, "--user", world.ADMIN,
                            "--seconds", str(SECONDS)],
                           harness.child_env(data, {"HRDESK_PASSWORD": world.ADMIN_PASSWORD}))
        reports = crowd.launch(folder, tasks)
        after = crowd.look(location, moves)
        _, sound = checks.inspect(location, world.master_key(location, world.ADMIN,
                                                             world.ADMIN_PASSWORD))
    return {"reports": {k: dataclasses.asdict(v) for k, v in reports.items()},
            "before": dataclasses.asdict(before), "after": dataclasses.asdict(after),
            "positions": {str(k): v for k, v in moves.positions.items()}, "files": files,
            "sound": sound, "folder": str(folder)}


@pytest.fixture
def ran(worlds, backend: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return worlds.once(f"crowd-{backend}", lambda: _crowd(worlds, backend))


def _attempts(ran: dict[str, Any], task: str) -> list[dict[str, Any]]:
    return [a for report in ran["reports"].values() for a in report["attempts"]
            if a["task"] == task]


def _say(ran: dict[str, Any], what: str, found: list[str]) -> str:
    counts = Counter(a["task"] + (" ok" if a["ok"] else " refused")
                     for r in ran["reports"].values() for a in r["attempts"])
    return "\n".join([f"{what} ({dict(counts)}; the children's output is in {ran['folder']}):",
                      *(f"  - {line}" for line in found[:30])])


# The reduced run has the crowd on SQLite only: on PostgreSQL it meets the races of
# test_interleavings.py, which that module makes happen every time, reduced run or full.
_BOTH = ["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, harness.full_only()])]


@pytest.mark.parametrize("backend", _BOTH)
def test_every_write_reported_done_is_in_the_database(ran: dict[str, Any]) -> None:
    before, after, lost = ran["before"], ran["after"], []
    for attempt in _attempts(ran, "import"):
        stored = after["imported_per_file"].get(attempt["file"], 0)
        if stored != (attempt["imported"] if attempt["ok"] else 0):
            lost.append(f"import of {attempt['file']} said {attempt}, the database has "
                        f"{stored} of its people")
    done = Counter(a["app"] for a in _attempts(ran, "move") if a["ok"])
    net = Counter()
    for a in _attempts(ran, "move"):
        if a["ok"]:
            net[a["app"]] += 1 if a["action"] == "advance" else -1
    for app, position in ran["positions"].items():
        events = after["moves_per_app"].get(app, 0) - before["moves_per_app"].get(app, 0)
        moved = after["positions"][app] - position
        if events != done[app] or moved != net[app]:
            lost.append(f"application {app}: {done[app]} moves reported done (net {net[app]}), "
                        f"{events} on its timeline, it moved {moved}")
    signed = sum(1 for a in _attempts(ran, "sign-in") if a["ok"])
    if after["sign_ins"] - before["sign_ins"] != signed:
        lost.append(f"{signed} sign-ins of {crowd.SIGNER} reported, "
                    f"{after['sign_ins'] - before['sign_ins']} in the audit log")
    assert _attempts(ran, "move") and _attempts(ran, "import"), _say(ran, "nothing ran", [])
    assert not lost, _say(ran, "writes reported done are not in the database", lost)


def _error(attempt: dict[str, Any]) -> str | None:
    """What went wrong that is not a refusal with a reason: an internal error, a false
    alarm (damaged), a broken audit log reported while nobody tampered with it."""
    if attempt.get("internal"):
        return f"{attempt['internal']}: {attempt.get('message')}"
    said = attempt.get("err", "") + attempt.get("message", "")
    if "internal error" in said or "damaged" in said or attempt.get("code") == "db.damaged":
        return said
    if attempt["task"] == "verify" and not attempt["ok"]:
        return f"{attempt['out']} {attempt['err']}".strip()
    if attempt["task"] == "sign-in" and not attempt["ok"] and attempt.get("code") != "db.busy":
        return f"refused: {attempt.get('message')}"  # nothing stops a right password
    return None


@pytest.mark.parametrize("backend", _BOTH)
def test_nothing_fails_without_a_reason_and_nothing_cries_wolf(ran: dict[str, Any],
                                                              backend: str) -> None:
    errors, met = [], Counter()
    for report in ran["reports"].values():
        for attempt in report["attempts"]:
            error = _error(attempt)
            if error is None:
                continue
            race = known.race(backend, attempt, error)
            if race:
                met[race] += 1
            else:
                errors.append(f"{attempt['task']}: {error}")
    harness.record_crowd(backend, dict(met), {
        task: [sum(1 for a in _attempts(ran, task) if a["ok"]),
               sum(1 for a in _attempts(ran, task) if not a["ok"])]
        for task in ("import", "move", "sign-in", "verify")})
    assert not errors, _say(ran, f"unexpected failures (known races met: {dict(met)})", errors)


@pytest.mark.parametrize("backend", _BOTH)
def test_the_database_is_sound_afterwards(ran: dict[str, Any]) -> None:
    ended = [f"{name} ended with status {r['returncode']}: {r['stderr'][-500:]}"
             for name, r in ran["reports"].items() if r["returncode"] != 0]
    assert not ran["sound"] + ended, _say(ran, "afterwards", ran["sound"] + ended)


def test_a_sign_in_waiting_for_the_write_lock_says_busy(worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch("busy")
    with world.copy_of(worlds.get("sqlite"), folder / "db") as location:
        engine = open_engine(location, world.master_key(location, world.ADMIN,
                                                        world.ADMIN_PASSWORD))
        held = engine.raw_connection()
        try:
            held.driver_connection.execute("BEGIN IMMEDIATE")  # a long import, say
            # The child's busy timeout is one second instead of ten (child.py).
            run = harness.run_child(["--db", str(location.path), "verify-audit", "--user",
                                     world.ADMIN], harness.child_env(folder / "data", {
                                         "HRDESK_PASSWORD": world.ADMIN_PASSWORD}),
                                    {"busy_ms": 1000})
        finally:
            held.driver_connection.execute("ROLLBACK")
            held.close()
            engine.dispose()
    said = run.stderr.strip()
    if "is damaged or cannot be decrypted" in said:
        raise DefectShows(run.said())
    assert run.returncode != 0 and said.startswith("hrdesk: The database is busy"), run.said()
