"""Small building blocks shared by the dialogs: retranslation, inline messages, busy bars."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget

from ui import messages


class Retranslating:
    """Mixin (list it before the Qt class): calls ``_retranslate()`` on LanguageChange."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # (a mixin: Qt's class comes next)


class MessageLabel(QLabel):
    """An inline, word-wrapped message in red (error) or green (success); hidden when empty.

    It keeps the error it shows, so a language switch re-describes it.
    """

    def __init__(self, parent: QWidget | None = None, object_name: str = "errorLabel") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setVisible(False)
        self._error: BaseException | None = None

    def show_error(self, error: BaseException) -> None:
        self._error = error
        self._show(messages.describe(error), "error")

    def show_problem(self, text: str) -> None:
        self._error = None
        self._show(text, "error")

    def show_success(self, text: str) -> None:
        self._error = None
        self._show(text, "success")

    def clear_message(self) -> None:
        self._error = None
        self.clear()
        self.setVisible(False)

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        # A dynamic property only restyles after the style is re-polished.
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._error is not None:
            self.setText(messages.describe(self._error))
        super().changeEvent(event)


def label_form_rows(form: QFormLayout, texts: Sequence[str],
                    buddies: Mapping[int, QWidget | None] | None = None) -> None:
    """Give the first rows of ``form`` their label texts, each label's buddy (the widget
    its Alt+letter focuses) being the row's field — or ``buddies[row]`` where given: a
    field that is a layout names one of its widgets, ``None`` gives the label none."""
    for row, text in enumerate(texts):
        label = _form_item(form, row, QFormLayout.ItemRole.LabelRole)
        if not isinstance(label, QLabel):
            raise TypeError(f"row {row} of the form has no label")
        label.setText(text)
        if buddies is not None and row in buddies:
            buddy = buddies[row]
        else:
            buddy = _form_item(form, row, QFormLayout.ItemRole.FieldRole)
        if buddy is not None:
            label.setBuddy(buddy)


def _form_item(form: QFormLayout, row: int, role: QFormLayout.ItemRole) -> QWidget | None:
    item = form.itemAt(row, role)
    return item.widget() if item is not None else None


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setObjectName("busyBar")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setVisible(False)
    return bar


def shortcut(owner: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str | list,
             slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
             ) -> QAction:
    """A keyboard shortcut (or a list of them) of ``owner`` (by default: active while focus is inside it, so
    the same keys can mean something else in another section)."""
    action = QAction(owner)
    action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
