"""Signing in through the real dialog against a real encrypted database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QLineEdit, QPushButton

from hrdesk.demo.database import create_demo_database
from hrdesk.services import workstation
from ui.login_dialog import LoginDialog
from ui.shell import Shell


def _fields(dialog):
    return (dialog.findChild(QLineEdit, "usernameEdit"),
            dialog.findChild(QLineEdit, "passwordEdit"),
            dialog.findChild(QPushButton, "loginButton"),
            dialog.findChild(QLabel, "errorLabel"))


def test_successful_sign_in_opens_the_main_window_showing_the_user(qtbot, context, database):
    workstation.save(database.location)
    shell = Shell(context)
    shell.start()
    dialog = shell.login_dialog
    qtbot.addWidget(dialog)
    username, password, _button, _error = _fields(dialog)

    qtbot.keyClicks(username, database.username)
    qtbot.keyClicks(password, database.password)
    qtbot.keyClick(password, Qt.Key.Key_Return)  # Enter submits

    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(),
                    timeout=10_000)
    window = shell.main_window
    qtbot.addWidget(window)
    assert not dialog.isVisible()
    assert database.display_name in window.findChild(QLabel, "statusUserLabel").text()
    assert "Administrator" in window.findChild(QLabel, "statusUserLabel").text()
    assert window.findChild(QLabel, "workbenchCompany").text() == database.company
    assert database.display_name in window.findChild(QLabel, "workbenchHeading").text()
    assert str(database.location.path) in window.findChild(QLabel, "statusDatabaseLabel").text()


def test_wrong_password_shows_the_translated_message_and_stays(qtbot, context, database):
    context.translations.install("zh_CN")
    dialog = LoginDialog(context, database.location)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    username, password, button, error = _fields(dialog)
    signed_in = []
    dialog.loggedIn.connect(signed_in.append)

    username.setText(database.username)
    password.setText("not-the-password")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: error.isVisible(), timeout=10_000)
    assert error.text() == "用户名或密码错误。"
    assert dialog.isVisible() and not signed_in
    assert password.text() == ""
    assert button.isEnabled()
    assert QApplication.focusWidget() is password


def test_empty_fields_are_refused_without_asking_the_database(qtbot, context, database):
    dialog = LoginDialog(context, database.location)
    qtbot.addWidget(dialog)
    dialog.show()
    _username, _password, button, error = _fields(dialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert error.isVisible()
    assert error.text() == "Enter your user name and password."
    assert not context.runner.is_busy("login")


def test_demo_database_lists_its_accounts_and_a_click_fills_the_fields(qtbot, context, tmp_path):
    location = workstation.SqliteLocation(tmp_path / "demo.db")
    accounts = create_demo_database(location, size=5)
    dialog = LoginDialog(context, location)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QGroupBox, "demoAccountsBox")
    qtbot.waitUntil(lambda: box.isVisible(), timeout=10_000)

    chosen = accounts[1]
    qtbot.mouseClick(dialog.findChild(QPushButton, f"demoAccount_{chosen.username}"),
                     Qt.MouseButton.LeftButton)
    username, password, _button, _error = _fields(dialog)
    assert username.text() == chosen.username
    assert password.text() == chosen.password


def test_real_database_shows_no_demo_accounts(qtbot, context, database):
    dialog = LoginDialog(context, database.location)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not context.runner.is_busy("demo-accounts"), timeout=10_000)
    assert not dialog.findChild(QGroupBox, "demoAccountsBox").isVisible()
