"""The candidates list: search box, column filters, and a table of every candidate.

Layout and signal wiring only. The presenter asks the core for pages (filtered and
sorted in SQL), the model holds the pages fetched so far and asks for the next one
when the view scrolls near its end.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds
from hrdesk.dto.candidates import CandidateFilters, CandidatePage, FilterChoices
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui import navigation, widgets
from ui.candidates import list_model
from ui.candidates.list_presenter import PAGE_SIZE, CandidatesListPresenter
from ui.context import AppContext
from ui.live_refresh import RefreshWhenChanged

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a query
HEADER_STATE = "candidatesListHeader"  # Preferences key (stored like a window geometry)
_ADDED_DAYS = (None, 0, 7, 30, 365)  # the "Added" filter: any time, today, last N days
_DEFAULT_WIDTHS = {"name": 110, "mobile": 115, "id_number": 165, "education": 70,
                   "years": 55, "city": 70, "school": 190, "skills": 210, "tags": 120}


class CandidatesListWidget(widgets.Retranslating, QWidget):
    """``openRequested(Target)``: a candidate chosen, with the loaded ids as siblings."""

    openRequested = Signal(object)

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatesListWidget")
        self._context, self._session = context, session
        self._preferences = context.preferences
        self.presenter = CandidatesListPresenter(context, session, self)
        # Anyone added, edited or merged: the list shows names, stages and counts.
        self.live = RefreshWhenChanged(
            context.changes, self, lambda changes: changes.touches(kinds.CANDIDATE)
            or changes.touches(kinds.APPLICATION), self.refresh)
        self.model = list_model.CandidateTableModel(PAGE_SIZE, self)
        self._choices: FilterChoices | None = None
        self._loading = False
        self._build()
        self._build_shortcuts()
        self._restore_header()
        self.model.fetchRequested.connect(self._on_model_fetchRequested)
        self.presenter.pageLoaded.connect(self._on_presenter_pageLoaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.choicesLoaded.connect(self._on_presenter_choicesLoaded)
        self._retranslate()
        self._reload(**self._sort_of_header())

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("candidatesSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.education_box = self._combo("candidatesEducation")
        self.city_box = self._combo("candidatesCity")
        self.channel_box = self._combo("candidatesChannel")
        self.status_box = self._combo("candidatesStatus")
        self.added_box = self._combo("candidatesAdded")
        self.tag_edit = QLineEdit(self)
        self.tag_edit.setObjectName("candidatesTag")
        self.tag_edit.setClearButtonEnabled(True)
        self.tag_edit.setMaximumWidth(130)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("candidatesClearFilters")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("candidatesCount")
        # HR types people in by hand and settles possible duplicates from here.
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("candidatesNew")
        self.duplicates_button = QPushButton(self)
        self.duplicates_button.setObjectName("candidatesDuplicates")
        may_edit = allows(self._session.actor, Permission.EDIT_CANDIDATES)
        self.new_button.setVisible(may_edit)
        self.duplicates_button.setVisible(may_edit)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.new_button)
        search_row.addWidget(self.duplicates_button)
        filter_row = QHBoxLayout()
        for box in (self.education_box, self.city_box, self.channel_box, self.status_box,
                    self.added_box, self.tag_edit, self.clear_button):
            filter_row.addWidget(box)
        filter_row.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("candidatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(list_model.column_of(key), width)
        header.setSortIndicator(list_model.column_of("name"), Qt.SortOrder.AscendingOrder)

        self.message = widgets.MessageLabel(self, "candidatesMessage")
        self.busy = widgets.busy_bar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)

        self.search_edit.textChanged.connect(self._on_searchEdit_textChanged)
        self.tag_edit.textChanged.connect(self._on_searchEdit_textChanged)
        self._search_timer.timeout.connect(self._on_searchTimer_timeout)
        self._save_timer.timeout.connect(self._on_saveTimer_timeout)
        for box in (self.education_box, self.city_box, self.channel_box, self.status_box,
                    self.added_box):
            box.activated.connect(self._on_filterBox_activated)
        self.clear_button.clicked.connect(self._on_clearButton_clicked)
        self.new_button.clicked.connect(self.new_candidate)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        header.sortIndicatorChanged.connect(self._on_header_sortIndicatorChanged)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _build_shortcuts(self) -> None:
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._on_findAction_triggered)
        self.addAction(find)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        if self.new_button.isVisibleTo(self):
            widgets.shortcut(self, QKeySequence.StandardKey.New, self.new_candidate)
        # Esc empties the search box it is typed in (and only there).
        clear = QAction(self.search_edit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear)
        # Enter opens the current row (QTableView's own "activated" is platform-dependent).
        self.table.installEventFilter(self)

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr(
            "Search name, mobile, email, ID number, school or skill (Ctrl+F)"))
        self.tag_edit.setPlaceholderText(self.tr("Tag"))
        self.tag_edit.setToolTip(self.tr("Only candidates with exactly this tag"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New candidate…"))
        self.new_button.setToolTip(self.tr("Type in a candidate by hand (Ctrl+N)"))
        self.duplicates_button.setText(self.tr("Possible duplicates…"))
        self.duplicates_button.setToolTip(self.tr(
            "People who may be one person: merge them, or say they are different"))
        self._fill_filters()
        self._show_count()

    def _fill_filters(self) -> None:
        """(Re)label the filter boxes, keeping what is chosen."""
        choices = self._choices
        self._fill(self.education_box, self.tr("Any education"),
                   [(e, e) for e in choices.educations] if choices else [])
        self._fill(self.city_box, self.tr("Any city"),
                   [(c, c) for c in choices.cities] if choices else [])
        self._fill(self.channel_box, self.tr("Any channel"),
                   [(name, i) for i, name in choices.channels] if choices else [])
        statuses = {"active": self.tr("In process"), "on_hold": self.tr("On hold"),
                    "rejected": self.tr("Rejected"), "withdrawn": self.tr("Withdrawn"),
                    "hired": self.tr("Hired"), "none": self.tr("Never applied")}
        self._fill(self.status_box, self.tr("Any status"),
                   [(statuses.get(s, s), s) for s in choices.statuses] if choices else [])
        self.status_box.setToolTip(self.tr("Status of the latest application"))
        added = [self.tr("Added today"), self.tr("Added in the last 7 days"),
                 self.tr("Added in the last 30 days"), self.tr("Added in the last 12 months")]
        self._fill(self.added_box, self.tr("Added any time"),
                   list(zip(added, _ADDED_DAYS[1:], strict=True)))

    @staticmethod
    def _fill(box: QComboBox, anything: str, items: list[tuple[str, object]]) -> None:
        chosen = box.currentData()
        box.clear()
        box.addItem(anything, None)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)

    # --- who is who ------------------------------------------------------------------

    def new_candidate(self) -> None:
        """The "new candidate" form; the person stored is opened."""
        from ui.candidates.new_candidate_dialog import NewCandidateDialog

        dialog = NewCandidateDialog(self._context, self._session, self)
        if dialog.exec() and dialog.created is not None:
            self.refresh()
            self.openRequested.emit(navigation.Target(navigation.CANDIDATE, dialog.created.id))

    def show_duplicates(self) -> None:
        from ui.candidates.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self._context, self._session, self).exec()
        self.refresh()

    # --- the query -------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the current query again from its first page (and the filter choices)."""
        self.presenter.load_choices()
        self._reload()

    def _reload(self, **changes) -> None:
        self._search_timer.stop()
        self.model.begin_query()
        self.busy.setVisible(True)
        self._loading = True
        self.presenter.load(**changes)

    def _filters(self) -> CandidateFilters:
        days = self.added_box.currentData()
        since = None
        if days is not None:
            today = self.presenter.now().astimezone().replace(hour=0, minute=0, second=0,
                                                              microsecond=0)
            since = today - dt.timedelta(days=days)
        return CandidateFilters(
            education=self.education_box.currentData(), city=self.city_box.currentData(),
            tag=self.tag_edit.text().strip() or None, channel_id=self.channel_box.currentData(),
            status=self.status_box.currentData(), created_from=since)

    def _sort_of_header(self) -> dict[str, object]:
        header = self.table.horizontalHeader()
        column = list_model.COLUMNS[header.sortIndicatorSection()] \
            if 0 <= header.sortIndicatorSection() < len(list_model.COLUMNS) else None
        if column is None or column.order is None:
            return {"order": "name", "descending": False}
        return {"order": column.order,
                "descending": header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder}

    def _show_count(self) -> None:
        total = self.model.total
        shown = QLocale().toString(total)
        if self.model.total_capped:
            text = self.tr("More than {count} candidates").format(count=shown)
        elif total == 1:
            text = self.tr("1 candidate")
        else:
            text = self.tr("{count} candidates").format(count=shown)
        self.count_label.setText(text if not self._loading or total else "")

    # --- header state ----------------------------------------------------------------

    def _restore_header(self) -> None:
        state = self._preferences.geometry(HEADER_STATE)
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            header.setSortIndicatorShown(True)

    def _on_header_changed(self, *_args: int) -> None:
        self._save_timer.start()

    def _on_saveTimer_timeout(self) -> None:
        self._preferences.set_geometry(HEADER_STATE, self.table.horizontalHeader().saveState())

    def save_state(self) -> None:
        """Write the column widths and order now (the main window calls it on close)."""
        self._save_timer.stop()
        self._on_saveTimer_timeout()

    # --- slots -----------------------------------------------------------------------

    def _on_findAction_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_searchEdit_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    def _on_searchTimer_timeout(self) -> None:
        text = self.search_edit.text().strip()
        if text != self.presenter.query.text or self._filters() != self.presenter.query.filters:
            self._reload(text=text, filters=self._filters())

    def _on_filterBox_activated(self, _index: int) -> None:
        if self._filters() != self.presenter.query.filters:
            self._reload(filters=self._filters())

    def _on_clearButton_clicked(self) -> None:
        for box in (self.education_box, self.city_box, self.channel_box, self.status_box,
                    self.added_box):
            box.setCurrentIndex(0)
        self.tag_edit.blockSignals(True)
        self.tag_edit.clear()
        self.tag_edit.blockSignals(False)
        self._on_filterBox_activated(0)

    def _on_header_sortIndicatorChanged(self, section: int, order: Qt.SortOrder) -> None:
        if list_model.COLUMNS[section].order is None:
            # Encrypted or list columns cannot be sorted: put the indicator back.
            header = self.table.horizontalHeader()
            query = self.presenter.query
            previous = next(i for i, c in enumerate(list_model.COLUMNS) if c.order == query.order)
            header.blockSignals(True)
            header.setSortIndicator(previous, Qt.SortOrder.DescendingOrder if query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._save_timer.start()
        self._reload(**self._sort_of_header())

    def _on_model_fetchRequested(self, offset: int) -> None:
        self.busy.setVisible(True)
        self.presenter.fetch(offset)

    def _on_presenter_pageLoaded(self, page: CandidatePage) -> None:
        first = page.offset == 0
        self.busy.setVisible(False)
        self.message.clear_message()
        self.model.add_page(page)
        if first:
            if self._choices is None:  # after the rows: its scans would slow the first page
                self.presenter.load_choices()
            self._loading = False
            self._show_count()
            self.table.scrollToTop()
            if self.model.rowCount():
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self._loading = False
        self.model.fetch_failed()
        self.message.show_error(error)

    def _on_presenter_choicesLoaded(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill_filters()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.table.currentIndex().isValid():
            self._on_table_doubleClicked(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        chosen = self.model.candidate(index.row())
        self.openRequested.emit(navigation.Target(navigation.CANDIDATE, chosen.id,
                                                  siblings=self.model.ids()))

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
