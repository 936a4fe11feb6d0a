"""The job form: what a job is, who staffs it, where it is posted. Layout and checks only;
the Jobs widget decides when to load and save it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.jobs import JobDraft, JobInfo
from hrdesk.vocabulary import JobStatus
from ui import widgets
from ui.context import AppContext
from ui.field_marks import FieldMarks
from ui.jobs import model as jobs_model
from ui.jobs.presenter import Catalogue
from ui.jobs.screening_dialog import ScreeningRulesDialog

MAX_HEADCOUNT = 9999


class JobForm(widgets.Retranslating, QWidget):
    """Shows one job (or a new one). ``job`` is the one being edited, None for a new one."""

    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobForm")
        self._context = context  # for the dialogs the form opens (screening rules)
        self._session = session
        self.job: JobInfo | None = None
        self.marks = FieldMarks()
        self._editable = True
        self._job_types: dict[uuid.UUID, str] = {}
        self._build()
        self._retranslate()

    def _build(self) -> None:
        self.code = QLabel(self)
        self.code.setObjectName("jobCode")
        self.title = QLineEdit(self)
        self.title.setObjectName("jobTitle")
        self.title.setMaxLength(100)
        self.department = self._combo("jobDepartment")
        self.headcount = QSpinBox(self)
        self.headcount.setObjectName("jobHeadcount")
        # 0 is allowed in the box so that it can be marked, not silently bumped to 1.
        self.headcount.setRange(0, MAX_HEADCOUNT)
        self.template = self._combo("jobTemplate")
        self.recruiter = self._combo("jobRecruiter")
        self.manager = self._combo("jobHiringManager")
        self.interviewers = jobs_model.CheckListModel(self)
        self.interviewer_view = self._list("jobInterviewers", self.interviewers)
        self.channels = jobs_model.CheckListModel(self)
        self.channel_view = self._list("jobChannels", self.channels)
        self.status = self._combo("jobStatus")
        for code in jobs_model.STATUSES:
            self.status.addItem("", code)
        self.problems = widgets.MessageLabel(self, "jobProblems")
        self.screening_button = QPushButton(self)
        self.screening_button.setObjectName("jobScreeningButton")
        self.screening_button.setEnabled(False)
        self.screening_button.clicked.connect(self._on_jobScreeningButton_clicked)
        self.screening_dialog: ScreeningRulesDialog | None = None

        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # rows keep their height; the spare room goes below
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(10)]
        for label, field in zip(self.labels, (
                self.code, self.title, self.department, self.headcount, self.template,
                self.recruiter, self.manager, self.interviewer_view, self.channel_view,
                self.status), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.screening_button)
        self.form.addRow(self.problems)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _list(self, name: str, model: jobs_model.CheckListModel) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setMaximumHeight(110)
        return view

    def _retranslate(self) -> None:
        texts = (self.tr("Code:"), self.tr("&Title:"), self.tr("&Department:"),
                 self.tr("&Headcount:"), self.tr("&Pipeline:"), self.tr("&Recruiter:"),
                 self.tr("Hiring &manager:"), self.tr("&Interviewers:"), self.tr("C&hannels:"),
                 self.tr("&Status:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("e.g. CNC lathe operator"))
        self.screening_button.setText(self.tr("Screening &rules…"))
        self.screening_button.setToolTip(self.tr(
            "What imported resumes are scored against; save a new job first"))
        for row, code in enumerate(jobs_model.STATUSES):
            self.status.setItemText(row, jobs_model.status_name(code))
        if self.recruiter.count():
            self.recruiter.setItemText(0, self.tr("(me)"))
            self.manager.setItemText(0, self.tr("(head of the department)"))

    # --- filling --------------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue, names: dict[uuid.UUID, str]) -> None:
        def fill(combo: QComboBox, items, first: str | None = None) -> None:
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for item_id, text in items:
                combo.addItem(text, item_id)

        fill(self.department, ((d.id, _department_path(d, catalogue, names))
                               for d in catalogue.departments))
        fill(self.template, ((t.id, t.name) for t in catalogue.templates if t.active))
        people = [(p.id, p.display_name) for p in catalogue.people]
        fill(self.recruiter, ((p.id, p.display_name) for p in catalogue.people
                              if "hr" in p.roles), self.tr("(me)"))
        fill(self.manager, ((p.id, p.display_name) for p in catalogue.people
                            if "manager" in p.roles), self.tr("(head of the department)"))
        self.interviewers.set_items(people)
        self.channels.set_items((c.id, c.name) for c in catalogue.channels
                                if c.active or c.id in self._channels_of_job())
        self._job_types = {t.id: t.job_type for t in catalogue.templates}

    def _channels_of_job(self) -> tuple[uuid.UUID, ...]:
        return self.job.channel_ids if self.job else ()

    def show_job(self, job: JobInfo | None) -> None:
        """Fill the form from ``job`` (None: an empty new job)."""
        self.job = job
        self.marks.clear()
        self.problems.clear_message()
        self.code.setText(job.code if job else self.tr("(new)"))
        self.title.setText(job.title if job else "")
        self.headcount.setValue(job.headcount if job else 1)
        for combo, value in ((self.department, job.department_id if job else None),
                             (self.template, job.template_id if job else None),
                             (self.recruiter, job.recruiter_id if job else None),
                             (self.manager, job.hiring_manager_id if job else None),
                             (self.status, job.status if job else JobStatus.OPEN)):
            _choose(combo, value)
        self.interviewers.set_checked(job.interviewer_ids if job else ())
        self.channels.set_checked(job.channel_ids if job else ())
        # The core keeps department and pipeline of a job once opened (the board's
        # stages hang on them); a new job chooses them.
        self.department.setEnabled(self._editable and job is None)
        self.template.setEnabled(self._editable and job is None)
        self.status.setEnabled(self._editable and job is not None)
        # Rules hang on a stored job; anyone who sees the job may read them.
        self.screening_button.setEnabled(job is not None)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.title.setReadOnly(not editable)
        self.headcount.setReadOnly(not editable)
        for combo in (self.department, self.template, self.recruiter, self.manager, self.status):
            combo.setEnabled(editable)
        self.interviewers.editable = self.channels.editable = editable

    # --- checking and reading -------------------------------------------------------

    def check(self) -> bool:
        """Mark what the core would refuse, before asking it; True if nothing is marked."""
        self.marks.clear()
        if not self.title.text().strip():
            self.marks.mark(self.title, self.tr("Enter the job title."))
        least = max(1, self.job.hired_count) if self.job else 1
        if self.headcount.value() < least:
            self.marks.mark(self.headcount, self.tr("The headcount must be at least {count}.")
                            .format(count=least))
        if self.department.currentData() is None:
            self.marks.mark(self.department, self.tr("Choose a department."))
        if self.template.currentData() is None:
            self.marks.mark(self.template, self.tr("Choose a pipeline."))
        self._show_marks()
        return not self.marks.reasons()

    def mark_refusal(self, field: str, text: str) -> bool:
        """A field the core named (``InvalidField.field``) marked in place; False if unknown."""
        widget = {"title": self.title, "headcount": self.headcount,
                  "department": self.department, "status": self.status,
                  "pipeline template": self.template}.get(field)
        if widget is None:
            return False
        self.marks.mark(widget, text)
        self._show_marks()
        return True

    def _show_marks(self) -> None:
        reasons = self.marks.reasons()
        if reasons:
            self.problems.show_problem("\n".join(reasons))
            first = self.marks.first()
            if first is not None:
                first.setFocus()
        else:
            self.problems.clear_message()

    def is_edited(self) -> bool:
        """Does the form hold typing not saved yet? (A refresh must not replace it.)"""
        job = self.job
        if job is None:
            return bool(self.title.text().strip())
        typed = self.changes()
        stored = {"title": job.title, "headcount": job.headcount, "status": job.status,
                  "interviewer_ids": job.interviewer_ids, "channel_ids": job.channel_ids,
                  "recruiter_id": job.recruiter_id, "hiring_manager_id": job.hiring_manager_id}
        return any(_comparable(value) != _comparable(stored[key])
                   for key, value in typed.items())

    def draft(self) -> JobDraft:
        template_id = self.template.currentData()
        return JobDraft(self.title.text().strip(), self.department.currentData(),
                        self.headcount.value(), template_id, self._job_type(template_id),
                        self.recruiter.currentData(), self.manager.currentData(),
                        interviewer_ids=self.interviewers.checked(),
                        channel_ids=self.channels.checked())

    def changes(self) -> dict[str, Any]:
        """For ``update_job``: every field the form edits (the core writes only differences)."""
        assert self.job is not None
        changes: dict[str, Any] = {
            "title": self.title.text().strip(), "headcount": self.headcount.value(),
            "status": self.status.currentData(),
            "interviewer_ids": self.interviewers.checked(),
            "channel_ids": self.channels.checked()}
        # None means "keep" to update_job, so only a chosen person is passed.
        for key, combo in (("recruiter_id", self.recruiter),
                           ("hiring_manager_id", self.manager)):
            if combo.currentData() is not None:
                changes[key] = combo.currentData()
        return changes

    def _job_type(self, template_id: uuid.UUID | None) -> str:
        if template_id is None:
            return "skilled_worker"
        return self._job_types.get(template_id, "skilled_worker")

    # --- screening rules --------------------------------------------------------------

    def _on_jobScreeningButton_clicked(self) -> None:
        if self.job is None:
            return
        self.screening_dialog = ScreeningRulesDialog(self._context, self._session, self.job.id,
                                                     self)
        self.screening_dialog.finished.connect(self._on_screeningDialog_finished)
        self.screening_dialog.open()

    def _on_screeningDialog_finished(self, _result: int) -> None:
        if self.screening_dialog is not None:
            self.screening_dialog.deleteLater()
            self.screening_dialog = None


def _comparable(value: object) -> object:
    """Ticked ids in any order are the same choice."""
    return frozenset(value) if isinstance(value, tuple | list) else value


def _choose(combo: QComboBox, value: object) -> None:
    # findData compares wrapped Python objects by identity: equal UUIDs would not match.
    found = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
    if found < 0 and value is not None:
        # Someone the picker does not offer (left, or a read-only viewer without the list).
        combo.addItem("—", value)
        found = combo.count() - 1
    combo.setCurrentIndex(max(0, found) if combo.count() else -1)


def _department_path(department, catalogue: Catalogue, names: dict[uuid.UUID, str]) -> str:
    site = names.get(department.site_id, "")
    return f"{department.name} · {site}" if site else department.name
