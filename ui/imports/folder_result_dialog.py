"""The summary after attaching a folder of resume files: the counts, and every file left
alone with why, so a person can attach it by hand or rename it and run again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import i18n
from hrdesk.services.resume_folder import FolderResult, Reason
from ui import messages, widgets

_Index = QModelIndex | QPersistentModelIndex
FILE, OUTCOME, REASON = range(3)


@dataclasses.dataclass(frozen=True)
class LeftFile:
    """A file that was not attached; ``reason`` as the core gave it (None: unmatched)."""

    name: str
    outcome: str
    reason: str | None = None


def left_files(result: FolderResult) -> list[LeftFile]:
    return ([LeftFile(p.name, "unmatched") for p in result.unmatched]
            + [LeftFile(p.name, "ambiguous", why) for p, why in result.ambiguous]
            + [LeftFile(p.name, "refused", why) for p, why in result.refused])


def outcome_name(outcome: str) -> str:
    return {
        "unmatched": QCoreApplication.translate("FolderAttach", "Unmatched"),
        "ambiguous": QCoreApplication.translate("FolderAttach", "Ambiguous"),
        "refused": QCoreApplication.translate("FolderAttach", "Refused"),
    }.get(outcome, outcome)


def reason_text(left: LeftFile) -> str:
    """Why the file was left alone, in the language the GUI is set to."""
    reason = left.reason or Reason("unmatched")
    error = getattr(reason, "error", None)
    if error is not None:
        return messages.describe(error)
    return i18n.describe_reason(reason, QCoreApplication.translate)


class FolderOutcomeModel(QAbstractTableModel):
    """File, outcome, reason: one row per file that was not attached."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LeftFile] = []

    def set_rows(self, rows: list[LeftFile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("FolderAttach", "File"),
                QCoreApplication.translate("FolderAttach", "Outcome"),
                QCoreApplication.translate("FolderAttach", "Reason"))[section] \
            if 0 <= section < 3 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        left = self._rows[index.row()]
        column = index.column()
        if column == FILE:
            return left.name
        if column == OUTCOME:
            return outcome_name(left.outcome)
        return reason_text(left)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, OUTCOME), self.index(len(self._rows) - 1, REASON))


class FolderResultDialog(widgets.Retranslating, QDialog):
    def __init__(self, folder: Path, result: FolderResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderResultDialog")
        self.folder = Path(folder)
        self.folder_result = result
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folderResultFolder")
        self.folder_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("folderResultCounts")
        self.counts_label.setWordWrap(True)
        self.stopped = widgets.MessageLabel(self, "folderResultStopped")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("folderResultHint")
        self.hint_label.setWordWrap(True)
        self.model = FolderOutcomeModel(self)
        self.model.set_rows(left_files(result))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView(self)
        self.table.setObjectName("folderResultTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OUTCOME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setVisible(bool(self.model.rowCount()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("folderResultClose")

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.stopped)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.table.resizeColumnToContents(FILE)
        self.table.resizeColumnToContents(OUTCOME)
        self.resize(self.sizeHint())  # (Qt caps a first size at 2/3 of a small screen)

    def _retranslate(self) -> None:
        result = self.folder_result
        self.setWindowTitle(self.tr("Resume files attached from a folder"))
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=self.folder))
        self.counts_label.setText(self.tr(
            "Attached: {attached}   Already attached before: {already}   Unmatched: "
            "{unmatched}   Ambiguous: {ambiguous}   Refused: {refused}").format(
            attached=len(result.attached), already=len(result.already),
            unmatched=len(result.unmatched), ambiguous=len(result.ambiguous),
            refused=len(result.refused)))
        if result.cancelled:
            self.stopped.show_problem(self.tr(
                "Stopped by Cancel. The files attached so far stay attached; the rest of "
                "the folder was not looked at."))
        if self.model.rowCount():
            self.hint_label.setText(self.tr(
                "Not attached (attach them by hand in the candidate's file, or put the "
                "mobile number or full name in the file name and run again):"))
        else:
            self.hint_label.setText(self.tr("No file was left to attach by hand."))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()

    def rows(self) -> list[list[str]]:
        """What the table shows, in its current order (for tests and screenshots)."""
        proxy = self.proxy
        return [[str(proxy.index(r, c).data()) for c in range(proxy.columnCount())]
                for r in range(proxy.rowCount())]

    def sizeHint(self) -> QSize:
        return QSize(760, 420)
