"""The users tab: who may sign in, with which roles; new users, password resets, (de)activation."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import name_order
from hrdesk.dto.accounts import RoleScope, UserInfo
from hrdesk.services import accounts, setup
from hrdesk.vocabulary import Role
from ui import roles, when, widgets
from ui.admin import forms, table as admin_table
from ui.admin.presenter import Directory, UsersPresenter

MIN_PASSWORD_LENGTH = setup.MIN_PASSWORD_LENGTH  # the core's rule, checked before submit
USERNAME_LENGTH = 64


class UserTable:
    """How a user reads in the list: roles with their scope named, not as ids."""

    def __init__(self, tab: UsersTab) -> None:
        self._tab = tab
        self.directory = Directory((), (), (), {})

    def scope_text(self, scope: RoleScope) -> str:
        sites = {s.id: s.code for s in self.directory.sites}
        departments = {d.id: d.name for d in self.directory.departments}
        where = [departments.get(scope.department_id, "?") if scope.department_id else "",
                 sites.get(scope.site_id, "?") if scope.site_id else ""]
        where = [w for w in where if w]
        name = roles.role_name(scope.role)
        return f"{name} ({', '.join(where)})" if where else name

    def site_text(self, user: UserInfo) -> str:
        return next((f"{s.code} {s.name}" for s in self.directory.sites if s.id == user.site_id),
                    "")

    def locked_text(self, user: UserInfo) -> str:
        until = self.directory.locked_until.get(user.username)
        if until is None:
            return ""
        shown = when.moment(until)
        return QCoreApplication.translate("UsersTab", "until {time}").format(time=shown)

    def columns(self) -> list[admin_table.Column]:
        yes, no = (lambda: QCoreApplication.translate("UsersTab", "Yes")), (lambda: QCoreApplication.translate("UsersTab", "No"))
        return [
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "User name"),
                               lambda u: u.username),
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "Display name"),
                               lambda u: u.display_name,
                               lambda u: name_order.sort_key(u.display_name)),  # pinyin
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "Roles"),
                               lambda u: "; ".join(self.scope_text(r) for r in u.roles)),
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "Home site"), self.site_text),
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "Active"),
                               lambda u: yes() if u.active else no(),
                               lambda u: int(u.active)),
            admin_table.Column(lambda: QCoreApplication.translate("UsersTab", "Locked"), self.locked_text),
        ]


def password_problems(password: QLineEdit, confirm: QLineEdit) -> list[forms.Problem]:
    from PySide6.QtCore import QCoreApplication

    if len(password.text()) < MIN_PASSWORD_LENGTH:
        return [(password, QCoreApplication.translate(
            "UsersTab", "Too short: at least %n characters.", "", MIN_PASSWORD_LENGTH))]
    if password.text() != confirm.text():
        return [(confirm, QCoreApplication.translate("UsersTab", "The two passwords differ."))]
    return []


def password_edits(parent: QWidget, prefix: str) -> tuple[QLineEdit, QLineEdit]:
    password, confirm = QLineEdit(parent), QLineEdit(parent)
    password.setObjectName(f"{prefix}PasswordEdit")
    confirm.setObjectName(f"{prefix}ConfirmEdit")
    for edit in (password, confirm):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    forms.clear_on_edit(password, confirm)
    return password, confirm


class PasswordDialog(widgets.Retranslating, QDialog):
    """The base of both user dialogs: a form, an inline message, OK/Cancel, a busy state.

    OK checks the fields (marking the wrong ones) and only then emits ``submitted``;
    the dialog stays open until the tab says the core agreed (``finish``)."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = widgets.MessageLabel(self, "dialogMessage")
        self.busy = widgets.busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def fields(self) -> Sequence[QWidget]:
        raise NotImplementedError

    def problems(self) -> list[forms.Problem]:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        if forms.show_problems(self.problems(), self.fields(), self.message):
            self.set_busy(True)
            self.submitted.emit(self.value())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def refuse(self, error: BaseException) -> None:
        self.set_busy(False)
        self.message.show_error(error)


