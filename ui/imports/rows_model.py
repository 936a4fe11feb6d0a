"""The preview's rows: what will happen to each row of the file, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hrdesk.services.imports import RowPlan
from ui.imports.names import field_name, outcome_name, problem_text

_Index = QModelIndex | QPersistentModelIndex
ROW, OUTCOME, NAME, DETAILS = range(4)
_COLOURS = {"rejected": QColor("#b3261e"), "duplicate": QColor("#7a4f00"),
            "update": QColor("#1f3a5f")}


def details(row: RowPlan) -> str:
    """What a person needs to know about the row, in one line."""
    if row.outcome == "update" and row.changes:
        changed = "、".join(field_name(f) for f in row.changes)
        return QCoreApplication.translate("ImportRows", "Changes: {fields}").format(fields=changed)
    if row.outcome == "duplicate" and row.duplicate_of:
        return QCoreApplication.translate("ImportRows", "Same person as row {row}").format(
            row=row.duplicate_of)
    if row.outcome == "duplicate":
        return QCoreApplication.translate("ImportRows", "Already on file, nothing changes")
    return "; ".join(row.described(problem_text))


class ImportRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowPlan] = []

    def set_rows(self, rows: Sequence[RowPlan]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowPlan:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("ImportRows", "Row"),
                QCoreApplication.translate("ImportRows", "Outcome"),
                QCoreApplication.translate("ImportRows", "Name"),
                QCoreApplication.translate("ImportRows", "Details"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.row, outcome_name(row.outcome), row.name, details(row))[column]
        if role == Qt.ItemDataRole.UserRole:  # for the proxy: the outcome code
            return row.outcome
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome in _COLOURS:
            return QBrush(_COLOURS[row.outcome])
        return None


class ProblemRowsProxy(QSortFilterProxyModel):
    """All rows, or only those that will not be imported as they are."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, problems_only: bool) -> None:
        self.beginFilterChange()
        self.problems_only = problems_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.problems_only:
            return True
        outcome = self.sourceModel().index(source_row, 0, source_parent).data(
            Qt.ItemDataRole.UserRole)
        return outcome in ("rejected", "duplicate")
