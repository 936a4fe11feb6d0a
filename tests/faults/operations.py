"""The operations the kill tests interrupt, each with what must hold after its death.

An operation makes a *trial* (a fresh copy of a world, set up for one run of it) and
*checks* a trial after its run, given what an uninterrupted run showed (``Expected``).
Every check opens the database with the right password, runs SQLite's
``integrity_check`` and the audit chain's check, compares the row counts with the
states the uninterrupted run passed through at its commits (all or nothing), looks for
files left beside the database, and ends with a sign-in (which writes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from hrdesk import errors
from hrdesk.db import access, backup, keyring, migrate
from hrdesk.db.access import DatabaseState
from hrdesk.locations import Location
from tests.faults import checks, harness, world
from tests.faults.harness import Calibration, ChildRun
from tests.faults.state import State, difference
from tests.faults.world import ADMIN, ADMIN_PASSWORD, USER, USER_PASSWORD, World

NEW_PASSWORD = "a-new-password-2"
IMPORT_ROWS = 60


@dataclasses.dataclass
class Trial:
    backend: str
    folder: Path
    location: Location  # what the operation writes (for a restore, its target)
    args: list[str]
    env: dict[str, str]
    data_dir: Path
    output: Path | None = None  # the file a backup writes
    source: Path | None = None  # what it was before the run (backup), or what is restored
    recovery_code: str = ""


@dataclasses.dataclass
class Expected:
    """What the uninterrupted run showed."""

    calibration: Calibration
    before: State | None
    after: State | None

    @property
    def allowed(self) -> list[State]:
        states = [self.before, *self.calibration.states(), self.after]
        return [s for s in states if s is not None]


class Operation:
    name = ""
    old_schema = False  # runs on a copy of the world with an older schema
    plan: ClassVar[dict[str, Any]] = {}  # for the child (see child.py)
    backup_from: str | None = None  # restores the backup of this backend's world

    @contextlib.contextmanager
    def trial(self, w: World, folder: Path) -> Iterator[Trial]:
        data_dir = folder / "data"
        with world.copy_of(w, folder / "db") as location:
            yield self._trial(w, folder, location, data_dir)

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        raise NotImplementedError

    def key(self, trial: Trial):  # type: ignore[no-untyped-def]
        return world.master_key(trial.location, ADMIN, ADMIN_PASSWORD)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        return database_checks(trial, run, expected, self.key(trial))


def database_checks(trial: Trial, run: ChildRun, expected: Expected, key,  # type: ignore[no-untyped-def]
                    sign_in: bool = True) -> list[str]:
    found, problems = checks.inspect(trial.location, key)
    problems += checks.all_or_nothing(found, expected.allowed)
    if not run.killed:
        if run.returncode != 0:
            problems.append(f"it ran to the end but failed: {run.said()}")
        elif found is not None and found != expected.after:
            problems.append("it ran to the end but the rows differ from the uninterrupted run")
    problems += checks.stray_files(trial.location)
    if sign_in:
        problems += checks.signs_in(trial.location)
    return problems


class Import(Operation):
    name = "import"

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        batch = w.folder / "batch.xlsx"
        if not batch.exists():
            world.write_people(batch, IMPORT_ROWS, 1)
        return Trial(w.kind, folder, location,
                     ["--db", world.cli_target(location), "import-resumes", str(batch),
                      "--job", w.job_code, "--user", USER, "--json"],
                     harness.child_env(data_dir, {"HRDESK_PASSWORD": USER_PASSWORD}), data_dir)


class Backup(Operation):
    """Over last night's file: it stays as it was, or becomes a complete new backup."""

    name = "backup"

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        output = folder / "backups" / "nightly.hdbk"
        output.parent.mkdir(parents=True)
        shutil.copy2(w.backup, output)
        return Trial(w.kind, folder, location,
                     ["--db", world.cli_target(location), "backup", str(output), "--user", ADMIN],
                     harness.child_env(data_dir, {"HRDESK_PASSWORD": ADMIN_PASSWORD}),
                     data_dir, output, w.backup)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        key = self.key(trial)
        problems = database_checks(trial, run, expected, key)
        output, previous = trial.output, trial.source
        assert output is not None and previous is not None and key is not None
        if not output.exists():
            problems.append("last night's backup is gone")
        elif output.read_bytes() != previous.read_bytes():
            problems += checks.complete_backup(output, key)
        again = harness.run_child(trial.args, trial.env)
        if again.returncode != 0:
            problems.append(f"the next backup fails: {again.said()}")
        problems += _partial_files(output.parent, "after the next backup")
        return problems


def _partial_files(folder: Path, when: str) -> list[str]:
    if not folder.exists():
        return []
    left = sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))
    return [f"{when}, a half-written backup is still there: {', '.join(left)}"] if left else []


