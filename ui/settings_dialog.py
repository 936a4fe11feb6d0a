"""Settings: language (applies at once), idle-lock minutes, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import widgets
from ui.context import IDLE_LOCK_RANGE, AppContext
from ui.first_run_wizard import password_problem
from ui.login_dialog import LANGUAGE_CHOICES


class SettingsDialog(widgets.Retranslating, QDialog):
    """On OK, saves the preferences, installs the language and emits ``applied``."""

    applied = Signal()

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._context = context
        self._session = session
        preferences = context.preferences

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_CHOICES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(context.translations.language))
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleLockSpin")
        self.idle_spin.setRange(*IDLE_LOCK_RANGE)
        self.idle_spin.setValue(preferences.idle_lock_minutes)
        self._general = QGroupBox(self)
        self._general_form = QFormLayout(self._general)
        self._general_form.addRow(QLabel(), self.language_combo)
        self._general_form.addRow(QLabel(), self.idle_spin)

        self.old_password = QLineEdit(self)
        self.old_password.setObjectName("oldPasswordEdit")
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("newPasswordEdit")
        self.confirm_password = QLineEdit(self)
        self.confirm_password.setObjectName("confirmPasswordEdit")
        for edit in (self.old_password, self.new_password, self.confirm_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.setAutoDefault(False)
        self.password_message = widgets.MessageLabel(self, "passwordMessage")
        self._busy = widgets.busy_bar(self)
        self._password_box = QGroupBox(self)
        self._password_form = QFormLayout(self._password_box)
        for edit in (self.old_password, self.new_password, self.confirm_password):
            self._password_form.addRow(QLabel(), edit)
        change_row = QHBoxLayout()
        change_row.addStretch(1)
        change_row.addWidget(self.change_button)
        self._password_form.addRow(change_row)
        self._password_form.addRow(self.password_message)
        self._password_form.addRow(self._busy)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._general)
        layout.addWidget(self._password_box)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)

        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.change_button.clicked.connect(self._on_changeButton_clicked)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._general.setTitle(self.tr("General"))
        self._password_box.setTitle(self.tr("Change my password"))
        general = (self.tr("&Language:"), self.tr("&Lock after idle:"))
        widgets.label_form_rows(self._general_form, general)
        self.idle_spin.setSuffix(self.tr(" min"))
        passwords = (self.tr("C&urrent password:"), self.tr("&New password:"),
                     self.tr("&Confirm new password:"))
        widgets.label_form_rows(self._password_form, passwords)
        self.change_button.setText(self.tr("Change password"))

    def accept(self) -> None:
        preferences = self._context.preferences
        preferences.idle_lock_minutes = self.idle_spin.value()
        language = self.language_combo.currentData()
        preferences.language = language
        preferences.sync()
        self._context.translations.install(language)
        self.applied.emit()
        super().accept()

    def reject(self) -> None:
        self._context.runner.cancel("change-password")
        super().reject()

    def _on_changeButton_clicked(self) -> None:
        old = self.old_password.text()
        new = self.new_password.text()
        if not old:
            self.password_message.show_problem(self.tr("Enter your current password."))
            self.old_password.setFocus()
            return
        problem = password_problem(new, self.confirm_password.text())
        if problem:
            self.password_message.show_problem(problem)
            self.new_password.setFocus()
            return
        self._set_busy(True)
        session = self._session
        self._context.runner.run("change-password", lambda ctx: session.change_password(old, new)) \
            .success(self._on_changeTask_succeeded) \
            .failure(self._on_changeTask_failed)

    def _on_changeTask_succeeded(self, _result: object) -> None:
        self._set_busy(False)
        for edit in (self.old_password, self.new_password, self.confirm_password):
            edit.clear()
        self.password_message.show_success(self.tr("Your password has been changed."))

    def _on_changeTask_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.old_password.clear()
        self.password_message.show_error(error)
        self.old_password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        for widget in (self.old_password, self.new_password, self.confirm_password,
                       self.change_button):
            widget.setEnabled(not busy)
