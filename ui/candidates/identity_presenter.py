"""Core calls of the "new candidate" form and the possible-duplicates queue; never
touches a widget."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from PySide6.QtCore import Signal

from hrdesk.services import candidate_merge, candidates, duplicates
from hrdesk.services.candidates import NewCandidate
from ui.presenter import Presenter


class IdentityPresenter(Presenter):
    """``created(CandidateProfile)`` | ``createFailed(error)``; ``pairsLoaded(list)`` |
    ``failed(error)``; ``decided()`` after a merge or "different people";
    ``placeholdersLoaded(list)`` with HR's list of values that identify nobody."""

    placeholdersLoaded = Signal(object)
    created = Signal(object)
    createFailed = Signal(object)
    pairsLoaded = Signal(object)
    decided = Signal()
    failed = Signal(object)

    def create(self, person: NewCandidate, on_duplicate: str = "refuse") -> None:
        ws, actor = self.ws, self.actor
        self._run("candidates.create", lambda ctx: candidates.create_candidate(
            ws, actor, person, on_duplicate)) \
            .success(self.created.emit).failure(self.createFailed.emit)

    def load_pairs(self) -> None:
        ws, actor = self.ws, self.actor
        self._run("duplicates.pairs", lambda ctx: duplicates.open_pairs(ws, actor)) \
            .success(self.pairsLoaded.emit).failure(self.failed.emit)

    def mark_different(self, pair) -> None:
        ws, actor = self.ws, self.actor
        self._run("duplicates.decide", lambda ctx: duplicates.mark_different(
            ws, actor, pair.id, pair.version)) \
            .success(lambda _r: self.decided.emit()).failure(self.failed.emit)

    def merge(self, pair, keep_id: uuid.UUID, take: Collection[str]) -> None:
        ws, actor = self.ws, self.actor
        self._run("duplicates.decide", lambda ctx: candidate_merge.merge_pair(
            ws, actor, pair.id, keep_id, pair.version, tuple(take))) \
            .success(lambda _r: self.decided.emit()).failure(self.failed.emit)

    def load_placeholders(self) -> None:
        ws, actor = self.ws, self.actor
        self._run("duplicates.placeholders", lambda ctx: duplicates.get_placeholders(ws, actor)) \
            .success(self.placeholdersLoaded.emit).failure(self.failed.emit)

    def save_placeholders(self, values: list[str]) -> None:
        ws, actor = self.ws, self.actor
        self._run("duplicates.placeholders", lambda ctx: duplicates.set_placeholders(
            ws, actor, values)).success(self.placeholdersLoaded.emit).failure(self.failed.emit)
