"""Giving each role only its keys, for a database made before keys followed roles:
ask the administrator's password, then show the new recovery code once (with Print).

The old recovery code stops opening the database's keys at that moment, so the dialog
that shows the new one cannot be closed until the administrator says it is noted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import recovery_print


class NewRecoveryCodeDialog(QDialog):
    def __init__(self, company: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        self._company, self.code = company, code
        intro = QLabel(self.tr(
            "Each role now holds only the keys it needs. The old recovery code no longer "
            "opens this database's keys; this one does. Print it or write it down and keep "
            "it locked away: it is shown only now."), self)
        intro.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("newRecoveryCodeLabel")
        self.code_label.setStyleSheet("font-size: 18pt; font-family: monospace;")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setVisible(recovery_print.available())
        self.print_button.clicked.connect(self._on_printButton_clicked)
        self.noted = QCheckBox(self.tr("I have printed or written down the new code"), self)
        self.noted.setObjectName("recoveryCodeNotedBox")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.noted.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.print_button)
        layout.addWidget(self.noted)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.noted.isChecked():  # Esc only once the code is safe
            super().reject()

    def _on_printButton_clicked(self) -> None:
        recovery_print.print_code(self, self._company, self.code)
