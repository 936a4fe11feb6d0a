"""Loads a job's board and carries moves to the core; never touches a widget."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from hrdesk.services import applications, boards, jobs, refusals
from ui import messages
from ui.context import AppContext
from ui.presenter import Presenter

BOARD_KEY = "board"


class BoardPresenter(Presenter):
    """Signals carry DTOs: ``loaded(Board)``, ``jobsLoaded(list[JobInfo])``,
    ``moved(MoveResult)``, ``moveRefused(application id, message)``,
    ``bulkFinished(list[BulkOutcome])``, ``reasonsLoaded(list[RefusalReasonInfo])``,
    ``overviewLoaded(list[JobOverview])``.
    A refused write is followed by a reload, which is what puts the card back; a done
    one reloads through the change hub, as another workstation's would."""

    loaded = Signal(object)
    failed = Signal(object)
    jobsLoaded = Signal(object)
    moved = Signal(object)
    moveRefused = Signal(object, str)
    bulkFinished = Signal(object)
    reasonsLoaded = Signal(object)
    overviewLoaded = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self.job_id: uuid.UUID | None = None
        self.showing_overview = False

    def load_jobs(self) -> None:
        ws, actor = self._session.workspace, self._session.actor
        self._run("board.jobs", lambda ctx: jobs.list_jobs(ws, actor)) \
            .success(self.jobsLoaded.emit) \
            .failure(self.failed.emit)

    def load_overview(self) -> None:
        """'All my jobs'; the board key, so a board answer still on its way is dropped."""
        self.job_id, self.showing_overview = None, True
        ws, actor = self._session.workspace, self._session.actor
        self._run(BOARD_KEY, lambda ctx: boards.overview(ws, actor)) \
            .success(self.overviewLoaded.emit) \
            .failure(self.failed.emit)

    def load(self, job_id: uuid.UUID) -> None:
        self.job_id, self.showing_overview = job_id, False
        ws, actor = self._session.workspace, self._session.actor
        # One key for every job: switching jobs drops the answer for the previous one.
        self._run(BOARD_KEY, lambda ctx: boards.load(ws, actor, job_id)) \
            .success(self.loaded.emit) \
            .failure(self.failed.emit)

    def reload(self) -> None:
        if self.showing_overview:
            self.load_overview()
        elif self.job_id is not None:
            self.load(self.job_id)

    def move(self, application_id: uuid.UUID, stage_id: uuid.UUID, version: int) -> None:
        ws, actor = self._session.workspace, self._session.actor

        def work(ctx):
            return applications.move_to(ws, actor, application_id, stage_id,
                                        expected_version=version)

        def refused(error: Exception) -> None:
            self.moveRefused.emit(application_id, messages.describe(error))
            self.reload()

        def done(result: applications.MoveResult) -> None:
            self.moved.emit(result)

        # A key per application: moving two cards quickly must not drop the first answer.
        self._run(f"board.move.{application_id}", work).success(done).failure(refused)

    def bulk_move(self, application_ids: Sequence[uuid.UUID], stage_id: uuid.UUID) -> None:
        ws, actor, ids = self._session.workspace, self._session.actor, tuple(application_ids)
        self._run_bulk(lambda ctx: applications.bulk_move(ws, actor, ids, stage_id))

    def bulk_reject(self, application_ids: Sequence[uuid.UUID], reason_code: str,
                    comment: str | None = None) -> None:
        ws, actor, ids = self._session.workspace, self._session.actor, tuple(application_ids)
        self._run_bulk(lambda ctx: applications.bulk_reject(ws, actor, ids, reason_code,
                                                            comment or None))

    def load_reasons(self) -> None:
        ws, actor = self._session.workspace, self._session.actor
        self._run("board.reasons", lambda ctx: refusals.list_reasons(ws, actor)) \
            .success(self.reasonsLoaded.emit) \
            .failure(self.failed.emit)

    def _run_bulk(self, work) -> None:
        def done(outcomes: list[applications.BulkOutcome]) -> None:
            self.bulkFinished.emit(outcomes)
            if not any(outcome.ok for outcome in outcomes):
                self.reload()  # nothing committed: the refused cards go back

        def failed(error: Exception) -> None:
            self.failed.emit(error)
            self.reload()

        self._run("board.bulk", work).success(done).failure(failed)
