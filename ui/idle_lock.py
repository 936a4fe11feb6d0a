"""Lock a shared workstation after idle time: a watcher for input, a panel that asks the password.

The watcher is an application-wide event filter; any keyboard, mouse, wheel or
touch input restarts its timer. On timeout it emits ``idled``; the main window
then hides its content (not merely covers it) and shows the ``LockPanel``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import widgets
from ui.context import AppContext

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
})


class IdleWatcher(QObject):
    """Emits ``idled`` after ``interval_ms`` without user input, while enabled."""

    idled = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the idle lock needs a running application")
        app.installEventFilter(self)
        self._timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def interval(self) -> int:
        return self._timer.interval()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        self.idled.emit()


class LockPanel(widgets.Retranslating, QWidget):
    """Shown instead of the content; emits ``unlocked`` once the password is verified."""

    unlocked = Signal()

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the QSS background
        self._context = context
        self._session = session
        self._title = QLabel(self)
        self._title.setObjectName("dialogTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = QLabel(self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("unlockPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self._error = widgets.MessageLabel(self)
        self._error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy = widgets.busy_bar(self)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.unlock_button)
        box = QWidget(self)
        box.setFixedWidth(440)  # a fixed width lets the wrapped hint find its height
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self._title)
        box_layout.addWidget(self._hint)
        box_layout.addLayout(row)
        box_layout.addWidget(self._error)
        box_layout.addWidget(self._busy)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        self._retranslate()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Locked"))
        self._hint.setText(self.tr(
            "Signed in as {name}. Enter the password to continue.").format(
                name=self._session.actor.display_name))
        self.unlock_button.setText(self.tr("Unlock"))

    def reset(self) -> None:
        self.password_edit.clear()
        self._error.clear_message()
        self.password_edit.setFocus()

    def _on_unlock_clicked(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        session = self._session
        self._context.runner.run("unlock", lambda ctx: session.verify_password(password)) \
            .success(self._on_unlockTask_succeeded) \
            .failure(self._on_unlockTask_failed)

    def _on_unlockTask_succeeded(self, _result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._error.clear_message()
        self.unlocked.emit()

    def _on_unlockTask_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show_error(error)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
