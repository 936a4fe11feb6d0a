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
_COLOURS = {"rejected": QColor("#b3261e"), "same_as_row": QColor("#7a4f00"),
            "possible_duplicate": QColor("#8a3ffc"), "same_as_stored": QColor("#5f6368"),
            "updated": QColor("#1f3a5f")}
#: What "only rows with problems" shows: rows not imported as they are, or that HR
#: should look at (a possible duplicate is stored, and queued).
NEEDS_A_LOOK = ("rejected", "same_as_row", "possible_duplicate")


def details(row: RowPlan) -> str:
    """What a person needs to know about the row, in one line: what it is, then every
    reason and warning."""
    said = list(row.described(problem_text))
    if row.outcome == "updated" and row.changes:
        changed = "、".join(field_name(f) for f in row.changes)
        said.insert(0, QCoreApplication.translate("ImportRows", "Changes: {fields}").format(
            fields=changed))
    elif row.outcome == "same_as_stored":
        said.append(QCoreApplication.translate("ImportRows", "nothing changes"))
    return "; ".join(said)


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
        return outcome in NEEDS_A_LOOK
