"""HR types a new candidate by hand, judged by the same identity rules as an import.

The same person on file is refused with their name; a possible duplicate (another
name under the same mobile or e-mail) is asked about: store and queue the pair for
later, store as a different person (remembered), or go back and change the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk import errors
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.services.candidates import NewCandidate
from ui import messages, widgets
from ui.candidates.identity_presenter import IdentityPresenter
from ui.context import AppContext


class NewCandidateDialog(QDialog):
    """Accepted once the person is stored; ``created`` is then their profile."""

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCandidateDialog")
        self.setWindowTitle(self.tr("New candidate"))
        self.setMinimumWidth(460)
        self.created = None
        self.presenter = IdentityPresenter(context, session, self)
        self.presenter.created.connect(self._on_presenter_created)
        self.presenter.createFailed.connect(self._on_presenter_createFailed)
        self.name = self._line("newCandidateName")
        self.mobile = self._line("newCandidateMobile")
        self.email = self._line("newCandidateEmail")
        self.id_number = self._line("newCandidateIdNumber")
        self.gender = QComboBox(self)
        self.gender.setObjectName("newCandidateGender")
        for text, value in (("", None), (self.tr("Male"), "M"), (self.tr("Female"), "F")):
            self.gender.addItem(text, value)
        self.education = QComboBox(self)
        self.education.setObjectName("newCandidateEducation")
        self.education.addItem("", None)
        for level in EDUCATION_LEVELS:
            self.education.addItem(level, level)
        self.school = self._line("newCandidateSchool")
        self.city = self._line("newCandidateCity")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("newCandidateNotes")
        self.notes.setMaximumHeight(80)
        self.message = widgets.MessageLabel(self, "newCandidateMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Education"), self.education)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def person(self) -> NewCandidate:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return NewCandidate(
            name=self.name.text(), mobile=text(self.mobile), email=text(self.email),
            id_number=text(self.id_number), gender=self.gender.currentData(),
            education=self.education.currentData(), school=text(self.school),
            city=text(self.city), notes=self.notes.toPlainText().strip() or None)

    def _on_save(self, on_duplicate: str = "refuse") -> None:
        self.message.clear_message()
        self.buttons.setEnabled(False)
        self.presenter.create(self.person(), on_duplicate)

    def _on_presenter_created(self, profile) -> None:
        self.created = profile
        self.buttons.setEnabled(True)
        self.accept()

    def _on_presenter_createFailed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, errors.PossibleDuplicate):
            choice = self.ask_possible_duplicate(error)
            if choice is not None:
                self._on_save(choice)
            return
        self.message.show_error(error)

    def ask_possible_duplicate(self, error: errors.PossibleDuplicate) -> str | None:
        """"queue", "allow" or None (go back to the form). A method, so tests answer it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"),
                          messages.describe(error), parent=self)
        box.setObjectName("possibleDuplicateBox")
        later = box.addButton(self.tr("Save, and decide in the duplicates queue"),
                              QMessageBox.ButtonRole.AcceptRole)
        different = box.addButton(self.tr("Save: a different person"),
                                  QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.exec()
        clicked = box.clickedButton()
        return "queue" if clicked is later else "allow" if clicked is different else None
