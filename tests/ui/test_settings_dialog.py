"""Settings: idle minutes and language are kept; the password changes for real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hrdesk.services import session as session_service
from ui.settings_dialog import SettingsDialog


def test_preferences_are_saved_on_ok(qtbot, context, session):
    dialog = SettingsDialog(context, session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.idle_spin.value() == 10  # the default
    dialog.idle_spin.setValue(25)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.accept()
    assert context.preferences.idle_lock_minutes == 25
    assert context.preferences.language == "zh_CN"
    assert context.translations.language == "zh_CN"


def test_changing_the_password_works_and_the_old_one_stops_working(qtbot, context, session,
                                                                    database):
    dialog = SettingsDialog(context, session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old_password.setText(database.password)
    dialog.new_password.setText("a-new-long-password")
    dialog.confirm_password.setText("a-new-long-password")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "passwordMessage")
    qtbot.waitUntil(message.isVisible, timeout=10_000)
    assert message.text() == "Your password has been changed."
    assert dialog.old_password.text() == ""

    session_service.open_session(database.location, database.username,
                                 "a-new-long-password").close()
    with pytest.raises(Exception) as refused:
        session_service.open_session(database.location, database.username, database.password)
    assert refused.value.code == "auth.wrong_credentials"


def test_wrong_current_password_is_refused_with_the_core_message(qtbot, context, session):
    dialog = SettingsDialog(context, session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old_password.setText("not-my-password")
    dialog.new_password.setText("a-new-long-password")
    dialog.confirm_password.setText("a-new-long-password")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "passwordMessage")
    qtbot.waitUntil(lambda: message.isVisible() and dialog.change_button.isEnabled(),
                    timeout=10_000)
    assert message.text() == "Wrong user name or password."
