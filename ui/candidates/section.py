"""The Candidates section: the list, and a candidate's file in its place when one is opened.

The file is built the first time a candidate is opened; Back (or Esc) in the
file returns to the list where it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui import navigation
from ui.candidates.list_widget import CandidatesListWidget
from ui.context import AppContext

if TYPE_CHECKING:  # (imported when a file is first opened)
    from ui.candidates.file_widget import CandidateFileWidget


class CandidatesSection(QWidget):
    """Emits ``openRequested(Target)`` for what the file opens elsewhere (a job's board)."""

    openRequested = Signal(object)

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatesSection")
        self._context = context
        self._session = session
        self.list = CandidatesListWidget(context, session, parent=self)
        self.list.openRequested.connect(self._on_list_openRequested)
        self.file: CandidateFileWidget | None = None  # made when first opened
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_candidate(self, candidate_id: uuid.UUID,
                       siblings: Sequence[uuid.UUID] = ()) -> None:
        file = self._file()
        self.stack.setCurrentWidget(file)
        file.show_candidate(candidate_id, tuple(siblings))

    def _file(self) -> CandidateFileWidget:
        """The file widget, made when first needed."""
        file = self.file
        if file is None:
            from ui.candidates.file_widget import CandidateFileWidget

            file = self.file = CandidateFileWidget(self._context, self._session, parent=self)
            file.closed.connect(self._on_file_closed)
            file.openRequested.connect(self.openRequested.emit)
            self.stack.addWidget(file)
        return file

    def open_application(self, application_id: uuid.UUID) -> None:
        """The file of the person the application is about."""
        self._file().show_application(application_id)
        self.stack.setCurrentWidget(self._file())

    def _on_list_openRequested(self, target: navigation.Target) -> None:
        self.open_candidate(target.id, target.siblings)

    def _on_file_closed(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.setFocus()