class Restore(Operation):
    """Into an empty place: a kill leaves nothing that looks like a database, or a whole one;
    after nothing, a second restore works. The backup is always the SQLite plant's: onto
    PostgreSQL, that is the restore whose key ring is written after the data."""

    name = "restore"
    backup_from = "sqlite"

    @contextlib.contextmanager
    def trial(self, w: World, folder: Path) -> Iterator[Trial]:
        data_dir = folder / "data"
        with world.empty(w.kind, folder / "db") as target:
            yield Trial(w.kind, folder, target,
                        ["--db", world.cli_target(target), "restore", str(w.backup),
                         "--user", ADMIN],
                        harness.child_env(data_dir, {"HRDESK_PASSWORD": ADMIN_PASSWORD}),
                        data_dir, source=w.backup)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        problems: list[str] = []
        try:
            found = access.probe(trial.location)
        except errors.RestoreInterrupted:
            found = None  # stopped while renaming: running the restore again finishes it
        except errors.HrdeskError as exc:
            problems.append(f"the target is neither empty nor a database: {exc}")
            found = None
        if found is not DatabaseState.HRDESK:
            if run.returncode == 0:
                problems.append("the restore said it was done, but nothing is there")
            again = harness.run_child(trial.args, trial.env)
            if again.returncode != 0:
                return [*problems, f"a second restore fails: {again.said()}"]
        key = self.key(trial)
        state, more = checks.inspect(trial.location, key)
        problems += more
        if state is not None and state != expected.after:
            problems.append(f"the restored database is incomplete: "
                            f"{difference(state, expected.after)}")
        with access.opened_keystore(trial.location) as store:
            ring = {k: v for k, v in store.items().items() if not k.startswith("attempts:")}
        assert trial.source is not None
        wanted = {k: v for k, v in backup.open_backup(trial.source).keyring.items()
                  if not k.startswith("attempts:")}
        if ring != wanted:
            problems.append(f"the key ring lacks {sorted(set(wanted) - set(ring))} "
                            f"(or differs in {sorted(k for k in ring if ring[k] != wanted.get(k))})")
        problems += checks.stray_files(trial.location)
        problems += checks.signs_in(trial.location)
        return problems


class Migrate(Operation):
    """From an older schema: before or after (with its automatic backup), and it goes on."""

    name = "migrate"
    old_schema = True
    plan: ClassVar[dict[str, Any]] = {}

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        return Trial(w.kind, folder, location,
                     ["--db", world.cli_target(location), "migrate", "--user", ADMIN],
                     harness.child_env(data_dir, {"HRDESK_PASSWORD": ADMIN_PASSWORD}), data_dir)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        # Signing in upgrades an older schema: the second `hrdesk migrate` does it.
        problems = database_checks(trial, run, expected, self.key(trial), sign_in=False)
        again = harness.run_child(trial.args, trial.env, self.plan)
        if again.returncode != 0 or migrate.HEAD not in again.stdout:
            problems.append(f"migrating again does not reach {migrate.HEAD}: {again.said()}")
        problems += _partial_files(trial.data_dir / "backups", "after the next upgrade")
        return problems


class Recover(Operation):
    """A new password with the recovery code (``hrdesk recover``): old or new, never neither."""

    name = "recover"

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        return Trial(w.kind, folder, location,
                     ["--db", world.cli_target(location), "recover", "--user", USER],
                     harness.child_env(data_dir, {"HRDESK_PASSWORD": NEW_PASSWORD,
                                                  "HRDESK_RECOVERY_CODE": w.recovery_code}),
                     data_dir, recovery_code=w.recovery_code)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        return password_checks(trial, run, expected, self.key(trial))


class ChangePassword(Operation):
    """The user's own password change (``accounts.change_own_password``), through a driver."""

    name = "change-password"
    plan: ClassVar[dict[str, Any]] = {"module": "tests.faults.driver"}

    def _trial(self, w: World, folder: Path, location: Location, data_dir: Path) -> Trial:
        return Trial(w.kind, folder, location,
                     ["change-password", "--db", world.cli_target(location), "--user", USER],
                     harness.child_env(data_dir, {"HRDESK_PASSWORD": USER_PASSWORD,
                                                  "HRDESK_NEW_PASSWORD": NEW_PASSWORD}),
                     data_dir, recovery_code=w.recovery_code)

    def check(self, trial: Trial, run: ChildRun, expected: Expected) -> list[str]:
        return password_checks(trial, run, expected, self.key(trial))


def password_checks(trial: Trial, run: ChildRun, expected: Expected, key) -> list[str]:  # type: ignore[no-untyped-def]
    problems = database_checks(trial, run, expected, key)
    old = world.master_key(trial.location, USER, USER_PASSWORD)
    new = world.master_key(trial.location, USER, NEW_PASSWORD)
    if old is None and new is None:
        return [*problems, (f"{USER} is locked out: neither the old nor the new password "
                            "opens the key ring")]
    if not run.killed and run.returncode == 0 and new is None:
        problems.append("the change ran to the end, but the new password does not open")
    if world.master_key(trial.location, "", keyring.normalise_recovery_code(
            trial.recovery_code), slot=keyring.RECOVERY) is None:
        problems.append("the recovery code no longer opens the key ring")
    problems += checks.signs_in(trial.location, USER,
                                NEW_PASSWORD if new is not None else USER_PASSWORD)
    return problems


OPERATIONS = {op.name: op for op in (Import(), Backup(), Restore(), Migrate(), Recover(),
                                     ChangePassword())}
