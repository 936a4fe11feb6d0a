"""The screening-rule editor of one job: requirements, keywords, pass score, and the
sensitive rules (age, gender) apart, off by default, under a discrimination warning.

Layout and checks only; ``ScreeningRulesPresenter`` carries loads and saves to the core.
"""

from __future__ import annotations

import dataclasses
import re
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk import errors
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.services import screening
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui import messages, widgets
from ui.context import AppContext
from ui.field_marks import FieldMarks
from ui.presenter import Presenter

# The separators people type between terms (full-width ones from a Chinese IME too).
_SEPARATORS = re.compile(r"[,，、;；\n]")


class ScreeningRulesPresenter(Presenter):
    """``loaded(JobScreening)``, ``failed(error)``, ``saved(JobScreening)``,
    ``saveRefused(error)`` (the dialog keeps what was typed)."""

    loaded = Signal(object)
    failed = Signal(object)
    saved = Signal(object)
    saveRefused = Signal(object)

    @property
    def may_edit(self) -> bool:
        return allows(self.actor, Permission.MANAGE_JOBS)

    def load(self, job_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._run("screening.get", lambda ctx: screening.get_screening(ws, actor, job_id)) \
            .success(self.loaded.emit).failure(self.failed.emit)

    def save(self, job_id: uuid.UUID, rules: screening.ScreeningRules, version: int) -> None:
        ws, actor = self.ws, self.actor
        self._run("screening.save",
                  lambda ctx: screening.save(ws, actor, job_id, rules, version)) \
            .success(self.saved.emit).failure(self.saveRefused.emit)


class ScreeningRulesDialog(widgets.Retranslating, QDialog):
    """``saved(JobScreening)`` after the core stored the rules."""

    saved = Signal(object)

    def __init__(self, context: AppContext, session, job_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningRulesDialog")
        self.job_id = job_id
        self.stored: screening.JobScreening | None = None
        self.marks = FieldMarks()
        self.presenter = ScreeningRulesPresenter(context, session, self)
        self._build()
        self.presenter.loaded.connect(self._on_presenter_loaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.saved.connect(self._on_presenter_saved)
        self.presenter.saveRefused.connect(self._on_presenter_saveRefused)
        self._retranslate()
        self._set_editable(False)  # until the stored rules are shown
        self.busy.setVisible(True)
        self.presenter.load(job_id)

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.education = QComboBox(self)
        self.education.setObjectName("screeningEducation")
        self.education.addItem("", None)
        for level in EDUCATION_LEVELS:
            self.education.addItem(level, level)
        self.min_years = self._edit("screeningMinYears")
        self.certificates = self._edit("screeningCertificates")
        self.keywords = self._edit("screeningKeywords")
        self.cities = self._edit("screeningCities")
        self.pass_score = self._edit("screeningPassScore")
        self.reject_check = QCheckBox(self)
        self.reject_check.setObjectName("screeningReject")

        self.sensitive_box = QGroupBox(self)
        self.sensitive_box.setObjectName("screeningSensitiveBox")
        self.warning = QLabel(self.sensitive_box)
        self.warning.setObjectName("screeningSensitiveWarning")
        self.warning.setWordWrap(True)
        self.use_age = QCheckBox(self.sensitive_box)
        self.use_age.setObjectName("screeningUseAge")
        self.min_age = self._edit("screeningMinAge", self.sensitive_box)
        self.max_age = self._edit("screeningMaxAge", self.sensitive_box)
        self.use_gender = QCheckBox(self.sensitive_box)
        self.use_gender.setObjectName("screeningUseGender")
        self.gender = QComboBox(self.sensitive_box)
        self.gender.setObjectName("screeningGender")
        self.gender.addItems(["", ""])
        self.gender.setItemData(0, "M")
        self.gender.setItemData(1, "F")
        sensitive = QFormLayout(self.sensitive_box)
        sensitive.addRow(self.warning)
        self.sensitive_labels = [QLabel(self.sensitive_box) for _ in range(3)]
        sensitive.addRow(self.use_age)
        for label, field in zip(self.sensitive_labels,
                                (self.min_age, self.max_age, self.gender), strict=True):
            label.setBuddy(field)
        sensitive.addRow(self.sensitive_labels[0], self.min_age)
        sensitive.addRow(self.sensitive_labels[1], self.max_age)
        sensitive.addRow(self.use_gender)
        sensitive.addRow(self.sensitive_labels[2], self.gender)
        self.use_age.toggled.connect(self._on_screeningUseAge_toggled)
        self.use_gender.toggled.connect(self._on_screeningUseGender_toggled)
        self._on_screeningUseAge_toggled(False)
        self._on_screeningUseGender_toggled(False)

        self.message = widgets.MessageLabel(self, "screeningMessage")
        self.busy = widgets.busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("screeningSaveButton")
        self.buttons.accepted.connect(self._on_screeningSaveButton_clicked)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.labels, (self.education, self.min_years,
                                              self.certificates, self.keywords, self.cities,
                                              self.pass_score), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.reject_check)
        outer = QVBoxLayout(self)
        outer.addWidget(self.busy)
        outer.addWidget(self.message)
        outer.addLayout(form)
        outer.addWidget(self.sensitive_box)
        outer.addStretch(1)  # spare room below the fields, not between them
        outer.addWidget(self.buttons)

    def _edit(self, name: str, parent: QWidget | None = None) -> QLineEdit:
        edit = QLineEdit(parent or self)
        edit.setObjectName(name)
        return edit

    def _retranslate(self) -> None:
        self.setWindowTitle(self._title())
        texts = (self.tr("Minimum &education:"), self.tr("Minimum &years:"),
                 self.tr("Required &certificates:"), self.tr("&Keywords:"),
                 self.tr("C&ities:"), self.tr("&Pass score:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.education.setItemText(0, self.tr("(any)"))
        self.min_years.setPlaceholderText(self.tr("any"))
        separated = self.tr("separated by commas, e.g. {example}")
        self.certificates.setPlaceholderText(separated.format(example="电工证, 焊工证"))
        self.keywords.setPlaceholderText(separated.format(example="数控, FANUC"))
        self.cities.setPlaceholderText(separated.format(example="昆山, 苏州"))
        self.pass_score.setPlaceholderText(self.tr("0 to 100"))
        self.pass_score.setToolTip(self.tr(
            "Candidates scoring at least this, with every requirement met, are tagged "
            "high-potential and their recruiter and hiring manager are told."))
        self.reject_check.setText(self.tr(
            "Reject candidates who do not match and queue a courteous rejection notice"))
        self.sensitive_box.setTitle(self.tr("Sensitive rules (discrimination risk)"))
        self.warning.setText(self.tr(
            "Screening by age or gender can be unlawful discrimination under equal-employment "
            "law (e.g. the PRC Employment Promotion Law). Use these rules only where a law "
            "or a real job requirement demands it; they are off unless you switch them on."))
        self.use_age.setText(self.tr("Screen by &age"))
        self.use_gender.setText(self.tr("Screen by &gender"))
        for label, text in zip(self.sensitive_labels, (
                self.tr("Minimum age:"), self.tr("Maximum age:"), self.tr("Gender:")),
                strict=True):
            label.setText(text)
        self.gender.setItemText(0, self.tr("Male"))
        self.gender.setItemText(1, self.tr("Female"))

    def _title(self) -> str:
        if self.stored is None:
            return self.tr("Screening rules")
        return self.tr("Screening rules of {code} {title}").format(
            code=self.stored.job_code, title=self.stored.job_title)

    # --- filling ---------------------------------------------------------------------

    def show_rules(self, rules: screening.ScreeningRules) -> None:
        self.marks.clear()
        self.education.setCurrentIndex(max(0, self.education.findData(rules.min_education))
                                       if rules.min_education else 0)
        self.min_years.setText(_number_text(rules.min_years))
        self.certificates.setText(", ".join(rules.required_certificates))
        self.keywords.setText(", ".join(rules.keywords))
        self.cities.setText(", ".join(rules.cities))
        self.pass_score.setText(str(rules.pass_score))
        self.reject_check.setChecked(rules.reject_non_matching)
        self.use_age.setChecked(rules.use_age)
        self.min_age.setText(_number_text(rules.min_age))
        self.max_age.setText(_number_text(rules.max_age))
        self.use_gender.setChecked(rules.use_gender)
        self.gender.setCurrentIndex(1 if rules.gender == "F" else 0)

    def _set_editable(self, editable: bool) -> None:
        for field in (self.min_years, self.certificates, self.keywords, self.cities,
                      self.pass_score, self.min_age, self.max_age):
            field.setReadOnly(not editable)
        for widget in (self.education, self.reject_check, self.use_age, self.use_gender):
            widget.setEnabled(editable)
        self._on_screeningUseAge_toggled(self.use_age.isChecked())
        self._on_screeningUseGender_toggled(self.use_gender.isChecked())
        self.save_button.setEnabled(editable)

    # --- checking and reading --------------------------------------------------------

    def check(self) -> bool:
        """Mark what the core would refuse, before asking it; True if nothing is marked."""
        self.marks.clear()
        self._number(self.min_years, 0, 60, self.tr("Enter 0 to 60 years, or leave it empty."))
        self._number(self.pass_score, 0, 100, self.tr("Enter a pass score from 0 to 100."),
                     required=True)
        if self.use_age.isChecked():
            reason = self.tr("Enter an age from 16 to 80, or leave it empty.")
            low = self._number(self.min_age, 16, 80, reason)
            high = self._number(self.max_age, 16, 80, reason)
            if low is not None and high is not None and low > high:
                self.marks.mark(self.max_age,
                                self.tr("The maximum age must not be below the minimum age."))
            elif low is None and high is None and not self.marks.reasons():
                self.marks.mark(self.min_age, self.tr("Enter a minimum or a maximum age."))
        self._show_marks()
        return not self.marks.reasons()

    def _number(self, edit: QLineEdit, low: int, high: int, reason: str,
                required: bool = False) -> int | None:
        text = edit.text().strip()
        if not text:
            if required:
                self.marks.mark(edit, reason)
            return None
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            self.marks.mark(edit, reason)
            return None
        return value

    def rules(self) -> screening.ScreeningRules:
        """What the form says (call ``check`` first)."""
        def number(edit: QLineEdit) -> int | None:
            text = edit.text().strip()
            return int(text) if text else None

        return dataclasses.replace(
            screening.ScreeningRules(),
            min_education=self.education.currentData(), min_years=number(self.min_years),
            required_certificates=_terms(self.certificates.text()),
            keywords=_terms(self.keywords.text()), cities=_terms(self.cities.text()),
            pass_score=number(self.pass_score) or 0,
            reject_non_matching=self.reject_check.isChecked(),
            use_age=self.use_age.isChecked(),
            min_age=number(self.min_age) if self.use_age.isChecked() else None,
            max_age=number(self.max_age) if self.use_age.isChecked() else None,
            use_gender=self.use_gender.isChecked(),
            gender=self.gender.currentData() if self.use_gender.isChecked() else None)

    def mark_refusal(self, field: str, text: str) -> bool:
        """A field the core named (``InvalidField.field``) marked in place."""
        widget = {"min_education": self.education, "min_years": self.min_years,
                  "pass_score": self.pass_score, "min_age": self.min_age,
                  "max_age": self.max_age, "gender": self.gender}.get(field)
        if widget is None:
            return False
        self.marks.mark(widget, text)
        return True

    def _show_marks(self) -> None:
        reasons = self.marks.reasons()
        if reasons:
            self.message.show_problem("\n".join(reasons))
            first = self.marks.first()
            if first is not None:
                first.setFocus()
        else:
            self.message.clear_message()

    # --- slots -----------------------------------------------------------------------

    def _on_screeningUseAge_toggled(self, on: bool) -> None:
        editable = self.use_age.isEnabled()
        for field in (self.min_age, self.max_age):
            field.setEnabled(on and editable)

    def _on_screeningUseGender_toggled(self, on: bool) -> None:
        self.gender.setEnabled(on and self.use_gender.isEnabled())

    def _on_screeningSaveButton_clicked(self) -> None:
        if self.stored is None or not self.presenter.may_edit or not self.check():
            return
        self.busy.setVisible(True)
        self.save_button.setEnabled(False)
        self.presenter.save(self.job_id, self.rules(), self.stored.version)

    def _on_presenter_loaded(self, stored: screening.JobScreening) -> None:
        self.busy.setVisible(False)
        self.stored = stored
        self.setWindowTitle(self._title())
        self.show_rules(stored.rules)
        self._set_editable(self.presenter.may_edit)

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)

    def _on_presenter_saved(self, stored: screening.JobScreening) -> None:
        self.busy.setVisible(False)
        self.stored = stored
        self.saved.emit(stored)
        self.accept()

    def _on_presenter_saveRefused(self, error: BaseException) -> None:
        """Nothing typed is touched: the refusal is shown, its field marked."""
        self.busy.setVisible(False)
        self.save_button.setEnabled(True)
        self.marks.clear()
        if isinstance(error, errors.InvalidField):
            self.mark_refusal(str(error.params.get("field")), messages.describe(error))
        self.message.show_error(error)


def _terms(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in _SEPARATORS.split(text) if t.strip())


def _number_text(value: int | None) -> str:
    return "" if value is None else str(value)

