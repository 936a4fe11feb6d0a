"""The form of one stage: name, kind, owner, SLA, reminders, requirements, entry actions.

``edited`` is emitted on every change; ``stage()`` reads the form back into a
``StageSpec`` (its key is kept: the core matches stages by key on save).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.dto.pipelines import (
    ACTION_TYPES,
    CANDIDATE_FIELDS,
    PEOPLE,
    ROLES,
    SLA_UNITS,
    STAGE_KINDS,
    StageSpec,
)
from ui import roles, widgets
from ui.field_marks import FieldMarks
from ui.templates import model as stage_model


def field_name(code: str) -> str:
    return {"mobile": QCoreApplication.translate("CandidateField", "Mobile"), "email": QCoreApplication.translate("CandidateField", "E-mail"),
            "id_number": QCoreApplication.translate("CandidateField", "ID number"),
            "education": QCoreApplication.translate("CandidateField", "Education"),
            "expected_salary": QCoreApplication.translate("CandidateField", "Expected salary")}.get(code, code)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over codes, shown by name (action type, recipient)."""

    def __init__(self, codes, name, parent=None) -> None:
        super().__init__(parent)
        self._codes, self._name = tuple(codes), name

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code in self._codes:
            combo.addItem(self._name(code), code)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData())


class StageForm(widgets.Retranslating, QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageForm")
        self.marks = FieldMarks()
        self._key = ""
        self._filling = False
        self._editable = True
        self._build()
        self._retranslate()

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("stageName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("stageKind")
        for code in STAGE_KINDS:
            self.kind.addItem("", code)
        self.owner = QComboBox(self)
        self.owner.setObjectName("stageOwner")
        for role in ROLES:
            self.owner.addItem("", role)
        # Wider than the core allows, so that a wrong number is marked, not clamped.
        self.sla_amount = self._spin("stageSlaAmount", 0, 999)
        self.sla_unit = QComboBox(self)
        self.sla_unit.setObjectName("stageSlaUnit")
        for unit in SLA_UNITS:
            self.sla_unit.addItem("", unit)
        self.remind_before = self._spin("stageRemindBefore", 0, 999)
        self.remind_every = self._spin("stageRemindEvery", 0, 999)
        self.skippable = QCheckBox(self)
        self.skippable.setObjectName("stageSkippable")

        self.requirements = QGroupBox(self)
        self.requirements.setObjectName("stageRequirements")
        self.require_interviewers = QCheckBox(self.requirements)
        self.require_interviewers.setObjectName("requireInterviewers")
        self.require_comment = QCheckBox(self.requirements)
        self.require_comment.setObjectName("requireComment")
        self.require_fields = QCheckBox(self.requirements)
        self.require_fields.setObjectName("requireFields")
        self.field_boxes = {field: QCheckBox(self.requirements)
                            for field in CANDIDATE_FIELDS}
        for field, box in self.field_boxes.items():
            box.setObjectName(f"requireField_{field}")
        grid = QGridLayout(self.requirements)
        grid.addWidget(self.require_interviewers, 0, 0, 1, 3)
        grid.addWidget(self.require_comment, 1, 0, 1, 3)
        grid.addWidget(self.require_fields, 2, 0, 1, 3)
        for number, box in enumerate(self.field_boxes.values()):
            grid.addWidget(box, 3 + number // 3, number % 3)

        self.action_model = stage_model.ActionTableModel(self)
        self.action_view = QTableView(self)
        self.action_view.setObjectName("stageActions")
        self.action_view.setModel(self.action_model)
        self.action_view.verticalHeader().setVisible(False)
        self.action_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_view.setItemDelegateForColumn(0, ChoiceDelegate(
            ACTION_TYPES, stage_model.action_name, self.action_view))
        self.action_view.setItemDelegateForColumn(1, ChoiceDelegate(
            PEOPLE, stage_model.person_name, self.action_view))
        self.action_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.action_view.setMinimumHeight(110)
        self.add_action = QPushButton(self)
        self.add_action.setObjectName("stageAddAction")
        self.remove_action = QPushButton(self)
        self.remove_action.setObjectName("stageRemoveAction")
        self.actions_box = QGroupBox(self)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addWidget(self.action_view)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add_action)
        action_buttons.addWidget(self.remove_action)
        action_buttons.addStretch(1)
        actions_layout.addLayout(action_buttons)

        sla = QWidget(self)  # amount and unit, one row of the form
        sla_layout = QHBoxLayout(sla)
        sla_layout.setContentsMargins(0, 0, 0, 0)
        sla_layout.addWidget(self.sla_amount)
        sla_layout.addWidget(self.sla_unit, 1)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        for label, row in zip(self.labels, (self.name, self.kind, self.owner, sla,
                                            self.remind_before, self.remind_every),
                              strict=True):
            self.form.addRow(label, row)
        for label, editor in zip(self.labels, (self.name, self.kind, self.owner, self.sla_amount,
                                               self.remind_before, self.remind_every),
                                 strict=True):
            label.setBuddy(editor)
        self.form.addRow("", self.skippable)
        self.problem = widgets.MessageLabel(self, "stageProblem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addWidget(self.requirements)
        layout.addWidget(self.actions_box, 1)

        for edit in (self.name.textEdited,):
            edit.connect(self._on_field_changed)
        for combo in (self.kind, self.owner, self.sla_unit):
            combo.currentIndexChanged.connect(self._on_field_changed)
        for spin in (self.sla_amount, self.remind_before, self.remind_every):
            spin.valueChanged.connect(self._on_field_changed)
        for box in (self.skippable, self.require_interviewers, self.require_comment,
                    self.require_fields, *self.field_boxes.values()):
            box.toggled.connect(self._on_field_changed)
        self.action_model.edited.connect(self._on_field_changed)
        self.add_action.clicked.connect(self._on_stageAddAction_clicked)
        self.remove_action.clicked.connect(self._on_stageRemoveAction_clicked)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        return spin

    def _retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("&Name:"), self.tr("&Kind:"), self.tr("&Owner role:"),
                self.tr("&SLA (working time):"), self.tr("Remind &before due (hours):"),
                self.tr("Remind &every (hours):")), strict=True):
            label.setText(text)
        for row, code in enumerate(STAGE_KINDS):
            self.kind.setItemText(row, stage_model.kind_name(code))
        for row, role in enumerate(ROLES):
            self.owner.setItemText(row, roles.role_name(role))
        self.sla_unit.setItemText(0, self.tr("working hours"))
        self.sla_unit.setItemText(1, self.tr("working days"))
        self.skippable.setText(self.tr("May be skipped"))
        self.requirements.setTitle(self.tr("Before a candidate may leave this stage"))
        self.require_interviewers.setText(self.tr("At least one interviewer is assigned"))
        self.require_comment.setText(self.tr("A comment is given"))
        self.require_fields.setText(self.tr("These fields of the candidate are filled in:"))
        for field, box in self.field_boxes.items():
            box.setText(field_name(field))
        self.actions_box.setTitle(self.tr("When a candidate enters this stage"))
        self.add_action.setText(self.tr("Add action"))
        self.remove_action.setText(self.tr("Remove action"))

    # --- filling and reading --------------------------------------------------------

    def show_stage(self, stage: StageSpec | None) -> None:
        self._filling = True
        try:
            self.setEnabled(stage is not None and self._editable)
            stage = stage or StageSpec("", "", "screening", "hr")
            self._key = stage.key
            self.name.setText(stage.name)
            for combo, code in ((self.kind, stage.kind), (self.owner, stage.owner_role),
                                (self.sla_unit, stage.sla_unit)):
                combo.setCurrentIndex(max(0, combo.findData(code)))
            self.sla_amount.setValue(stage.sla_amount)
            self.remind_before.setValue(stage.remind_before_hours)
            self.remind_every.setValue(stage.remind_every_hours)
            self.skippable.setChecked(stage.skippable)
            kinds = {r.get("type"): r for r in stage.requirements}
            self.require_interviewers.setChecked("interviewers_assigned" in kinds)
            self.require_comment.setChecked("comment" in kinds)
            self.require_fields.setChecked("fields_present" in kinds)
            fields = kinds.get("fields_present", {}).get("fields", [])
            for code, box in self.field_boxes.items():
                box.setChecked(code in fields)
            self.action_model.set_actions(stage.entry_actions)
        finally:
            self._filling = False

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.action_model.editable = editable
        self.setEnabled(editable)

    def stage(self) -> StageSpec:
        requirements: list[dict[str, Any]] = []
        if self.require_interviewers.isChecked():
            requirements.append({"type": "interviewers_assigned"})
        if self.require_fields.isChecked():
            requirements.append({"type": "fields_present", "fields": [
                code for code, box in self.field_boxes.items() if box.isChecked()]})
        if self.require_comment.isChecked():
            requirements.append({"type": "comment"})
        return StageSpec(self._key, self.name.text().strip(), self.kind.currentData(),
                         self.owner.currentData(), self.sla_amount.value(),
                         self.sla_unit.currentData(), self.remind_before.value(),
                         self.remind_every.value(), self.skippable.isChecked(),
                         tuple(requirements), self.action_model.actions())

    def show_problem(self, field: str | None, text: str) -> None:
        """Mark the field the core's problem names (``InvalidStage``'s ``field``, a
        ``StageSpec`` field), and say it above the form."""
        self.marks.clear()
        if field is None:
            self.problem.clear_message()
            return
        self.marks.mark(self._widget_of(field), text)
        self.problem.show_problem(text)

    def _widget_of(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "key": self.name, "name": self.name, "kind": self.kind, "owner_role": self.owner,
            "sla_amount": self.sla_amount, "remind_before_hours": self.remind_before,
            "remind_every_hours": self.remind_every, "requirements": self.requirements}
        return widgets.get(field, self.action_view)

    # --- slots ----------------------------------------------------------------------

    def _on_field_changed(self, *_args) -> None:
        if not self._filling:
            self.edited.emit()

    def _on_stageAddAction_clicked(self) -> None:
        row = self.action_model.add({"type": "task", "to": "owner", "title": ""})
        index = self.action_model.index(row, stage_model.ActionTableModel.TEXT)
        self.action_view.setCurrentIndex(index)
        self.action_view.edit(index)

    def _on_stageRemoveAction_clicked(self) -> None:
        index: QModelIndex = self.action_view.currentIndex()
        if index.isValid():
            self.action_model.remove(index.row())
