"""The ``hrdesk`` command as it is installed and frozen: ``hrdesk_app`` wires the desktop
client and the reports to the core, and ``--self-check`` fails when either cannot load."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hrdesk_app

# Runs ``python -m hrdesk_app ARGS`` in a process where the module named first (and
# everything below it) cannot be imported, as in a build that left it out.
_WITHOUT = """
import runpy, sys

class Without:
    def __init__(self, left_out):
        self.left_out = left_out

    def find_spec(self, name, path=None, target=None):
        if name == self.left_out or name.startswith(self.left_out + "."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

sys.meta_path.insert(0, Without(sys.argv[1]))
sys.argv = ["hrdesk", *sys.argv[2:]]
runpy.run_module("hrdesk_app", run_name="__main__", alter_sys=True)
"""


def _hrdesk(tmp_path: Path, *args: str, without: str | None = None,
            ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HRDESK_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    command = ([sys.executable, "-c", _WITHOUT, without] if without
               else [sys.executable, "-m", "hrdesk_app"])
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_the_installed_command_is_the_composition_root() -> None:
    (script,) = [e for e in importlib.metadata.entry_points(group="console_scripts")
                 if e.name == "hrdesk"]
    assert script.load() is hrdesk_app.main


@pytest.mark.slow
def test_self_check_passes_on_this_installation(tmp_path: Path) -> None:
    done = _hrdesk(tmp_path, "--self-check")
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "self-check ok", "")


@pytest.mark.parametrize(("left_out", "failing"), [
    ("PySide6", "ui."),  # the desktop client's toolkit
    ("PySide6.QtWidgets", "ui."),  # one Qt module of several
    ("openpyxl", "reports.rejected_rows"),  # what the reports write with
])
def test_self_check_names_what_cannot_be_imported(tmp_path: Path, left_out: str,
                                                  failing: str) -> None:
    done = _hrdesk(tmp_path, "--self-check", without=left_out)
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stdout.strip()
    assert line.startswith(f"self-check failed: cannot import {failing}")
    assert line.endswith(f"No module named '{left_out}'")
    assert "Traceback" not in done.stderr


def test_headless_verbs_run_without_the_desktop_client(tmp_path: Path) -> None:
    # A scheduled backup on a server without Qt's libraries must still run.
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    done = _hrdesk(tmp_path, "--db", str(junk), "verify-audit", "--user", "admin",
                   without="PySide6")
    assert (done.returncode, done.stderr.strip()) == (
        1, f"hrdesk: {junk} is not an hrdesk database.")


def test_no_desktop_client_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = _hrdesk(tmp_path, without="PySide6")
    assert (done.returncode, done.stderr.strip()) == (
        1, "hrdesk: Cannot use PySide6: the desktop client is not installed")
