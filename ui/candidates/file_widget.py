"""A candidate's file: header with actions, profile, notes, and tabs for the timeline,
applications, tasks and attachments; next/previous walk the list it was opened from.

Layout and signal wiring only; the presenter talks to the core, the models hold rows.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import changes as kinds, errors
from hrdesk.changes import ChangeSet
from hrdesk.dto.candidates import CandidateProfile
from hrdesk.services import attachments
from hrdesk.vocabulary import OPEN_APPLICATION
from ui import field_marks, messages, widgets
from ui.candidates import erase_dialog, file_models, file_opener, file_tables
from ui.candidates.file_presenter import CandidateFile, CandidateFilePresenter
from ui.candidates.file_profile import ProfilePanel
from ui.candidates.timeline_model import TimelineModel
from ui.context import AppContext
from ui.live_refresh import RefreshWhenChanged
from ui.navigation import JOB, Target


class CandidateFileWidget(widgets.Retranslating, QWidget):
    """``openRequested(Target)``: a job's board; ``closed()``: back to the list."""

    openRequested = Signal(object)
    closed = Signal()

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateFile")
        self.presenter = CandidateFilePresenter(context, session, self)
        self.file: CandidateFile | None = None
        self.candidate_id: uuid.UUID | None = None
        self.siblings: tuple[uuid.UUID, ...] = ()
        self._notes_base = ""  # the stored note the editor started from
        self._build()
        self._build_shortcuts()
        for signal, slot in ((self.presenter.loaded, self._on_presenter_loaded),
                             (self.presenter.candidateFound, self.show_candidate),
                             (self.presenter.failed, self._on_presenter_failed),
                             (self.presenter.revealed, self.profile.show_revealed),
                             (self.presenter.noteSaved, self._on_presenter_noteSaved),
                             (self.presenter.tagsSaved, self._on_presenter_tagsSaved),
                             (self.presenter.attachmentAdded, self._on_presenter_attachmentAdded),
                             (self.presenter.attachmentsAdded,
                              self._on_presenter_attachmentsAdded),
                             (self.presenter.attachmentOpened,
                              self._on_presenter_attachmentOpened),
                             (self.presenter.erasurePlanned,
                              self._on_presenter_erasurePlanned),
                             (self.presenter.erased, self._on_presenter_erased),
                             (self.presenter.refused, self._on_presenter_refused)):
            signal.connect(slot)
        self.live = RefreshWhenChanged(context.changes, self, self._shows, self.presenter.reload)
        self._retranslate()

    def _shows(self, changes: ChangeSet) -> bool:
        """Does ``changes`` touch the person on file, or one of their applications (a
        move on a board, a task of it)?"""
        if self.candidate_id is None:
            return False
        applications = (a.id for a in self.file.profile.applications) if self.file else ()
        return changes.touches(kinds.CANDIDATE, self.candidate_id) \
            or changes.touches_any(kinds.APPLICATION, applications)

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        may_edit = self.presenter.may_edit()
        self.back_button = self._button("backButton", self._on_backButton_clicked)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("candidateName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.stages_label = QLabel(self)
        self.stages_label.setObjectName("candidateStages")
        self.previous_button = self._button("previousButton", self._on_previousButton_clicked)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("siblingPosition")
        self.next_button = self._button("nextButton", self._on_nextButton_clicked)
        header = QHBoxLayout()
        for part in (self.back_button, self.name_label, self.stages_label):
            header.addWidget(part)
        header.addStretch(1)
        for part in (self.previous_button, self.position_label, self.next_button):
            header.addWidget(part)

        # A push button keeps room for its menu arrow; a tool button draws it over the
        # text ("打开看板" lost its last character under it).
        self.open_board_button = QPushButton(self)
        self.open_board_button.setObjectName("openBoardButton")
        self.board_menu = QMenu(self.open_board_button)
        self.open_board_button.setMenu(self.board_menu)
        self.add_note_button = self._button("addNoteButton", self._on_addNoteButton_clicked)
        self.tags_label = QLabel(self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setReadOnly(not may_edit)
        self.tags_label.setBuddy(self.tags_edit)
        self.save_tags_button = self._button("saveTagsButton", self._on_saveTagsButton_clicked)
        self.save_tags_button.setVisible(may_edit)
        self.add_note_button.setVisible(may_edit)
        self.tags_edit.returnPressed.connect(self._on_saveTagsButton_clicked)
        actions = QHBoxLayout()
        for part in (self.open_board_button, self.add_note_button):
            actions.addWidget(part)
        actions.addSpacing(16)
        actions.addWidget(self.tags_label)
        actions.addWidget(self.tags_edit, 1)
        actions.addWidget(self.save_tags_button)
        # Only for those who may erase (the service checks again), and set apart.
        self.erase_button = self._button("erasePersonButton", self._on_erasePersonButton_clicked)
        self.erase_button.setVisible(self.presenter.may_erase())
        self.erase_dialog: erase_dialog.EraseDialog | None = None
        actions.addSpacing(16)
        actions.addWidget(self.erase_button)

        self.message = widgets.MessageLabel(self, "fileMessage")
        self.busy = widgets.busy_bar(self)
        self.content = QSplitter(Qt.Orientation.Horizontal, self)
        self.content.setObjectName("fileContent")
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self._left_column(may_edit))
        self.content.addWidget(self._tabs(may_edit))
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([420, 900])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.content, 1)

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _left_column(self, may_edit: bool) -> QWidget:
        column = QWidget(self)
        self.profile = ProfilePanel(self.presenter.may_reveal(), column)
        self.profile.revealRequested.connect(self._on_profile_revealRequested)
        self.notes_box = QGroupBox(column)
        self.notes_edit = QPlainTextEdit(self.notes_box)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setReadOnly(not may_edit)
        self.notes_message = widgets.MessageLabel(self.notes_box, "notesMessage")
        self.save_note_button = self._button("saveNoteButton", self._on_saveNoteButton_clicked)
        self.save_note_button.setVisible(may_edit)
        self.notes_reload_button = self._button("notesReloadButton",
                                                self._on_notesReloadButton_clicked)
        self.notes_reload_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.notes_reload_button)
        buttons.addWidget(self.save_note_button)
        notes = QVBoxLayout(self.notes_box)
        notes.addWidget(self.notes_edit, 1)
        notes.addWidget(self.notes_message)
        notes.addLayout(buttons)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.profile)
        layout.addWidget(self.notes_box, 1)
        return column

    def _tabs(self, may_edit: bool) -> QTabWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.timeline_model = TimelineModel(self)
        self.timeline_view, self.timeline_proxy = file_tables.table(self, "timelineView",
                                                              self.timeline_model)
        self.timeline_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.timeline_filter = QLineEdit(self)
        self.timeline_filter.setObjectName("timelineFilter")
        self.timeline_filter.setClearButtonEnabled(True)
        self.timeline_filter.textChanged.connect(self.timeline_proxy.setFilterFixedString)
        self.tabs.addTab(file_tables.page(self, self.timeline_filter, self.timeline_view), "")

        self.applications_model = file_models.ApplicationsModel(self)
        self.applications_view, _ = file_tables.table(self, "applicationsView", self.applications_model)
        self.applications_view.doubleClicked.connect(self._on_applicationsView_doubleClicked)
        self.tabs.addTab(self.applications_view, "")

        self.tasks_model = file_models.TasksModel(self)
        self.tasks_view, _ = file_tables.table(self, "tasksView", self.tasks_model)
        self.tabs.addTab(self.tasks_view, "")

        self.attachments_model = file_models.AttachmentsModel(self)
        self.attachments_view, self.attachments_proxy = file_tables.table(self, "attachmentsView",
                                                                    self.attachments_model)
        self.attachments_view.doubleClicked.connect(self._on_openAttachmentButton_clicked)
        self.add_attachment_button = self._button("addAttachmentButton",
                                                  self._on_addAttachmentButton_clicked)
        self.add_attachment_button.setVisible(may_edit)
        self.open_attachment_button = self._button("openAttachmentButton",
                                                   self._on_openAttachmentButton_clicked)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_attachment_button)
        bar.addWidget(self.open_attachment_button)
        self.tabs.addTab(file_tables.page(self, self.attachments_view, bar), "")
        self.attachments_tab = self.tabs.count() - 1
        self.setAcceptDrops(may_edit)  # resume files dropped anywhere on the file
        return self.tabs

    def _build_shortcuts(self) -> None:
        def action(keys, slot) -> None:
            widgets.shortcut(self, keys, slot)

        action(["Alt+Left", "Ctrl+["], self._on_previousButton_clicked)
        action(["Alt+Right", "Ctrl+]"], self._on_nextButton_clicked)
        action(["Esc"], self._on_backButton_clicked)
        action([QKeySequence.StandardKey.Refresh], self._on_reloadAction_triggered)
        action([QKeySequence.StandardKey.Save], self._on_saveNoteButton_clicked)

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to list"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous candidate in the list (Alt+Left)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next candidate in the list (Alt+Right)"))
        self.open_board_button.setText(self.tr("Open board"))
        self.add_note_button.setText(self.tr("Add note"))
        self.tags_label.setText(self.tr("&Tags:"))
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.save_tags_button.setText(self.tr("Save tags"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.save_note_button.setText(self.tr("Save note"))
        self.save_note_button.setToolTip(self.tr("Save the note (Ctrl+S)"))
        self.notes_reload_button.setText(self.tr("Reload"))
        self.timeline_filter.setPlaceholderText(self.tr("Filter events"))
        self.add_attachment_button.setText(self.tr("Attach a file…"))
        self.open_attachment_button.setText(self.tr("Open"))
        self.erase_button.setText(self.tr("Erase this person…"))
        self.erase_button.setToolTip(self.tr(
            "Remove this person's data from every record, keeping only the counts"))
        for model in (self.timeline_model, self.applications_model, self.tasks_model,
                      self.attachments_model):
            model.retranslate()
        self._render()

    # --- showing a candidate ---------------------------------------------------------

    def show_candidate(self, candidate_id: uuid.UUID,
                       siblings: tuple[uuid.UUID, ...] = ()) -> None:
        """Open ``candidate_id``; ``siblings`` is the list it came from, for next/previous."""
        if candidate_id != self.candidate_id:
            self.file = None
            self._notes_base = ""
            self.notes_edit.setPlainText("")
            self.notes_reload_button.setVisible(False)
            self.notes_message.clear_message()
        self.candidate_id, self.siblings = candidate_id, tuple(siblings)
        self.message.clear_message()
        self.busy.setVisible(True)
        self._update_paging()
        self.presenter.load(candidate_id)

    def show_application(self, application_id: uuid.UUID) -> None:
        """Open the file of the person ``application_id`` is about (a workbench row)."""
        self.message.clear_message()
        self.busy.setVisible(True)
        self.presenter.find_candidate_of(application_id)

    def _render(self) -> None:
        self._update_paging()
        file = self.file
        counts = (len(file.timeline), len(file.profile.applications), len(file.tasks),
                  len(file.attachments)) if file else (0, 0, 0, 0)
        titles = (self.tr("Timeline ({count})"), self.tr("Applications ({count})"),
                  self.tr("Tasks ({count})"), self.tr("Attachments ({count})"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.format(count=count))
        if file is None:
            return
        profile = file.profile
        self.name_label.setText(self.tr("Erased person") if profile.erased_at else profile.name)
        self._offer_edits(profile.erased_at is None)
        open_ones = [a for a in profile.applications if a.status in OPEN_APPLICATION]
        self.stages_label.setText(self.tr("; ").join(
            self.tr("{job}: {stage}").format(job=a.job_code, stage=a.stage_name)
            for a in open_ones) or self.tr("No open application"))
        self.board_menu.clear()
        for app in profile.applications:
            act = self.board_menu.addAction(self.tr("{job} {title} — {stage}").format(
                job=app.job_code, title=app.job_title, stage=app.stage_name))
            act.triggered.connect(lambda _=False, j=app.job_id: self._open_board(j))
        self.open_board_button.setEnabled(bool(profile.applications))

    def _offer_edits(self, live: bool) -> None:
        """An erased person's file is read only: an edit would put data back (the
        services refuse it too)."""
        may_edit = self.presenter.may_edit() and live
        for button in (self.add_note_button, self.save_note_button, self.save_tags_button,
                       self.add_attachment_button):
            button.setVisible(may_edit)
        self.notes_edit.setReadOnly(not may_edit)
        self.tags_edit.setReadOnly(not may_edit)
        self.profile.reveal_button.setVisible(self.presenter.may_reveal() and live)
        self.erase_button.setVisible(self.presenter.may_erase() and live)

    def _update_paging(self) -> None:
        position = self._position()
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(self.siblings) - 1)
        shown = position >= 0 and len(self.siblings) > 1
        self.position_label.setVisible(shown)
        if shown:
            self.position_label.setText(self.tr("{position} of {count}").format(
                position=QLocale().toString(position + 1),
                count=QLocale().toString(len(self.siblings))))

    def _position(self) -> int:
        try:
            return self.siblings.index(self.candidate_id)
        except ValueError:
            return -1

    def _page_by(self, step: int) -> None:
        position = self._position() + step
        if self._position() < 0 or not 0 <= position < len(self.siblings):
            return
        if self._note_is_dirty():
            # Leaving would lose what was typed; the user decides (save or undo).
            self.notes_message.show_problem(self.tr(
                "Save the note (or undo your changes) before going to another candidate."))
            return
        self.show_candidate(self.siblings[position], self.siblings)

    def _note_is_dirty(self) -> bool:
        return self.file is not None and self.notes_edit.toPlainText() != self._notes_base

    def _open_board(self, job_id: uuid.UUID) -> None:
        self.openRequested.emit(Target(JOB, job_id))

    # --- slots: presenter ------------------------------------------------------------

    def _on_presenter_loaded(self, file: CandidateFile) -> None:
        if file.profile.id != self.candidate_id:
            return
        self.busy.setVisible(False)
        self.content.setVisible(True)
        keep_draft = self._note_is_dirty()
        previous_base = self._notes_base
        self.file = file
        self.profile.set_profile(file.profile)
        self._notes_base = file.profile.notes or ""
        if not keep_draft:
            self.notes_edit.setPlainText(self._notes_base)
        elif self._notes_base != previous_base:  # a refresh while typing: say so
            self.notes_message.show_problem(self.tr(
                "The note on file was changed elsewhere meanwhile; saving your text "
                "replaces it."))
        if not self.tags_edit.isModified():
            self.tags_edit.setText(", ".join(file.profile.tags))
        self.timeline_model.set_rows(file.timeline)
        self.applications_model.set_rows(file.profile.applications)
        self.tasks_model.set_rows(file.tasks)
        self.attachments_model.set_rows(file.attachments)
        self._render()

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        if isinstance(error, errors.NotFound) \
                and error.params.get("entity") in ("candidate", "application"):
            # Out of scope looks like missing on purpose; say both, without the raw id.
            self.file = None
            self.content.setVisible(False)
            self.name_label.setText("")
            self.stages_label.setText("")
            self.message.show_problem(self.tr(
                "This candidate is not on file, or is not visible to you (interviewers see "
                "only the candidates they are assigned to)."))
            return
        self.message.show_error(error)

    def _on_presenter_noteSaved(self, profile: CandidateProfile) -> None:
        if profile.id == self.candidate_id:
            self._notes_base = profile.notes or ""
            self.notes_edit.setPlainText(self._notes_base)
            self.notes_reload_button.setVisible(False)
            self.notes_message.show_success(self.tr("Note saved."))

    def _on_presenter_tagsSaved(self, profile: CandidateProfile) -> None:
        if profile.id == self.candidate_id:
            self.tags_edit.setText(", ".join(profile.tags))
            self.tags_edit.setModified(False)
            self.message.show_success(self.tr("Tags saved."))

    def _on_presenter_attachmentAdded(self, info) -> None:
        self.message.show_success(self.tr("Attached {file}.").format(file=info.filename))

    def _on_presenter_attachmentsAdded(self, done) -> None:
        if not done.refused:
            self.message.show_success(self.tr("Attached {count} files.").format(
                count=len(done.added)))
            return
        self.message.show_problem(self.tr("Attached {count} of {total} files. Not attached: "
                                          "{files}").format(
            count=len(done.added), total=len(done.added) + len(done.refused),
            files=self.tr("; ").join(_naming(name, messages.describe(error))
                                     for name, error in done.refused)))

    def _on_presenter_attachmentOpened(self, path) -> None:
        if not file_opener.open_path(path):
            self.message.show_problem(self.tr(
                "No program on this computer opens {file}.").format(file=path.name))

    def _on_presenter_erasurePlanned(self, plan) -> None:
        if plan.candidate_id != self.candidate_id:
            return
        self.erase_dialog = erase_dialog.EraseDialog(plan, self)
        self.erase_dialog.accepted.connect(self._on_eraseDialog_accepted)
        self.erase_dialog.open()

    def _on_eraseDialog_accepted(self) -> None:
        if self.erase_dialog is not None and self.candidate_id is not None:
            self.presenter.erase(self.candidate_id, self.erase_dialog.reason())

    def _on_presenter_erased(self, plan) -> None:
        self.message.show_success(self.tr(
            "Erased. Applications kept in the figures as an erased person's: %n.", None,
            plan.applications_kept))

    def _on_presenter_refused(self, what: str, error: BaseException) -> None:
        if what == "reveal":
            self.profile.reveal_refused()
        if what == "note":
            # The typed text stays in the editor; Reload fetches the other person's save.
            self.notes_message.show_error(error)
            self.notes_reload_button.setVisible(
                isinstance(error, (errors.ChangedMeanwhile, errors.ConcurrentChange)))
            return
        if what == "tags" and isinstance(error, errors.InvalidField):
            field_marks.mark_one(self.tags_edit, messages.describe(error))
        self.message.show_error(error)

    # --- slots: widgets --------------------------------------------------------------

    def _on_backButton_clicked(self) -> None:
        self.closed.emit()

    def _on_previousButton_clicked(self) -> None:
        self._page_by(-1)

    def _on_nextButton_clicked(self) -> None:
        self._page_by(1)

    def _on_reloadAction_triggered(self) -> None:
        if self.candidate_id is not None:
            self.busy.setVisible(True)
            self.presenter.reload()

    def _on_notesReloadButton_clicked(self) -> None:
        self.notes_reload_button.setVisible(False)
        self.notes_message.show_success(self.tr(
            "Reloaded. Your text is kept: saving it replaces the note now on file."))
        self._on_reloadAction_triggered()

    def _on_profile_revealRequested(self) -> None:
        if self.candidate_id is not None:
            self.presenter.reveal(self.candidate_id)

    def _on_erasePersonButton_clicked(self) -> None:
        if self.candidate_id is not None:
            self.presenter.plan_erasure(self.candidate_id)

    def _on_addNoteButton_clicked(self) -> None:
        """A new dated paragraph at the end of the notes, ready to type."""
        text = self.notes_edit.toPlainText().rstrip()
        stamp = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
        self.notes_edit.setPlainText((text + "\n\n" if text else "") + stamp + ": ")
        self.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_saveNoteButton_clicked(self) -> None:
        if self.file is None or not self.presenter.may_edit():
            return
        self.notes_message.clear_message()
        self.presenter.save_note(self.file.profile.id, self.notes_edit.toPlainText(),
                                 self.file.profile.version)

    def _on_saveTagsButton_clicked(self) -> None:
        if self.file is None or not self.presenter.may_edit():
            return
        field_marks.mark_one(self.tags_edit, None)
        self.message.clear_message()
        self.presenter.save_tags(self.file.profile.id, self.tags_edit.text(),
                                 self.file.profile.version)

    def _on_applicationsView_doubleClicked(self, index) -> None:
        app = index.data(file_models.RowRole)
        if app is not None:
            self._open_board(app.job_id)

    def _on_addAttachmentButton_clicked(self) -> None:
        path = file_opener.choose_file(self)
        if path and self.candidate_id is not None:
            self.message.clear_message()
            self.presenter.add_attachment(self.candidate_id, path)

    # --- dropped files -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.candidate_id is not None and resume_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()  # a spreadsheet goes on to the main window: an import

    def dropEvent(self, event: QDropEvent) -> None:
        paths = resume_files(event.mimeData())
        if self.candidate_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(self.attachments_tab)
        self.message.clear_message()
        if len(paths) == 1:
            self.presenter.add_attachment(self.candidate_id, str(paths[0]))
        else:
            self.presenter.add_attachments(self.candidate_id, paths)

    def _on_openAttachmentButton_clicked(self, *_args) -> None:
        index = self.attachments_view.currentIndex()
        if not index.isValid() and self.attachments_proxy.rowCount() == 1:
            index = self.attachments_proxy.index(0, 0)
        info = index.data(file_models.RowRole) if index.isValid() else None
        if info is None:
            self.message.show_problem(self.tr("Choose a file to open first."))
            return
        self.presenter.open_attachment(info.id)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)


def _naming(name: str, reason: str) -> str:
    """Why ``name`` was refused, naming the file once (most refusals already do)."""
    return reason if name in reason else f"{name}: {reason}"


def resume_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag that can be attached as resumes (PDF, Word, images …)."""
    found = []
    for url in mime.urls() if mime.hasUrls() else ():
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in attachments.KINDS and path.is_file():
            found.append(path)
    return found
