"""The requisition form: new or edit, checked in place before anything is sent.

The checks mirror ``workflow.approval.check_draft`` so the user hears of a mistake
next to the field instead of as a refusal; the service checks again regardless,
and a refusal naming a field is marked on that field too.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk import errors
from hrdesk.services.requisitions import RequisitionDraft, RequisitionInfo
from ui import field_marks, when, widgets
from ui.requisitions import models
from ui.requisitions.presenter import FormChoices

SALARY_LIMIT = 1_000_000  # yuan a month; far above any factory post


def mark_invalid(editor: QWidget, label: QLabel, reason: str | None) -> None:
    """Red frame (style sheet: ``[invalid="true"]``), tooltip and a line under the field."""
    field_marks.mark_one(editor, reason)
    label.setText(reason or "")
    label.setVisible(reason is not None)


class RequisitionForm(widgets.Retranslating, QDialog):
    """Emits ``saveRequested(RequisitionDraft, submit)`` only for a draft that passed the
    checks, and ``reloadRequested`` when the user asks for the stored version."""

    saveRequested = Signal(object, bool)
    reloadRequested = Signal()

    def __init__(self, choices: FormChoices, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requisitionForm")
        self.requisition_id: uuid.UUID | None = None
        self.version: int | None = None
        self._today = today
        self._build(choices)
        self._retranslate()
        self._on_wantedBySet_toggled(False)

    # --- building --------------------------------------------------------------------

    def _build(self, choices: FormChoices) -> None:
        self.department = QComboBox(self)
        for department_id, name in choices.departments:
            self.department.addItem(name, department_id)
        self.title = QLineEdit(self)
        self.title.setMaxLength(100)  # the column's width
        self.headcount = QSpinBox(self)
        self.headcount.setRange(1, 999)
        self.job_type = QComboBox(self)
        for code, name in choices.job_types:
            self.job_type.addItem(name, code)
        self.reason = QComboBox(self)
        for code in models.REASONS:
            self.reason.addItem("", code)
        self.wanted_by_set = QCheckBox(self)
        self.wanted_by = QDateEdit(self)
        self.wanted_by.setCalendarPopup(True)
        self.wanted_by.setDate(models.qdate(self._today).addMonths(1))
        self.salary_min, self.salary_max = QSpinBox(self), QSpinBox(self)
        for spin in (self.salary_min, self.salary_max):
            spin.setRange(0, SALARY_LIMIT)
            spin.setSingleStep(500)
            spin.setGroupSeparatorShown(True)
        self.duties = QPlainTextEdit(self)
        self.qualifications = QPlainTextEdit(self)
        for text in (self.duties, self.qualifications):
            text.setTabChangesFocus(True)
            text.setMinimumHeight(60)

        # Field name (as the service names it) -> editor; each gets an error line.
        self.fields: dict[str, QWidget] = {
            "department_id": self.department, "position_title": self.title,
            "headcount": self.headcount, "job_type": self.job_type, "reason": self.reason,
            "wanted_by": self.wanted_by, "salary_min": self.salary_min,
            "salary_max": self.salary_max, "duties": self.duties,
            "qualifications": self.qualifications}
        self.errors: dict[str, QLabel] = {}
        for name, editor in self.fields.items():
            editor.setObjectName(f"req_{name}")
            label = QLabel(self)
            label.setObjectName(f"req_{name}_error")
            label.setProperty("kind", "error")
            label.setWordWrap(True)
            label.setVisible(False)
            self.errors[name] = label
        self.wanted_by_set.setObjectName("req_wanted_by_set")

        self.message = widgets.MessageLabel(self, "requisitionFormMessage")
        self.busy = widgets.busy_bar(self)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("requisitionReload")
        self.reload_button.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("requisitionSaveDraft")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("requisitionSubmit")
        self.submit_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("requisitionFormClose")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        wanted = QHBoxLayout()
        wanted.addWidget(self.wanted_by_set)
        wanted.addWidget(self.wanted_by, 1)
        salary = QHBoxLayout()
        salary.addWidget(self.salary_min, 1)
        self.salary_dash = QLabel("–", self)
        salary.addWidget(self.salary_dash)
        salary.addWidget(self.salary_max, 1)
        self._labels = {}
        for name, row in (("department_id", self.department), ("position_title", self.title),
                          ("headcount", self.headcount), ("job_type", self.job_type),
                          ("reason", self.reason), ("wanted_by", wanted),
                          ("salary_min", salary), ("duties", self.duties),
                          ("qualifications", self.qualifications)):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(row, QHBoxLayout):
                box.addLayout(row)
            else:
                box.addWidget(row)
            box.addWidget(self.errors[name])
            if name == "salary_min":
                box.addWidget(self.errors["salary_max"])
            self._labels[name] = QLabel(self)
            self._labels[name].setBuddy(self.fields[name])
            self.form.addRow(self._labels[name], box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        self.wanted_by_set.toggled.connect(self._on_wantedBySet_toggled)
        self.save_button.clicked.connect(self._on_saveButton_clicked)
        self.submit_button.clicked.connect(self._on_submitButton_clicked)
        self.reload_button.clicked.connect(self._on_reloadButton_clicked)
        self.close_button.clicked.connect(self.reject)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New requisition") if self.requisition_id is None
                            else self.tr("Edit requisition"))
        texts = {"department_id": self.tr("&Department:"),
                 "position_title": self.tr("&Position title:"),
                 "headcount": self.tr("&Headcount:"), "job_type": self.tr("&Job type:"),
                 "reason": self.tr("&Reason:"), "wanted_by": self.tr("&Wanted by:"),
                 "salary_min": self.tr("&Salary (yuan/month):"),
                 "duties": self.tr("D&uties:"), "qualifications": self.tr("Re&quirements:")}
        for name, label in self._labels.items():
            label.setText(texts[name])
        for row, code in enumerate(models.REASONS):
            self.reason.setItemText(row, models.reason_name(code))
        self.title.setPlaceholderText(self.tr("e.g. CNC lathe operator"))
        self.wanted_by_set.setText(self.tr("by date"))
        for spin, text in ((self.salary_min, self.tr("min")), (self.salary_max, self.tr("max"))):
            spin.setSpecialValueText(self.tr("{bound}: not set").format(bound=text))
            spin.setPrefix(self.tr("{bound} ").format(bound=text))
        self.reload_button.setText(self.tr("&Reload"))
        self.save_button.setText(self.tr("Save &draft"))
        self.submit_button.setText(self.tr("Su&bmit for approval"))
        self.close_button.setText(self.tr("Close"))

    # --- content ---------------------------------------------------------------------

    def edit(self, info: RequisitionInfo) -> None:
        """Show a stored requisition; saving updates it (at this version)."""
        self.requisition_id, self.version = info.id, info.version
        draft = info.draft
        index = self.department.findData(draft.department_id)
        if index < 0:  # filed by someone for a department this actor cannot choose
            self.department.addItem(info.department_name, draft.department_id)
            index = self.department.count() - 1
        self.department.setCurrentIndex(index)
        self.title.setText(draft.position_title)
        self.headcount.setValue(draft.headcount)
        self.job_type.setCurrentIndex(max(0, self.job_type.findData(draft.job_type)))
        self.reason.setCurrentIndex(max(0, self.reason.findData(draft.reason)))
        self.wanted_by_set.setChecked(draft.wanted_by is not None)
        if draft.wanted_by is not None:
            self.wanted_by.setDate(models.qdate(draft.wanted_by))
        self.salary_min.setValue(draft.salary_min or 0)
        self.salary_max.setValue(draft.salary_max or 0)
        self.duties.setPlainText(draft.duties)
        self.qualifications.setPlainText(draft.qualifications)
        self.reload_button.setVisible(False)
        self.mark({})
        self._retranslate()

    def draft(self) -> RequisitionDraft:
        wanted = when.date_of(self.wanted_by.date()) if self.wanted_by_set.isChecked() else None
        return RequisitionDraft(
            self.department.currentData(), self.title.text().strip(), self.headcount.value(),
            self.reason.currentData(), self.job_type.currentData() or "",
            self.duties.toPlainText().strip(), self.qualifications.toPlainText().strip(),
            self.salary_min.value() or None, self.salary_max.value() or None, wanted)

    def problems(self) -> dict[str, str]:
        """What is wrong, by field, in the words the user reads."""
        found: dict[str, str] = {}
        draft = self.draft()
        if draft.department_id is None:
            found["department_id"] = self.tr("Choose the department that needs the people.")
        if not draft.position_title:
            found["position_title"] = self.tr("Required.")
        if not draft.job_type:
            found["job_type"] = self.tr("Choose a job type.")
        if draft.headcount < 1:
            found["headcount"] = self.tr("At least 1.")
        if draft.wanted_by is not None and draft.wanted_by < self._today:
            found["wanted_by"] = self.tr("Must not be in the past.")
        if draft.salary_min and draft.salary_max and draft.salary_min > draft.salary_max:
            found["salary_min"] = self.tr("The minimum must not be above the maximum.")
        return found

    def mark(self, problems: dict[str, str]) -> None:
        for name, editor in self.fields.items():
            mark_invalid(editor, self.errors[name], problems.get(name))
        first = next((self.fields[n] for n in self.fields if n in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- answers from the service ----------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.submit_button.setEnabled(not busy)

    def show_refusal(self, error: BaseException) -> None:
        """The translated reason; nothing typed is touched. A field it names is marked."""
        self.set_busy(False)
        self.message.show_error(error)
        if isinstance(error, errors.ChangedMeanwhile | errors.ConcurrentChange):
            self.reload_button.setVisible(True)
        elif isinstance(error, errors.InvalidField) and error.params.get("field") in self.fields:
            self.mark({error.params["field"]: self.message.text()})

    def adopt(self, info: RequisitionInfo) -> None:
        """A failed submit left a saved draft: the next save updates it."""
        self.requisition_id, self.version = info.id, info.version
        self._retranslate()

    def reloaded(self, info: RequisitionInfo) -> None:
        self.edit(info)
        self.message.show_success(self.tr("Showing the stored version; change it and save again."))

    # --- slots -----------------------------------------------------------------------

    def _on_wantedBySet_toggled(self, checked: bool) -> None:
        self.wanted_by.setEnabled(checked)

    def _on_saveButton_clicked(self) -> None:
        self._request(submit=False)

    def _on_submitButton_clicked(self) -> None:
        self._request(submit=True)

    def _on_reloadButton_clicked(self) -> None:
        self.reloadRequested.emit()

    def _request(self, submit: bool) -> None:
        problems = self.problems()
        self.mark(problems)
        if problems:
            self.message.show_problem(self.tr("Please correct the marked fields."))
            return
        self.message.clear_message()
        self.set_busy(True)
        self.saveRequested.emit(self.draft(), submit)
