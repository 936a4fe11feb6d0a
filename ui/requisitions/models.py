"""Item models over requisition DTOs: the table, its filter, and the approval trail.

Display names of the core's codes (status, reason, approver role) live here too, so
the table, the detail pane and the form all say the same words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hrdesk import name_order
from hrdesk.services import requisitions as requisition_service
from hrdesk.services.requisitions import RequisitionInfo
from hrdesk.vocabulary import ApproverRole, RequisitionReason, RequisitionStatus, StepStatus
from ui import terms, when

_Index = QModelIndex | QPersistentModelIndex

#: The core's vocabulary, in display order.
REASONS, STATUSES = requisition_service.REASONS, requisition_service.STATUSES
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
INFO_ROLE = Qt.ItemDataRole.UserRole + 2



def status_name(code: str) -> str:
    return terms.said_as(RequisitionStatus, code)


def reason_name(code: str) -> str:
    return terms.said_as(RequisitionReason, code)


def approver_role_name(code: str | None) -> str:
    return terms.said_as(ApproverRole, code)


def decision_name(code: str) -> str:
    return terms.said_as(StepStatus, code)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)




class _Relabelled(QAbstractTableModel):
    def relabel(self) -> None:
        """After a language switch: every shown word may have changed."""
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, columns - 1))


class RequisitionTableModel(_Relabelled):
    """One row per requisition; ``SORT_ROLE`` gives sortable raw values."""

    COLUMNS = ("number", "title", "department", "headcount", "status", "requester",
               "submitted", "approver")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RequisitionInfo, ...] = ()

    def set_requisitions(self, rows: Sequence[RequisitionInfo]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def requisition(self, row: int) -> RequisitionInfo:
        return self._rows[row]

    def row_of(self, requisition_id) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == requisition_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("Requisitions", "Number"), QCoreApplication.translate("Requisitions", "Position"), QCoreApplication.translate("Requisitions", "Department"), QCoreApplication.translate("Requisitions", "Headcount"),
                  QCoreApplication.translate("Requisitions", "Status"), QCoreApplication.translate("Requisitions", "Requester"), QCoreApplication.translate("Requisitions", "Submitted"), QCoreApplication.translate("Requisitions", "Waiting for"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == INFO_ROLE:
            return info
        if role == SORT_ROLE:
            return self._raw(info, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "headcount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and info.status in (RequisitionStatus.CANCELLED,
                                                                  RequisitionStatus.REJECTED):
            return QBrush(QColor("#7a7f87"))
        return None

    @staticmethod
    def _raw(info: RequisitionInfo, column: str) -> object:
        if column == "headcount":
            return info.draft.headcount
        if column == "submitted":
            # Never submitted sorts first; an int keeps the proxy's comparison simple.
            return int(info.submitted_at.timestamp()) if info.submitted_at else 0
        if column == "status":
            return STATUSES.index(info.status) if info.status in STATUSES else len(STATUSES)
        if column == "requester":
            return name_order.sort_key(info.requested_by_name)  # by pinyin, as readers expect
        return RequisitionTableModel._shown(info, column)

    @staticmethod
    def _shown(info: RequisitionInfo, column: str) -> str:
        return {
            "number": lambda: info.number,
            "title": lambda: info.draft.position_title,
            "department": lambda: info.department_name,
            "headcount": lambda: QLocale().toString(info.draft.headcount),
            "status": lambda: status_name(info.status),
            "requester": lambda: info.requested_by_name,
            "submitted": lambda: when.moment(info.submitted_at),
            "approver": lambda: approver_role_name(info.current_role),
        }[column]()


class RequisitionFilterModel(QSortFilterProxyModel):
    """Narrows the table to one status and to rows holding every word of the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._status: str | None = None
        self._words: list[str] = []

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RequisitionTableModel)
        info = model.requisition(source_row)
        if self._status is not None and info.status != self._status:
            return False
        haystack = (f"{info.number} {info.draft.position_title} {info.department_name} "
                    f"{info.requested_by_name}").casefold()
        return all(word in haystack for word in self._words)


class TrailModel(_Relabelled):
    """The approval trail: every step of every round, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple = ()  # approval.StepInfo

    def set_steps(self, steps: Sequence) -> None:
        self.beginResetModel()
        self._steps = tuple(steps)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("Requisitions", "Round"), QCoreApplication.translate("Requisitions", "Step"), QCoreApplication.translate("Requisitions", "Approver"), QCoreApplication.translate("Requisitions", "Decision"), QCoreApplication.translate("Requisitions", "Time"),
                  QCoreApplication.translate("Requisitions", "Comment"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        # The approver's words, else why hrdesk skipped the step.
        comment = step.comment or (terms.said(step.skip_reason) if step.skip_reason else "")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return comment or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # Who decided, else who is named for the step (a role-wide step names nobody).
        who = step.decided_by_name or step.approver_name or ""
        return (QLocale().toString(step.round), approver_role_name(step.role), who,
                decision_name(step.status), when.moment(step.decided_at),
                comment)[index.column()]
