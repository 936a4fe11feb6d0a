"""Loads the workbench and carries its few writes (task done, notices read) to the core."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal

from hrdesk.services import notifications, tasks, workbench
from ui import messages
from ui.presenter import Presenter

LOAD_KEY = "workbench.load"
INBOX_KEY = "workbench.inbox"


class WorkbenchPresenter(Presenter):
    """Signals carry DTOs: ``loaded(workbench.Overview)``, ``inboxLoaded(list[Notice])``,
    ``unreadChanged(int)`` whenever the unread count is known anew,
    ``taskCompleted(TaskInfo)``, ``refused(message)`` for a refused write and
    ``failed(error)`` for a failed load."""

    loaded = Signal(object)
    failed = Signal(object)
    inboxLoaded = Signal(object)
    unreadChanged = Signal(int)
    taskCompleted = Signal(object)
    refused = Signal(str)

    def load(self) -> None:
        ws, actor = self.ws, self.actor

        def done(overview: workbench.Overview) -> None:
            self.loaded.emit(overview)
            self.unreadChanged.emit(overview.unread)

        # Everything in one task: one round trip to the worker, one consistent picture.
        self._run(LOAD_KEY, lambda ctx: workbench.overview(ws, actor)) \
            .success(done).failure(self.failed.emit)

    def complete(self, task_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor

        def done(info: tasks.TaskInfo) -> None:
            self.taskCompleted.emit(info)  # the reload comes through the change hub

        def refused(error: Exception) -> None:
            self.refused.emit(messages.describe(error))
            self.load()  # whatever stopped it (done elsewhere meanwhile) shows after a reload

        self._run(f"workbench.complete.{task_id}",
                  lambda ctx: tasks.complete_task(ws, actor, task_id)) \
            .success(done).failure(refused)

    def mark_read(self, ids: Sequence[uuid.UUID] | None = None) -> None:
        """Mark these notices (None: all of them) read, then reload the inbox."""
        ws, actor = self.ws, self.actor
        chosen = None if ids is None else tuple(ids)

        def work(ctx):
            notifications.mark_read(ws, actor, chosen)
            return workbench.inbox(ws, actor), notifications.unread_count(ws, actor)

        def done(result) -> None:
            notices, unread = result
            self.inboxLoaded.emit(notices)
            self.unreadChanged.emit(unread)

        def refused(error: Exception) -> None:
            self.refused.emit(messages.describe(error))

        self._run(INBOX_KEY, work).success(done).failure(refused)
