"""First run: create a new encrypted database, its first administrator, and show the recovery code.

Pages: where to store it (skipped for a PostgreSQL server chosen beforehand),
company, administrator account (the commit page: the database is created in the
background when leaving it), and the recovery code, shown once, which must be
acknowledged before the wizard can close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hrdesk.locations import Location
from hrdesk.services import setup, workstation
from ui import recovery_print, widgets
from ui.context import AppContext

MIN_PASSWORD_LENGTH = setup.MIN_PASSWORD_LENGTH  # the core's rule, checked early
PAGE_LOCATION, PAGE_COMPANY, PAGE_ADMIN, PAGE_RECOVERY = range(4)


class LocationPage(widgets.Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._label = QLabel(self)
        self.path_edit = QLineEdit(str(workstation.default_sqlite_path()), self)
        self.path_edit.setObjectName("pathEdit")
        self._label.setBuddy(self.path_edit)
        self._browse = QPushButton(self)
        self._browse.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self._browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)
        self._browse.clicked.connect(self._on_browse_clicked)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep the database"))
        self.setSubTitle(self.tr("One encrypted file holds all recruitment data of this office."))
        self._intro.setText(self.tr(
            "Choose a folder that is included in your backups. The file is encrypted: "
            "without a user's password or the recovery code nobody can read it."))
        self._label.setText(self.tr("Database &file:"))
        self._browse.setText(self.tr("Browse…"))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path_edit.text(),
            self.tr("hrdesk database (*.hrdesk *.db);;All files (*)"))
        if path:
            self.path_edit.setText(path)


class CompanyPage(widgets.Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_edit = QLineEdit(self)
        self.company_edit.setObjectName("companyEdit")
        self.company_edit.setMaxLength(200)
        self._form = QFormLayout(self)
        self._form.addRow(QLabel(), self.company_edit)
        self.registerField("company*", self.company_edit)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your company"))
        self.setSubTitle(self.tr("The name appears on offer letters and reports."))
        widgets.label_form_rows(self._form, (self.tr("Company &name:"),))


def password_problem(password: str, confirm: str) -> str | None:
    """Why the password cannot be used yet, or None."""
    from PySide6.QtCore import QCoreApplication

    if len(password) < MIN_PASSWORD_LENGTH:
        return QCoreApplication.translate(
            "AdminPage", "Too short: at least %n characters.", "", MIN_PASSWORD_LENGTH)
    if password != confirm:
        return QCoreApplication.translate("AdminPage", "The two passwords differ.")
    return None


class AdminPage(widgets.Retranslating, QWizardPage):
    """The commit page: leaving it creates the database (in the background)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.username_edit = QLineEdit("admin", self)
        self.username_edit.setObjectName("adminUsernameEdit")
        self.display_name_edit = QLineEdit(self)
        self.display_name_edit.setObjectName("adminDisplayNameEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("adminPasswordEdit")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("adminConfirmEdit")
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._on_password_textChanged)
        for edit in (self.username_edit, self.display_name_edit):
            edit.textChanged.connect(self.completeChanged)
        self._strength = QLabel(self)
        self._strength.setObjectName("strengthLabel")
        self._strength.setWordWrap(True)
        self._error = widgets.MessageLabel(self)
        self._busy = widgets.busy_bar(self)
        self._form = QFormLayout()
        for edit in (self.username_edit, self.display_name_edit, self.password_edit,
                     self.confirm_edit):
            self._form.addRow(QLabel(), edit)
        self._form.addRow(QLabel(), self._strength)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self._error)
        layout.addWidget(self._busy)
        self.setCommitPage(True)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr(
            "The first user manages users, roles and backups. Choose a password of at "
            "least %n characters.", "", MIN_PASSWORD_LENGTH))
        texts = (self.tr("&User name:"), self.tr("&Display name:"), self.tr("&Password:"),
                 self.tr("&Confirm password:"))
        widgets.label_form_rows(self._form, texts)
        self.display_name_edit.setPlaceholderText(self.tr("e.g. Wang Fang, IT"))
        self._on_password_textChanged()

    def isComplete(self) -> bool:
        return (
            bool(self.username_edit.text().strip())
            and bool(self.display_name_edit.text().strip())
            and password_problem(self.password_edit.text(), self.confirm_edit.text()) is None
            and not self._busy.isVisible()
        )

    def validatePage(self) -> bool:
        if self._wizard.recovery_code is not None:
            return True
        self._error.clear_message()
        self._set_busy(True)
        location = self._wizard.location()
        company = self.field("company").strip()
        username = self.username_edit.text().strip()
        display_name = self.display_name_edit.text().strip()
        password = self.password_edit.text()
        self._wizard.context.runner.run(
            "create-database",
            lambda ctx: setup.create_database(location, company, username, display_name, password),
        ).success(self._on_createTask_succeeded).failure(self._on_createTask_failed)
        return False  # the wizard moves on when the database exists

    def _on_createTask_succeeded(self, created) -> None:
        self._set_busy(False)
        self._wizard.recovery_code = created.recovery_code
        self._wizard.next()

    def _on_createTask_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        for edit in (self.username_edit, self.display_name_edit, self.password_edit,
                     self.confirm_edit):
            edit.setEnabled(not busy)
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        self.completeChanged.emit()

    def _on_password_textChanged(self, _text: str = "") -> None:
        problem = password_problem(self.password_edit.text(), self.confirm_edit.text())
        if not self.password_edit.text():
            self._strength.setText("")
        elif problem:
            self._strength.setText(problem)
        else:
            self._strength.setText(self.tr("Long enough, and both entries match."))
        self._strength.setProperty("kind", "error" if problem else "success")
        self._strength.style().unpolish(self._strength)
        self._strength.style().polish(self._strength)
        self.completeChanged.emit()


