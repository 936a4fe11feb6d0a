"""The requisitions screen: scope tabs, filters, a sortable table and the detail pane.

Layout and signal wiring only: the presenter talks to the core, the models hold the
rows, the form and the decision dialog ask the user.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds
from hrdesk.services.requisitions import RequisitionDetail, RequisitionInfo
from hrdesk.vocabulary import RequisitionStatus, Role
from ui import navigation, widgets
from ui.context import AppContext
from ui.live_refresh import RefreshWhenChanged
from ui.requisitions import models
from ui.requisitions.decision_dialog import DecisionDialog
from ui.requisitions.detail import RequisitionDetailPane
from ui.requisitions.form import RequisitionForm
from ui.requisitions.presenter import FormChoices, Listing, RequisitionsPresenter

SCOPES = ("mine", "pending", "all")  # the tabs, in order
SPLITTER_KEY = "requisitions/splitter"
EDITABLE = (RequisitionStatus.DRAFT, RequisitionStatus.RETURNED)


class RequisitionsWidget(widgets.Retranslating, QWidget):
    openRequested = Signal(object)  # navigation.Target
    pendingCountChanged = Signal(int)

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requisitionsWidget")
        self._preferences = context.preferences
        self.presenter = RequisitionsPresenter(context, session, self)
        self.listing = Listing((), ())
        self.choices: FormChoices | None = None
        self.form: RequisitionForm | None = None
        self.decision_dialog: DecisionDialog | None = None
        self._selected: uuid.UUID | None = None
        self._form_reload = False  # the open form asked for the stored version
        self._build()
        self._build_actions()
        p = self.presenter
        p.loaded.connect(self._on_presenter_loaded)
        p.detailLoaded.connect(self._on_presenter_detailLoaded)
        p.choicesLoaded.connect(self._on_presenter_choicesLoaded)
        p.saved.connect(self._on_presenter_saved)
        p.saveRefused.connect(self._on_presenter_saveRefused)
        p.acted.connect(self._on_presenter_acted)
        p.actionRefused.connect(self._on_presenter_actionRefused)
        p.failed.connect(self._on_presenter_failed)
        # An open form keeps what was typed (``_on_presenter_detailLoaded``).
        self.live = RefreshWhenChanged(
            context.changes, self, lambda changes: changes.touches(kinds.REQUISITION),
            self.refresh)
        self._retranslate()
        # Someone who cannot file requisitions comes here to decide them.
        self.scope_tabs.setCurrentIndex(SCOPES.index("mine" if p.may_file else "pending"))
        self.new_button.setVisible(p.may_file)
        self.presenter.load_choices()
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.scope_tabs = QTabBar(self)
        self.scope_tabs.setObjectName("requisitionScope")
        self.scope_tabs.setExpanding(False)
        for _ in SCOPES:
            self.scope_tabs.addTab("")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("requisitionStatusFilter")
        self.status_filter.addItem("", None)
        for code in models.STATUSES:
            self.status_filter.addItem("", code)
        self.search = QLineEdit(self)
        self.search.setObjectName("requisitionSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("requisitionNew")
        bar = QHBoxLayout()
        bar.addWidget(self.scope_tabs)
        bar.addStretch(1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)

        self.model = models.RequisitionTableModel(self)
        self.proxy = models.RequisitionFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("requisitionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest number first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = RequisitionDetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("requisitionSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 600])
        state = self._preferences.geometry(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)

        self.message = widgets.MessageLabel(self, "requisitionMessage")
        self.busy = widgets.busy_bar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)

        self.scope_tabs.currentChanged.connect(self._on_scopeTabs_currentChanged)
        self.status_filter.currentIndexChanged.connect(self._on_statusFilter_currentIndexChanged)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.new_button.clicked.connect(self._on_newAction_triggered)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.splitter.splitterMoved.connect(self._on_splitter_splitterMoved)
        self.detail.actionRequested.connect(self._on_detail_actionRequested)

    def _build_actions(self) -> None:
        def action(keys, slot) -> QAction:
            return widgets.shortcut(self, keys, slot)

        self.new_action = action(QKeySequence.StandardKey.New, self._on_newAction_triggered)
        self.find_action = action(QKeySequence.StandardKey.Find, self._on_findAction_triggered)
        self.reload_action = action(QKeySequence.StandardKey.Refresh, self.refresh)

    def _retranslate(self) -> None:
        self._tab_texts()
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for row, code in enumerate(models.STATUSES, start=1):
            self.status_filter.setItemText(row, models.status_name(code))
        self.search.setPlaceholderText(self.tr("Search number, position, department (Ctrl+F)"))
        self.new_button.setText(self.tr("New requisition (Ctrl+N)"))
        self.model.relabel()

    def _tab_texts(self) -> None:
        count = len(self.listing.pending)
        texts = (self.tr("Mine"), self.tr("Awaiting my approval ({count})").format(count=count),
                 self.tr("All visible"))
        for index, text in enumerate(texts):
            self.scope_tabs.setTabText(index, text)

    # --- public ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy.setVisible(True)
        self.presenter.refresh()

    def open_requisition(self, requisition_id: uuid.UUID) -> None:
        """Select and show it (from a "pending approval" item elsewhere)."""
        self._selected = requisition_id
        if requisition_id not in {r.id for r in self._rows_in_scope()}:
            pending = requisition_id in {r.id for r in self.listing.pending}
            self.scope_tabs.setCurrentIndex(SCOPES.index("pending" if pending else "all"))
        self.status_filter.setCurrentIndex(0)
        self.search.clear()
        self._select(requisition_id)
        self.presenter.load_detail(requisition_id)

    def current(self) -> RequisitionInfo | None:
        return self.detail.detail.requisition if self.detail.detail else None

    # --- the table -------------------------------------------------------------------

    def _rows_in_scope(self) -> tuple[RequisitionInfo, ...]:
        scope = SCOPES[self.scope_tabs.currentIndex()]
        if scope == "pending":
            return self.listing.pending
        if scope == "mine":
            me = self.presenter.actor.user_id
            return tuple(r for r in self.listing.visible if r.requested_by_id == me)
        return self.listing.visible

    def _show_rows(self) -> None:
        self.table.selectionModel().blockSignals(True)
        self.model.set_requisitions(self._rows_in_scope())
        self.table.selectionModel().blockSignals(False)
        if self._selected is not None:
            self._select(self._selected)

    def _select(self, requisition_id: uuid.UUID) -> None:
        row = self.model.row_of(requisition_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(index.row())
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(index)

    def _allowed(self, info: RequisitionInfo) -> set[str]:
        """What the actor may do now; the service decides in the end."""
        allowed: set[str] = set()
        actor = self.presenter.actor
        owner = actor.user_id == info.requested_by_id or any(
            g.role == Role.HR and g.site_id in (None, info.site_id) for g in actor.grants)
        if owner and self.presenter.may_file:
            if info.status in EDITABLE:
                allowed |= {"edit", "submit", "cancel"}
            elif info.status == RequisitionStatus.SUBMITTED:
                allowed.add("cancel")
        if info.id in {r.id for r in self.listing.pending}:
            allowed |= {"approve", "reject", "return"}
        if info.job_id is not None:
            allowed.add("open_job")
        return allowed

    # --- slots: user -----------------------------------------------------------------

    def _on_scopeTabs_currentChanged(self, _index: int) -> None:
        self._show_rows()

    def _on_statusFilter_currentIndexChanged(self, index: int) -> None:
        self.proxy.set_status(self.status_filter.itemData(index))

    def _on_search_textChanged(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_findAction_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_splitter_splitterMoved(self, _pos: int, _index: int) -> None:
        self._preferences.set_geometry(SPLITTER_KEY, QByteArray(self.splitter.saveState()))

    def _on_table_selectionChanged(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        info = self.proxy.data(indexes[0], models.INFO_ROLE)
        self._selected = info.id
        self.presenter.load_detail(info.id)

    def _on_newAction_triggered(self) -> None:
        if self.presenter.may_file and self.choices is not None:
            self._open_form(None)

    def _on_detail_actionRequested(self, name: str) -> None:
        info = self.current()
        if info is None:
            return
        self.message.clear_message()
        if name == "edit":
            self._open_form(info)
        elif name == "submit":
            self.presenter.submit(info)
        elif name == "cancel":
            self._confirm_cancel(info)
        elif name == "open_job" and info.job_id is not None:
            self.openRequested.emit(navigation.Target(navigation.JOB, info.job_id))
        elif name in ("approve", "reject", "return"):
            self.decision_dialog = DecisionDialog(info, name, self)
            self.decision_dialog.accepted.connect(self._on_decisionDialog_accepted)
            self.decision_dialog.finished.connect(self._on_decisionDialog_finished)
            self.decision_dialog.open()

    def _confirm_cancel(self, info: RequisitionInfo) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw requisition"),
                          self.tr("Withdraw {number}? It cannot be submitted again.")
                          .format(number=info.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("requisitionCancelBox")
        box.accepted.connect(lambda: self.presenter.cancel(info))
        box.finished.connect(box.deleteLater)
        box.open()

    def _on_decisionDialog_accepted(self) -> None:
        dialog = self.decision_dialog
        if dialog is not None:
            self.busy.setVisible(True)
            self.presenter.decide(dialog.info, dialog.outcome, dialog.comment_text())

    def _on_decisionDialog_finished(self, _result: int) -> None:
        if self.decision_dialog is not None:
            self.decision_dialog.deleteLater()
            self.decision_dialog = None

    # --- the form --------------------------------------------------------------------

    def _open_form(self, info: RequisitionInfo | None) -> None:
        assert self.choices is not None
        if self.form is not None:
            self.form.close()
        self.form = RequisitionForm(self.choices, self.presenter.today(), self)
        if info is not None:
            self.form.edit(info)
        self.form.saveRequested.connect(self._on_form_saveRequested)
        self.form.reloadRequested.connect(self._on_form_reloadRequested)
        self.form.finished.connect(self._on_form_finished)
        self.form.open()

    def _on_form_saveRequested(self, draft, submit: bool) -> None:
        form = self.form
        if form is not None:
            self.presenter.save(form.requisition_id, draft, form.version, submit)

    def _on_form_reloadRequested(self) -> None:
        if self.form is not None and self.form.requisition_id is not None:
            self._form_reload = True
            self.presenter.load_detail(self.form.requisition_id)

    def _on_form_finished(self, _result: int) -> None:
        if self.form is not None:
            self.form.deleteLater()
            self.form = None

    # --- slots: presenter ------------------------------------------------------------

    def _on_presenter_loaded(self, listing: Listing) -> None:
        self.busy.setVisible(False)
        self.listing = listing
        self._tab_texts()
        self._show_rows()
        self.pendingCountChanged.emit(len(listing.pending))
        if self._selected is not None:  # its actions may have changed with the listing
            self.presenter.load_detail(self._selected)

    def _on_presenter_detailLoaded(self, detail: RequisitionDetail) -> None:
        info = detail.requisition
        form = self.form
        if form is not None and self._form_reload and form.requisition_id == info.id:
            # Only when the user asked: a routine refresh must not replace what it typed.
            self._form_reload = False
            form.reloaded(info)
        if info.id == self._selected:
            self.detail.show_detail(detail, self._allowed(info))

    def _on_presenter_choicesLoaded(self, choices: FormChoices) -> None:
        self.choices = choices
        self.detail.job_type_names = dict(choices.job_types)

    def _on_presenter_saved(self, info: RequisitionInfo) -> None:
        if self.form is not None:
            self.form.accept()
        self.message.show_success(
            (self.tr("{number} was submitted for approval.") if info.status == RequisitionStatus.SUBMITTED
             else self.tr("{number} was saved as a draft.")).format(number=info.number))
        self._selected = info.id
        if SCOPES[self.scope_tabs.currentIndex()] == "pending":
            self.scope_tabs.setCurrentIndex(SCOPES.index("mine"))
        self.busy.setVisible(True)  # the change hub's refresh is on its way

    def _on_presenter_saveRefused(self, error: BaseException, info: RequisitionInfo | None) -> None:
        if self.form is None:
            self.message.show_error(error)
            return
        if info is not None:
            self.form.adopt(info)
        self.form.show_refusal(error)

    def _on_presenter_acted(self, info: RequisitionInfo) -> None:
        texts: dict[str, str] = {RequisitionStatus.SUBMITTED: self.tr("{number} is waiting for approval."),
                 RequisitionStatus.APPROVED: self.tr("{number} is approved; its job is open."),
                 RequisitionStatus.REJECTED: self.tr("{number} was rejected."),
                 RequisitionStatus.RETURNED: self.tr(
                     "{number} went back to its requester for changes."),
                 RequisitionStatus.CANCELLED: self.tr("{number} was withdrawn.")}
        text = texts.get(info.status, self.tr("{number} was updated."))
        self.message.show_success(text.format(number=info.number))
        self._selected = info.id
        self.busy.setVisible(True)  # the change hub's refresh is on its way

    def _on_presenter_actionRefused(self, error: BaseException) -> None:
        self.message.show_error(error)
        self.refresh()  # a colleague's decision or edit is then shown

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
