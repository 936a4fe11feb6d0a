"""The Admin section: one tab per area the signed-in role may manage.

A tab exists only when the actor holds its permission (the services still check).
Keyboard: Ctrl+N starts something new in the current tab, F5 reloads it; Del on a
list deactivates or removes its selected row where that means something.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui import widgets
from ui.admin import presenter as admin_presenter
from ui.admin.calendar import CalendarTab
from ui.admin.channels import ChannelsTab
from ui.admin.maintenance import MaintenanceTab
from ui.admin.organisation import OrganisationTab
from ui.admin.users import UsersTab
from ui.context import AppContext

USERS, ORGANISATION, CHANNELS, TEMPLATES, CALENDAR, MAINTENANCE = (
    "users", "organisation", "channels", "templates", "calendar", "maintenance")


def _template_editor(context: AppContext, session, parent: QWidget) -> QWidget:
    from ui.templates.widget import TemplateEditorWidget  # a screen of its own package

    return TemplateEditorWidget(context, session, parent=parent)


@dataclasses.dataclass
class _Tab:
    key: str
    widget: QWidget
    title: Callable[[], str]


class AdminWidget(widgets.Retranslating, QWidget):
    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminWidget")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._tabs: list[_Tab] = []
        actor = session.actor
        # (key, permission, tab factory, title): built only for what the role may use.
        areas = (
            (USERS, Permission.MANAGE_USERS, lambda: UsersTab(
                admin_presenter.UsersPresenter(context, session, self), self),
             lambda: self.tr("Users")),
            (ORGANISATION, Permission.MANAGE_ORGANISATION, lambda: OrganisationTab(
                admin_presenter.OrganisationPresenter(context, session, self), self),
             lambda: self.tr("Sites and departments")),
            (CHANNELS, Permission.MANAGE_CHANNELS, lambda: ChannelsTab(
                admin_presenter.ChannelsPresenter(context, session, self), self),
             lambda: self.tr("Channels")),
            (TEMPLATES, Permission.MANAGE_PIPELINES, lambda: _template_editor(context, session, self),
             lambda: self.tr("Pipeline templates")),
            (CALENDAR, Permission.MANAGE_ORGANISATION, lambda: CalendarTab(
                admin_presenter.CalendarPresenter(context, session, self), self),
             lambda: self.tr("Working calendar")),
            (MAINTENANCE, Permission.BACKUP, lambda: MaintenanceTab(
                admin_presenter.MaintenancePresenter(context, session, self), self),
             lambda: self.tr("Backups and audit")),
        )
        for key, permission, build, title in areas:
            if allows(actor, permission):
                self.add_tab(key, build(), title)
        self._shortcut(QKeySequence.StandardKey.New, self._on_newAction_triggered)
        self._shortcut("F5", self._on_reloadAction_triggered)

    def _shortcut(self, keys, slot) -> None:
        widgets.shortcut(self, keys, slot)

    # --- public --------------------------------------------------------------------------

    def add_tab(self, key: str, widget: QWidget, title: Callable[[], str]) -> None:
        """Add a tab (e.g. the pipeline template editor); ``title`` is asked again on a
        language switch, so pass something that calls ``tr()`` each time."""
        self._tabs.append(_Tab(key, widget, title))
        self.tabs.addTab(widget, title())

    def tab_keys(self) -> list[str]:
        """The areas this role sees; empty means the section has nothing to show."""
        return [tab.key for tab in self._tabs]

    def tab(self, key: str) -> QWidget | None:
        return next((tab.widget for tab in self._tabs if tab.key == key), None)

    def show_tab(self, key: str) -> bool:
        widget = self.tab(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        return widget is not None

    # --- keyboard ------------------------------------------------------------------------

    def _on_newAction_triggered(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "new_item"):
            current.new_item()

    def _on_reloadAction_triggered(self) -> None:
        current = self.tabs.currentWidget()
        reload = getattr(current, "reload", None) or getattr(current, "refresh", None)
        if reload is not None:
            reload()

    def _retranslate(self) -> None:
        for tab in self._tabs:
            self.tabs.setTabText(self.tabs.indexOf(tab.widget), tab.title())

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
