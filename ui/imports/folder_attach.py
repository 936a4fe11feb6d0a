"""File ▸ Attach resume files from a folder: one run, from the progress dialog with Cancel
to the summary (``FolderResultDialog``), or a message when the folder cannot be used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hrdesk.services.resume_folder import FolderResult
from ui import messages
from ui.context import AppContext
from ui.imports.folder_presenter import FolderAttachPresenter
from ui.imports.folder_result_dialog import FolderResultDialog


class FolderAttachRun(QObject):
    """``finished(FolderResult)`` when the folder is done or Cancel stopped it; the caller
    then shows the summary (``show_summary``) and reloads what shows candidates."""

    finished = Signal(object)

    def __init__(self, context: AppContext, session, folder: Path,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.folder = Path(folder)
        self.result: FolderResult | None = None
        self.summary: FolderResultDialog | None = None
        self.error_box: QMessageBox | None = None
        self.presenter = FolderAttachPresenter(context, session, self)
        self.presenter.progressed.connect(self._on_presenter_progressed)
        self.presenter.finished.connect(self._on_presenter_finished)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.progress_dialog = QProgressDialog(parent)
        self.progress_dialog.setObjectName("folderAttachProgress")
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.setMinimumDuration(0)
        self.progress_dialog.setMinimumWidth(420)
        self.progress_dialog.setWindowTitle(self.tr("Attach resume files from a folder"))
        self.progress_dialog.setLabelText(self.tr("Reading {folder}…").format(
            folder=self.folder.name or self.folder))
        self.progress_dialog.setCancelButtonText(self.tr("Cancel"))
        self.progress_dialog.setRange(0, 0)  # busy until the first file is counted
        # Cancel, Esc, the close box, or the lock closing every dialog: all stop the run.
        self.progress_dialog.canceled.connect(self.presenter.cancel)
        self.progress_dialog.rejected.connect(self.presenter.cancel)

    def start(self) -> None:
        self.progress_dialog.show()
        self.presenter.run(self.folder)

    def is_running(self) -> bool:
        return self.presenter.is_running()

    def cancel(self) -> None:
        self.presenter.cancel()

    def show_summary(self) -> FolderResultDialog:
        assert self.result is not None
        dialog = FolderResultDialog(self.folder, self.result, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.summary = dialog
        return dialog

    def _on_presenter_progressed(self, done: int, total: int) -> None:
        self.progress_dialog.setRange(0, max(total, 1))
        self.progress_dialog.setValue(done)
        self.progress_dialog.setLabelText(self.tr("Attaching resume files: {done} of {total}")
                                          .format(done=done, total=total))

    def _on_presenter_finished(self, result: FolderResult) -> None:
        self._close_progress()
        self.result = result
        self.finished.emit(result)

    def _on_presenter_failed(self, error: BaseException) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Attach resume files from a folder"),
                          messages.describe(error), QMessageBox.StandardButton.Close,
                          self._window)
        box.setObjectName("folderAttachError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    def _close_progress(self) -> None:
        dialog = self.progress_dialog
        dialog.canceled.disconnect(self.presenter.cancel)
        dialog.rejected.disconnect(self.presenter.cancel)
        dialog.hide()
        dialog.deleteLater()
