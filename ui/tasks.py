"""The one runner for slow work: a worker thread, progress, cancel, callbacks on the GUI thread.

    runner.run("login", lambda ctx: session.open_session(loc, user, pw)) \\
        .success(self._on_login_succeeded) \\
        .failure(self._on_login_failed)

The work function gets a ``TaskContext`` (``ctx.progress(done, total)``,
``ctx.cancelled()``) and must never touch a widget: it receives plain values and
returns one. Results travel back through queued signals, so every callback runs on
the GUI thread. Attaching callbacks right after ``run`` is safe: a queued result
cannot be delivered before control returns to the event loop.

Each ``key`` has a generation counter. Starting a task cancels the running one of
the same key, and a result from an older generation (or a cancelled task) is
dropped, so a late answer can never overwrite newer state.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from hrdesk import errors
from ui.collector import GuiThreadCollector

log = logging.getLogger(__name__)


class TaskContext:
    """What the work function may use: report progress, ask whether to stop."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._emit_progress = emit_progress
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._emit_progress(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call over."""

    progressed = Signal(int, int)
    completed = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay):
        super().__init__()
        self._work = work
        self._context = context
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._relay.completed.emit(False, error)
        else:
            self._relay.completed.emit(True, result)


class Task(QObject):
    """A handle on one run: attach callbacks, cancel, or wait for ``finished`` in tests."""

    finished = Signal()

    def __init__(self, runner: TaskRunner, key: str, generation: int, context: TaskContext):
        # No Qt parent: the runner holds it while it runs, callers as long as they like.
        super().__init__()
        self._runner = runner
        self.key = key
        self.generation = generation
        self._context = context
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: list[Callable[[Exception], None]] = []
        self._on_progress: list[Callable[[int, int], None]] = []
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._on_relay_progressed)
        self.relay.completed.connect(self._on_relay_completed)
        self.done = False

    def success(self, callback: Callable[[Any], None]) -> Task:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Task:
        self._on_failure.append(callback)
        return self

    def progress(self, callback: Callable[[int, int], None]) -> Task:
        self._on_progress.append(callback)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; whatever it returns afterwards is dropped."""
        self._context.cancel()

    def is_cancelled(self) -> bool:
        return self._context.cancelled()

    def _is_stale(self) -> bool:
        return self.is_cancelled() or not self._runner.is_current(self.key, self.generation)

    @Slot(int, int)
    def _on_relay_progressed(self, done: int, total: int) -> None:
        if self._is_stale():
            return
        for callback in self._on_progress:
            callback(done, total)

    @Slot(bool, object)
    def _on_relay_completed(self, ok: bool, value: object) -> None:
        self.done = True
        try:
            if self._is_stale():
                log.debug("dropped stale result of %s #%d", self.key, self.generation)
            elif ok:
                for callback in self._on_success:
                    callback(value)
            else:
                assert isinstance(value, Exception)
                self._deliver_failure(value)
        finally:
            self._runner._forget(self)
            self.finished.emit()
            # The callbacks are bound methods of presenters that keep this task: drop them,
            # so no reference cycle holds a QObject for Python's garbage collector, which may
            # run on a worker thread and deadlock there destroying it (seen: a QObject
            # destructor waiting for the GIL while the GUI thread waited for Qt's lock).
            self._on_success.clear()
            self._on_failure.clear()
            self._on_progress.clear()

    def _deliver_failure(self, error: Exception) -> None:
        # The core's taxonomy decides what is a bug: anything not an HrdeskError.
        if not isinstance(error, errors.HrdeskError):
            log.error("task %s failed", self.key, exc_info=error)
        if not self._on_failure:
            log.error("no failure handler for task %s", self.key, exc_info=error)
        for callback in self._on_failure:
            callback(error)


class TaskRunner(QObject):
    """Runs work functions on a small thread pool of its own. While it runs, cyclic
    garbage is collected on the GUI thread only (``ui.collector``)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._collector = GuiThreadCollector(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._generations: dict[str, int] = {}
        self._running: dict[str, Task] = {}
        self._active: set[Task] = set()

    def run(self, key: str, work: Callable[[TaskContext], Any]) -> Task:
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        previous = self._running.get(key)
        if previous is not None:
            previous.cancel()
        relay_holder: list[_Relay] = []
        context = TaskContext(lambda done, total: relay_holder[0].progressed.emit(done, total))
        task = Task(self, key, generation, context)
        relay_holder.append(task.relay)
        self._running[key] = task
        self._active.add(task)
        self._pool.start(_Job(work, context, task.relay))
        return task

    def is_current(self, key: str, generation: int) -> bool:
        return self._generations.get(key) == generation

    def is_busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._active)
        task = self._running.get(key)
        return task is not None and not task.done

    def cancel(self, key: str) -> None:
        task = self._running.get(key)
        if task is not None:
            task.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and wait for the workers; True if they all stopped."""
        for task in list(self._active):
            task.cancel()
        stopped = self._pool.waitForDone(timeout_ms)
        self._collector.stop()
        return stopped

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        if self._running.get(task.key) is task:
            del self._running[task.key]