class NewUserDialog(PasswordDialog):
    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.username = QLineEdit(self)
        self.username.setObjectName("usernameEdit")
        self.username.setMaxLength(USERNAME_LENGTH)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayNameEdit")
        self.password, self.confirm = password_edits(self, "newUser")
        forms.clear_on_edit(self.username)
        self.home_site = QComboBox(self)
        self.home_site.setObjectName("homeSiteCombo")
        self.roles_box = QGroupBox(self)
        self.roles_box.setObjectName("rolesBox")
        grid = QGridLayout(self.roles_box)
        self.role_checks: dict[Role, QCheckBox] = {}
        self.role_sites: dict[Role, QComboBox] = {}
        for row, code in enumerate(Role):
            check, site = QCheckBox(self.roles_box), QComboBox(self.roles_box)
            check.setObjectName(f"roleCheck_{code}")
            site.setObjectName(f"roleSite_{code}")
            site.setEnabled(False)
            check.toggled.connect(site.setEnabled)
            check.toggled.connect(lambda _on: forms.mark(self.roles_box, None))
            grid.addWidget(check, row, 0)
            grid.addWidget(site, row, 1)
            self.role_checks[code], self.role_sites[code] = check, site
        self._sites = directory.sites
        self._labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self._labels, (self.username, self.display_name, self.password,
                                               self.confirm, self.home_site, self.roles_box),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New user"))
        texts = (self.tr("&User name:"), self.tr("&Display name:"), self.tr("&Password:"),
                 self.tr("&Confirm password:"), self.tr("&Home site:"), self.tr("Roles:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.password.setPlaceholderText(
            self.tr("At least %n characters", "", MIN_PASSWORD_LENGTH))
        self.display_name.setPlaceholderText(self.tr("e.g. 李娜"))
        self._fill_sites(self.home_site, self.tr("No home site"))
        for code, check in self.role_checks.items():
            check.setText(roles.role_name(code))
            self._fill_sites(self.role_sites[code], self.tr("All sites"))

    def _fill_sites(self, combo: QComboBox, none_text: str) -> None:
        chosen = admin_table.combo_id(combo)
        combo.clear()
        admin_table.add_id_item(combo, none_text, None)
        for site in self._sites:
            admin_table.add_id_item(combo, f"{site.code} {site.name}", site.id)
        admin_table.set_combo_id(combo, chosen)

    def fields(self) -> Sequence[QWidget]:
        return (self.username, self.password, self.confirm, self.roles_box)

    def problems(self) -> list[forms.Problem]:
        found: list[forms.Problem] = []
        name = self.username.text().strip()
        if not name or any(c.isspace() for c in name):
            found.append((self.username, self.tr("Enter a user name without spaces.")))
        found += password_problems(self.password, self.confirm)
        if not any(check.isChecked() for check in self.role_checks.values()):
            found.append((self.roles_box, self.tr("Choose at least one role.")))
        return found

    def value(self) -> accounts.NewUser:
        grants = tuple(RoleScope(code, admin_table.combo_id(self.role_sites[code]))
                       for code, check in self.role_checks.items() if check.isChecked())
        return accounts.NewUser(self.username.text().strip(), self.display_name.text().strip(),
                                self.password.text(), grants,
                                site_id=admin_table.combo_id(self.home_site))


class ResetPasswordDialog(PasswordDialog):
    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.user = user
        self.password, self.confirm = password_edits(self, "reset")
        self._labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self._labels[0])
        self.form.addRow(self._labels[1], self.password)
        self.form.addRow(self._labels[2], self.confirm)
        self._labels[1].setBuddy(self.password)
        self._labels[2].setBuddy(self.confirm)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self._labels[0].setText(self.tr(
            "New password for {name} ({username}). Tell it to them in person; "
            "it also lifts a sign-in lock.").format(name=self.user.display_name,
                                                    username=self.user.username))
        self._labels[0].setWordWrap(True)
        self._labels[1].setText(self.tr("&New password:"))
        self._labels[2].setText(self.tr("&Confirm password:"))

    def fields(self) -> Sequence[QWidget]:
        return (self.password, self.confirm)

    def problems(self) -> list[forms.Problem]:
        return password_problems(self.password, self.confirm)

    def value(self) -> str:
        return self.password.text()


