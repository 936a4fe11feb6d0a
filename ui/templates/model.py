"""The stages of the template being edited (reorderable by drag), their problems, and
the entry actions of one stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hrdesk import errors
from hrdesk.dto.pipelines import StageSpec, TemplateSpec
from hrdesk.services import pipelines
from hrdesk.vocabulary import StageKind
from ui import terms

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
MIME = "application/x-hrdesk-stage-row"
PROBLEM = QColor("#c0392b")


def kind_name(code: str) -> str:
    return terms.said_as(StageKind, code)


def stage_problems(spec: TemplateSpec) -> dict[int, errors.InvalidStage]:
    """Every stage's first problem by row (``validate`` stops at the first of all)."""
    return pipelines.stage_problems(spec.stages)


class StageListModel(QAbstractListModel):
    """The stages in order; a stage with a problem is red with the reason as tooltip."""

    reordered = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._stages: list[StageSpec] = []
        self._problems: dict[int, str] = {}
        self.editable = True

    def set_stages(self, stages: Sequence[StageSpec]) -> None:
        self.beginResetModel()
        self._stages, self._problems = list(stages), {}
        self.endResetModel()

    def stages(self) -> tuple[StageSpec, ...]:
        return tuple(self._stages)

    def stage(self, row: int) -> StageSpec:
        return self._stages[row]

    def replace(self, row: int, stage: StageSpec) -> None:
        self._stages[row] = stage
        self.dataChanged.emit(self.index(row), self.index(row))

    def insert(self, row: int, stage: StageSpec) -> None:
        self.beginInsertRows(NO_PARENT, row, row)
        self._stages.insert(row, stage)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(NO_PARENT, row, row)
        del self._stages[row]
        self.endRemoveRows()

    def move(self, row: int, to: int) -> bool:
        """Put the stage of ``row`` at position ``to`` (0 … count-1)."""
        if row == to or not (0 <= row < len(self._stages) and 0 <= to < len(self._stages)):
            return False
        # Qt's destination is the row *before which* it lands, counted before the move.
        self.beginMoveRows(NO_PARENT, row, row, NO_PARENT, to + 1 if to > row else to)
        self._stages.insert(to, self._stages.pop(row))
        self.endMoveRows()
        self.reordered.emit()
        return True

    def set_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        if self._stages:
            self.dataChanged.emit(self.index(0), self.index(len(self._stages) - 1))

    def problem(self, row: int) -> str | None:
        return self._problems.get(row)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        row, stage = index.row(), self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{stage.name or '…'} · {kind_name(stage.kind)}"
            return f"⚠ {text}" if row in self._problems else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get(row)
        if role == Qt.ItemDataRole.ForegroundRole and row in self._problems:
            return QBrush(PROBLEM)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the space between and after rows takes drops
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.editable else flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self.editable and data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME).data()).decode())
        # Dropped on an item (row -1, parent valid): before it; on empty space: at the end.
        before = parent.row() if row < 0 and parent.isValid() else row
        if before < 0:
            before = len(self._stages)
        self.move(source, before - 1 if before > source else before)
        return False  # the move is done; the view must not remove the source row


class TemplateListModel(QAbstractListModel):
    """The templates by name; an inactive one says so."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._templates: list[Any] = []

    def set_templates(self, found: Sequence[Any]) -> None:
        self.beginResetModel()
        self._templates = list(found)
        self.endResetModel()

    def template(self, row: int):
        return self._templates[row]

    def row_of(self, template_id) -> int:
        return next((i for i, t in enumerate(self._templates) if t.id == template_id), -1)

    def names(self) -> set[str]:
        return {t.name for t in self._templates}

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            template = self._templates[index.row()]
            stages = QCoreApplication.translate("TemplateList", "{count} stages").format(
                count=len(template.stages))
            return f"{template.name} ({stages})"
        return None


class ActionTableModel(QAbstractTableModel):
    """Entry actions of one stage: type, recipient, and the title (or form name)."""

    TYPE, TO, TEXT = range(3)
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actions: list[dict[str, Any]] = []
        self.editable = True

    def set_actions(self, actions: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._actions = [dict(a) for a in actions]
        self.endResetModel()

    def actions(self) -> tuple[dict[str, Any], ...]:
        return tuple(dict(a) for a in self._actions)

    def add(self, action: dict[str, Any]) -> int:
        row = len(self._actions)
        self.beginInsertRows(NO_PARENT, row, row)
        self._actions.append(dict(action))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._actions):
            self.beginRemoveRows(NO_PARENT, row, row)
            del self._actions[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("EntryActions", "Action"), QCoreApplication.translate("EntryActions", "For"),
                QCoreApplication.translate("EntryActions", "Title or form"))[section]

    def _key(self, row: int, column: int) -> str:
        if column == self.TYPE:
            return "type"
        if column == self.TO:
            return "to"
        return "form" if self._actions[row].get("type") == "form" else "title"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        value = str(action.get(self._key(index.row(), index.column()),
                               "owner" if index.column() == self.TO else ""))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TYPE:
                return action_name(value)
            if index.column() == self.TO:
                return person_name(value)
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or not self.editable:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        action = self._actions[index.row()]
        text = str(value).strip()
        if index.column() == self.TYPE and text != action.get("type"):
            # Title and form name are different fields: carry the text over.
            carried = str(action.pop("form", "") or action.pop("title", ""))
            action["type"] = text
            action["form" if text == "form" else "title"] = carried
        else:
            action[self._key(index.row(), index.column())] = text
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        self.edited.emit()
        return True


def action_name(code: str) -> str:
    return {"task": QCoreApplication.translate("EntryActions", "Create a task"),
            "notify": QCoreApplication.translate("EntryActions", "Send a notice"),
            "form": QCoreApplication.translate("EntryActions", "Ask for a form")}.get(code, code)


def person_name(code: str) -> str:
    return {"owner": QCoreApplication.translate("EntryActions", "Stage owner"),
            "recruiter": QCoreApplication.translate("EntryActions", "Recruiter"),
            "hiring_manager": QCoreApplication.translate("EntryActions", "Hiring manager"),
            "interviewers": QCoreApplication.translate("EntryActions", "Interviewers")}.get(code, code)


def new_key(kind: str, stages: Sequence[StageSpec]) -> str:
    """A stage key not used yet: the kind, then kind_2, kind_3 …"""
    used = {s.key for s in stages}
    key, number = kind, 1
    while key in used:
        number += 1
        key = f"{kind}_{number}"
    return key


def free_name(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted 2``, ``wanted 3`` … whichever is not taken yet."""
    name, number = wanted, 1
    while name in taken:
        number += 1
        name = f"{wanted} {number}"
    return name
