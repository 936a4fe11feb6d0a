"""Asks the current approver for a comment before approving, rejecting or returning.

Rejecting and returning need a comment (the requester must learn why); the dialog
says so next to the comment box instead of closing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.requisitions import RequisitionInfo
from ui import widgets
from ui.requisitions.form import mark_invalid

OUTCOMES = ("approve", "reject", "return")


class DecisionDialog(widgets.Retranslating, QDialog):
    def __init__(self, info: RequisitionInfo, outcome: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert outcome in OUTCOMES
        self.setObjectName("requisitionDecisionDialog")
        self.info, self.outcome = info, outcome
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.comment_label = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("decisionComment")
        self.comment.setTabChangesFocus(True)
        self.comment_error = QLabel(self)
        self.comment_error.setObjectName("decisionCommentError")
        self.comment_error.setProperty("kind", "error")
        self.comment_error.setVisible(False)
        self.comment_label.setBuddy(self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.comment_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._retranslate()

    @property
    def comment_required(self) -> bool:
        return self.outcome != "approve"

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def _retranslate(self) -> None:
        titles = {"approve": self.tr("Approve requisition"),
                  "reject": self.tr("Reject requisition"),
                  "return": self.tr("Return for changes")}
        self.setWindowTitle(titles[self.outcome])
        draft = self.info.draft
        self.summary.setText(self.tr("{number}: {title} × {count}, {department}").format(
            number=self.info.number, title=draft.position_title, count=draft.headcount,
            department=self.info.department_name))
        self.comment_label.setText(self.tr("&Comment (required):") if self.comment_required
                                   else self.tr("&Comment (optional):"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText({"approve": self.tr("&Approve"), "reject": self.tr("&Reject"),
                    "return": self.tr("Re&turn")}[self.outcome])

    def _on_buttons_accepted(self) -> None:
        if self.comment_required and not self.comment_text():
            mark_invalid(self.comment, self.comment_error,
                         self.tr("Say why, so the requester knows what to change."))
            self.comment.setFocus()
            return
        self.accept()
