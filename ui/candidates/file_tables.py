"""The read-only tables of a candidate's file: sortable by raw value, filterable, one row
selected at a time; and the tab pages that hold them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.candidates import file_models


def table(parent: QWidget, name: str,
          model: file_models.RowsModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(file_models.SortRole)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(True)
    return view, proxy


def page(parent: QWidget, *parts: QWidget | QLayout) -> QWidget:
    """A tab page of widgets and layouts, top to bottom; a table takes the spare height."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part, 1 if isinstance(part, QTableView) else 0)
        else:
            layout.addLayout(part)
    return holder
