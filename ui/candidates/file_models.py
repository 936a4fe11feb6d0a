"""The tables of a candidate's file: applications, tasks, attachments (over service DTOs).

Each holds a few dozen rows at most, so a change is a model reset. ``SortRole``
gives the raw value (a time, a size) so a sort proxy orders by it, not by its text.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hrdesk.dto.candidates import ApplicationSummary
from hrdesk.services.attachments import AttachmentInfo
from hrdesk.services.tasks import TaskInfo
from hrdesk.vocabulary import ApplicationStatus, TaskStatus
from ui import terms, when

_Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the DTO of the row




class RowsModel(QAbstractTableModel):
    """A read-only table over a tuple of DTOs; subclasses name the columns and cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.text(row, column)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, position: int) -> Any:
        return self._rows[position]

    def retranslate(self) -> None:
        """Headers and translated cells again, after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == SortRole:
            return self.sort_key(row, index.column())
        if role == RowRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return super().headerData(section, orientation, role)


class ApplicationsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Job"), self.tr("Stage"), self.tr("Status"), self.tr("Applied")]

    def text(self, row: ApplicationSummary, column: int) -> str:
        return (f"{row.job_code} {row.job_title}", row.stage_name, terms.said_as(ApplicationStatus, row.status),
                when.moment(row.applied_at))[column]

    def sort_key(self, row: ApplicationSummary, column: int) -> Any:
        return row.applied_at.timestamp() if column == 3 else self.text(row, column)


class TasksModel(RowsModel):
    """Rows are (job code, task): tasks belong to an application, shown by its job."""

    def headers(self) -> list[str]:
        return [self.tr("Task"), self.tr("Job"), self.tr("Due"), self.tr("Status")]

    def text(self, row: tuple[str, TaskInfo], column: int) -> str:
        job, task = row
        status = self.tr("Overdue") if task.overdue else terms.said_as(TaskStatus, task.status)
        return (terms.said(task.title), job, when.moment(task.due_at), status)[column]

    def sort_key(self, row: tuple[str, TaskInfo], column: int) -> Any:
        return row[1].due_at.timestamp() if column == 2 else self.text(row, column)


class AttachmentsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size"), self.tr("Added")]

    def text(self, row: AttachmentInfo, column: int) -> str:
        return (row.filename, QLocale().formattedDataSize(row.size),
                when.moment(row.added_at))[column]

    def sort_key(self, row: AttachmentInfo, column: int) -> Any:
        return (row.filename.casefold(), row.size, row.added_at.timestamp())[column]

    def id_at(self, position: int) -> uuid.UUID:
        return self._rows[position].id
