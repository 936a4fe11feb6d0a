"""One panel of the workbench: a heading, a list or its empty state, and action buttons."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

Model = TypeVar("Model", bound=QAbstractItemModel)


class Panel(QFrame, Generic[Model]):
    """``view`` shows the model; while the model is empty ``empty`` says why instead."""

    def __init__(self, name: str, model: Model, tree: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = model
        self.title = QLabel(self)
        self.title.setObjectName("workbenchPanelTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view: QAbstractItemView = QTreeView(self) if tree else QTableView(self)
        self.view.setObjectName(f"{name}View")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if isinstance(self.view, QTableView):
            self.view.verticalHeader().setVisible(False)
            self.view.verticalHeader().setDefaultSectionSize(
                self.view.fontMetrics().height() + 8)
            self.view.setShowGrid(False)
            self.view.setWordWrap(False)
        else:
            self.view.setUniformRowHeights(True)
            self.view.setRootIsDecorated(False)
            self.view.setItemsExpandable(False)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)  # drawn in the muted colour
        self._empty_text = ""
        self._loaded = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)

        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        model.modelReset.connect(self._on_model_modelReset)

    def header(self) -> QHeaderView:
        view = self.view
        if isinstance(view, QTreeView):
            return view.header()
        if isinstance(view, QTableView):
            return view.horizontalHeader()
        raise TypeError("a panel shows a table or a tree")

    def add_button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        self.buttons.addWidget(button)
        return button

    def fit_columns(self, *widths: int) -> None:
        """Starting widths of all but the last column (which stretches)."""
        for column, width in enumerate(widths):
            self.header().resizeSection(column, width)

    def set_empty_text(self, text: str) -> None:
        """What an empty list says instead ("Nothing overdue"), shown once loaded."""
        self._empty_text = text
        if self._loaded:
            self.empty.setText(text)

    def show_note(self, text: str) -> None:
        """Say something in place of the list until the next load (loading, failed)."""
        self._loaded = False
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def _on_model_modelReset(self) -> None:
        self._loaded = True
        self.empty.setText(self._empty_text)
        # A tree always has its group rows; only a table can be empty.
        empty = isinstance(self.view, QTableView) and self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.view)
