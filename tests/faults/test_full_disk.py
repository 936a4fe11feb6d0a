"""A disk that fills up in the middle of a write: a clear one-line message (not "internal
error"), a non-zero exit status, and the last commit intact.

Two ways to fill it. Everywhere: a file-size limit on the child (RLIMIT_FSIZE, see
child.py), so a write past it fails with EFBIG. Where this process may mount file
systems (root in a container or VM): a small tmpfs, so the write fails with ENOSPC,
which is what a real full disk says (SQLite tells the two apart: "disk I/O error"
against "database or disk is full"). SQLite's own I/O-error injection is compiled into
test builds only, not into sqlcipher3's.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk import errors
from hrdesk.db import access
from hrdesk.db.access import DatabaseState
from hrdesk.locations import Location, SqliteLocation
from tests.faults import checks, harness, operations, world
from tests.faults.harness import ChildRun

pytestmark = pytest.mark.faults

REASON = ("a full disk ends the command with 'internal error (OperationalError)' (SQLite) "
          "or 'internal error (OSError)' (a backup's file) instead of a message saying the "
          "disk is full")


class DefectShows(AssertionError):
    """The known defect, and only it, is what went wrong."""


def _said_clearly(run: ChildRun, intact: list[str], data_dir: Path) -> None:
    """The verdict: first what must hold whatever the message, then the message."""
    lines = run.stderr.strip().splitlines()
    assert run.returncode not in (0, -9), run.said()
    assert not intact, "\n".join([f"after: {run.said()}", *intact])
    assert len(lines) == 1 and lines[0].startswith("hrdesk: "), run.said()
    assert "damaged" not in lines[0], run.said()
    if "internal error" in lines[0]:
        raise DefectShows(f"{run.said()} (the log: {harness.logged_error(data_dir)})")


def _intact(location: Location, expected: operations.Expected, failed_write: bool) -> list[str]:
    """The database as before the command, or after the commits that came before its
    failed one (the sign-in); ``failed_write``: the command's own commit is not there."""
    allowed = [s for s in expected.allowed if not (failed_write and s == expected.after)]
    found, problems = checks.inspect(location, world.master_key(location, world.ADMIN,
                                                                world.ADMIN_PASSWORD))
    problems += checks.all_or_nothing(found, allowed)
    # A sign-in writes (its own record): while the disk is still full it is told so, in
    # one clear line; that is right, not a defect (the data above was read whole).
    room = errors.StorageFull().message()
    return problems + [p for p in checks.signs_in(location) if room not in p]


@contextlib.contextmanager
def small_filesystem(folder: Path, size: int) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes at ``folder``; skips where mounting is not allowed."""
    folder.mkdir(parents=True)
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({made.stderr.strip() or 'not root'});"
                    " the file-size limit variant still runs")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _import_into(worlds, location: Location, folder: Path, plan: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    op = operations.OPERATIONS["import"]
    expected = worlds.expected(op, "sqlite")
    trial = op._trial(worlds.get("sqlite"), folder, location, folder / "data")
    run = harness.run_child(trial.args, trial.env, plan)
    _said_clearly(run, _intact(location, expected, failed_write=True), folder / "data")


def test_an_import_that_fills_the_disk_limit(worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch("full-import-limit")
    with world.copy_of(worlds.get("sqlite"), folder / "db") as location:
        # The sign-in's log fits (some 40 KB); the import's does not.
        _import_into(worlds, location, folder, {"fsize": 64 * 1024})


@harness.full_only()
def test_an_import_that_fills_a_small_file_system(worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch("full-import-tmpfs")
    w = worlds.get("sqlite")
    assert isinstance(w.location, SqliteLocation)
    room = w.location.path.stat().st_size + w.location.keyring_path.stat().st_size
    # Beside the file: its shared-memory index (32 KB) and the sign-in's log (some 40 KB).
    with small_filesystem(folder / "disk", room + 192 * 1024) as disk:
        location = SqliteLocation(disk / "hrdesk.db")
        shutil.copy2(w.location.path, location.path)
        shutil.copy2(w.location.keyring_path, location.keyring_path)
        _import_into(worlds, location, folder, {})


def _backup_onto(worlds, backend: str, output: Path, plan: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    op = operations.OPERATIONS["backup"]
    expected = worlds.expected(op, backend)
    folder = worlds.scratch(f"full-backup-{backend}")
    with world.copy_of(worlds.get(backend), folder / "db") as location:
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(worlds.get(backend).backup, output)
        run = harness.run_child(["--db", world.cli_target(location), "backup", str(output),
                                 "--user", world.ADMIN],
                                harness.child_env(folder / "data", {
                                    "HRDESK_PASSWORD": world.ADMIN_PASSWORD}), plan)
        intact = _intact(location, expected, failed_write=False)  # a backup writes no row
        if output.read_bytes() != worlds.get(backend).backup.read_bytes():
            intact.append("last night's backup was overwritten")
        left = [p.name for p in output.parent.iterdir() if p.name.endswith(".partial")]
        if left:
            intact.append(f"a half-written backup is left: {left}")
    _said_clearly(run, intact, folder / "data")


@pytest.mark.postgres
def test_a_backup_that_fills_the_disk_limit(worlds, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # PostgreSQL: the child writes no file but the backup (SQLite's log would not fit).
    _backup_onto(worlds, "postgres", tmp_path / "out" / "nightly.hdbk", {"fsize": 16 * 1024})


@harness.full_only()
def test_a_backup_that_fills_a_small_file_system(worlds, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    size = worlds.get("sqlite").backup.stat().st_size
    with small_filesystem(tmp_path / "disk", size + 16 * 1024) as disk:
        # Last night's backup fits, and a new one beside it does not.
        _backup_onto(worlds, "sqlite", disk / "nightly.hdbk", {})


@harness.full_only()
def test_a_restore_that_fills_the_disk_limit(worlds) -> None:  # type: ignore[no-untyped-def]
    folder = worlds.scratch("full-restore")
    target = SqliteLocation(folder / "db" / f"restored-{uuid.uuid4().hex[:6]}.db")
    target.path.parent.mkdir(parents=True)
    args = ["--db", str(target.path), "restore", str(worlds.get("sqlite").backup), "--user",
            world.ADMIN]
    env = harness.child_env(folder / "data", {"HRDESK_PASSWORD": world.ADMIN_PASSWORD})
    run = harness.run_child(args, env, {"fsize": 128 * 1024})
    left: list[str] = []
    try:
        if access.probe(target) is not DatabaseState.EMPTY:
            left.append("something that looks like a database is left")
    except errors.HrdeskError as exc:
        left.append(f"the target is neither empty nor a database: {exc}")
    left += [f"left behind: {p.name}" for p in target.path.parent.iterdir()
             if p.stat().st_size > 0]
    again = harness.run_child(args, env)
    if again.returncode != 0:
        left.append(f"a restore with room fails: {again.said()}")
    _said_clearly(run, left, folder / "data")
