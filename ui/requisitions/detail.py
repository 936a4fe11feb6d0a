"""The right-hand pane: one requisition's fields, its approval trail, what may be done now."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.requisitions import RequisitionDetail, RequisitionInfo
from ui import when, widgets
from ui.requisitions import models

#: Actions in button order; the widget decides which the actor may take.
ACTIONS = ("edit", "submit", "cancel", "approve", "return", "reject", "open_job")


class RequisitionDetailPane(widgets.Retranslating, QWidget):
    """Emits ``actionRequested(name)`` with one of ``ACTIONS``."""

    actionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requisitionDetail")
        self.detail: RequisitionDetail | None = None
        self.job_type_names: dict[str, str] = {}
        self.heading = QLabel(self)
        self.heading.setObjectName("requisitionHeading")
        self.heading.setWordWrap(True)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("requisitionPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = QFormLayout()
        self._names = ("status", "department", "headcount", "reason", "job_type", "wanted_by",
                       "salary", "requester", "created", "submitted", "decided", "duties",
                       "qualifications")
        self.captions = {n: QLabel(self) for n in self._names}
        self.values = {n: QLabel(self) for n in self._names}
        for name in self._names:
            value = self.values[name]
            value.setObjectName(f"requisitionValue_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.captions[name], value)
        self.trail_title = QLabel(self)
        self.trail_title.setObjectName("requisitionTrailTitle")
        self.trail_model = models.TrailModel(self)
        self.trail = QTableView(self)
        self.trail.setObjectName("requisitionTrail")
        self.trail.setModel(self.trail_model)
        self.trail.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.trail.verticalHeader().setVisible(False)
        self.trail.horizontalHeader().setStretchLastSection(True)
        self.trail.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # One line a step (the whole comment is its tooltip): rows stay even and scannable.
        self.trail.setWordWrap(False)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name in ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"requisitionAction_{name}")
            button.setVisible(False)
            button.clicked.connect(lambda _=False, n=name: self.actionRequested.emit(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(row)
        body.addLayout(self.form)
        body.addWidget(self.trail_title)
        body.addWidget(self.trail, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.setVisible(False)
        self._retranslate()

    def _retranslate(self) -> None:
        captions = {
            "status": self.tr("Status:"), "department": self.tr("Department:"),
            "headcount": self.tr("Headcount:"), "reason": self.tr("Reason:"),
            "job_type": self.tr("Job type:"), "wanted_by": self.tr("Wanted by:"),
            "salary": self.tr("Salary (yuan/month):"), "requester": self.tr("Requested by:"),
            "created": self.tr("Created:"), "submitted": self.tr("Submitted:"),
            "decided": self.tr("Decided:"), "duties": self.tr("Duties:"),
            "qualifications": self.tr("Requirements:")}
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        texts = {"edit": self.tr("&Edit…"), "submit": self.tr("Su&bmit"),
                 "cancel": self.tr("Withdraw…"), "approve": self.tr("&Approve…"),
                 "return": self.tr("Re&turn for changes…"), "reject": self.tr("&Reject…"),
                 "open_job": self.tr("Open job board")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.placeholder.setText(self.tr("Choose a requisition to see its details."))
        self.trail_title.setText(self.tr("Approval trail"))
        self.trail_model.relabel()
        if self.detail is not None:
            self._fill(self.detail.requisition)

    def show_detail(self, detail: RequisitionDetail, allowed: set[str]) -> None:
        self.detail = detail
        self._fill(detail.requisition)
        self.trail_model.set_steps(detail.trail)
        for name, button in self.buttons.items():
            button.setVisible(name in allowed)
        self.placeholder.setVisible(False)
        self.body.setVisible(True)

    def clear(self) -> None:
        self.detail = None
        self.trail_model.set_steps(())
        self.body.setVisible(False)
        self.placeholder.setVisible(True)

    def _fill(self, info: RequisitionInfo) -> None:
        draft, locale = info.draft, QLocale()
        self.heading.setText(self.tr("{number}: {title}").format(
            number=info.number, title=draft.position_title))
        waiting = models.approver_role_name(info.current_role)
        status = models.status_name(info.status)
        salary = ""
        if draft.salary_min or draft.salary_max:
            salary = "{} – {}".format(locale.toString(draft.salary_min or 0),
                                      locale.toString(draft.salary_max) if draft.salary_max
                                      else "…")
        wanted = (locale.toString(models.qdate(draft.wanted_by), QLocale.FormatType.ShortFormat)
                  if draft.wanted_by else "")
        shown = {
            "status": self.tr("{status} (waiting for {role})").format(status=status, role=waiting)
            if waiting else status,
            "department": info.department_name,
            "headcount": locale.toString(draft.headcount),
            "reason": models.reason_name(draft.reason),
            "job_type": self.job_type_names.get(draft.job_type, draft.job_type),
            "wanted_by": wanted, "salary": salary, "requester": info.requested_by_name,
            "created": when.moment(info.created_at),
            "submitted": when.moment(info.submitted_at),
            "decided": when.moment(info.decided_at),
            "duties": draft.duties, "qualifications": draft.qualifications}
        for name, text in shown.items():
            self.values[name].setText(text)
