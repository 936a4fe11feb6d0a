"""The way through the windows: start dialog, sign-in, main window, log out, change database."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from hrdesk.services import workstation
from ui.shell import Shell


def _sign_in(qtbot, shell, database):
    dialog = shell.login_dialog
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "usernameEdit").setText(database.username)
    dialog.findChild(QLineEdit, "passwordEdit").setText(database.password)
    dialog.findChild(QPushButton, "loginButton").click()
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    qtbot.addWidget(shell.main_window)
    return shell.main_window


def test_without_a_database_the_start_dialog_comes_first(qtbot, context):
    shell = Shell(context)
    shell.start()
    assert shell.start_dialog is not None and shell.start_dialog.isVisible()
    qtbot.addWidget(shell.start_dialog)
    assert shell.login_dialog is None
    with qtbot.waitSignal(shell.quitRequested):
        shell.start_dialog.reject()


def test_logout_returns_to_sign_in_and_closes_the_session(qtbot, context, database):
    workstation.save(database.location)
    shell = Shell(context)
    shell.start()
    window = _sign_in(qtbot, shell, database)
    session = shell.session
    window.logout_action.trigger()
    assert not window.isVisible()
    assert shell.login_dialog is not None and shell.login_dialog.isVisible()
    qtbot.addWidget(shell.login_dialog)
    assert shell.session is None and session is not None


def test_change_database_reopens_the_start_dialog_and_back(qtbot, context, database):
    workstation.save(database.location)
    shell = Shell(context)
    shell.start()
    login = shell.login_dialog
    qtbot.addWidget(login)
    login.findChild(QPushButton, "changeDatabaseButton").click()
    assert not login.isVisible()
    start = shell.start_dialog
    qtbot.addWidget(start)
    assert start.isVisible()

    start.reject()  # changed one's mind: back to sign-in on the same database
    assert shell.login_dialog is not None and shell.login_dialog.isVisible()
    qtbot.addWidget(shell.login_dialog)


def test_closing_the_main_window_asks_to_quit(qtbot, context, database):
    workstation.save(database.location)
    shell = Shell(context)
    shell.start()
    window = _sign_in(qtbot, shell, database)
    with qtbot.waitSignal(shell.quitRequested):
        window.close()
    assert shell.session is None
