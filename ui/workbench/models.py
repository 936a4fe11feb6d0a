"""Item models of the workbench's panels, over the core's DTOs.

Every panel is a short list (the core caps them), so each model is reset with
its new rows; a model also says which ``navigation.Target`` a row opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hrdesk.services import workbench
from hrdesk.services.notifications import NotificationInfo
from hrdesk.services.requisitions import RequisitionInfo
from hrdesk.services.tasks import MyTasks, TaskInfo
from hrdesk.vocabulary import TimelineKind
from ui import navigation, terms, when

_Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1  # the row's DTO
OVERDUE_COLOUR = QColor("#d93025")





def target_of(kind: str | None, record_id, siblings=()) -> navigation.Target | None:
    return navigation.Target(kind, record_id, tuple(siblings)) if kind and record_id else None


class Column:
    """A table column: its header and how a row shows in it."""

    def __init__(self, header: Callable[[], str], text: Callable[[Any], str],
                 tooltip: Callable[[Any], str] | None = None) -> None:
        self.header, self.text, self.tooltip = header, text, tooltip


class RowsModel(QAbstractTableModel):
    """A table of DTOs; subclasses give the columns and what a row opens."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self.columns = self._columns()

    def _columns(self) -> list[Column]:
        raise NotImplementedError

    def target(self, row: int) -> navigation.Target | None:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def item(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == ItemRole:
            return row
        return self._style(row, role)

    def _style(self, row: Any, role: int) -> object:
        return None

    def retranslate(self) -> None:
        """Headers and texts depend on the language: ask the views to fetch them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))


class ApprovalsModel(RowsModel):
    def _columns(self) -> list[Column]:
        def position(r: RequisitionInfo) -> str:
            return QCoreApplication.translate("Workbench", "{title} × {count}").format(title=r.draft.position_title,
                                                  count=r.draft.headcount)
        return [Column(lambda: QCoreApplication.translate("Workbench", "Number"), lambda r: r.number),
                Column(lambda: QCoreApplication.translate("Workbench", "Position"), position),
                Column(lambda: QCoreApplication.translate("Workbench", "Department"), lambda r: r.department_name),
                Column(lambda: QCoreApplication.translate("Workbench", "Requested by"), lambda r: r.requested_by_name),
                Column(lambda: QCoreApplication.translate("Workbench", "Submitted"), lambda r: when.moment(r.submitted_at))]

    def target(self, row: int) -> navigation.Target | None:
        ids = [r.id for r in self._rows]
        return target_of(navigation.REQUISITION, ids[row], ids)


class InboxModel(RowsModel):
    """Notices, newest first; unread ones bold."""

    def _columns(self) -> list[Column]:
        return [Column(lambda: QCoreApplication.translate("Workbench", "Received"), lambda n: when.moment(n.notification.at)),
                Column(lambda: QCoreApplication.translate("Workbench", "Notice"),
                       lambda n: terms.said(n.notification.title),
                       lambda n: "\n".join(filter(None, (terms.said(n.notification.title),
                                                         terms.said(n.notification.body)))))]

    def notice(self, row: int) -> NotificationInfo:
        return self._rows[row].notification

    def target(self, row: int) -> navigation.Target | None:
        notice: workbench.Notice = self._rows[row]
        same = [n.target_id for n in self._rows if n.target_kind == notice.target_kind]
        return target_of(notice.target_kind, notice.target_id, same)

    def _style(self, row: workbench.Notice, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and not row.notification.read:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def unread_ids(self, rows: Sequence[int] | None = None) -> list:
        chosen = range(len(self._rows)) if rows is None else rows
        return [self._rows[r].notification.id for r in chosen
                if not self._rows[r].notification.read]


class StalledModel(RowsModel):
    """One row per job and stage with hires past the SLA; the row opens the worst one."""

    def _columns(self) -> list[Column]:
        return [Column(lambda: QCoreApplication.translate("Workbench", "Job"), lambda s: s.job_title,
                       lambda s: f"{s.job_code} {s.job_title}"),
                Column(lambda: QCoreApplication.translate("Workbench", "Stage"), lambda s: s.stage_name),
                Column(lambda: QCoreApplication.translate("Workbench", "Overdue"), lambda s: QLocale().toString(s.count)),
                Column(lambda: QCoreApplication.translate("Workbench", "Waiting longest"), lambda s: s.worst.candidate_name),
                Column(lambda: QCoreApplication.translate("Workbench", "Overdue by"), lambda s: overdue_text(s.worst.overdue_days))]

    def target(self, row: int) -> navigation.Target | None:
        ids = [s.worst.application_id for s in self._rows]
        return target_of(navigation.APPLICATION, ids[row], ids)


def overdue_text(days: float) -> str:
    if days < 1:
        return QCoreApplication.translate("Workbench", "under a working day")
    return QCoreApplication.translate("Workbench", "{days} working days").format(days=QLocale().toString(days, "f", 1))


class ActivityModel(RowsModel):
    def _columns(self) -> list[Column]:
        return [Column(lambda: QCoreApplication.translate("Workbench", "When"), lambda a: when.moment(a.at)),
                Column(lambda: QCoreApplication.translate("Workbench", "Who"), lambda a: a.actor_name),
                Column(lambda: QCoreApplication.translate("Workbench", "What"), describe_activity,
                       lambda a: "\n".join(filter(None, (describe_activity(a), a.comment)))),
                Column(lambda: QCoreApplication.translate("Workbench", "About"), about_text)]

    def target(self, row: int) -> navigation.Target | None:
        kind, record_id = activity_target(self._rows[row])
        same = [activity_target(a)[1] for a in self._rows if activity_target(a)[0] == kind]
        return target_of(kind, record_id, list(dict.fromkeys(same)))


def activity_target(a: workbench.Activity) -> tuple[str | None, Any]:
    if a.application_id:
        return navigation.APPLICATION, a.application_id
    if a.candidate_id:
        return navigation.CANDIDATE, a.candidate_id
    if a.requisition_id:
        return navigation.REQUISITION, a.requisition_id
    if a.job_id:
        return navigation.JOB, a.job_id
    return None, None


def about_text(a: workbench.Activity) -> str:
    parts = [a.candidate_name, a.job_title, a.requisition_number]
    return " · ".join(p for p in parts if p)


def describe_activity(a: workbench.Activity) -> str:
    """The event in a few words; a kind without its own phrase here by its name."""
    stage = a.to_stage or ""
    phrases = {
        "created": QCoreApplication.translate("Workbench", "added the candidate"),
        "updated": QCoreApplication.translate("Workbench", "edited the candidate"),
        "tags_changed": QCoreApplication.translate("Workbench", "changed tags"),
        "merged": QCoreApplication.translate("Workbench", "merged duplicates"),
        "attachment_added": QCoreApplication.translate("Workbench", "attached a file"),
        "attachment_removed": QCoreApplication.translate("Workbench", "removed a file"),
        "applied": QCoreApplication.translate("Workbench", "added an application"),
        "advanced": QCoreApplication.translate("Workbench", "moved to {stage}").format(stage=stage),
        "skipped": QCoreApplication.translate("Workbench", "skipped to {stage}").format(stage=stage),
        "moved_back": QCoreApplication.translate("Workbench", "moved back to {stage}").format(stage=stage),
        "moved": QCoreApplication.translate("Workbench", "moved to {stage}").format(stage=stage),
        "hired": QCoreApplication.translate("Workbench", "hired"),
        "rejected": QCoreApplication.translate("Workbench", "rejected"),
        "withdrawn": QCoreApplication.translate("Workbench", "marked withdrawn"),
        "on_hold": QCoreApplication.translate("Workbench", "put on hold"),
        "reactivated": QCoreApplication.translate("Workbench", "reactivated"),
        "shortlisted": QCoreApplication.translate("Workbench", "shortlisted"),
        "unshortlisted": QCoreApplication.translate("Workbench", "removed from the shortlist"),
        "interviewers_assigned": QCoreApplication.translate("Workbench", "assigned interviewers"),
        "task_done": QCoreApplication.translate("Workbench", "completed a task"),
        "escalated": QCoreApplication.translate("Workbench", "escalation of an overdue task"),
        "job_opened": QCoreApplication.translate("Workbench", "opened the job"),
        "job_headcount_added": QCoreApplication.translate("Workbench", "added headcount"),
        "requisition_created": QCoreApplication.translate("Workbench", "drafted a requisition"),
        "requisition_updated": QCoreApplication.translate("Workbench", "edited a requisition"),
        "requisition_submitted": QCoreApplication.translate("Workbench", "submitted a requisition"),
        "requisition_cancelled": QCoreApplication.translate("Workbench", "cancelled a requisition"),
        "requisition_approved": QCoreApplication.translate("Workbench", "requisition approved"),
        "requisition_step_approved": QCoreApplication.translate("Workbench", "approved a requisition step"),
        "requisition_step_rejected": QCoreApplication.translate("Workbench", "rejected a requisition"),
        "requisition_step_returned": QCoreApplication.translate("Workbench", "returned a requisition for changes"),
        "requisition_step_skipped": QCoreApplication.translate("Workbench", "approval step skipped"),
    }
    return phrases.get(a.kind) or terms.said_as(TimelineKind, a.kind)


# --- my tasks: three groups ---------------------------------------------------------------

_GROUP = 0xFFFF_FFFF  # internal id of a group row; a task row carries its group's number


class TasksModel(QAbstractItemModel):
    """Overdue, due today, upcoming: three group rows, each with its tasks (or a line
    saying there are none, so an empty group still tells the user something)."""

    GROUPS = ("overdue", "due_today", "upcoming")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[tuple[TaskInfo, ...], ...] = ((), (), ())

    def set_tasks(self, tasks: MyTasks) -> None:
        self.beginResetModel()
        self._groups = (tasks.overdue, tasks.due_today, tasks.upcoming)
        self.endResetModel()

    def group_titles(self) -> tuple[str, str, str]:
        return QCoreApplication.translate("Workbench", "Overdue"), QCoreApplication.translate("Workbench", "Due today"), QCoreApplication.translate("Workbench", "Upcoming")

    def empty_texts(self) -> tuple[str, str, str]:
        return (QCoreApplication.translate("Workbench", "Nothing overdue"), QCoreApplication.translate("Workbench", "Nothing else due today"),
                QCoreApplication.translate("Workbench", "Nothing scheduled later"))

    def task(self, index: _Index) -> TaskInfo | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        tasks = self._groups[index.internalId()]
        return tasks[index.row()] if index.row() < len(tasks) else None

    def all_tasks(self) -> list[TaskInfo]:
        return [t for group in self._groups for t in group]

    def group_index(self, group: int) -> QModelIndex:
        return self.index(group, 0)

    def target(self, index: _Index) -> navigation.Target | None:
        task = self.task(index)
        if task is None:
            return None
        kind, record_id = workbench.task_target(task.application_id, task.requisition_id,
                                                task.job_id)
        same = [workbench.task_target(t.application_id, t.requisition_id, t.job_id)
                for t in self.all_tasks()]
        return target_of(kind, record_id, list(dict.fromkeys(i for k, i in same if k == kind)))

    # --- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return max(1, len(self._groups[parent.row()]))  # the "nothing" line
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("Workbench", "Task"), QCoreApplication.translate("Workbench", "Due"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        if self.task(index) is None:
            return Qt.ItemFlag.NoItemFlags  # the "nothing" line: shown, not selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        task = self.task(index)
        if task is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.empty_texts()[index.internalId()]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return terms.said(task.title) if index.column() == 0 else when.moment(task.due_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return terms.said(task.title)
        if role == Qt.ItemDataRole.ForegroundRole and task.overdue and index.column() == 1:
            return QBrush(OVERDUE_COLOUR)
        if role == ItemRole:
            return task
        return None

    def _group_data(self, index: _Index, role: int) -> object:
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(self._groups[index.row()])
            return QCoreApplication.translate("Workbench", "{group} ({count})").format(group=self.group_titles()[index.row()],
                                                   count=count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() == 0 and self._groups[0]:
            return QBrush(OVERDUE_COLOUR)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.beginResetModel()
        self.endResetModel()
