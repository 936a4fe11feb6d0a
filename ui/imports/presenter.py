"""Carries the preview dialog's requests to the import use cases, off the GUI thread."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hrdesk.services import imports, jobs
from hrdesk.vocabulary import JobStatus
from reports import rejected_rows
from ui.context import AppContext
from ui.presenter import Presenter
from ui.tasks import Task


class ImportPresenter(Presenter):
    """``previewed(ImportPlan)``, ``imported(ImportResult)``, ``progressed(done, total)``,
    ``jobsLoaded(list[JobInfo])``, ``profileSaved(MappingProfile)``,
    ``reportWritten(Path)``, ``failed(error)`` (for the preview or a save) and
    ``importFailed(error)`` (the import itself: the database is as it was) and
    ``importCancelled()`` (stopped by the user: the database is as it was)."""

    previewed = Signal(object)
    imported = Signal(object)
    progressed = Signal(int, int)
    jobsLoaded = Signal(object)
    profileSaved = Signal(object)
    reportWritten = Signal(object)
    failed = Signal(object)
    importFailed = Signal(object)
    importCancelled = Signal()

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self._context = context
        self._import_task: Task | None = None

    def load_jobs(self) -> None:
        ws, actor = self.ws, self.actor
        self._run("import.jobs", lambda ctx: jobs.list_jobs(ws, actor, status=JobStatus.OPEN)) \
            .success(self.jobsLoaded.emit).failure(self.failed.emit)

    def preview(self, path: Path, *, job_id: uuid.UUID | None, sheet: str | None,
                mapping: Sequence[str | None] | None, profile: str | None, merge: str) -> None:
        ws, actor = self.ws, self.actor
        chosen = tuple(mapping) if mapping is not None else None

        def work(ctx):
            return imports.preview(ws, actor, path, job_id=job_id, sheet=sheet, mapping=chosen,
                                   profile=profile, merge=merge)

        # One key: a newer preview (another sheet, another mapping) drops an older answer.
        self._run("import.preview", work).success(self.previewed.emit).failure(self.failed.emit)

    def run(self, plan, *, job_id: uuid.UUID | None, policy: str, merge: str) -> None:
        ws, actor = self.ws, self.actor

        def work(ctx):
            return imports.run(ws, actor, plan, job_id=job_id, policy=policy, merge=merge,
                               progress=ctx.progress, cancelled=ctx.cancelled)

        task = self._run("import.run", work)
        task.progress(self.progressed.emit).success(self.imported.emit) \
            .failure(self.importFailed.emit)
        task.finished.connect(self._on_importTask_finished)
        self._import_task = task

    def cancel(self) -> None:
        """Stop the import; what it wrote so far is rolled back by the core."""
        if self._import_task is not None:
            self._import_task.cancel()

    def is_importing(self) -> bool:
        return self._import_task is not None

    def _on_importTask_finished(self) -> None:
        task, self._import_task = self._import_task, None
        if task is not None and task.is_cancelled():
            self.importCancelled.emit()

    def save_profile(self, name: str, headers: Sequence[str],
                     mapping: Sequence[str | None]) -> None:
        ws, actor = self.ws, self.actor
        self._run("import.profile", lambda ctx: imports.save_profile(
            ws, actor, name, tuple(headers), tuple(mapping))) \
            .success(self.profileSaved.emit).failure(self.failed.emit)

    def write_report(self, plan, out: Path) -> None:

        chinese = self._context.translations.language == "zh_CN"  # the GUI's, not LANG

        def work(ctx):
            rejected_rows.write_for(plan, out, chinese=chinese)
            return out

        self._run("import.report", work).success(self.reportWritten.emit) \
            .failure(self.failed.emit)
