"""The Jobs section: a sortable, filterable job table beside the job form.

Layout and wiring only: the presenter talks to the core, the models hold the rows,
the form checks and reads its fields.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds, errors
from hrdesk.services.jobs import JobInfo
from ui import messages, navigation, widgets
from ui.context import AppContext
from ui.jobs import model as jobs_model
from ui.jobs.editor import MAX_HEADCOUNT, JobForm
from ui.jobs.presenter import Catalogue, JobsPresenter
from ui.live_refresh import RefreshWhenChanged

SPLITTER_KEY = "jobs/splitter"


class CloneDialog(widgets.Retranslating, QDialog):
    """Clone a past job: only the headcount is new; the rest is the source's."""

    def __init__(self, job: JobInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobCloneDialog")
        self.job = job
        self.headcount = QSpinBox(self)
        self.headcount.setObjectName("cloneHeadcount")
        self.headcount.setRange(1, MAX_HEADCOUNT)
        self.headcount.setValue(job.headcount)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.label = QLabel(self)
        self.label.setBuddy(self.headcount)
        form = QFormLayout(self)
        form.addRow(self.label, self.headcount)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clone {code} {title}").format(code=self.job.code,
                                                                   title=self.job.title))
        self.label.setText(self.tr("&Headcount of the new job:"))


