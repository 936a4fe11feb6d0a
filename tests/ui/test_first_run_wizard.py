"""Creating a database end to end through the start dialog and the first-run wizard."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from hrdesk.services import session as session_service, workstation
from ui import first_run_wizard as frw
from ui.start_dialog import StartDialog


def test_wizard_creates_the_database_and_shows_the_recovery_code_once(qtbot, context, tmp_path):
    dialog = StartDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    wizard = dialog.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # Where: the default is in the workstation's data folder; choose our own.
    assert wizard.location_page.path_edit.text() == str(workstation.default_sqlite_path())
    target = tmp_path / "hr.db"
    wizard.location_page.path_edit.setText(str(target))
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # Company: required.
    assert wizard.currentId() == frw.PAGE_COMPANY
    assert not next_button.isEnabled()
    wizard.company_page.company_edit.setText("苏州精工机械有限公司")  # keyClicks: ASCII only
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # Administrator: a short password or a mismatch keeps "Create database" disabled.
    admin = wizard.admin_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == frw.PAGE_ADMIN
    admin.username_edit.setText("wangfang")
    admin.display_name_edit.setText("王芳")
    admin.password_edit.setText("short")
    admin.confirm_edit.setText("short")
    assert not commit.isEnabled()
    admin.password_edit.setText("Werkbank-2024!")
    admin.confirm_edit.setText("Werkbank-2024?")
    assert not commit.isEnabled()
    admin.confirm_edit.setText("Werkbank-2024!")
    assert commit.isEnabled()
    assert commit.text() == "Create database"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: wizard.currentId() == frw.PAGE_RECOVERY, timeout=15_000)
    code = wizard.recovery_page.code_label.text()
    assert re.fullmatch(r"[0-9A-Z]{4,}(-[0-9A-Z]{4,})+", code), code
    assert code == wizard.recovery_code

    # The code must be acknowledged: no Finish, no Cancel, no Escape before that.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    wizard.recovery_page.confirm_box.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    # The workstation now uses it, and the administrator can sign in.
    assert dialog.location == workstation.SqliteLocation(target)
    assert workstation.load() == workstation.SqliteLocation(target)
    opened = session_service.open_session(dialog.location, "wangfang", "Werkbank-2024!")
    try:
        assert opened.company_name == "苏州精工机械有限公司"
        assert opened.actor.display_name == "王芳"
    finally:
        opened.close()


def test_creation_refused_by_the_core_is_shown_on_the_page(qtbot, context, database):
    """An existing database at the chosen place: the message, and nothing overwritten."""
    dialog = StartDialog(context)
    qtbot.addWidget(dialog)
    wizard = dialog.start_wizard(None)
    wizard.location_page.path_edit.setText(str(database.location.path))
    wizard.next()
    wizard.company_page.company_edit.setText("Another Co.")
    wizard.next()
    admin = wizard.admin_page
    admin.display_name_edit.setText("Someone")
    admin.password_edit.setText("long-enough-pw")
    admin.confirm_edit.setText("long-enough-pw")
    wizard.next()

    error = admin.findChild(frw.widgets.MessageLabel, "errorLabel")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "already holds an hrdesk database" in error.text()
    assert wizard.currentId() == frw.PAGE_ADMIN
    assert wizard.recovery_code is None
    opened = session_service.open_session(database.location, "admin", database.password)
    opened.close()


def test_default_location_in_a_folder_not_made_yet(qtbot, context):
    """On a fresh workstation the data folder does not exist when the wizard runs."""
    dialog = StartDialog(context)
    qtbot.addWidget(dialog)
    wizard = dialog.start_wizard(None)
    assert not workstation.default_sqlite_path().parent.exists()
    wizard.next()
    wizard.company_page.company_edit.setText("Co")
    wizard.next()
    admin = wizard.admin_page
    admin.display_name_edit.setText("Admin")
    admin.password_edit.setText("long-enough-pw")
    admin.confirm_edit.setText("long-enough-pw")
    wizard.next()
    error = admin.findChild(frw.widgets.MessageLabel, "errorLabel")
    qtbot.waitUntil(lambda: wizard.currentId() == frw.PAGE_RECOVERY or error.isVisible(),
                    timeout=10_000)
    assert wizard.currentId() == frw.PAGE_RECOVERY, error.text()


def test_server_location_skips_the_file_page(qtbot, context):
    location = workstation.PostgresLocation(host="127.0.0.1", port=1, database="hr", user="hr")
    dialog = StartDialog(context)
    qtbot.addWidget(dialog)
    wizard = dialog.start_wizard(location)
    assert wizard.location_page is None
    assert wizard.currentId() == frw.PAGE_COMPANY
    assert wizard.location() == location


def test_password_rule_texts():
    assert frw.password_problem("123456789", "123456789") == "Too short: at least 10 characters."
    assert frw.password_problem("1234567890", "1234567899") == "The two passwords differ."
    assert frw.password_problem("1234567890", "1234567890") is None
