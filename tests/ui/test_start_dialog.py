"""The start dialog: open an existing file, reach a server, open the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox

from hrdesk.services import setup, workstation
from ui.start_dialog import StartDialog


def _dialog(qtbot, context) -> StartDialog:
    dialog = StartDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_opening_an_existing_database_file_makes_it_this_workstations(qtbot, context, database):
    dialog = _dialog(qtbot, context)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.open_file(str(database.location.path))
    assert dialog.location == database.location
    assert workstation.load() == database.location


def test_a_file_that_is_not_a_database_is_refused_with_a_reason(qtbot, context, tmp_path):
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"not a database at all" * 100)
    dialog = _dialog(qtbot, context)
    dialog.open_file(str(stray))
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert str(stray) in error.text()
    assert dialog.isVisible() and dialog.location is None
    assert workstation.load() is None
    assert dialog.new_button.isEnabled()


def test_unreachable_server_is_reported_by_test_connection(qtbot, context):
    dialog = _dialog(qtbot, context)
    qtbot.mouseClick(dialog.server_button, Qt.MouseButton.LeftButton)
    form = dialog.server_form
    form.findChild(QLineEdit, "hostEdit").setText("127.0.0.1")
    form.findChild(QSpinBox, "portSpin").setValue(1)  # nothing listens on port 1 here
    form.findChild(QLineEdit, "userEdit").setText("hr")
    test_button = form.findChild(QPushButton, "testConnectionButton")
    qtbot.mouseClick(test_button, Qt.MouseButton.LeftButton)
    status = form.findChild(QLabel, "connectionStatusLabel")
    qtbot.waitUntil(status.isVisible, timeout=15_000)
    assert "127.0.0.1:1" in status.text()
    assert test_button.isEnabled()


def test_demo_is_created_in_the_background_and_chosen(qtbot, context):
    dialog = _dialog(qtbot, context)
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.demo_progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result() or error.isVisible(), timeout=60_000)
    assert not error.isVisible(), error.text()
    demo = workstation.SqliteLocation(workstation.default_demo_path())
    assert dialog.location == demo
    assert workstation.load() == demo
    assert setup.demo_accounts(demo)


def test_demo_in_an_existing_folder(qtbot, context, isolated_workstation):
    """Until the core makes the data folder itself (see the test above)."""
    isolated_workstation.mkdir(parents=True)
    dialog = _dialog(qtbot, context)
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.demo_progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result() or error.isVisible(), timeout=60_000)
    assert not error.isVisible(), error.text()
    demo = workstation.SqliteLocation(workstation.default_demo_path())
    assert dialog.location == demo
    assert setup.demo_accounts(demo)
