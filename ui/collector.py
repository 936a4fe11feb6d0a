"""Reference cycles collected on the GUI thread only, while worker threads exist.

Python collects cycles on whichever thread happens to allocate when a threshold is
crossed. If a cycle holds a Qt object and a worker thread collects it, the object's
destructor takes Qt's signal-slot lock and then waits for the interpreter lock, while
the GUI thread holds the interpreter lock and waits for Qt's: the window freezes for
good. (Seen in the test suite: a task-runner thread, deep in a query, collecting an
admin screen's wrapper while the GUI thread built a table view.) So while a
``GuiThreadCollector`` runs, automatic collection is off and a timer on the GUI thread
collects each generation when the collector's own counts say it is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from hrdesk import collection

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """The generation collected (as the automatic collector would choose), or -1."""
        if collection.gc_is_paused():
            return -1  # a bulk job asked for no collection until it is done
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return -1
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Automatic collection as it was before."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
