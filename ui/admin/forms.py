"""Form helpers shared by the Admin tabs: invalid fields marked in place, the tab frame.

A field is marked with the dynamic property ``invalid`` (the style sheet draws it red),
its tooltip says why, and the tab's message line repeats the first reason. Typing in
the field clears its mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import errors
from ui import field_marks, widgets
from ui.admin.presenter import AdminPresenter

Problem = tuple[QWidget, str]


mark = field_marks.mark_one


def is_marked(field: QWidget) -> bool:
    return bool(field.property("invalid"))


def clear_on_edit(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.textEdited.connect(lambda _text, e=edit: mark(e, None) if is_marked(e) else None)


def show_problems(problems: Sequence[Problem], fields: Sequence[QWidget],
                  message: widgets.MessageLabel) -> bool:
    """Mark ``problems``, unmark the rest of ``fields``; True when there is nothing wrong."""
    wrong = dict(problems)
    for field in fields:
        mark(field, wrong.get(field))
    if problems:
        message.show_problem(problems[0][1])
        problems[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
        return False
    message.clear_message()
    return True


def is_concurrent_change(error: BaseException) -> bool:
    return isinstance(error, (errors.ConcurrentChange, errors.ChangedMeanwhile))


class AdminTab(widgets.Retranslating, QWidget):
    """A tab's frame: message line (with Reload after a concurrent change), busy bar, body.

    Subclasses lay out ``self.body`` and may override ``new_item()`` (Ctrl+N).
    A refusal never clears the fields: what the user typed stays for another try.
    """

    def __init__(self, presenter: AdminPresenter, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.presenter = presenter
        self.message = widgets.MessageLabel(self, f"{object_name}Message")
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName(f"{object_name}Reload")
        self.reload_button.setVisible(False)
        self.busy = widgets.busy_bar(self)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.reload_button)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addLayout(self.body, 1)
        self.reload_button.clicked.connect(self._on_reloadButton_clicked)
        presenter.busyChanged.connect(self.busy.setVisible)
        presenter.refused.connect(self._on_presenter_refused)

    def _retranslate(self) -> None:
        # A base class: self.tr() would look in the subclass's context.
        self.reload_button.setText(QCoreApplication.translate("AdminTab", "Reload"))

    def new_item(self) -> None:
        """Ctrl+N: start whatever "new" means here."""

    def reload(self) -> None:
        self.presenter.load()

    def show_refusal(self, error: BaseException) -> None:
        self.message.show_error(error)
        self.reload_button.setVisible(is_concurrent_change(error))

    def show_done(self, text: str) -> None:
        self.message.show_success(text)
        self.reload_button.setVisible(False)

    def _on_presenter_refused(self, _action: str, error: BaseException) -> None:
        self.show_refusal(error)

    def _on_reloadButton_clicked(self) -> None:
        self.reload_button.setVisible(False)
        self.message.clear_message()
        self.reload()


def delete_key(view: QAbstractItemView, slot) -> QAction:
    """Del on the list itself (not the whole tab, where it would steal it from text fields)."""
    action = QAction(view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action