class RecoveryPage(widgets.Retranslating, QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._explanation = QLabel(self)
        self._explanation.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setWordWrap(True)
        self.confirm_box = QCheckBox(self)
        self.confirm_box.setObjectName("recoveryConfirmBox")
        self.registerField("recoveryNoted*", self.confirm_box)
        self._print = QPushButton(self)
        self._print.setObjectName("printRecoveryButton")
        self._print.setAutoDefault(False)
        self._print.setVisible(recovery_print.available())
        row = QHBoxLayout()
        row.addWidget(self.confirm_box, 1)
        row.addWidget(self._print)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        layout.addSpacing(12)
        layout.addWidget(self.code_label)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)
        self._print.clicked.connect(self._on_print_clicked)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("Shown only this once."))
        self._explanation.setText(self.tr(
            "If every administrator forgets the password, this code is the only way to open "
            "the database again. Write it down or print it, and keep it locked away, apart "
            "from this computer."))
        self.confirm_box.setText(self.tr("I have written it down / printed it"))
        self._print.setText(self.tr("Print…"))

    def initializePage(self) -> None:
        self.code_label.setText(self._wizard.recovery_code or "")
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)

    def _on_print_clicked(self) -> None:
        recovery_print.print_code(self, self._wizard.company_name(), self._wizard.recovery_code)


class FirstRunWizard(widgets.Retranslating, QWizard):
    """After ``accepted``: ``location()`` holds the new database, ``recovery_code`` its code."""

    def __init__(self, context: AppContext, preset_location: Location | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.context = context
        self.recovery_code: str | None = None
        self._preset = preset_location
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.location_page = LocationPage(self) if preset_location is None else None
        if self.location_page is not None:
            self.setPage(PAGE_LOCATION, self.location_page)
        self.company_page = CompanyPage(self)
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        self.setPage(PAGE_COMPANY, self.company_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setMinimumSize(640, 480)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New hrdesk database"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create database"))

    def location(self) -> Location:
        if self._preset is not None:
            return self._preset
        assert self.location_page is not None
        path = Path(self.location_page.path_edit.text().strip()).expanduser()
        return workstation.SqliteLocation(path.absolute())

    def company_name(self) -> str:
        return str(self.field("company")).strip()

    def reject(self) -> None:
        # Once created, the only way out is acknowledging the recovery code.
        if self.recovery_code is not None and not self.field("recoveryNoted"):
            return
        self.context.runner.cancel("create-database")
        super().reject()
