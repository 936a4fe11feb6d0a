"""The sections of the main window: a list on the left, the chosen screen on the right.

A section is listed only when the signed-in role may use it; each screen is
built (and its module imported) the first time it is opened, so signing in
stays fast. The widget also routes "open this" requests between screens, so no
screen imports another.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QWidget,
)

from hrdesk.services.session import Actor, allows
from hrdesk.vocabulary import Permission
from ui import navigation, widgets
from ui.context import AppContext

if TYPE_CHECKING:  # (the sections are built, and imported, when first shown)
    from ui.requisitions.widget import RequisitionsWidget
    from ui.workbench.widget import WorkbenchWidget

log = logging.getLogger(__name__)


def _anyone(_actor: Actor) -> bool:
    return True


def _holding(*permissions: Permission) -> Callable[[Actor], bool]:
    return lambda actor: any(allows(actor, p) for p in permissions)


@dataclasses.dataclass(frozen=True)
class Section:
    key: str
    widget: str  # "module:Class", imported when the section is first opened
    may_use: Callable[[Actor], bool]
    icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileIcon


SECTIONS = (
    Section("workbench", "ui.workbench.widget:WorkbenchWidget", _anyone,
            QStyle.StandardPixmap.SP_ComputerIcon),
    Section("requisitions", "ui.requisitions.widget:RequisitionsWidget",
            _holding(Permission.SUBMIT_REQUISITIONS, Permission.APPROVE_REQUISITIONS),
            QStyle.StandardPixmap.SP_FileDialogDetailedView),
    Section("jobs", "ui.jobs.widget:JobsWidget",
            _holding(Permission.MANAGE_JOBS, Permission.APPROVE_REQUISITIONS),
            QStyle.StandardPixmap.SP_DirIcon),
    Section("board", "ui.board.widget:BoardWidget", _holding(Permission.VIEW_CANDIDATES),
            QStyle.StandardPixmap.SP_FileDialogListView),
    Section("candidates", "ui.candidates.section:CandidatesSection",
            _holding(Permission.VIEW_CANDIDATES), QStyle.StandardPixmap.SP_FileDialogContentsView),
    Section("admin", "ui.admin.widget:AdminWidget",
            _holding(Permission.MANAGE_USERS, Permission.MANAGE_ORGANISATION,
                     Permission.MANAGE_CHANNELS, Permission.MANAGE_PIPELINES),
            QStyle.StandardPixmap.SP_DriveHDIcon),
)

#: Where each kind of target is shown, and the method of that screen that shows it.
_ROUTES = {
    navigation.CANDIDATE: ("candidates", "open_candidate"),
    navigation.APPLICATION: ("candidates", "open_application"),
    navigation.JOB: ("board", "show_job"),
    navigation.REQUISITION: ("requisitions", "open_requisition"),
}


class SectionsWidget(widgets.Retranslating, QWidget):
    """Emits ``unreadChanged(int)`` with the workbench's count of unread notifications."""

    unreadChanged = Signal(int)

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        self._context = context
        self._session = session
        self._sections = [s for s in SECTIONS if s.may_use(session.actor)]
        self._built: dict[str, QWidget] = {}
        self._badges: dict[str, int] = {}
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setFixedWidth(150)
        self.pages = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section_list)
        layout.addWidget(self.pages, 1)
        for number, section in enumerate(self._sections, start=1):
            item = QListWidgetItem(self.section_list)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setIcon(self.style().standardIcon(section.icon))
            item.setSizeHint(QSize(0, 36))  # roomy rows, sized here so nothing overlaps
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.section_list.setCurrentRow(row))
        self.section_list.currentRowChanged.connect(self._on_sectionList_currentRowChanged)
        self._retranslate()
        self.section_list.setCurrentRow(0)

    def section_keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def page(self, key: str) -> QWidget:
        """The section's screen, built on first use."""
        if key not in self._built:
            section = next(s for s in self._sections if s.key == key)
            module_name, _, class_name = section.widget.partition(":")
            widget_class = getattr(importlib.import_module(module_name), class_name)
            widget = widget_class(self._context, self._session, parent=self)
            self._built[key] = widget
            self.pages.addWidget(widget)
            self._connect(key, widget)
        return self._built[key]

    def show_section(self, key: str) -> QWidget:
        self.section_list.setCurrentRow(self.section_keys().index(key))
        return self.page(key)

    def open(self, target: navigation.Target) -> None:
        """Show what ``target`` names in the section that shows that kind of thing."""
        key, method = _ROUTES[target.kind]
        if key not in self.section_keys():  # the role may not use that section: nothing to open
            log.info("no section for %s targets for this role", target.kind)
            return
        show = getattr(self.show_section(key), method)
        if target.kind == navigation.CANDIDATE:  # next/previous walk the list it came from
            show(target.id, target.siblings)
        else:
            show(target.id)

    def _connect(self, key: str, widget: QWidget) -> None:
        if hasattr(widget, "openRequested"):
            widget.openRequested.connect(self.open)
        if key == "workbench":
            cast("WorkbenchWidget", widget).unreadChanged.connect(
                self._on_workbench_unreadChanged)
        if key == "requisitions":
            cast("RequisitionsWidget", widget).pendingCountChanged.connect(
                lambda count: self._set_badge("requisitions", count))

    def _on_workbench_unreadChanged(self, count: int) -> None:
        self._set_badge("workbench", count)
        self.unreadChanged.emit(count)

    def _set_badge(self, key: str, count: int) -> None:
        self._badges[key] = count
        self._retranslate()

    def _on_sectionList_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        key = self.section_list.item(row).data(Qt.ItemDataRole.UserRole)
        built = key in self._built
        self.pages.setCurrentWidget(self.page(key))
        if built and key == "workbench":  # the navigator shows what is due now
            self.refresh_workbench()

    def current_job(self):
        """The job whose board is on screen (None elsewhere, or on "all my jobs")."""
        board = self._built.get("board")
        if board is None or self.pages.currentWidget() is not board:
            return None
        return board.presenter.job_id

    def refresh_workbench(self) -> None:
        if "workbench" in self._built:
            cast("WorkbenchWidget", self._built["workbench"]).refresh()

    def _retranslate(self) -> None:
        names = {"workbench": self.tr("Workbench"), "requisitions": self.tr("Requisitions"),
                 "jobs": self.tr("Jobs"), "board": self.tr("Pipeline board"),
                 "candidates": self.tr("Candidates"), "admin": self.tr("Administration")}
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            badge = self._badges.get(key, 0)
            item.setText(self.tr("{section} ({count})").format(section=names[key], count=badge)
                         if badge else names[key])
