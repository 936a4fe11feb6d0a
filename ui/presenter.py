"""The base of every screen's presenter: runs core calls on the background runner.

A presenter holds the session, never touches a widget, and reports through its own
signals. Tasks still running when the presenter is destroyed are cancelled, so a
late answer finds nobody home instead of a deleted widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ui.context import AppContext
from ui.tasks import Task, TaskContext


class Presenter(QObject):
    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        self._session = session
        #: What changed, this process's commits included: a screen reloads from it
        #: (``ui.live_refresh``) instead of after each of its own writes.
        self.changes = context.changes
        context.changes.follow(session.workspace)
        self._tasks: list[Task] = []
        tasks = self._tasks
        self.destroyed.connect(lambda *_: _cancel_all(tasks))

    @property
    def session(self):
        return self._session

    @property
    def ws(self):
        return self._session.workspace

    @property
    def actor(self):
        return self._session.actor

    def _run(self, key: str, work: Callable[[TaskContext], Any]) -> Task:
        """Start ``work`` under ``key`` (a newer run of the same key drops the older answer).

        The key is this presenter's own: two screens of one kind (a refresh of one
        started by the change hub) must not drop each other's answers."""
        self._tasks[:] = [t for t in self._tasks if not t.done]
        task = self._runner.run(self._own(key), work)
        self._tasks.append(task)
        return task

    def is_busy(self, key: str) -> bool:
        """Is this presenter's work under ``key`` still running?"""
        return self._runner.is_busy(self._own(key))

    def _own(self, key: str) -> str:
        return f"{key}@{id(self):x}"


def _cancel_all(tasks: list[Task]) -> None:
    for task in tasks:
        task.cancel()
