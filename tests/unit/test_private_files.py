"""Files the program writes are its owner's alone from their creation, whatever the umask:
the log and its rotated copies, the workstation settings, the rejected-rows report."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk import logs
from hrdesk.locations import PostgresLocation
from hrdesk.services import workstation
from hrdesk.services.import_plan import ImportPlan, RowPlan
from reports import rejected_rows

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask(tmp_path: Path) -> Iterator[None]:
    """The usual umask: files readable, folders listable by everybody."""
    old = os.umask(0o022)
    try:
        (tmp_path / "plain.txt").write_text("x")
        assert mode(tmp_path / "plain.txt") == 0o644  # what a plain open() makes
        yield
    finally:
        os.umask(old)


@pytest.fixture
def no_chmod(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mode set after writing is too late: another account may have opened the file."""
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("mode set after the file was created")
    monkeypatch.setattr(os, "chmod", refuse)


def log_files() -> list[logging.handlers.RotatingFileHandler]:
    return [h for logger in (logging.getLogger(), logging.getLogger("hrdesk"))
            for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]


@pytest.fixture
def configured() -> Iterator[Path]:
    path = logs.configure()
    assert path is not None
    yield path
    for handler in log_files():
        for logger in (logging.getLogger(), logging.getLogger("hrdesk")):
            logger.removeHandler(handler)
        handler.close()


@pytest.mark.log_expected("of a long day")
def test_the_log_and_its_rotated_copies_are_private(permissive_umask: None,
                                                     configured: Path) -> None:
    [handler] = log_files()
    handler.maxBytes = 200  # rotate after a line or two
    for number in range(6):
        logging.getLogger("hrdesk.test").warning("line %d of a long day", number)
    rotated = configured.with_name(configured.name + ".1")
    assert rotated.exists() and configured.exists()
    assert mode(configured) == 0o600 and mode(rotated) == 0o600
    assert mode(configured.parent) == 0o700
    assert "line 5 of a long day" in configured.read_text(encoding="utf-8")


@pytest.fixture
def older_logs(_isolated_data_dir: Path) -> Path:
    """What an older version left: a listable folder and readable logs."""
    folder = _isolated_data_dir / "logs"
    folder.mkdir(parents=True, mode=0o755)
    for name in ("hrdesk.log", "hrdesk.log.1"):
        (folder / name).write_text("old\n")
        os.chmod(folder / name, 0o644)
    return folder


@pytest.mark.log_expected("^new$")
def test_a_log_an_older_version_left_readable_is_made_private(
        permissive_umask: None, older_logs: Path, configured: Path) -> None:
    logging.getLogger("hrdesk.test").warning("new")  # (older_logs came before configured)
    assert mode(configured) == 0o600
    assert mode(older_logs / "hrdesk.log.1") == 0o600 and mode(older_logs) == 0o700


def test_the_data_folder_made_for_the_log_is_private(permissive_umask: None,
                                                     _isolated_data_dir: Path,
                                                     configured: Path) -> None:
    assert mode(_isolated_data_dir) == 0o700


def test_the_workstation_settings_are_private_from_creation(
        permissive_umask: None, no_chmod: None, _isolated_data_dir: Path) -> None:
    workstation.save(PostgresLocation("db.plant.local", 5432, "hrdesk", "hrdesk",
                                      password="server-secret"))
    saved = _isolated_data_dir / workstation.CONFIG_NAME
    assert mode(saved) == 0o600 and mode(_isolated_data_dir) == 0o700
    assert workstation.load() is not None
    assert [p.name for p in _isolated_data_dir.iterdir()] == [workstation.CONFIG_NAME]


def test_the_rejected_rows_report_is_private_from_creation(
        permissive_umask: None, no_chmod: None, tmp_path: Path) -> None:
    headers = ("姓名", "手机")
    table = types.SimpleNamespace(headers=headers, rows=(
        types.SimpleNamespace(number=2, cells=("张三", "1390000")),))
    plan = ImportPlan(Path("batch.xlsx"), "Sheet1", ("Sheet1",), headers, ("name", "mobile"),
                      None, (RowPlan(2, "rejected", "张三", ("bad mobile",), field="mobile"),), ())
    out = tmp_path / "rejected.xlsx"
    assert rejected_rows.write(out, table, plan) == 1
    assert mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt", "rejected.xlsx"]
