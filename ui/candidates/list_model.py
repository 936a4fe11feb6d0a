"""The candidates table as a lazily filled model over ``CandidateInfo`` pages.

The database filters and sorts (100,000 rows through a proxy model took seconds);
this model only holds the pages fetched so far. When the view scrolls near the end
it asks for more (``fetchRequested``); the presenter answers with a page, which
``add_page`` appends, or, for offset 0, puts in place of everything (a new query).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hrdesk.dto.candidates import CandidateInfo, CandidatePage
from ui import when

_Index = QModelIndex | QPersistentModelIndex
CandidateRole = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass(frozen=True)
class ListColumn:
    key: str
    order: str | None  # the service's sort order, None: not sortable (encrypted)
    text: Callable[[CandidateInfo], str]


def _date(info: CandidateInfo) -> str:
    return when.day(info.created_at)


def _years(info: CandidateInfo) -> str:
    return "" if info.years_experience is None else QLocale().toString(info.years_experience)


COLUMNS = (
    ListColumn("name", "name", lambda c: c.name),
    ListColumn("mobile", None, lambda c: c.mobile or ""),
    ListColumn("id_number", None, lambda c: c.id_number or ""),
    ListColumn("education", "education", lambda c: c.education or ""),
    ListColumn("years", "years_experience", _years),
    ListColumn("city", "city", lambda c: c.city or ""),
    ListColumn("school", "school", lambda c: c.school or ""),
    ListColumn("skills", None, lambda c: "、".join(c.skills)),
    ListColumn("tags", None, lambda c: "、".join(c.tags)),
    ListColumn("created", "created_at", _date),
)
_RIGHT = {"years"}


def column_title(key: str) -> str:
    # Literal strings, so lupdate finds them (as in ui.roles).
    titles = {
        "name": QCoreApplication.translate("CandidateTableModel", "Name"),
        "mobile": QCoreApplication.translate("CandidateTableModel", "Mobile"),
        "id_number": QCoreApplication.translate("CandidateTableModel", "ID number"),
        "education": QCoreApplication.translate("CandidateTableModel", "Education"),
        "years": QCoreApplication.translate("CandidateTableModel", "Years",
                                            "years of work experience"),
        "city": QCoreApplication.translate("CandidateTableModel", "City"),
        "school": QCoreApplication.translate("CandidateTableModel", "School"),
        "skills": QCoreApplication.translate("CandidateTableModel", "Skills"),
        "tags": QCoreApplication.translate("CandidateTableModel", "Tags"),
        "created": QCoreApplication.translate("CandidateTableModel", "Added",
                                              "date the candidate was added"),
    }
    return titles[key]


class CandidateTableModel(QAbstractTableModel):
    """``fetchRequested(offset)``: the view wants the page starting there."""

    fetchRequested = Signal(int)

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[CandidateInfo] = []
        self._ids: set[uuid.UUID] = set()
        self.total = 0
        self.total_capped = False
        self._complete = True  # nothing more to fetch
        self._waiting = False  # a page is on its way: ask for nothing else meanwhile

    # --- content ---------------------------------------------------------------------

    def begin_query(self) -> None:
        """A new search, filter or order is loading: keep showing the old rows until its
        first page arrives, but fetch nothing more for the old query."""
        self._waiting = True

    def add_page(self, page: CandidatePage) -> None:
        if page.offset == 0:
            self.beginResetModel()
            self._rows, self._ids = [], set()
            self.total, self.total_capped = page.total, page.total_capped
            self._append(page)
            self.endResetModel()
            return
        if page.offset != len(self._rows):
            return  # an answer for rows we no longer hold (a reset came in between)
        fresh = [c for c in page.items if c.id not in self._ids]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._append(dataclasses.replace(page, items=tuple(fresh)),
                         complete=len(page.items) < page.limit)
            self.endInsertRows()
        else:
            self._append(page)

    def _append(self, page: CandidatePage, complete: bool | None = None) -> None:
        self._rows.extend(page.items)
        self._ids.update(c.id for c in page.items)
        self._complete = len(page.items) < page.limit if complete is None else complete
        self._waiting = False

    def fetch_failed(self) -> None:
        """Let the view ask again (the user scrolls, or refreshes)."""
        self._waiting = False

    def candidate(self, row: int) -> CandidateInfo:
        return self._rows[row]

    def ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(c.id for c in self._rows)

    # --- QAbstractItemModel ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(info)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CandidateRole:
            return info
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return super().headerData(section, orientation, role)
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column.key)
        if role == Qt.ItemDataRole.ToolTipRole and column.order is None:
            return QCoreApplication.translate("CandidateTableModel", "Not sortable")
        return super().headerData(section, orientation, role)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._complete and not self._waiting

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._waiting = True
            self.fetchRequested.emit(len(self._rows))


def column_of(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)
