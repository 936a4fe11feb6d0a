"""Sign in: user name, password, which database, language; demo accounts when there are any."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from hrdesk.locations import Location
from hrdesk.services import workstation
from ui import roles, widgets
from ui.context import AppContext

LANGUAGE_CHOICES = (("zh_CN", "中文"), ("en", "English"))


class LoginDialog(widgets.Retranslating, QDialog):
    """Emits ``loggedIn(session)`` and accepts; ``changeDatabaseRequested`` for "Change…"."""

    loggedIn = Signal(object)
    changeDatabaseRequested = Signal()

    def __init__(self, context: AppContext, location: Location, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._location = location
        self._demo_accounts: list = []
        self.setObjectName("loginDialog")

        self._title = QLabel(self)
        self._title.setObjectName("dialogTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._username = QLineEdit(self)
        self._username.setObjectName("usernameEdit")
        self._password = QLineEdit(self)
        self._password.setObjectName("passwordEdit")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._database = QLabel(workstation.describe(location), self)
        self._database.setObjectName("databaseLabel")
        self._database.setWordWrap(True)
        self._database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._change = QPushButton(self)
        self._change.setObjectName("changeDatabaseButton")
        self._change.setAutoDefault(False)
        self._language = QComboBox(self)
        self._language.setObjectName("languageCombo")
        for code, name in LANGUAGE_CHOICES:
            self._language.addItem(name, code)
        self._language.setCurrentIndex(self._language.findData(context.translations.language))
        self._error = widgets.MessageLabel(self)
        self._busy = widgets.busy_bar(self)
        self._login = QPushButton(self)
        self._login.setObjectName("loginButton")
        self._login.setDefault(True)
        self._quit = QPushButton(self)
        self._quit.setObjectName("quitButton")
        self._quit.setAutoDefault(False)
        self._demo_box = QGroupBox(self)
        self._demo_box.setObjectName("demoAccountsBox")
        self._demo_box.setVisible(False)
        self._demo_hint = QLabel(self._demo_box)
        self._demo_hint.setWordWrap(True)
        self._demo_grid = QGridLayout(self._demo_box)
        self._demo_grid.addWidget(self._demo_hint, 0, 0, 1, 3)

        self._form = QFormLayout()
        self._form.addRow(QLabel(), self._username)
        self._form.addRow(QLabel(), self._password)
        database_row = QHBoxLayout()
        database_row.addWidget(self._database, 1)
        database_row.addWidget(self._change)
        self._form.addRow(QLabel(), database_row)
        self._form.addRow(QLabel(), self._language)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._quit)
        buttons.addWidget(self._login)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addWidget(self._error)
        layout.addWidget(self._demo_box)
        layout.addWidget(self._busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

        self._login.clicked.connect(self._on_login_clicked)
        self._quit.clicked.connect(self.reject)
        self._change.clicked.connect(self._on_change_clicked)
        self._language.currentIndexChanged.connect(self._on_language_currentIndexChanged)
        self._retranslate()
        self._username.setFocus()
        self._load_demo_accounts()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in – hrdesk"))
        self._title.setText(self.tr("Recruitment process tracking"))
        labels = (self.tr("&User name:"), self.tr("&Password:"), self.tr("Database:"),
                  self.tr("&Language:"))
        # The database row shows a path and a button: no field to focus.
        widgets.label_form_rows(self._form, labels, {2: None})
        self._change.setText(self.tr("Change…"))
        self._login.setText(self.tr("Sign in"))
        self._quit.setText(self.tr("Quit"))
        self._demo_box.setTitle(self.tr("Demo accounts"))
        self._fill_demo_buttons()

    # --- demo accounts -------------------------------------------------------------------

    def _load_demo_accounts(self) -> None:
        location = self._location
        self._context.runner.run("demo-accounts", lambda ctx: _setup().demo_accounts(location)) \
            .success(self._on_demoAccounts_loaded) \
            .failure(lambda error: None)  # unreadable: the sign-in itself will say why

    def _on_demoAccounts_loaded(self, accounts: list) -> None:
        self._demo_accounts = list(accounts)
        self._fill_demo_buttons()
        self._demo_box.setVisible(bool(self._demo_accounts))

    def _fill_demo_buttons(self) -> None:
        passwords = {a.password for a in self._demo_accounts}
        if len(passwords) == 1:
            self._demo_hint.setText(self.tr(
                "This is a demo database; every account's password is %1. "
                "Click an account to use it.").replace("%1", passwords.pop()))
        else:
            self._demo_hint.setText(self.tr("This is a demo database. Click an account to use it."))
        while self._demo_grid.count() > 1:
            item = self._demo_grid.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        columns = 3
        for index, account in enumerate(self._demo_accounts):
            button = QPushButton(account.display_name or account.username)
            button.setToolTip(f"{account.username} / {account.password} · "
                              f"{roles.role_name(account.role)}")
            button.setObjectName(f"demoAccount_{account.username}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=account: self._on_demoAccount_clicked(a))
            self._demo_grid.addWidget(button, 1 + index // columns, index % columns)

    def _on_demoAccount_clicked(self, account) -> None:
        self._username.setText(account.username)
        self._password.setText(account.password)
        self._login.setFocus()

    # --- signing in ----------------------------------------------------------------------

    def _on_login_clicked(self) -> None:
        username = self._username.text().strip()
        password = self._password.text()
        if not username or not password:
            self._error.show_problem(self.tr("Enter your user name and password."))
            (self._username if not username else self._password).setFocus()
            return
        self._error.clear_message()
        self._set_busy(True)
        location = self._location
        self._context.runner.run(
            "login", lambda ctx: _session_service().open_session(location, username, password)
        ).success(self._on_loginTask_succeeded).failure(self._on_loginTask_failed)

    def _on_loginTask_succeeded(self, session) -> None:
        self._set_busy(False)
        self._password.clear()
        self.loggedIn.emit(session)
        self.accept()

    def _on_loginTask_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show_error(error)
        self._password.clear()
        self._password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        for widget in (self._login, self._username, self._password, self._change,
                       self._language, self._demo_box):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        self._context.runner.cancel("login")
        super().reject()

    # --- other choices -------------------------------------------------------------------

    def _on_change_clicked(self) -> None:
        self.changeDatabaseRequested.emit()

    def _on_language_currentIndexChanged(self, index: int) -> None:
        language = self._language.itemData(index)
        self._context.preferences.language = language
        self._context.translations.install(language)


# The storage layer (SQLAlchemy, the models, the key ring) is imported by the background
# work, not before the window shows: the window appears while the modules load.
def _setup():
    from hrdesk.services import setup

    return setup


def _session_service():
    from hrdesk.services import session

    return session
