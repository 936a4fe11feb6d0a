"""One table model for every Admin list: rows are DTOs, columns say how to show and sort them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclasses.dataclass(frozen=True)
class Column:
    title: Callable[[], str]            # translated at call time, so a language switch re-labels
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # what sorting compares; the text by default
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: tuple[Any, ...] = ()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = tuple(records)
        self.endResetModel()

    def records(self) -> tuple[Any, ...]:
        return self._records

    def retranslate(self) -> None:
        """Header titles and cell texts (Yes/No, role names) are translated."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, len(self._columns) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title()
        return None


def table_view(model: RecordTableModel, object_name: str,
               parent: QWidget | None = None) -> QTableView:
    """A sortable, filterable, single-row-selecting view over ``model`` (through a proxy)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)  # a filter word may be in any column
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def filter_by_text(view: QTableView, text: str) -> None:
    """Show the rows of a ``table_view`` that hold ``text`` in any column."""
    proxy = view.model()
    if not isinstance(proxy, QSortFilterProxyModel):
        raise TypeError("the view was not made by table_view()")
    proxy.setFilterFixedString(text)


def current_record(view: QTableView) -> Any:
    """The DTO of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(RECORD_ROLE) if rows else None


def select_record(view: QTableView, matches: Callable[[Any], bool]) -> bool:
    proxy = view.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if matches(index.data(RECORD_ROLE)):
            view.selectRow(row)
            view.scrollTo(index)
            return True
    return False


def date_text(value: dt.date) -> str:
    """A date as the user's locale writes it (2025/3/3, 3/3/25 …)."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


# Combo boxes keep ids as text: findData() cannot compare two equal Python UUID objects.
def add_id_item(combo: QComboBox, text: str, item_id: uuid.UUID | None) -> None:
    combo.addItem(text, str(item_id) if item_id else "")


def combo_id(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def set_combo_id(combo: QComboBox, item_id: uuid.UUID | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(str(item_id) if item_id else "")))
