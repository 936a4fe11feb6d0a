"""One stage column of the board: its header, SLA colour and card list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.boards import Column
from ui.board import model as board_model
from ui.board.delegate import CardDelegate

COLUMN_WIDTH = 236
FOLDED_WIDTH = 132
SLA_COLOURS = {"ok": "#34a853", "warning": "#f9ab00", "overdue": "#d93025"}


def sla_state(column: Column) -> str:
    """Red when a card is overdue, amber when one has used three quarters of the SLA."""
    if any(c.overdue for c in column.cards):
        return "overdue"
    amount, _, unit = column.sla.partition(" ")
    limit = float(amount) if unit == "days" and amount.isdigit() else None
    if limit and any(c.working_days_in_stage >= 0.75 * limit for c in column.cards):
        return "warning"
    return "ok"


class ColumnFrame(QFrame):
    """One stage (or, foldable, one kind of closed application): header, SLA strip, cards."""

    def __init__(self, stage_id: uuid.UUID | None, delegate: CardDelegate,
                 foldable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = board_model.CardListModel(stage_id, self)
        self.title = QLabel(self)
        self.title.setObjectName("boardColumnTitle")
        self.sla_label = QLabel(self)
        self.sla_label.setObjectName("boardColumnSla")
        self.strip = QFrame(self)
        self.strip.setFixedHeight(4)
        self._foldable = foldable
        self.fold_button = QToolButton(self)
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.setVisible(foldable)
        self.fold_button.toggled.connect(self._on_foldButton_toggled)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)  # two thousand cards lay out without measuring
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if stage_id is not None:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.view.setDropIndicatorShown(False)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.fold_button)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.sla_label)
        layout.addWidget(self.strip)
        layout.addWidget(self.view, 1)
        # Takes the view's place when folded, so the header stays at the top.
        self._filler = QWidget(self)
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self._filler, 1)
        self.title.setWordWrap(True)
        self.sla_label.setWordWrap(True)
        self.set_folded(foldable)

    def set_sla_state(self, state: str) -> None:
        self.strip.setStyleSheet(f"background: {SLA_COLOURS[state]}; border: none;")
        self.strip.setProperty("slaState", state)

    def set_folded(self, folded: bool) -> None:
        self.fold_button.setChecked(folded)
        self._on_foldButton_toggled(folded)

    def is_folded(self) -> bool:
        return self._foldable and self.fold_button.isChecked()

    def _on_foldButton_toggled(self, folded: bool) -> None:
        foldable = self._foldable
        folded = folded and foldable
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if folded
                                      else Qt.ArrowType.DownArrow)
        self.view.setVisible(not folded)
        self._filler.setVisible(folded)
        self.sla_label.setVisible(not foldable)
        self.strip.setVisible(not foldable)
        self.setFixedWidth(FOLDED_WIDTH if folded else COLUMN_WIDTH)
