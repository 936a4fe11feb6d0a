"""Reload a screen when what it shows changed: now if it is on screen, else when next shown.

    RefreshWhenChanged(context.changes, self,
                       wants=lambda changes: changes.touches(JOB, self.job_id),
                       reload=self.presenter.reload)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from hrdesk.changes import ChangeSet
from ui.change_hub import ChangeHub


class RefreshWhenChanged(QObject):
    """Lives as long as ``widget``; ``stale`` while a wanted change waits for it to show."""

    def __init__(self, hub: ChangeHub, widget: QWidget, wants: Callable[[ChangeSet], bool],
                 reload: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._wants = wants
        self._reload = reload
        self.stale = False
        hub.changed.connect(self._on_hub_changed)
        widget.installEventFilter(self)

    def _on_hub_changed(self, changes: ChangeSet) -> None:
        if not self._in_service():
            return
        if not self._wants(changes):
            return
        if self._widget.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show:
            return False
        if not self._in_service():
            watched.removeEventFilter(self)
            return False
        if watched is self._widget and self.stale:
            self.stale = False
            self._reload()
        return False

    def _in_service(self) -> bool:
        """False once Python's collector has broken a reference cycle through this object
        (widget → presenter → reload → widget) and cleared its attributes while Qt still
        holds it: the screen it served is being let go, and it must do nothing more."""
        return "_reload" in self.__dict__
