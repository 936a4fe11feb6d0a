"""The form for a shared PostgreSQL server: address, account, TLS, and "Test connection"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services import setup, workstation
from ui import widgets
from ui.context import AppContext

SSL_MODES = ("disable", "prefer", "require", "verify-full")


class PostgresForm(widgets.Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._host = QLineEdit(self)
        self._host.setObjectName("hostEdit")
        self._port = QSpinBox(self)
        self._port.setObjectName("portSpin")
        self._port.setRange(1, 65535)
        self._port.setValue(5432)
        self._port.setMaximumWidth(120)
        self._database = QLineEdit("hrdesk", self)
        self._database.setObjectName("databaseEdit")
        self._user = QLineEdit(self)
        self._user.setObjectName("userEdit")
        self._password = QLineEdit(self)
        self._password.setObjectName("serverPasswordEdit")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._sslmode = QComboBox(self)
        self._sslmode.setObjectName("sslModeCombo")
        for mode in SSL_MODES:
            self._sslmode.addItem("", mode)
        self._sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self._ca_file = QLineEdit(self)
        self._ca_file.setObjectName("caFileEdit")
        self._ca_browse = QPushButton(self)
        self._ca_browse.setAutoDefault(False)
        self._test = QPushButton(self)
        self._test.setObjectName("testConnectionButton")
        self._test.setAutoDefault(False)
        self._status = widgets.MessageLabel(self, "connectionStatusLabel")
        self._busy = widgets.busy_bar(self)

        ca_row = QHBoxLayout()
        ca_row.addWidget(self._ca_file, 1)
        ca_row.addWidget(self._ca_browse)
        self._form = QFormLayout()
        for field in (self._host, self._port, self._database, self._user, self._password,
                      self._sslmode):
            self._form.addRow(QLabel(), field)
        self._form.addRow(QLabel(), ca_row)
        test_row = QHBoxLayout()
        test_row.addWidget(self._test)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addLayout(test_row)
        layout.addWidget(self._status)
        layout.addWidget(self._busy)

        self._test.clicked.connect(self._on_test_clicked)
        self._ca_browse.clicked.connect(self._on_caBrowse_clicked)
        self._sslmode.currentIndexChanged.connect(self._on_sslmode_currentIndexChanged)
        self._on_sslmode_currentIndexChanged(self._sslmode.currentIndex())
        self._retranslate()

    def _retranslate(self) -> None:
        texts = (self.tr("&Server:"), self.tr("P&ort:"), self.tr("&Database:"),
                 self.tr("&User:"), self.tr("Pass&word:"), self.tr("&TLS:"),
                 self.tr("&CA certificate:"))
        widgets.label_form_rows(self._form, texts, {len(texts) - 1: self._ca_file})
        self._host.setPlaceholderText(self.tr("e.g. hr-server or 192.168.1.20"))
        names = {
            "disable": self.tr("Off (unencrypted)"),
            "prefer": self.tr("Use if the server offers it"),
            "require": self.tr("Required"),
            "verify-full": self.tr("Required, verify the server certificate"),
        }
        for index, mode in enumerate(SSL_MODES):
            self._sslmode.setItemText(index, names[mode])
        self._ca_browse.setText(self.tr("Browse…"))
        self._test.setText(self.tr("Test connection"))

    def location(self) -> workstation.PostgresLocation:
        sslmode = self._sslmode.currentData()
        ca_file = self._ca_file.text().strip() if sslmode == "verify-full" else ""
        return workstation.PostgresLocation(
            host=self._host.text().strip(),
            port=self._port.value(),
            database=self._database.text().strip(),
            user=self._user.text().strip(),
            password=self._password.text(),
            sslmode=sslmode,
            sslrootcert=ca_file or None,
        )

    def problem(self) -> str | None:
        """What is missing before a connection can be tried, or None."""
        if not self._host.text().strip():
            return self.tr("Enter the server name or address.")
        if not self._database.text().strip() or not self._user.text().strip():
            return self.tr("Enter the database name and the user.")
        return None

    def set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        self._test.setEnabled(not busy)

    def show_error(self, error: BaseException) -> None:
        self._status.show_error(error)

    def show_problem(self, text: str) -> None:
        self._status.show_problem(text)

    def _on_test_clicked(self) -> None:
        problem = self.problem()
        if problem:
            self._status.show_problem(problem)
            return
        self._status.clear_message()
        self.set_busy(True)
        location = self.location()
        self._context.runner.run("test-connection", lambda ctx: setup.test_connection(location)) \
            .success(self._on_testTask_succeeded) \
            .failure(self._on_testTask_failed)

    def _on_testTask_succeeded(self, _result: object) -> None:
        self.set_busy(False)
        self._status.show_success(self.tr("Connected: the server answers and accepts the login."))

    def _on_testTask_failed(self, error: Exception) -> None:
        self.set_busy(False)
        self._status.show_error(error)

    def _on_caBrowse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "",
            self.tr("Certificates (*.crt *.pem);;All files (*)"))
        if path:
            self._ca_file.setText(path)

    def _on_sslmode_currentIndexChanged(self, index: int) -> None:
        verify = self._sslmode.itemData(index) == "verify-full"
        self._ca_file.setEnabled(verify)
        self._ca_browse.setEnabled(verify)
