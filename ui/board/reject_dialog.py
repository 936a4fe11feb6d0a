"""Asks for the refusal reason (and a comment) before rejecting selected cards."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class RejectDialog(QDialog):
    """Asks for the refusal reason (and an optional comment) for the selected cards."""

    def __init__(self, reasons, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardRejectDialog")
        self.setWindowTitle(self.tr("Reject applications"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("rejectReason")
        for info in reasons:
            self.reason.addItem(info.label, info.code)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("rejectComment")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Applications to reject: {count}").format(count=count), self))
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(buttons)
