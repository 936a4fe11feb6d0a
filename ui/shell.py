"""The way through the windows: start dialog (no database yet) → sign-in → main window.

Logging out returns to sign-in; "Change…" at sign-in reopens the start dialog.
The shell never quits the application itself: it emits ``quitRequested`` and
``ui.app`` ends the event loop (tests just watch the signal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hrdesk.locations import Location
from hrdesk.services import workstation
from ui.context import AppContext
from ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.start_dialog import StartDialog


class Shell(QObject):
    quitRequested = Signal(int)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.start_dialog: StartDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self.session = None

    def start(self) -> None:
        location = workstation.load()
        if location is None:
            self._show_start(return_to=None)
        else:
            self._show_login(location)

    # Each handler checks that its window is still the current one: a window that
    # was replaced may still report closing.

    def _show_start(self, return_to: Location | None) -> None:
        from ui.start_dialog import StartDialog  # (only the first start needs it)

        dialog = StartDialog(self._context)
        self.start_dialog = dialog

        def finished(result: int) -> None:
            if dialog is not self.start_dialog:
                return
            self.start_dialog = None
            if dialog.location is not None:
                self._show_login(dialog.location)
            elif return_to is not None:
                self._show_login(return_to)
            else:
                self.quitRequested.emit(0)

        dialog.finished.connect(finished)
        dialog.show()

    def _show_login(self, location: Location) -> None:
        dialog = LoginDialog(self._context, location)
        self.login_dialog = dialog

        def logged_in(session) -> None:
            self.login_dialog = None
            self._show_main(session, location)

        def change_requested() -> None:
            self.login_dialog = None
            dialog.close()
            self._show_start(return_to=location)

        def finished(result: int) -> None:
            if dialog is self.login_dialog:
                self.login_dialog = None
                self.quitRequested.emit(0)

        dialog.loggedIn.connect(logged_in)
        dialog.changeDatabaseRequested.connect(change_requested)
        dialog.finished.connect(finished)
        dialog.show()

    def _show_main(self, session, location: Location) -> None:
        from ui.main_window import MainWindow  # loads while the user types the password

        window = MainWindow(self._context, session)
        self.main_window = window
        self.session = session

        def logged_out() -> None:
            self._end_session(window)
            self._show_login(location)

        def closed() -> None:
            self._end_session(window)
            self.quitRequested.emit(0)

        window.loggedOut.connect(logged_out)
        window.closed.connect(closed)
        window.show()

    def _end_session(self, window: MainWindow) -> None:
        if window is not self.main_window:
            return
        self.main_window = None
        session, self.session = self.session, None
        if session is not None:
            session.close()
        self._context.preferences.sync()