class JobsWidget(widgets.Retranslating, QWidget):
    openRequested = Signal(object)  # ui.navigation.Target

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsWidget")
        self._context = context
        self.presenter = JobsPresenter(context, session, self)
        self.catalogue: Catalogue | None = None
        self.clone_dialog: CloneDialog | None = None
        self._wanted: uuid.UUID | None = None
        self._build()
        self._build_actions()
        self.form.set_editable(self.presenter.may_edit)
        self.presenter.loaded.connect(self._on_presenter_loaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.jobLoaded.connect(self._on_presenter_jobLoaded)
        self.presenter.saved.connect(self._on_presenter_saved)
        self.presenter.saveRefused.connect(self._on_presenter_saveRefused)
        self.presenter.cloned.connect(self._on_presenter_cloned)
        # Typing in the editor is never replaced by a refresh: a stored job that changed
        # meanwhile is said, with Reload (``_on_presenter_loaded``).
        self.live = RefreshWhenChanged(
            context.changes, self, lambda changes: any(changes.touches(kind) for kind in (
                kinds.JOB, kinds.ORGANISATION, kinds.PIPELINE, kinds.CHANNEL, kinds.USER)),
            self.refresh)
        self._retranslate()
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("jobsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("jobsStatusFilter")
        self.status_filter.addItem("", None)
        for code in jobs_model.STATUSES:
            self.status_filter.addItem("", code)
        self.new_button = self._button("jobsNewButton")
        self.clone_button = self._button("jobsCloneButton")
        self.board_button = self._button("jobsBoardButton")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.clone_button)
        bar.addWidget(self.board_button)

        self.model = jobs_model.JobTableModel(self)
        self.proxy = jobs_model.JobFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(jobs_model.JobTableModel.OPENED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(jobs_model.JobTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self.form = JobForm(self._context, self.presenter.session, self)
        self.save_button = self._button("jobSaveButton")
        self.save_button.setDefault(True)
        self.reload_button = self._button("jobReloadButton")
        self.reload_button.setVisible(False)
        self.message = widgets.MessageLabel(self, "jobMessage")
        self.busy = widgets.busy_bar(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(pane)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        pane_layout.addWidget(self.message)
        pane_layout.addWidget(scroll, 1)
        pane_layout.addLayout(buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("jobsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        saved = self._context.preferences.geometry(SPLITTER_KEY)
        if saved is not None:
            self.splitter.restoreState(saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filter_edit.textChanged.connect(self._on_jobsFilter_textChanged)
        self.status_filter.currentIndexChanged.connect(self._on_jobsStatusFilter_currentIndexChanged)
        self.table.selectionModel().currentRowChanged.connect(self._on_jobsTable_currentRowChanged)
        self.table.doubleClicked.connect(self._on_jobsBoardButton_clicked)
        self.splitter.splitterMoved.connect(self._on_jobsSplitter_splitterMoved)
        self.new_button.clicked.connect(self._on_jobsNewButton_clicked)
        self.clone_button.clicked.connect(self._on_jobsCloneButton_clicked)
        self.board_button.clicked.connect(self._on_jobsBoardButton_clicked)
        self.save_button.clicked.connect(self._on_jobSaveButton_clicked)
        self.reload_button.clicked.connect(self._on_jobReloadButton_clicked)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _build_actions(self) -> None:
        def action(keys, slot) -> QAction:
            return widgets.shortcut(self, keys, slot)

        editing = self.presenter.may_edit
        self.save_action = action(QKeySequence.StandardKey.Save, self._on_jobSaveButton_clicked)
        self.new_action = action(QKeySequence.StandardKey.New, self._on_jobsNewButton_clicked)
        self.find_action = action(QKeySequence.StandardKey.Find, self.filter_edit.setFocus)
        self.reload_action = action(QKeySequence.StandardKey.Refresh, self.refresh)
        for act in (self.save_action, self.new_action):
            act.setEnabled(editing)
        # What the role may not do is not offered (the services refuse it anyway).
        for button in (self.new_button, self.clone_button, self.save_button):
            button.setVisible(editing)

    def _retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by code, title, department (Ctrl+F)"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for row, code in enumerate(jobs_model.STATUSES, start=1):
            self.status_filter.setItemText(row, jobs_model.status_name(code))
        self.new_button.setText(self.tr("&New job"))
        self.new_button.setToolTip(self.tr("A new job opening (Ctrl+N)"))
        self.clone_button.setText(self.tr("&Clone…"))
        self.clone_button.setToolTip(self.tr("A new job like the selected one, with a new headcount"))
        self.board_button.setText(self.tr("Open &board"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the job (Ctrl+S)"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Show the stored job; what you typed is dropped"))

    # --- public ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy.setVisible(True)
        self.presenter.refresh()

    def open_job(self, job_id: uuid.UUID) -> None:
        """Select the job (after the next load if the list is not there yet)."""
        self._wanted = job_id
        if self.model.row_of(job_id) >= 0:
            self._select(job_id)

    def current_job(self) -> JobInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.job(self.proxy.mapToSource(index).row())

    # --- list ------------------------------------------------------------------------

    def _select(self, job_id: uuid.UUID) -> None:
        row = self.model.row_of(job_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:  # filtered away: show it in the form all the same
            self.form.show_job(self.model.job(row))
        self._wanted = None

    def _on_presenter_loaded(self, found, catalogue: Catalogue) -> None:
        self.busy.setVisible(False)
        self.catalogue = catalogue
        names = {d.id: d.name for d in catalogue.departments}
        names.update({s.id: s.name for s in catalogue.sites})
        names.update({t.id: t.name for t in catalogue.templates})
        keep = self._wanted or (self.form.job.id if self.form.job else None)
        edited = self.form.is_edited()
        self.model.set_jobs(found, names)
        if not edited:
            self.form.set_catalogue(catalogue, names)
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select(keep)
        elif self.form.job is None and not edited:
            self.form.show_job(None)
        self._update_buttons()
        stored = self.model.job(self.model.row_of(keep)) \
            if keep is not None and self.model.row_of(keep) >= 0 else None
        if edited and stored is not None and self.form.job is not None \
                and stored.version != self.form.job.version:
            self.message.show_problem(self.tr(
                "This job was changed elsewhere. Reload shows it; what you typed is dropped."))
            self.reload_button.setVisible(True)

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)

    def _on_jobsFilter_textChanged(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def _on_jobsStatusFilter_currentIndexChanged(self, index: int) -> None:
        self.proxy.set_status(self.status_filter.itemData(index))

    def _on_jobsTable_currentRowChanged(self, current, _previous) -> None:
        if current.isValid():
            job = self.model.job(self.proxy.mapToSource(current).row())
            same = self.form.job is not None and self.form.job.id == job.id
            if not same:
                self._clear_refusal()  # a message about another job
            if not (same and self.form.is_edited()):  # a refresh keeps what was typed
                self.form.show_job(job)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_job() is not None
        self.clone_button.setEnabled(chosen)
        self.board_button.setEnabled(chosen)

    def _on_jobsSplitter_splitterMoved(self, _pos: int, _index: int) -> None:
        self._context.preferences.set_geometry(SPLITTER_KEY, self.splitter.saveState())

    # --- actions ---------------------------------------------------------------------

    def _on_jobsNewButton_clicked(self) -> None:
        if not self.presenter.may_edit:
            return
        self._clear_refusal()
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.form.show_job(None)
        self.form.title.setFocus()

    def _on_jobsCloneButton_clicked(self) -> None:
        job = self.current_job()
        if job is None or not self.presenter.may_edit:
            return
        self.clone_dialog = CloneDialog(job, self)
        self.clone_dialog.accepted.connect(self._on_cloneDialog_accepted)
        self.clone_dialog.finished.connect(self._on_cloneDialog_finished)
        self.clone_dialog.open()

    def _on_cloneDialog_accepted(self) -> None:
        dialog = self.clone_dialog
        if dialog is not None:
            self.busy.setVisible(True)
            self.presenter.clone(dialog.job.id, dialog.headcount.value())

    def _on_cloneDialog_finished(self, _result: int) -> None:
        if self.clone_dialog is not None:
            self.clone_dialog.deleteLater()
            self.clone_dialog = None

    def _on_jobsBoardButton_clicked(self, *_args) -> None:
        job = self.current_job()
        if job is not None:
            siblings = tuple(self.model.job(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id
                             for r in range(self.proxy.rowCount()))
            self.openRequested.emit(navigation.Target(navigation.JOB, job.id, siblings))

    def _on_jobSaveButton_clicked(self) -> None:
        if not self.presenter.may_edit or self.catalogue is None:
            return
        self._clear_refusal()
        if not self.form.check():
            return
        self.busy.setVisible(True)
        job = self.form.job
        if job is None:
            self.presenter.create(self.form.draft())
        else:
            self.presenter.update(job.id, job.version, **self.form.changes())

    def _on_jobReloadButton_clicked(self) -> None:
        job = self.form.job
        self._clear_refusal()
        if job is not None:
            self.presenter.load_job(job.id)
        self.refresh()

    def _on_presenter_jobLoaded(self, job: JobInfo) -> None:
        self.form.show_job(job)
        # The stored job is in the form now: a "changed elsewhere" said by a list load
        # that came first is answered.
        self._clear_refusal()

    def _on_presenter_saved(self, job: JobInfo) -> None:
        self.busy.setVisible(False)
        self._wanted = job.id
        self.form.job = job  # the new version: the next save must expect it
        self.message.show_success(self.tr("Saved {code} {title}.").format(code=job.code,
                                                                         title=job.title))

    def _on_presenter_cloned(self, job: JobInfo) -> None:
        self.busy.setVisible(False)
        self._wanted = job.id
        self.message.show_success(self.tr("Opened {code} like the job it was cloned from.")
                                  .format(code=job.code))

    def _on_presenter_saveRefused(self, error: BaseException) -> None:
        """Nothing typed is touched: the message says why, Reload is offered when stale."""
        self.busy.setVisible(False)
        if isinstance(error, errors.InvalidField):
            self.form.mark_refusal(str(error.params.get("field")), messages.describe(error))
        self.message.show_error(error)
        stale = isinstance(error, (errors.ConcurrentChange, errors.ChangedMeanwhile))
        self.reload_button.setVisible(stale)

    def _clear_refusal(self) -> None:
        self.message.clear_message()
        self.reload_button.setVisible(False)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
