"""The reminder pass, run in the background every few minutes by the desktop client.

Only for people whose role runs reminders (HR, administrators); several
workstations may run it at once, the pass itself sees to it that nobody is
reminded twice (each task's next reminder time moves on in the same commit).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from hrdesk.services import reminders
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui.context import AppContext

log = logging.getLogger(__name__)

INTERVAL_MS = 15 * 60_000
FIRST_RUN_MS = 10_000  # soon after sign-in, once the first screen is up


class ReminderTimer(QObject):
    """Emits ``ran`` with the pass's summary after each run."""

    ran = Signal(object)

    def __init__(self, context: AppContext, session, interval_ms: int = INTERVAL_MS,
                 first_run_ms: int = FIRST_RUN_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._session = session
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.active = allows(session.actor, Permission.RUN_REMINDERS)
        if self.active:
            self._timer.start()
            QTimer.singleShot(first_run_ms, self, self._on_timer_timeout)

    def stop(self) -> None:
        self._timer.stop()
        self.active = False

    def _on_timer_timeout(self) -> None:
        if not self.active or self._context.runner.is_busy("reminders"):
            return
        workspace, actor = self._session.workspace, self._session.actor
        self._context.runner.run("reminders", lambda ctx: reminders.run(workspace, actor)) \
            .success(self.ran.emit) \
            .failure(self._on_pass_failed)

    def _on_pass_failed(self, error: BaseException) -> None:
        # A busy database or a dropped server connection: the next tick tries again.
        log.warning("reminder pass failed: %s", type(error).__name__)
