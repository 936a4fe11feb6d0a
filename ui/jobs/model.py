"""Item models of the Jobs section: the job table (with its filter) and checkable lists."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hrdesk.services.jobs import JobInfo
from hrdesk.vocabulary import JobStatus
from ui import terms, when

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
STATUSES = tuple(JobStatus)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


def status_name(code: str) -> str:
    return terms.said_as(JobStatus, code)


class JobTableModel(QAbstractTableModel):
    """One row a job; names of department, site and template come from lookups."""

    CODE, TITLE, DEPARTMENT, SITE, HEADCOUNT, STATUS, TEMPLATE, OPENED = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: list[JobInfo] = []
        self._names: Mapping[uuid.UUID, str] = {}

    def set_jobs(self, jobs: Sequence[JobInfo], names: Mapping[uuid.UUID, str]) -> None:
        """``names``: display names of departments, sites and templates by id."""
        self.beginResetModel()
        self._jobs, self._names = list(jobs), dict(names)
        self.endResetModel()

    def job(self, row: int) -> JobInfo:
        return self._jobs[row]

    def row_of(self, job_id: uuid.UUID) -> int:
        return next((i for i, j in enumerate(self._jobs) if j.id == job_id), -1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("JobTable", "Code"), QCoreApplication.translate("JobTable", "Title"), QCoreApplication.translate("JobTable", "Department"),
                QCoreApplication.translate("JobTable", "Site"), QCoreApplication.translate("JobTable", "Hired / headcount"),
                QCoreApplication.translate("JobTable", "Status"), QCoreApplication.translate("JobTable", "Pipeline"),
                QCoreApplication.translate("JobTable", "Opened"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job, column = self._jobs[index.row()], index.column()
        if role == ID_ROLE:
            return job.id
        if role == STATUS_ROLE:
            return job.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == SORT_ROLE:
            if column == self.HEADCOUNT:
                return job.headcount - job.hired_count  # open places first or last
            if column == self.OPENED:
                return job.opened_at.timestamp()
            return self._text(job, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HEADCOUNT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, job: JobInfo, column: int) -> str:
        if column == self.CODE:
            return job.code
        if column == self.TITLE:
            return job.title
        if column == self.DEPARTMENT:
            return self._names.get(job.department_id, "")
        if column == self.SITE:
            return self._names.get(job.site_id, "")
        if column == self.HEADCOUNT:
            return f"{QLocale().toString(job.hired_count)} / {QLocale().toString(job.headcount)}"
        if column == self.STATUS:
            return status_name(job.status)
        if column == self.TEMPLATE:
            return self._names.get(job.template_id, "")
        return when.day(job.opened_at)


class JobFilterProxy(QSortFilterProxyModel):
    """Text over every column, and one status (or all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._status is not None and \
                model.index(source_row, 0, source_parent).data(STATUS_ROLE) != self._status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class CheckListModel(QAbstractListModel):
    """Named ids with a check box each (channels of a job, its interviewers)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[uuid.UUID, str]] = []
        self._checked: set[uuid.UUID] = set()
        self.editable = True

    def set_items(self, items: Iterable[tuple[uuid.UUID, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {i for i, _ in self._items}
        self.endResetModel()

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        self._checked = set(ids)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked(self) -> tuple[uuid.UUID, ...]:
        return tuple(i for i, _ in self._items if i in self._checked)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, name = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if item_id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == ID_ROLE:
            return item_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.editable or not index.isValid():
            return False
        item_id = self._items[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
