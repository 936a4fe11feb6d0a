"""Loads pages of the candidates list for the current query; never touches a widget."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from hrdesk.dto.candidates import CandidateFilters
from hrdesk.services import candidate_filters, candidate_search
from ui.context import AppContext
from ui.presenter import Presenter

PAGE_KEY = "candidates.list.page"
PAGE_SIZE = 100
# Counting every match of a text search scans the whole table; past this the label
# says "more than", which is all a person scrolling a list needs to know.
COUNT_UP_TO = 10_000


@dataclasses.dataclass(frozen=True)
class ListQuery:
    text: str = ""
    filters: CandidateFilters = dataclasses.field(default_factory=CandidateFilters)
    order: str = "name"
    descending: bool = False


class CandidatesListPresenter(Presenter):
    """``pageLoaded(CandidatePage)``: offset 0 answers a new query (with its count),
    later offsets the next page of the same one. ``choicesLoaded(FilterChoices)``.
    One runner key for every page, so a new query drops the answers of the old one."""

    pageLoaded = Signal(object)
    failed = Signal(object)
    choicesLoaded = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self.query = ListQuery()

    def load(self, **changes) -> None:
        """The first page of the query with ``changes`` (text, filters, order, descending)."""
        self.query = dataclasses.replace(self.query, **changes)
        self._page(0, COUNT_UP_TO)

    def fetch(self, offset: int) -> None:
        """The page after the ``offset`` rows already shown; the count is not redone."""
        self._page(offset, 0)

    def load_choices(self) -> None:
        ws, actor = self.ws, self.actor
        self._run("candidates.list.choices", lambda ctx: candidate_filters.choices(ws, actor)) \
            .success(self.choicesLoaded.emit) \
            .failure(self.failed.emit)

    def _page(self, offset: int, count_up_to: int) -> None:
        ws, actor, query = self.ws, self.actor, self.query

        def work(ctx):
            return candidate_search.search_candidates(
                ws, actor, query.text, limit=PAGE_SIZE, offset=offset, order=query.order,
                filters=query.filters, descending=query.descending, count_up_to=count_up_to)

        self._run(PAGE_KEY, work).success(self.pageLoaded.emit).failure(self.failed.emit)

    def now(self):
        """The workspace's clock (injected, so tests choose "today")."""
        return self.ws.clock.now()