class UsersTab(forms.AdminTab):
    def __init__(self, presenter: UsersPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, "usersTab", parent)
        self.presenter: UsersPresenter = presenter
        self.dialog: PasswordDialog | None = None
        self.rows = UserTable(self)
        self.model = admin_table.RecordTableModel(self.rows.columns(), self)
        self.view = admin_table.table_view(self.model, "usersView", self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("usersFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newUserButton")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("userActiveButton")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        for button in (self.new_button, self.reset_button, self.active_button):
            bar.addWidget(button)
        self.body.addLayout(bar)
        self.body.addWidget(self.view, 1)
        self.filter_edit.textChanged.connect(
            lambda text: admin_table.filter_by_text(self.view, text))
        self.new_button.clicked.connect(self.new_item)
        self.reset_button.clicked.connect(self._on_resetPasswordButton_clicked)
        self.active_button.clicked.connect(self._on_userActiveButton_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_usersView_selectionChanged)
        forms.delete_key(self.view, self._on_delete_pressed)
        presenter.loaded.connect(self._on_presenter_loaded)
        presenter.created.connect(self._on_presenter_created)
        presenter.passwordReset.connect(self._on_presenter_passwordReset)
        presenter.activeChanged.connect(self._on_presenter_activeChanged)
        self._retranslate()
        presenter.load()

    def _retranslate(self) -> None:
        super()._retranslate()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, role or site"))
        self.new_button.setText(self.tr("&New user…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.model.retranslate()
        self._on_usersView_selectionChanged()

    def selected(self) -> UserInfo | None:
        return admin_table.current_record(self.view)

    def select(self, user_id: uuid.UUID) -> bool:
        return admin_table.select_record(self.view, lambda u: u.id == user_id)

    # --- dialogs -------------------------------------------------------------------------

    def new_item(self) -> None:
        self._open(NewUserDialog(self.rows.directory, self), self.presenter.create)

    def _on_resetPasswordButton_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ResetPasswordDialog(user, self),
                       lambda password: self.presenter.reset_password(user.id, password))

    def _open(self, dialog: PasswordDialog, submit) -> None:
        self.dialog = dialog
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _on_dialog_finished(self, dialog: PasswordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_presenter_refused(self, action: str, error: BaseException) -> None:
        if action in ("create", "reset") and self.dialog is not None:
            self.dialog.refuse(error)  # shown where the user typed, which stays
        else:
            self.show_refusal(error)

    # --- activation ----------------------------------------------------------------------

    def _on_userActiveButton_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self.presenter.set_active(user, not user.active)

    def _on_delete_pressed(self) -> None:
        user = self.selected()
        if user is not None and user.active:
            self.presenter.set_active(user, False)

    def _on_usersView_selectionChanged(self, *_args) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(self.tr("&Activate") if user is not None and not user.active
                                   else self.tr("&Deactivate"))

    # --- results -------------------------------------------------------------------------

    def _on_presenter_loaded(self, directory: Directory) -> None:
        chosen = self.selected()
        self.rows.directory = directory
        self.model.set_records(directory.users)
        self.view.resizeColumnsToContents()
        if chosen is not None:
            self.select(chosen.id)
        self._on_usersView_selectionChanged()

    def _on_presenter_created(self, user: UserInfo) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.show_done(self.tr("User {username} created.").format(username=user.username))

    def _on_presenter_passwordReset(self, _user_id: uuid.UUID) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.show_done(self.tr("Password reset."))

    def _on_presenter_activeChanged(self, user: UserInfo) -> None:
        text = (self.tr("{username} can sign in again.") if user.active
                else self.tr("{username} can no longer sign in."))
        self.show_done(text.format(username=user.username))
