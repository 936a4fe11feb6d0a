"""The main window: assembles menus, the central screens, the status bar and the idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui import roles, widgets
from ui.context import AppContext
from ui.idle_lock import IdleWatcher, LockPanel
from ui.reminder_timer import ReminderTimer
from ui.sections import SectionsWidget
from ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:  # (imported when first used)
    from ui.imports.folder_attach import FolderAttachRun

GEOMETRY_KEY = "mainWindow"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")


class MainWindow(widgets.Retranslating, QMainWindow):
    """Emits ``loggedOut`` (File ▸ Log out) or ``closed`` (File ▸ Exit, window closed)."""

    loggedOut = Signal()
    closed = Signal()

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._context = context
        self._session = session
        self._leaving = False
        self.import_dialog: QDialog | None = None
        # the latest File ▸ Attach resume files from a folder
        self.folder_attach: FolderAttachRun | None = None
        self.setAcceptDrops(True)
        self.settings_dialog: SettingsDialog | None = None

        self._unread = 0
        self.content = SectionsWidget(context, session, self)
        self.content.unreadChanged.connect(self._on_content_unreadChanged)
        self.lock_panel = LockPanel(context, session, self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.content)
        self._stack.addWidget(self.lock_panel)
        self.setCentralWidget(self._stack)

        self._build_actions()
        self._build_status_bar()
        self.idle_watcher = IdleWatcher(context.preferences.idle_lock_minutes * 60_000, self)
        self.idle_watcher.idled.connect(self._on_idleWatcher_idled)
        self.lock_panel.unlocked.connect(self._on_lockPanel_unlocked)
        self.reminder_timer = ReminderTimer(context, session, parent=self)
        # Other workstations' writes too, for as long as this window is signed in.
        context.changes.watch(session.workspace)

        geometry = context.preferences.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        self._retranslate()

    def _build_actions(self) -> None:
        self.logout_action = QAction(self)
        self.logout_action.setObjectName("logoutAction")
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.exit_action = QAction(self)
        self.exit_action.setObjectName("exitAction")
        self.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.exit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.import_action = QAction(self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_importAction_triggered)
        self.attach_folder_action = QAction(self)
        self.attach_folder_action.setObjectName("attachFolderAction")
        self.attach_folder_action.triggered.connect(self._on_attachFolderAction_triggered)
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu_bar = self.menuBar()
        self._file_menu = menu_bar.addMenu("")
        if self._may_import():
            self._file_menu.addAction(self.import_action)
            self._file_menu.addAction(self.attach_folder_action)
            self._file_menu.addSeparator()
        self._file_menu.addAction(self.lock_action)
        self._file_menu.addAction(self.logout_action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.exit_action)
        self._settings_menu = menu_bar.addMenu("")
        self._settings_menu.addAction(self.settings_action)
        self._help_menu = menu_bar.addMenu("")
        self._help_menu.addAction(self.about_action)

        self.logout_action.triggered.connect(self._on_logoutAction_triggered)
        self.lock_action.triggered.connect(self._on_lockAction_triggered)
        self.exit_action.triggered.connect(self.close)
        self.settings_action.triggered.connect(self._on_settingsAction_triggered)
        self.about_action.triggered.connect(self._on_aboutAction_triggered)

    def _build_status_bar(self) -> None:
        self._user_label = QLabel(self)
        self._user_label.setObjectName("statusUserLabel")
        self._database_label = QLabel(self._session.database_label, self)
        self._database_label.setObjectName("statusDatabaseLabel")
        self._site_label = QLabel(self)
        self._site_label.setObjectName("statusSiteLabel")
        self.unread_label = QLabel(self)
        self.unread_label.setObjectName("statusUnreadLabel")
        self.unread_label.setVisible(False)
        self._demo_label = QLabel(self)
        self._demo_label.setObjectName("demoNotice")
        self._demo_label.setVisible(bool(self._session.is_demo))
        bar = self.statusBar()
        bar.addPermanentWidget(self._demo_label)
        bar.addWidget(self._user_label)
        bar.addWidget(self._site_label)
        bar.addWidget(self.unread_label)
        bar.addPermanentWidget(self._database_label)

    def _retranslate(self) -> None:
        actor = self._session.actor
        company = self._session.company_name
        title = self.tr("{company} – hrdesk").format(company=company)
        if self._unread:
            title = self.tr("({count}) {title}").format(count=self._unread, title=title)
        self.setWindowTitle(title)
        self.unread_label.setText(self.tr("Unread notifications: {count}").format(
            count=self._unread))
        self.unread_label.setVisible(self._unread > 0)
        self._demo_label.setText(self.tr(
            "Demo database with invented people: try anything, nothing here is real."))
        self._file_menu.setTitle(self.tr("&File"))
        self._settings_menu.setTitle(self.tr("&Settings"))
        self._help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.import_action.setText(self.tr("&Import resumes…"))
        self.attach_folder_action.setText(self.tr("&Attach resume files from a folder…"))
        self.logout_action.setText(self.tr("Log &out"))
        self.exit_action.setText(self.tr("E&xit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About hrdesk"))
        self._user_label.setText(self.tr("Signed in: {name} ({roles})").format(
            name=actor.display_name, roles=roles.role_names(actor.roles)))
        self._site_label.setText(self.tr("Site: {site}").format(
            site=actor.site_name or self.tr("all sites")))
        self._database_label.setText(self.tr("Database: {label}").format(
            label=self._session.database_label))

    # --- resume import: File ▸ Import, or a spreadsheet dropped on the window ----------

    def _may_import(self) -> bool:
        return allows(self._session.actor, Permission.EDIT_CANDIDATES)

    def _on_importAction_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import resumes"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"))
        if chosen:
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> QDialog:
        """The preview of ``path``, for the job whose board is showing, if any."""
        from ui.imports.preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self._context, self._session, path,
                                     job_id=self.content.current_job(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def _on_attachFolderAction_triggered(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Attach resume files from a folder"))
        if chosen:
            self.attach_folder(Path(chosen))

    def attach_folder(self, folder: Path):
        """Attach the resume files of ``folder`` (progress, Cancel, then the summary)."""
        from ui.imports.folder_attach import FolderAttachRun

        if self.folder_attach is not None:
            self.folder_attach.deleteLater()
        self.folder_attach = FolderAttachRun(self._context, self._session, folder, self)
        self.folder_attach.finished.connect(self._on_folderAttach_finished)
        self.folder_attach.start()
        return self.folder_attach

    def _on_folderAttach_finished(self, _result) -> None:
        # Names of people stay hidden behind the lock.
        if self.folder_attach is not None and not self.is_locked():
            self.folder_attach.show_summary()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._may_import() and (_spreadsheet_of(mime) or _folder_of(mime)) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A spreadsheet: import it; a folder: attach the resume files in it."""
        mime = event.mimeData()
        spreadsheet = _spreadsheet_of(mime) if self._may_import() else None
        folder = _folder_of(mime) if self._may_import() and spreadsheet is None else None
        if spreadsheet is None and folder is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if spreadsheet is not None:
            self.open_import(spreadsheet)
        elif folder is not None:
            self.attach_folder(folder)

    def _on_content_unreadChanged(self, count: int) -> None:
        self._unread = count
        self._retranslate()

    # --- locking -------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._stack.currentWidget() is self.lock_panel

    def lock(self) -> None:
        if self.is_locked():
            return
        # Close whatever is open on top (settings …): it may show personal data too.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self:
                widget.reject()
        self.idle_watcher.pause()
        self._stack.setCurrentWidget(self.lock_panel)
        self.content.hide()
        for action in (self.lock_action, self.settings_action):
            action.setEnabled(False)
        self.lock_panel.reset()

    def _on_idleWatcher_idled(self) -> None:
        self.lock()

    def _on_lockAction_triggered(self) -> None:
        self.lock()

    def _on_lockPanel_unlocked(self) -> None:
        self._stack.setCurrentWidget(self.content)
        for action in (self.lock_action, self.settings_action):
            action.setEnabled(True)
        self.idle_watcher.resume()

    # --- other actions -------------------------------------------------------------------

    def _on_settingsAction_triggered(self) -> None:
        self.settings_dialog = SettingsDialog(self._context, self._session, self)
        self.settings_dialog.applied.connect(self._on_settingsDialog_applied)
        self.settings_dialog.finished.connect(self._on_settingsDialog_finished)
        self.settings_dialog.open()

    def _on_settingsDialog_applied(self) -> None:
        self.idle_watcher.set_interval(self._context.preferences.idle_lock_minutes * 60_000)

    def _on_settingsDialog_finished(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _on_aboutAction_triggered(self) -> None:
        from ui import about

        about.show_about(self)

    def _on_logoutAction_triggered(self) -> None:
        self._leave(self.loggedOut)

    def _leave(self, signal) -> None:
        self._leaving = True
        self.idle_watcher.stop()
        self.reminder_timer.stop()
        self._context.changes.forget(self._session.workspace)
        self._context.preferences.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        self.hide()
        signal.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            self._leave(self.closed)
        event.accept()


def _folder_of(mime: QMimeData) -> Path | None:
    """The folder a drag carries, if it carries just one (a folder of resume files)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).is_dir():
        return Path(urls[0].toLocalFile())
    return None


def _spreadsheet_of(mime: QMimeData) -> Path | None:
    """The first local spreadsheet file of a drag, if it carries one."""
    for url in mime.urls() if mime.hasUrls() else ():
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in SPREADSHEET_SUFFIXES:
            return path
    return None
