"""'All my jobs': one row per job with its open applications per phase, sortable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hrdesk.services.boards import PHASES, JobOverview

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = ("code", "title", "hired", *PHASES, "overdue")
_OVERDUE_COLOUR = QColor("#c62828")


class JobOverviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JobOverview] = []

    def set_rows(self, rows: Sequence[JobOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> JobOverview:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles()[_COLUMNS[section]]

    def _titles(self) -> dict[str, str]:
        return {"code": self.tr("Code"), "title": self.tr("Job"),
                "hired": self.tr("Hired / headcount"), "screening": self.tr("Screening"),
                "interview": self.tr("Interview"), "offer": self.tr("Approval and offer"),
                "onboarding": self.tr("Onboarding"), "probation": self.tr("Probation"),
                "overdue": self.tr("Overdue")}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        job, key = self._rows[index.row()], _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "hired":
                return f"{job.hired} / {job.headcount}"
            return self._sort_value(job, key)
        if role == Qt.ItemDataRole.UserRole:  # what the proxy sorts by
            return self._sort_value(job, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and job.overdue:
            return QBrush(_OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("code", "title"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _sort_value(job: JobOverview, key: str) -> object:
        if key in PHASES:
            return job.in_phase[key]
        return {"code": job.code, "title": job.title, "hired": job.hired,
                "overdue": job.overdue}[key]


class JobOverviewView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardOverview")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(False)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
