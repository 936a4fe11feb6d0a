"""The idle lock hides personal data and gives it back only for the right password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrdesk.services import session as session_service
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context, database):
    session = session_service.open_session(database.location, database.username,
                                           database.password)
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    session.close()


def _unlock_with(qtbot, window, password: str) -> None:
    panel = window.lock_panel
    panel.password_edit.setText(password)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.unlock_button.isEnabled(), timeout=10_000)


def test_idle_time_locks_and_the_password_unlocks(qtbot, window, database):
    company = window.findChild(QLabel, "workbenchCompany")
    assert company.isVisible() and company.text() == database.company

    window.idle_watcher.set_interval(50)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    assert not window.content.isVisible()
    assert not company.isVisible()
    assert window.lock_panel.isVisible()
    assert not window.settings_action.isEnabled()

    _unlock_with(qtbot, window, "wrong-password")
    assert window.is_locked() and not company.isVisible()
    error = window.lock_panel.findChild(QLabel, "errorLabel")
    assert error.isVisible() and error.text() == "Wrong user name or password."

    _unlock_with(qtbot, window, database.password)
    assert not window.is_locked()
    assert company.isVisible()
    assert window.settings_action.isEnabled()


def test_lock_now_locks_at_once_and_closes_open_dialogs(qtbot, window):
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()

    window.lock_action.trigger()

    assert window.is_locked()
    assert not window.content.isVisible()
    assert not dialog.isVisible()


def test_input_postpones_the_lock(qtbot, window):
    window.idle_watcher.set_interval(1_000)
    for _ in range(3):
        # Each key press restarts the countdown, so the lock never comes meanwhile.
        with qtbot.waitSignal(window.idle_watcher._timer.timeout, timeout=600, raising=False) \
                as blocker:
            pass
        assert not blocker.signal_triggered
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=5_000)
