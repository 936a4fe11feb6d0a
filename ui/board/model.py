"""The cards of one board column as a list model over ``boards.Card`` DTOs.

Filtering is plain Python over the DTO tuple followed by a model reset: a board
holds a few thousand cards at most, and a reset keeps the view's uniform-size
fast path intact (a proxy model would add nothing but indirection).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hrdesk.services.boards import Card

#: Drag payload: a JSON list of {"id", "version", "from"} (from: the source stage or "").
MIME_TYPE = "application/x-hrdesk-board-cards"

_Index = QModelIndex | QPersistentModelIndex


class CardRole(IntEnum):
    Card = Qt.ItemDataRole.UserRole + 1
    ApplicationId = Qt.ItemDataRole.UserRole + 2
    CandidateId = Qt.ItemDataRole.UserRole + 3
    Name = Qt.ItemDataRole.UserRole + 4
    Education = Qt.ItemDataRole.UserRole + 5
    YearsExperience = Qt.ItemDataRole.UserRole + 6
    Channel = Qt.ItemDataRole.UserRole + 7
    Status = Qt.ItemDataRole.UserRole + 8
    Priority = Qt.ItemDataRole.UserRole + 9
    Tags = Qt.ItemDataRole.UserRole + 10
    WorkingDaysInStage = Qt.ItemDataRole.UserRole + 11
    Overdue = Qt.ItemDataRole.UserRole + 12
    Version = Qt.ItemDataRole.UserRole + 13


_FIELDS: dict[int, str] = {  # keyed by CardRole, looked up by the int Qt passes
    CardRole.ApplicationId: "application_id",
    CardRole.CandidateId: "candidate_id",
    CardRole.Name: "name",
    CardRole.Education: "education",
    CardRole.YearsExperience: "years_experience",
    CardRole.Channel: "channel",
    CardRole.Status: "status",
    CardRole.Priority: "priority",
    CardRole.Tags: "tags",
    CardRole.WorkingDaysInStage: "working_days_in_stage",
    CardRole.Overdue: "overdue",
    CardRole.Version: "version",
}


def matches(card: Card, text: str, overdue_only: bool = False) -> bool:
    """Every word of ``text`` is in the name, a tag, the channel or the education."""
    if overdue_only and not card.overdue:
        return False
    words = text.casefold().split()
    if not words:
        return True
    haystack = " ".join((card.name, card.channel or "", card.education or "", *card.tags))
    haystack = haystack.casefold()
    return all(word.lstrip("#") in haystack for word in words)


def encode_cards(cards: Iterable[Card], from_stage: uuid.UUID | None) -> QMimeData:
    payload = [{"id": str(c.application_id), "version": c.version,
                "from": str(from_stage) if from_stage else ""} for c in cards]
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    return mime


def decode_cards(mime: QMimeData) -> list[tuple[uuid.UUID, int, uuid.UUID | None]]:
    """(application id, version, source stage) of each dragged card; [] if not ours."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        return [(uuid.UUID(item["id"]), int(item["version"]),
                 uuid.UUID(item["from"]) if item["from"] else None) for item in payload]
    except (ValueError, KeyError, TypeError):
        return []


class CardListModel(QAbstractListModel):
    """One column. ``stage_id`` None: a folded column of closed applications (no drag, no drop).

    A drop does not insert rows: it emits ``cardsDropped`` and refuses the drop, so
    the source keeps its card until the reload after the service said yes.
    """

    cardsDropped = Signal(object, object)  # target stage id, [(application id, version)]

    def __init__(self, stage_id: uuid.UUID | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._cards: tuple[Card, ...] = ()

    # --- content ---------------------------------------------------------------------

    def set_cards(self, cards: Sequence[Card]) -> None:
        self.beginResetModel()
        self._cards = tuple(cards)
        self.endResetModel()

    def cards(self) -> tuple[Card, ...]:
        return self._cards

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, application_id: uuid.UUID) -> int:
        for row, card in enumerate(self._cards):
            if card.application_id == application_id:
                return row
        return -1

    # --- QAbstractItemModel ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(filter(None, (card.name, card.channel, " ".join(card.tags))))
        if role == CardRole.Card:
            return card
        field = _FIELDS.get(role)
        return getattr(card, field) if field else None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[CardRole.Card] = QByteArray(b"card")
        for role, field in _FIELDS.items():
            names[role] = QByteArray(field.encode("ascii"))
        return names

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.stage_id else base
        return base | Qt.ItemFlag.ItemIsDragEnabled if self.stage_id else base

    # --- drag and drop ---------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards((self._cards[r] for r in rows), self.stage_id)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        if self.stage_id is None or action not in (Qt.DropAction.MoveAction,
                                                    Qt.DropAction.CopyAction):
            return False
        cards = decode_cards(data)
        return bool(cards) and any(source != self.stage_id for _, _, source in cards)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = [(app_id, version) for app_id, version, source in decode_cards(data)
                  if source != self.stage_id]
        self.cardsDropped.emit(self.stage_id, moving)
        # Nothing is inserted here: the reload after the move shows where the card is.
        return False
