"""Runs "attach the resume files of a folder" off the GUI thread, with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hrdesk.services import resume_folder
from ui.context import AppContext
from ui.presenter import Presenter
from ui.tasks import Task

TASK_KEY = "import.folder"


class FolderAttachPresenter(Presenter):
    """``progressed(done, total)``; ``finished(FolderResult)`` when the folder is done or
    Cancel stopped it (``result.cancelled``: what it lists as attached stays attached);
    ``failed(error)`` when it could not start (no such folder, no permission)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self._task: Task | None = None
        # The worker's result, also after Cancel: the runner drops a cancelled task's
        # answer, but each file is its own transaction, so the user must hear what stayed.
        self._outcome: list[resume_folder.FolderResult] = []

    def run(self, folder: Path) -> None:
        ws, actor = self.ws, self.actor
        outcome: list[resume_folder.FolderResult] = []

        def work(ctx):
            result = resume_folder.attach_folder(ws, actor, folder, progress=ctx.progress,
                                                 cancelled=ctx.cancelled)
            outcome.append(result)  # before the runner queues "done": seen when it arrives
            return result

        self._outcome = outcome
        task = self._run(TASK_KEY, work)
        task.progress(self.progressed.emit).success(self.finished.emit) \
            .failure(self.failed.emit)
        task.finished.connect(self._on_task_finished)
        self._task = task

    def cancel(self) -> None:
        """Stop after the file at hand; the files attached so far stay attached."""
        if self._task is not None:
            self._task.cancel()

    def is_running(self) -> bool:
        return self._task is not None

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None and task.is_cancelled():
            # Cancel after the last file leaves a result not marked cancelled: it is complete.
            self.finished.emit(self._outcome[0] if self._outcome
                               else resume_folder.FolderResult(cancelled=True))
