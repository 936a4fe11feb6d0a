"""The workbench (the navigator): the home screen every role lands on after signing in.

My tasks, pending approvals, the inbox, stalled hires and recent activity, in
two columns of resizable panels. Layout and signal wiring only: the presenter
talks to the core, the models hold the rows. Every row opens what it is about
through ``openRequested(Target)``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds
from hrdesk.changes import ChangeSet
from hrdesk.services import workbench
from hrdesk.vocabulary import TaskStatus
from ui import terms, widgets
from ui.context import AppContext
from ui.live_refresh import RefreshWhenChanged
from ui.workbench import models
from ui.workbench.panel import Panel
from ui.workbench.presenter import WorkbenchPresenter

#: Preferences names of the splitters' states (stored like window geometry).
SPLITTERS = ("workbench/columns", "workbench/left", "workbench/right")
_DEFAULT_SIZES = ((560, 806), (400, 290), (220, 220, 250))


class WorkbenchWidget(widgets.Retranslating, QWidget):
    """``openRequested(Target)``: open a row's record; ``unreadChanged(int)``: the
    number of unread notices, whenever it is known anew."""

    openRequested = Signal(object)
    unreadChanged = Signal(int)

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbenchWidget")
        self._preferences = context.preferences
        self._session = session
        self.presenter = WorkbenchPresenter(context, session, self)
        self.overview: workbench.Overview | None = None
        self._build()
        self._build_shortcuts()
        self._restore_splitters()
        self.presenter.loaded.connect(self._on_presenter_loaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.inboxLoaded.connect(self._on_presenter_inboxLoaded)
        self.presenter.unreadChanged.connect(self._on_presenter_unreadChanged)
        self.presenter.taskCompleted.connect(self._on_presenter_taskCompleted)
        self.presenter.refused.connect(self._on_presenter_refused)
        # The presenter's load, not ``refresh``: a message about the user's last action stays.
        self.live = RefreshWhenChanged(context.changes, self, _shown_on_workbench,
                                       self.presenter.load)
        self._retranslate()
        for panel in self.panels():
            panel.show_note(self.tr("Loading…"))
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("workbenchHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.company = QLabel(self._session.company_name, self)
        self.company.setObjectName("workbenchCompany")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("workbenchRefresh")
        self.message = widgets.MessageLabel(self, "workbenchMessage")
        self.busy = widgets.busy_bar(self)

        self.tasks = Panel("tasks", models.TasksModel(self), tree=True, parent=self)
        self.done_button = self.tasks.add_button("taskDoneButton")
        header = self.tasks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.approvals = Panel("approvals", models.ApprovalsModel(self), parent=self)
        self.approvals.fit_columns(85, 100, 75, 75)  # the submitted time fits at 1366×768
        self.inbox = Panel("inbox", models.InboxModel(self), parent=self)
        self.inbox.fit_columns(130)
        self.mark_read_button = self.inbox.add_button("markReadButton")
        self.mark_all_button = self.inbox.add_button("markAllReadButton")
        self.stalled = Panel("stalled", models.StalledModel(self), parent=self)
        self.stalled.fit_columns(150, 110, 70, 120)
        self.activity = Panel("activity", models.ActivityModel(self), parent=self)
        self.activity.fit_columns(130, 140, 220)

        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("workbenchLeft")
        self.left.addWidget(self.tasks)
        self.left.addWidget(self.approvals)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("workbenchRight")
        for panel in (self.inbox, self.stalled, self.activity):
            self.right.addWidget(panel)
        self.columns = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns.setObjectName("workbenchColumns")
        self.columns.addWidget(self.left)
        self.columns.addWidget(self.right)
        for splitter in self.splitters():
            splitter.setChildrenCollapsible(False)
            splitter.splitterMoved.connect(self._on_splitter_splitterMoved)

        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(12)
        bar.addWidget(self.company, 1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.columns, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.done_button.clicked.connect(self._on_doneButton_clicked)
        self.mark_read_button.clicked.connect(self._on_markReadButton_clicked)
        self.mark_all_button.clicked.connect(self._on_markAllReadButton_clicked)
        for panel in self.panels():
            panel.view.activated.connect(
                lambda index, p=panel: self._on_panelView_activated(p, index))
            panel.view.selectionModel().selectionChanged.connect(
                self._on_panelView_selectionChanged)
        tree = self.tasks.view
        if isinstance(tree, QTreeView):  # (the tasks panel is one: grouped by due date)
            self.tasks.model.modelReset.connect(tree.expandAll)

    def _build_shortcuts(self) -> None:
        self.refresh_action = widgets.shortcut(self, QKeySequence.StandardKey.Refresh,
                                               self.refresh)
        self.done_action = widgets.shortcut(self.tasks.view, "Ctrl+D", self._on_doneButton_clicked)

    def panels(self) -> tuple[Panel, ...]:
        return self.tasks, self.approvals, self.inbox, self.stalled, self.activity

    def splitters(self) -> tuple[QSplitter, ...]:
        return self.columns, self.left, self.right

    def _restore_splitters(self) -> None:
        for name, splitter, sizes in zip(SPLITTERS, self.splitters(), _DEFAULT_SIZES,
                                         strict=True):
            state = self._preferences.geometry(name)
            if state is None or not splitter.restoreState(state):
                splitter.setSizes(list(sizes))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome, {name}").format(
            name=self._session.actor.display_name))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load everything again (F5)"))
        self.done_button.setText(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected task done (Ctrl+D)"))
        self.mark_read_button.setText(self.tr("Mark read"))
        self.mark_all_button.setText(self.tr("Mark all read"))
        self.approvals.set_empty_text(self.tr("No requisitions are waiting for your decision."))
        self.inbox.set_empty_text(self.tr(
            "No notices. Reminders, escalations and approval requests arrive here."))
        self.stalled.set_empty_text(self.tr(
            "Nothing overdue: every hire in your scope is within its stage's time limit."))
        self.activity.set_empty_text(self.tr("No activity in your scope yet."))
        for panel in self.panels():
            panel.model.retranslate()
        self._update_titles()

    def _update_titles(self) -> None:
        seen = self.overview
        tasks = seen.tasks if seen else None
        self.tasks.title.setText(self.tr("My tasks") if tasks is None else self.tr(
            "My tasks: {overdue} overdue, {today} due today").format(
                overdue=len(tasks.overdue), today=len(tasks.due_today)))
        self.approvals.title.setText(self.tr("Pending approvals ({count})").format(
            count=self.approvals.model.rowCount()))
        unread = len(self.inbox.model.unread_ids())
        self.inbox.title.setText(self.tr("Inbox ({count} unread)").format(count=unread)
                                 if unread else self.tr("Inbox"))
        self.stalled.title.setText(self.tr("Stalled hires ({count})").format(
            count=sum(s.count for s in self.stalled.model.rows())))
        self.activity.title.setText(self.tr("Recent activity"))
        self._update_actions()

    def _update_actions(self) -> None:
        task = self._selected_task()
        self.done_button.setEnabled(task is not None and task.status == TaskStatus.OPEN)
        self.done_action.setEnabled(self.done_button.isEnabled())
        inbox = self.inbox.model
        rows = [i.row() for i in self.inbox.view.selectionModel().selectedRows()]
        self.mark_read_button.setEnabled(bool(inbox.unread_ids(rows)))
        self.mark_all_button.setEnabled(bool(inbox.unread_ids()))

    def _selected_task(self):
        rows = self.tasks.view.selectionModel().selectedRows()
        return self.tasks.model.task(rows[0]) if rows else None

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Load every panel again (F5)."""
        self.message.clear_message()
        self.busy.setVisible(True)
        self.presenter.load()

    def _on_presenter_loaded(self, overview: workbench.Overview) -> None:
        # The message stays: it reports the action this load follows ("Done: …").
        self.busy.setVisible(False)
        self.overview = overview
        self.tasks.model.set_tasks(overview.tasks)
        self.approvals.setVisible(overview.approvals is not None)
        self.approvals.model.set_rows(overview.approvals or ())
        self.inbox.model.set_rows(overview.notices)
        self.stalled.setVisible(overview.stalled is not None)
        self.stalled.model.set_rows(overview.stalled or ())
        self.activity.model.set_rows(overview.activity)
        self._update_titles()

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)
        for panel in self.panels():
            if panel.is_empty():
                panel.show_note(self.tr("Not loaded. Press F5 to try again."))

    def _on_presenter_inboxLoaded(self, notices) -> None:
        self.busy.setVisible(False)
        self.inbox.model.set_rows(notices)
        self._update_titles()

    def _on_presenter_unreadChanged(self, count: int) -> None:
        self.unreadChanged.emit(count)

    def _on_presenter_taskCompleted(self, task) -> None:
        self.message.show_success(self.tr("Done: {task}").format(task=terms.said(task.title)))

    def _on_presenter_refused(self, text: str) -> None:
        self.busy.setVisible(False)
        self.message.show_problem(text)

    # --- actions ---------------------------------------------------------------------

    def _on_panelView_activated(self, panel: Panel, index: QModelIndex) -> None:
        model = panel.model
        target = model.target(index) if panel is self.tasks else model.target(index.row())
        if panel is self.inbox:
            unread = self.inbox.model.unread_ids([index.row()])
            if unread:
                self.presenter.mark_read(unread)  # opening a notice is reading it
        if target is not None:
            self.openRequested.emit(target)

    def _on_panelView_selectionChanged(self, _selected, _deselected) -> None:
        self._update_actions()

    def _on_doneButton_clicked(self) -> None:
        task = self._selected_task()
        if task is None or task.status != TaskStatus.OPEN:
            return
        self.message.clear_message()
        self.busy.setVisible(True)
        self.presenter.complete(task.id)

    def _on_markReadButton_clicked(self) -> None:
        rows = [i.row() for i in self.inbox.view.selectionModel().selectedRows()]
        unread = self.inbox.model.unread_ids(rows)
        if unread:
            self.message.clear_message()
            self.busy.setVisible(True)
            self.presenter.mark_read(unread)

    def _on_markAllReadButton_clicked(self) -> None:
        self.message.clear_message()
        self.busy.setVisible(True)
        self.presenter.mark_read(None)

    def _on_splitter_splitterMoved(self, _position: int, _index: int) -> None:
        for name, splitter in zip(SPLITTERS, self.splitters(), strict=True):
            self._preferences.set_geometry(name, QByteArray(splitter.saveState()))

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)


def _shown_on_workbench(changes: ChangeSet) -> bool:
    """Tasks, notices, the applications and requisitions they count, duplicates to decide."""
    return any(changes.touches(kind) for kind in (
        kinds.TASK, kinds.NOTIFICATION, kinds.APPLICATION, kinds.REQUISITION, kinds.DUPLICATE))
