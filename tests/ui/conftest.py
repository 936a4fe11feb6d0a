"""Fixtures for GUI tests: isolated settings and workstation, a ready context, a real database."""

from __future__ import annotations

import dataclasses
import pathlib

import pytest
from PySide6.QtCore import QSettings

from hrdesk.services import session as session_service, setup, workstation
from ui import app as ui_app, i18n
from ui.context import AppContext

HERE = pathlib.Path(__file__).resolve().parent

ADMIN_PASSWORD = "correct-horse-42"


@dataclasses.dataclass(frozen=True)
class OfficeDatabase:
    location: workstation.SqliteLocation
    username: str
    password: str
    display_name: str
    company: str
    recovery_code: str


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A Qt warning in a GUI test is a bug (STYLE.md: fail on unexpected Qt warnings).
    for item in items:
        if HERE in pathlib.Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform says so for every top-level window; not our bug.
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(scope="session", autouse=True)
def _catalogues() -> None:
    """The .qm files are build output (gitignored); build them as `make` would."""
    i18n.build()


@pytest.fixture(autouse=True)
def isolated_workstation(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    data = tmp_path / "data"
    monkeypatch.setenv("HRDESK_DATA_DIR", str(data))
    return data


@pytest.fixture
def settings(qapp, tmp_path: pathlib.Path):
    """A QSettings of this test only: its own folder and organisation."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    organisation, application = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName(f"hrdesk-test-{tmp_path.name}")
    qapp.setApplicationName("hrdesk")
    store = QSettings()
    store.setValue("ui/language", "en")
    yield store
    store.sync()
    qapp.setOrganizationName(organisation)
    qapp.setApplicationName(application)


@pytest.fixture
def context(qapp, settings) -> AppContext:
    """What ui.app.run prepares: font, style, language (English), task runner."""
    ctx = ui_app.prepare(qapp, settings)
    yield ctx
    ctx.runner.shutdown()
    ctx.changes.close()
    ctx.changes.deleteLater()
    ctx.translations.install("en")
    ctx.runner.deleteLater()
    ctx.translations.deleteLater()


@pytest.fixture
def database(tmp_path: pathlib.Path, clock, database_templates) -> OfficeDatabase:  # type: ignore[no-untyped-def]
    """A real encrypted database with one administrator, made at the tests' pinned
    time: the audit log's time only moves forward, so a database made "now" would
    date every later step of a pinned test at its own creation. Each test gets a copy
    of one made once per test process (``tests.databases.Templates``)."""
    location = workstation.SqliteLocation(tmp_path / "office.db")
    company = "华东精密制造有限公司"
    recovery_code = database_templates.copy_to(
        location, clock, lambda empty: setup.create_database(
            empty, company, "admin", "王芳", ADMIN_PASSWORD, clock).recovery_code,
        recipe="ui-office")
    assert isinstance(recovery_code, str)
    return OfficeDatabase(location, "admin", ADMIN_PASSWORD, "王芳", company, recovery_code)


@pytest.fixture
def session(database):
    """The office database, signed in as its administrator."""
    opened = session_service.open_session(database.location, database.username,
                                          database.password)
    yield opened
    opened.close()
