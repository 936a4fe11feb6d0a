"""Loads one candidate's whole file and carries its edits to the core; never touches a widget.

Paging through a list starts a load per candidate under one key, so only the last
one shown is answered. Answers about a candidate no longer shown (a reveal, a saved
note) carry its id, and the widget ignores them.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hrdesk import errors
from hrdesk.dto.candidates import CandidateChanges, CandidateProfile
from hrdesk.services import (
    attachments,
    candidate_privacy,
    candidates,
    erasure,
    tasks,
    timeline,
)
from hrdesk.services.session import Actor, Workspace, allows
from hrdesk.vocabulary import Permission
from ui.candidates import file_opener
from ui.context import AppContext
from ui.presenter import Presenter

FILE_KEY = "candidate.file"


@dataclasses.dataclass(frozen=True)
class CandidateFile:
    """Everything the file screen shows, read in one go."""

    profile: CandidateProfile
    timeline: tuple[timeline.TimelineItem, ...]
    attachments: tuple[attachments.AttachmentInfo, ...]
    tasks: tuple[tuple[str, tasks.TaskInfo], ...]  # (job code, task)


class CandidateFilePresenter(Presenter):
    """Signals: ``loaded(CandidateFile)``, ``failed(error)``, ``revealed(RevealedFields)``,
    ``noteSaved(CandidateProfile)``, ``tagsSaved(CandidateProfile)``,
    ``attachmentAdded(AttachmentInfo)``, ``attachmentsAdded(AttachedFiles)``,
    ``attachmentOpened(Path)``, ``erasurePlanned(ErasurePlan)``, ``erased(ErasurePlan)``,
    ``candidateFound(candidate id)`` for an application opened by its id,
    and ``refused(what, error)`` for a refused edit ("reveal", "note", "tags",
    "attachment", "erase"). A write's reload (timeline, version) comes through the
    change hub, which hears this process's commits as it hears another workstation's."""

    loaded = Signal(object)
    failed = Signal(object)
    candidateFound = Signal(object)
    revealed = Signal(object)
    noteSaved = Signal(object)
    tagsSaved = Signal(object)
    attachmentAdded = Signal(object)
    attachmentsAdded = Signal(object)
    attachmentOpened = Signal(object)
    erasurePlanned = Signal(object)
    erased = Signal(object)
    refused = Signal(str, object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self.candidate_id: uuid.UUID | None = None

    # --- what the actor may do (the services check again) ------------------------------

    def may_reveal(self) -> bool:
        return allows(self.actor, Permission.SEE_SENSITIVE)

    def may_edit(self) -> bool:
        return allows(self.actor, Permission.EDIT_CANDIDATES)

    def may_erase(self) -> bool:
        return allows(self.actor, Permission.ERASE_CANDIDATES)

    # --- reading -------------------------------------------------------------------------

    def load(self, candidate_id: uuid.UUID) -> None:
        self.candidate_id = candidate_id
        ws, actor = self.ws, self.actor

        def work(ctx) -> CandidateFile:
            profile = candidates.get_candidate(ws, actor, candidate_id)
            events = tuple(timeline.of_candidate(ws, actor, candidate_id))
            files = tuple(attachments.list_attachments(ws, actor, candidate_id))
            todo = tuple((a.job_code, t) for a in profile.applications
                         if not ctx.cancelled()
                         for t in tasks.tasks_of_application(ws, actor, a.id))
            return CandidateFile(profile, events, files, todo)

        self._run(FILE_KEY, work).success(self.loaded.emit).failure(self.failed.emit)

    def find_candidate_of(self, application_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._run(FILE_KEY, lambda ctx: candidates.candidate_of_application(
            ws, actor, application_id)).success(self.candidateFound.emit) \
            .failure(self.failed.emit)

    def reload(self) -> None:
        if self.candidate_id is not None:
            self.load(self.candidate_id)

    # --- writing -------------------------------------------------------------------------

    def reveal(self, candidate_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._run("candidate.reveal", lambda ctx: candidate_privacy.reveal(
            ws, actor, candidate_id)) \
            .success(self.revealed.emit) \
            .failure(lambda error: self.refused.emit("reveal", error))

    def save_note(self, candidate_id: uuid.UUID, text: str, version: int) -> None:
        ws, actor = self.ws, self.actor
        self._run("candidate.note", lambda ctx: candidates.update_candidate(
            ws, actor, candidate_id, CandidateChanges(notes=text), expected_version=version)) \
            .success(self.noteSaved.emit) \
            .failure(lambda error: self.refused.emit("note", error))

    def save_tags(self, candidate_id: uuid.UUID, text: str, version: int) -> None:
        ws, actor = self.ws, self.actor
        # The core splits at commas and 、 as a sheet cell would have them.
        self._run("candidate.tags", lambda ctx: candidates.set_tags(
            ws, actor, candidate_id, text, expected_version=version)) \
            .success(self.tagsSaved.emit) \
            .failure(lambda error: self.refused.emit("tags", error))

    def add_attachment(self, candidate_id: uuid.UUID, path: str) -> None:
        ws, actor = self.ws, self.actor
        self._run("candidate.attach",
                  lambda ctx: _attach(ws, actor, candidate_id, Path(path))) \
            .success(self.attachmentAdded.emit) \
            .failure(lambda error: self.refused.emit("attachment", error))

    def add_attachments(self, candidate_id: uuid.UUID, paths: Sequence[Path]) -> None:
        """Several files at once (dropped on the file): each is attached on its own, and
        one that is refused does not stop the others (``attachmentsAdded``)."""
        ws, actor = self.ws, self.actor

        def work(ctx) -> AttachedFiles:
            added, refused = [], []
            for path in paths:
                try:
                    added.append(_attach(ws, actor, candidate_id, path))
                except errors.UserError as error:
                    refused.append((path.name, error))
            return AttachedFiles(tuple(added), tuple(refused))

        self._run("candidate.attach", work) \
            .success(self.attachmentsAdded.emit) \
            .failure(lambda error: self.refused.emit("attachment", error))

    def open_attachment(self, attachment_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor

        def work(ctx) -> Path:
            info, data = attachments.open_attachment(ws, actor, attachment_id)
            return file_opener.private_copy(info.filename, data)

        self._run("candidate.open", work) \
            .success(self.attachmentOpened.emit) \
            .failure(lambda error: self.refused.emit("attachment", error))

    def plan_erasure(self, candidate_id: uuid.UUID) -> None:
        """What erasing the person would do, for the confirmation (``erasurePlanned``)."""
        ws, actor = self.ws, self.actor
        self._run("candidate.erase", lambda ctx: erasure.plan(ws, actor, candidate_id)) \
            .success(self.erasurePlanned.emit) \
            .failure(lambda error: self.refused.emit("erase", error))

    def erase(self, candidate_id: uuid.UUID, reason: str) -> None:
        ws, actor = self.ws, self.actor
        self._run("candidate.erase", lambda ctx: erasure.erase(ws, actor, candidate_id,
                                                                reason)) \
            .success(self.erased.emit) \
            .failure(lambda error: self.refused.emit("erase", error))


@dataclasses.dataclass(frozen=True)
class AttachedFiles:
    """What ``add_attachments`` did: the files attached, and each refused with why."""

    added: tuple[attachments.AttachmentInfo, ...]
    refused: tuple[tuple[str, errors.UserError], ...]


def _attach(ws: Workspace, actor: Actor, candidate_id: uuid.UUID,
            path: Path) -> attachments.AttachmentInfo:
    try:
        data = path.read_bytes()
    except OSError as error:  # gone, locked, unreadable: the user's to fix
        raise errors.FileProblem(path=str(path), reason=error.strerror or str(error)) \
            from error
    return attachments.add_attachment(ws, actor, candidate_id, path.name, data)
