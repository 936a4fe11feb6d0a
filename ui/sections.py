"""The sections of the main window: a list on the left, the chosen screen on the right.

A section is listed only when its screen works and the signed-in role may use
it; each screen is built the first time it is opened, so signing in stays fast.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ui import widgets
from ui.context import AppContext
from ui.welcome_panel import WelcomePanel

BOARD_ROLES = ("hr", "manager", "interviewer", "executive")


class SectionsWidget(widgets.Retranslating, QWidget):
    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        self._context = context
        self._session = session
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setFixedWidth(150)
        self.pages = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section_list)
        layout.addWidget(self.pages, 1)
        self._factories: dict[str, Callable[[], QWidget]] = {
            "home": lambda: WelcomePanel(session, self)}
        if any(role in session.actor.roles for role in BOARD_ROLES):
            self._factories["board"] = self._make_board
        self._built: dict[str, QWidget] = {}
        for number, key in enumerate(self._factories, start=1):
            item = QListWidgetItem(self.section_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))  # roomy rows, sized here so nothing overlaps
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.section_list.setCurrentRow(row))
        self.section_list.currentRowChanged.connect(self._on_sectionList_currentRowChanged)
        self._retranslate()
        self.section_list.setCurrentRow(0)

    def _make_board(self) -> QWidget:
        from ui.board.widget import BoardWidget  # the board's modules load when first used

        return BoardWidget(self._context, self._session, parent=self)

    def page(self, key: str) -> QWidget:
        """The section's screen, built on first use."""
        if key not in self._built:
            widget = self._factories[key]()
            self._built[key] = widget
            self.pages.addWidget(widget)
        return self._built[key]

    def show_section(self, key: str) -> QWidget:
        row = list(self._factories).index(key)
        self.section_list.setCurrentRow(row)
        return self.page(key)

    def _on_sectionList_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        key = self.section_list.item(row).data(Qt.ItemDataRole.UserRole)
        self.pages.setCurrentWidget(self.page(key))

    def _retranslate(self) -> None:
        names = {"home": self.tr("Home"), "board": self.tr("Pipeline board")}
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
