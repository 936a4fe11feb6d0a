"""Confirming that a person is erased: what goes, what stays, and why (required).

Names what the core's plan (``services.erasure.plan``) found, table by table, in the
reader's words; the Erase button waits for a reason, which the audit log keeps.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.erasure import ErasurePlan


class EraseDialog(QDialog):
    """``reason()`` once accepted."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        heading = QLabel(self.tr("Erase {name} for good?").format(name=plan.name), self)
        heading.setObjectName("eraseHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        lines = [text for table, count in sorted(plan.rows.items())
                 if (text := self._goes(table, count))]
        lines.append(self.tr("The old and new values the audit log holds about them: their "
                             "key is destroyed, so nobody can read them again"))
        goes = QLabel("<ul style='margin-left:-20px'>" + "".join(
            f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>", self)
        goes.setObjectName("eraseWhatGoes")
        goes.setTextFormat(Qt.TextFormat.RichText)
        goes.setWordWrap(True)
        stays = QLabel(self.tr(
            "Applications kept in the figures as an erased person's: %n. The audit log keeps "
            "who did what and when. Backups made before today still hold the person until "
            "they are deleted.", None, plan.applications_kept), self)
        stays.setObjectName("eraseWhatStays")
        stays.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("eraseReason")
        self.reason_edit.setPlaceholderText(self.tr(
            "Why (kept in the audit log): their request, the retention period ending …"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Cancel is the default: Enter in the reason field must not erase someone.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.reason_edit.textChanged.connect(self._on_reasonEdit_textChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("This removes, and cannot be undone:"), self))
        layout.addWidget(goes)
        layout.addWidget(stays)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(600)
        self.adjustSize()  # the wrapped lines' height, before the first show

    def _goes(self, table: str, count: int) -> str | None:
        """What erasing does to ``count`` rows of ``table`` (None: not said)."""
        said = {
            "candidates": self.tr("The profile: name, mobile, ID number, e-mail, school, "
                                  "notes, tags and every other field"),
            "attachments": self.tr("Attached files, with the text found in them: %n", None,
                                   count),
            "outbox": self.tr("Messages to them waiting in the outbox: %n", None, count),
            "timeline_events": self.tr("Timeline events losing their comments and details: %n",
                                       None, count),
            "tasks": self.tr("Tasks whose titles lose their name: %n", None, count),
            "notifications": self.tr("Notices to colleagues that lose their name: %n", None,
                                     count),
        }
        return said.get(table)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reasonEdit_textChanged(self, text: str) -> None:
        self.erase_button.setEnabled(bool(text.strip()))
