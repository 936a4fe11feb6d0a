"""The board screen: job switcher, filter, message bar, and a row of stage columns.

Layout and signal wiring only; the presenter talks to the core, the models hold
the cards and the delegate paints them.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds
from hrdesk.changes import ChangeSet
from hrdesk.services.boards import CLOSED_STATUSES, Board, Card, Column
from hrdesk.vocabulary import JobStatus
from ui import messages, terms, widgets
from ui.board import model as board_model
from ui.board.column import ColumnFrame, sla_state
from ui.board.delegate import CardDelegate
from ui.board.overview import JobOverviewModel, JobOverviewView
from ui.board.presenter import BoardPresenter
from ui.board.reject_dialog import RejectDialog
from ui.context import AppContext
from ui.live_refresh import RefreshWhenChanged
from ui.navigation import CANDIDATE, Target

#: The job switcher's first entry: every job of mine, one row each.
ALL_JOBS = "all"


class BoardWidget(widgets.Retranslating, QWidget):
    """Emits ``openRequested(Target)`` when a card is opened (double-click or Enter)."""

    openRequested = Signal(object)

    def __init__(self, context: AppContext, session, job_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardWidget")
        self.presenter = BoardPresenter(context, session, self)
        self.delegate = CardDelegate(self)
        self.board: Board | None = None
        self.columns: list[ColumnFrame] = []
        self._closed_frames: dict[str, ColumnFrame] = {}
        self._wanted_job = job_id
        self._pending_reject: list[uuid.UUID] = []
        self.reject_dialog: RejectDialog | None = None
        self._build()
        self._build_shortcuts()
        self.presenter.jobsLoaded.connect(self._on_presenter_jobsLoaded)
        self.presenter.loaded.connect(self._on_presenter_loaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.moved.connect(self._on_presenter_moved)
        self.presenter.moveRefused.connect(self._on_presenter_moveRefused)
        self.presenter.bulkFinished.connect(self._on_presenter_bulkFinished)
        self.presenter.reasonsLoaded.connect(self._on_presenter_reasonsLoaded)
        self.presenter.overviewLoaded.connect(self._on_presenter_overviewLoaded)
        self._retranslate()
        self.live = RefreshWhenChanged(context.changes, self, self._shows, self.presenter.reload)
        self.busy.setVisible(True)
        self.presenter.load_jobs()

    def _shows(self, changes: ChangeSet) -> bool:
        """Does ``changes`` touch this board: its job (a card's application, a task of
        the job), a person on a card, the stages? Every job's, on "all my jobs"."""
        if self.presenter.showing_overview:
            return changes.touches(kinds.JOB) or changes.touches(kinds.APPLICATION)
        if self.presenter.job_id is None:
            return False
        people = (card.candidate_id for column in (self.board.columns if self.board else ())
                  for card in column.cards)
        return changes.touches(kinds.JOB, self.presenter.job_id) \
            or changes.touches(kinds.PIPELINE) or changes.touches_any(kinds.CANDIDATE, people)

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.job_label = QLabel(self)
        self.job_switcher = QComboBox(self)
        self.job_switcher.setObjectName("jobSwitcher")
        self.job_switcher.setMinimumContentsLength(18)
        self.job_switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.job_label.setBuddy(self.job_switcher)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("boardFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.overdue_only = QCheckBox(self)
        self.overdue_only.setObjectName("boardOverdueOnly")
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("boardSelection")
        self.move_button = QToolButton(self)
        self.move_button.setObjectName("boardMoveButton")
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("boardRejectButton")

        bar = QHBoxLayout()
        bar.addWidget(self.job_label)
        bar.addWidget(self.job_switcher)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.overdue_only)
        bar.addSpacing(12)
        bar.addWidget(self.selection_label)
        bar.addWidget(self.move_button)
        bar.addWidget(self.reject_button)

        self.message = widgets.MessageLabel(self, "boardMessage")
        self.busy = widgets.busy_bar(self)
        self._row = QWidget()
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(8)
        self._row_layout.addStretch(1)
        self.columns_scroll = QScrollArea(self)
        self.columns_scroll.setObjectName("boardScroll")
        self.columns_scroll.setWidgetResizable(True)
        self.columns_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_scroll.setWidget(self._row)

        self.overview_model = JobOverviewModel(self)
        self.overview_proxy = QSortFilterProxyModel(self)
        self.overview_proxy.setSourceModel(self.overview_model)
        self.overview_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.overview_proxy.setFilterKeyColumn(-1)
        self.overview_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.overview = JobOverviewView(self)
        self.overview.setModel(self.overview_proxy)
        self.overview.fit_columns()
        self.overview.activated.connect(self._on_overview_activated)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.columns_scroll)
        self.views.addWidget(self.overview)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.views, 1)

        self.job_switcher.currentIndexChanged.connect(self._on_jobSwitcher_currentIndexChanged)
        self.filter_edit.textChanged.connect(self._on_filterEdit_textChanged)
        self.overdue_only.toggled.connect(self._on_overdueOnly_toggled)
        self.reject_button.clicked.connect(self._on_rejectButton_clicked)
        self.move_menu.aboutToShow.connect(self._on_moveMenu_aboutToShow)

    def _build_shortcuts(self) -> None:
        def action(keys, slot) -> QAction:
            return widgets.shortcut(self, keys, slot)

        self.find_action = action(QKeySequence.StandardKey.Find, self._on_findAction_triggered)
        self.reload_action = action(QKeySequence.StandardKey.Refresh,
                                    self._on_reloadAction_triggered)
        self.next_action = action("Ctrl+Shift+Right", self._on_nextAction_triggered)
        self.back_action = action("Ctrl+Shift+Left", self._on_backAction_triggered)
        self.reject_action = action(QKeySequence.StandardKey.Delete,
                                    self._on_rejectButton_clicked)

    def _retranslate(self) -> None:
        self.job_label.setText(self.tr("&Job:"))
        all_jobs = self._position_of(ALL_JOBS)
        if all_jobs >= 0:
            self.job_switcher.setItemText(all_jobs, self.tr("All my jobs"))
        self.overview_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.overview_model.columnCount() - 1)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, tag or channel (Ctrl+F)"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.move_button.setText(self.tr("Move to"))
        self.reject_button.setText(self.tr("Reject…"))
        for frame in self._closed_frames.values():
            frame.fold_button.setToolTip(self.tr("Show or hide"))
        self._render()

    # --- showing a board -------------------------------------------------------------

    def _column_frames(self, board: Board) -> None:
        """Rebuild the frames only when the stages differ (another job, another template)."""
        stage_ids = [c.stage_id for c in board.columns]
        if [f.model.stage_id for f in self.columns] == stage_ids:
            return
        for frame in self.columns + list(self._closed_frames.values()):
            self._row_layout.removeWidget(frame)
            frame.deleteLater()
        self.columns, self._closed_frames = [], {}
        position = 0
        for stage_id in stage_ids:
            frame = ColumnFrame(stage_id, self.delegate, parent=self._row)
            self._add_frame(frame, position)
            self.columns.append(frame)
            position += 1
        for status in CLOSED_STATUSES:
            frame = ColumnFrame(None, self.delegate, foldable=True, parent=self._row)
            frame.setObjectName(f"boardClosed_{status}")
            frame.fold_button.setToolTip(self.tr("Show or hide"))
            self._add_frame(frame, position)
            self._closed_frames[status] = frame
            position += 1

    def _add_frame(self, frame: ColumnFrame, position: int) -> None:
        frame.model.cardsDropped.connect(self._on_columnModel_cardsDropped)
        frame.view.selectionModel().selectionChanged.connect(self._on_columnView_selectionChanged)
        frame.view.installEventFilter(self)
        frame.view.activated.connect(
            lambda index, model=frame.model: self._on_columnView_activated(model, index))
        self._row_layout.insertWidget(position, frame)

    def _render(self) -> None:
        board = self.board
        if board is None:
            return
        text, overdue = self.filter_edit.text(), self.overdue_only.isChecked()
        for frame, column in zip(self.columns, board.columns, strict=True):
            shown = tuple(c for c in column.cards if board_model.matches(c, text, overdue))
            frame.model.set_cards(shown)
            frame.title.setText(self._count_title(column.name, len(shown), len(column.cards)))
            frame.sla_label.setText(self._sla_text(column))
            frame.set_sla_state(sla_state(column))
        for status, frame in self._closed_frames.items():
            cards = tuple(c for c in board.closed if c.status == status)
            shown = tuple(c for c in cards if board_model.matches(c, text, overdue))
            frame.model.set_cards(shown)
            # Only the most recent closed cards travel; the title counts them all.
            total = max(board.closed_totals.get(status, 0), len(cards))
            frame.title.setText(self._count_title(terms.said(status), len(shown), total))
        self._update_selection()

    def _count_title(self, name: str, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{stage} ({count})").format(stage=name, count=total)
        return self.tr("{stage} ({shown}/{count})").format(stage=name, shown=shown, count=total)

    def _sla_text(self, column: Column) -> str:
        amount, _, unit = column.sla.partition(" ")
        overdue = sum(1 for c in column.cards if c.overdue)
        sla = (self.tr("SLA: {amount} working days") if unit == "days"
               else self.tr("SLA: {amount} working hours")).format(amount=amount)
        if overdue:
            sla += " · " + self.tr("overdue: {count}").format(count=overdue)
        return sla

    def column_of(self, application_id: uuid.UUID) -> ColumnFrame | None:
        for frame in self.columns + list(self._closed_frames.values()):
            if frame.model.row_of(application_id) >= 0:
                return frame
        return None

    # --- selection and bulk actions --------------------------------------------------

    def selected_cards(self) -> list[tuple[ColumnFrame, Card]]:
        chosen: list[tuple[ColumnFrame, Card]] = []
        for frame in self.columns:
            rows = sorted(i.row() for i in frame.view.selectionModel().selectedIndexes())
            chosen.extend((frame, frame.model.card(r)) for r in rows)
        return chosen

    def _update_selection(self) -> None:
        count = len(self.selected_cards())
        self.selection_label.setText(self.tr("Selected: {count}").format(count=count) if count else "")
        self.move_button.setEnabled(count > 0)
        self.reject_button.setEnabled(count > 0)

    def _on_columnView_selectionChanged(self, _selected, _deselected) -> None:
        self._update_selection()

    def _on_moveMenu_aboutToShow(self) -> None:
        self.move_menu.clear()
        if self.board is None:
            return
        for column in self.board.columns:
            act = self.move_menu.addAction(column.name)
            act.triggered.connect(lambda _=False, s=column.stage_id: self.move_selected_to(s))

    def move_selected_to(self, stage_id: uuid.UUID) -> None:
        cards = [(c.application_id, c.version) for frame, c in self.selected_cards()
                 if frame.model.stage_id != stage_id]
        if cards:
            self._on_columnModel_cardsDropped(stage_id, cards)

    def _move_selected_by(self, step: int) -> None:
        chosen = self.selected_cards()
        if not chosen:
            return
        frame = chosen[0][0]
        position = self.columns.index(frame) + step
        target = self.columns[position].model.stage_id \
            if 0 <= position < len(self.columns) else None
        if target is not None:
            self.move_selected_to(target)

    def _on_rejectButton_clicked(self) -> None:
        self._pending_reject = [c.application_id for _, c in self.selected_cards()]
        if self._pending_reject:
            self.presenter.load_reasons()

    def _on_presenter_reasonsLoaded(self, reasons) -> None:
        if not self._pending_reject:
            return
        self.reject_dialog = RejectDialog(reasons, len(self._pending_reject), self)
        self.reject_dialog.accepted.connect(self._on_rejectDialog_accepted)
        self.reject_dialog.finished.connect(self._on_rejectDialog_finished)
        self.reject_dialog.open()

    def _on_rejectDialog_accepted(self) -> None:
        dialog = self.reject_dialog
        if dialog is None or not self._pending_reject or dialog.reason.currentData() is None:
            return
        self.message.clear_message()
        self.busy.setVisible(True)
        self.presenter.bulk_reject(self._pending_reject, dialog.reason.currentData(),
                                   dialog.comment.text().strip())

    def _on_rejectDialog_finished(self, _result: int) -> None:
        self._pending_reject = []
        if self.reject_dialog is not None:
            self.reject_dialog.deleteLater()
            self.reject_dialog = None

    # --- keyboard --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            views = [f.view for f in self.columns + list(self._closed_frames.values())
                     if f.view.isVisible()]
            if watched in views:
                step = -1 if event.key() == Qt.Key.Key_Left else 1
                self._focus_column(views, views.index(watched) + step, watched)
                return True
        return super().eventFilter(watched, event)

    def _focus_column(self, views: list[QListView], position: int, current) -> None:
        if not 0 <= position < len(views):
            return
        target = views[position]
        row = max(0, min(current.currentIndex().row(), target.model().rowCount() - 1))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target.model().rowCount():
            target.setCurrentIndex(target.model().index(row, 0))
        frame = target.parentWidget()
        if frame is not None:
            self.columns_scroll.ensureWidgetVisible(frame)

    def _on_findAction_triggered(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_reloadAction_triggered(self) -> None:
        self.presenter.reload()

    def _on_nextAction_triggered(self) -> None:
        self._move_selected_by(1)

    def _on_backAction_triggered(self) -> None:
        self._move_selected_by(-1)

    # --- slots -----------------------------------------------------------------------

    def _on_jobSwitcher_currentIndexChanged(self, index: int) -> None:
        job_id = self.job_switcher.itemData(index)
        if job_id == ALL_JOBS:
            self._show_overview_page(True)
            self.busy.setVisible(True)
            self.presenter.load_overview()
        elif job_id is not None and job_id != self.presenter.job_id:
            self._show_overview_page(False)
            self.busy.setVisible(True)
            self.presenter.load(job_id)

    def _show_overview_page(self, overview: bool) -> None:
        self.views.setCurrentWidget(self.overview if overview else self.columns_scroll)
        for control in (self.overdue_only, self.selection_label, self.move_button,
                        self.reject_button):
            control.setVisible(not overview)

    def _position_of(self, data: object) -> int:
        # QComboBox.findData cannot compare Python objects such as UUIDs.
        return next((i for i in range(self.job_switcher.count())
                     if self.job_switcher.itemData(i) == data), -1)

    def show_job(self, job_id: uuid.UUID | None) -> None:
        """Show one job's board (None: every job of mine)."""
        wanted = ALL_JOBS if job_id is None else job_id
        position = self._position_of(wanted)
        if position < 0:  # the jobs are still loading, or the job is new: load it anyway
            self._wanted_job = job_id
            self.presenter.load_jobs()
            return
        if position == self.job_switcher.currentIndex():
            self.presenter.reload()
        self.job_switcher.setCurrentIndex(position)

    def _on_overview_activated(self, index: QModelIndex) -> None:
        job = self.overview_model.row_at(self.overview_proxy.mapToSource(index).row())
        self.show_job(job.job_id)

    def _on_presenter_overviewLoaded(self, rows) -> None:
        self.busy.setVisible(False)
        self.overview_model.set_rows(rows)

    def _on_columnView_activated(self, model: board_model.CardListModel,
                                 index: QModelIndex) -> None:
        cards = model.cards()
        self.openRequested.emit(Target(CANDIDATE, cards[index.row()].candidate_id,
                                       tuple(c.candidate_id for c in cards)))

    def _on_filterEdit_textChanged(self, text: str) -> None:
        self.overview_proxy.setFilterFixedString(text)
        self._render()

    def _on_overdueOnly_toggled(self, _checked: bool) -> None:
        self._render()

    def _on_columnModel_cardsDropped(self, stage_id: uuid.UUID, cards) -> None:
        self.message.clear_message()
        self.busy.setVisible(True)
        if len(cards) == 1:
            [(application_id, version)] = cards
            self.presenter.move(application_id, stage_id, version)
        else:
            self.presenter.bulk_move([application_id for application_id, _ in cards], stage_id)

    def _on_presenter_jobsLoaded(self, jobs) -> None:
        self.job_switcher.blockSignals(True)
        self.job_switcher.clear()
        self.job_switcher.addItem(self.tr("All my jobs"), ALL_JOBS)
        for job in jobs:
            self.job_switcher.addItem(f"{job.code} {job.title}", job.id)
        wanted = self._wanted_job or next((j.id for j in jobs if j.status == JobStatus.OPEN),
                                          jobs[0].id if jobs else None)
        self.job_switcher.setCurrentIndex(max(0, self._position_of(wanted)))
        self.job_switcher.blockSignals(False)
        if wanted is None:
            self.busy.setVisible(False)
            self.message.show_problem(self.tr("There are no jobs to show."))
        else:
            self._show_overview_page(False)
            self.presenter.load(wanted)

    def _on_presenter_loaded(self, board: Board) -> None:
        self.busy.setVisible(False)
        self.board = board
        self._column_frames(board)
        self._render()

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)

    def _on_presenter_moved(self, _result) -> None:
        self.message.clear_message()

    def _on_presenter_moveRefused(self, _application_id: uuid.UUID, text: str) -> None:
        self.message.show_problem(text)

    def _on_presenter_bulkFinished(self, outcomes) -> None:
        refused = [o for o in outcomes if not o.ok]
        if not refused:
            self.message.show_success(self.tr("Changed: {count}").format(count=len(outcomes)))
            return
        self.message.show_problem(self.tr("Refused: {count}. {reason}")
                                  .format(count=len(refused), reason=messages.describe(refused[0].error)))

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
