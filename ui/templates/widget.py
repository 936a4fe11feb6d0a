"""The pipeline template editor: templates on the left, the chosen one's stages in the
middle, the chosen stage's form on the right. Layout and wiring only."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk import errors
from hrdesk.dto.pipelines import StageSpec, TemplateSpec
from hrdesk.services import pipelines
from hrdesk.services.pipelines import TemplateInfo, spec_of
from ui import messages, widgets
from ui.context import AppContext
from ui.field_marks import FieldMarks
from ui.templates import model as stage_model
from ui.templates.presenter import TemplatesPresenter
from ui.templates.stage_form import StageForm

SPLITTER_KEY = "templates/splitter"


class TemplateEditorWidget(widgets.Retranslating, QWidget):
    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self._context = context
        self.presenter = TemplatesPresenter(context, session, self)
        self.template: TemplateInfo | None = None
        self.marks = FieldMarks()
        self._wanted: uuid.UUID | None = None  # the template to select after a reload
        self._problems: dict[int, errors.InvalidStage] = {}
        self._build()
        self._build_actions()
        self._set_editable(self.presenter.may_edit)
        self.presenter.loaded.connect(self._on_presenter_loaded)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.presenter.saved.connect(self._on_presenter_saved)
        self.presenter.saveRefused.connect(self._on_presenter_saveRefused)
        self._retranslate()
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.templates = stage_model.TemplateListModel(self)
        self.template_view = QListView(self)
        self.template_view.setObjectName("templateList")
        self.template_view.setModel(self.templates)
        self.new_button = self._button("templateNewButton")
        self.clone_button = self._button("templateCloneButton")
        left = self._column(self.template_view, self.new_button, self.clone_button)

        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.job_type = QComboBox(self)
        self.job_type.setObjectName("templateJobType")
        self.job_type.setEditable(True)
        self.description = QLineEdit(self)
        self.description.setObjectName("templateDescription")
        self.header_labels = [QLabel(self) for _ in range(3)]
        header = QFormLayout()
        for label, field in zip(self.header_labels, (self.name, self.job_type, self.description),
                                strict=True):
            label.setBuddy(field)
            header.addRow(label, field)
        self.stages = stage_model.StageListModel(self)
        self.stage_view = QListView(self)
        self.stage_view.setObjectName("stageList")
        self.stage_view.setModel(self.stages)
        self.stage_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stage_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.add_button = self._button("stageAddButton")
        self.remove_button = self._button("stageRemoveButton")
        self.up_button = self._button("stageUpButton")
        self.down_button = self._button("stageDownButton")
        stage_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        self.usage_note = QLabel(self)
        self.usage_note.setObjectName("templateUsageNote")
        self.usage_note.setWordWrap(True)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(header)
        middle_layout.addWidget(self.stage_view, 1)
        middle_layout.addLayout(stage_buttons)
        middle_layout.addWidget(self.usage_note)

        self.form = StageForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("templateSplitter")
        self.splitter.setChildrenCollapsible(False)
        for part, stretch in ((left, 1), (middle, 2), (scroll, 3)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        saved = self._context.preferences.geometry(SPLITTER_KEY)
        if saved is not None:
            self.splitter.restoreState(saved)

        self.message = widgets.MessageLabel(self, "templateMessage")
        self.busy = widgets.busy_bar(self)
        self.reload_button = self._button("templateReloadButton")
        self.reload_button.setVisible(False)
        self.save_button = self._button("templateSaveButton")
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reload_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.template_view.selectionModel().currentRowChanged.connect(
            self._on_templateList_currentRowChanged)
        self.stage_view.selectionModel().currentRowChanged.connect(
            self._on_stageList_currentRowChanged)
        self.stages.reordered.connect(self._on_stageList_reordered)
        self.form.edited.connect(self._on_stageForm_edited)
        self.name.textEdited.connect(self._on_templateName_textEdited)
        self.splitter.splitterMoved.connect(self._on_templateSplitter_splitterMoved)
        for button, slot in ((self.new_button, self._on_templateNewButton_clicked),
                             (self.clone_button, self._on_templateCloneButton_clicked),
                             (self.add_button, self._on_stageAddButton_clicked),
                             (self.remove_button, self._on_stageRemoveButton_clicked),
                             (self.up_button, self._on_stageUpButton_clicked),
                             (self.down_button, self._on_stageDownButton_clicked),
                             (self.save_button, self._on_templateSaveButton_clicked),
                             (self.reload_button, self._on_templateReloadButton_clicked)):
            button.clicked.connect(slot)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _column(self, view: QWidget, *buttons: QPushButton) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return column

    def _build_actions(self) -> None:
        def action(keys, slot) -> QAction:
            return widgets.shortcut(self, keys, slot)

        self.save_action = action(QKeySequence.StandardKey.Save,
                                  self._on_templateSaveButton_clicked)
        self.up_action = action("Ctrl+Up", self._on_stageUpButton_clicked)
        self.down_action = action("Ctrl+Down", self._on_stageDownButton_clicked)
        self.add_action = action("Ctrl+Shift+N", self._on_stageAddButton_clicked)

    def _set_editable(self, editable: bool) -> None:
        for button in (self.new_button, self.clone_button, self.add_button, self.remove_button,
                       self.up_button, self.down_button, self.save_button):
            button.setVisible(editable)
        for act in (self.save_action, self.up_action, self.down_action, self.add_action):
            act.setEnabled(editable)
        for field in (self.name, self.description):
            field.setReadOnly(not editable)
        self.job_type.setEnabled(editable)
        self.stages.editable = editable
        self.form.set_editable(editable)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New"))
        self.clone_button.setText(self.tr("&Clone"))
        self.clone_button.setToolTip(self.tr("A copy of the selected pipeline, to adapt"))
        for label, text in zip(self.header_labels, (self.tr("&Name:"), self.tr("&Job type:"),
                                                    self.tr("&Description:")), strict=True):
            label.setText(text)
        self.add_button.setText(self.tr("&Add stage"))
        self.add_button.setToolTip(self.tr("Add a stage after the selected one (Ctrl+Shift+N)"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up; stages can also be dragged"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Ctrl+Down; stages can also be dragged"))
        self.usage_note.setText(self.tr(
            "Jobs that use this pipeline follow a saved change at once. A stage that "
            "candidates are in cannot be removed until they are moved on."))
        self.save_button.setText(self.tr("&Save pipeline"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.reload_button.setText(self.tr("Re&load"))
        self.reload_button.setToolTip(self.tr("Show the stored pipeline; your edits are dropped"))

    # --- public ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy.setVisible(True)
        self.presenter.refresh()

    def current_spec(self) -> TemplateSpec:
        return TemplateSpec(self.name.text().strip(), self.job_type.currentText().strip(),
                            self.description.text().strip(), self.stages.stages())

    # --- templates -------------------------------------------------------------------

    def _on_presenter_loaded(self, found) -> None:
        self.busy.setVisible(False)
        wanted = self._wanted or (self.template.id if self.template else None)
        self._wanted = None
        self.templates.set_templates(found)
        self.job_type.clear()
        self.job_type.addItems(sorted({t.job_type for t in found}))
        row = max(0, self.templates.row_of(wanted)) if found else -1
        self.template_view.setCurrentIndex(self.templates.index(row))
        self._show_template(self.templates.template(row) if row >= 0 else None)

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)

    def _on_templateList_currentRowChanged(self, current, _previous) -> None:
        if current.isValid():
            chosen = self.templates.template(current.row())
            if self.template is None or chosen.id != self.template.id:
                self._clear_refusal()
                self._show_template(chosen)

    def _show_template(self, template: TemplateInfo | None) -> None:
        self.template = template
        self.marks.clear()
        self._problems = {}
        spec = spec_of(template) if template else TemplateSpec("", "", "", ())
        self.name.setText(spec.name)
        self.job_type.setCurrentText(spec.job_type)
        self.description.setText(spec.description)
        self.stages.set_stages(spec.stages)
        self._select_stage(0 if spec.stages else -1)

    def _on_templateNewButton_clicked(self) -> None:
        name = stage_model.free_name(self.tr("New pipeline"), self.templates.names())
        first = StageSpec("screening", self.tr("Screening"), "screening", "hr")
        self._write(lambda: self.presenter.create(
            TemplateSpec(name, self.job_type.currentText() or "skilled_worker", "", (first,))))

    def _on_templateCloneButton_clicked(self) -> None:
        if self.template is not None:
            source = self.template
            name = stage_model.free_name(self.tr("{name} (copy)").format(name=source.name),
                                         self.templates.names())
            self._write(lambda: self.presenter.clone(source.id, name))

    def _on_templateName_textEdited(self, _text: str) -> None:
        self._validate(mark_only_known=True)

    def _on_templateSplitter_splitterMoved(self, _pos: int, _index: int) -> None:
        self._context.preferences.set_geometry(SPLITTER_KEY, self.splitter.saveState())

    # --- stages ----------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.stage_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select_stage(self, row: int) -> None:
        if row >= 0:
            self.stage_view.setCurrentIndex(self.stages.index(row))
        self._show_stage(row)

    def _show_stage(self, row: int) -> None:
        self.form.show_stage(self.stages.stage(row) if row >= 0 else None)
        self._show_stage_problem(row)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.stages.rowCount() - 1)

    def _show_stage_problem(self, row: int) -> None:
        problem = self._problems.get(row)
        self.form.show_problem(str(problem.params["field"]) if problem else None,
                               messages.describe(problem) if problem else "")

    def _on_stageList_currentRowChanged(self, current, _previous) -> None:
        self._show_stage(current.row() if current.isValid() else -1)

    def _on_stageForm_edited(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.stages.replace(row, self.form.stage())
            self._validate(mark_only_known=True)

    def _on_stageList_reordered(self) -> None:
        self._validate(mark_only_known=True)
        self._show_stage(self._current_row())

    def _on_stageAddButton_clicked(self) -> None:
        if not self.presenter.may_edit or self.template is None:
            return
        row = self._current_row() + 1 if self._current_row() >= 0 else self.stages.rowCount()
        key = stage_model.new_key("interview", self.stages.stages())
        self.stages.insert(row, StageSpec(key, self.tr("New stage"), "interview", "manager"))
        self._validate(mark_only_known=True)
        self._select_stage(row)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _on_stageRemoveButton_clicked(self) -> None:
        row = self._current_row()
        if row >= 0 and self.presenter.may_edit:
            self.stages.remove(row)
            self._validate(mark_only_known=True)
            self._select_stage(min(row, self.stages.rowCount() - 1))

    def _move_current(self, step: int) -> None:
        row = self._current_row()
        if row >= 0 and self.presenter.may_edit and self.stages.move(row, row + step):
            self._select_stage(row + step)

    def _on_stageUpButton_clicked(self) -> None:
        self._move_current(-1)

    def _on_stageDownButton_clicked(self) -> None:
        self._move_current(1)

    # --- checking and saving ---------------------------------------------------------

    def _validate(self, mark_only_known: bool = False) -> bool:
        """Mark every stage's problem in the list and the current one in the form;
        the template's own problems (name, no stage) on its fields. True if all is well.
        ``mark_only_known``: while typing, only refresh marks already there."""
        if mark_only_known and not self._problems and not self.marks.reasons():
            return True
        spec = self.current_spec()
        self._problems = stage_model.stage_problems(spec)
        self.stages.set_problems({row: messages.describe(p) for row, p in self._problems.items()})
        self._show_stage_problem(self._current_row())
        self.marks.clear()
        whole = None
        try:
            pipelines.validate(spec)
        except errors.InvalidField as problem:
            whole = problem
        if whole is not None and not self._problems:
            target = self.name if whole.params["field"] == "name" else self.stage_view
            self.marks.mark(target, messages.describe(whole))
        return whole is None

    def _on_templateSaveButton_clicked(self) -> None:
        if not self.presenter.may_edit or self.template is None:
            return
        self._clear_refusal()
        if not self._validate():
            count = len(self._problems) or 1
            self.message.show_problem(self.tr(
                "Not saved: fix the marked problems first ({count}).").format(count=count))
            first = min(self._problems, default=-1)
            if first >= 0:
                self._select_stage(first)
            return
        template, spec = self.template, self.current_spec()
        self._write(lambda: self.presenter.save(template.id, spec, template.version))

    def _write(self, start) -> None:
        if not self.presenter.may_edit:
            return
        self._clear_refusal()
        self.busy.setVisible(True)
        start()

    def _on_presenter_saved(self, template: TemplateInfo) -> None:
        self.busy.setVisible(False)
        self._wanted = template.id
        self.template = template  # so the reload shows it and the next save expects it
        self.message.show_success(self.tr("Saved “{name}”.").format(name=template.name))

    def _on_presenter_saveRefused(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.message.show_error(error)
        if isinstance(error, errors.InvalidStage):  # the stage it names, by its number
            self._select_stage(int(error.params["stage"]) - 1)
        elif isinstance(error, errors.InvalidField) and error.params.get("field") == "name":
            self.marks.mark(self.name, messages.describe(error))
        stale = isinstance(error, (errors.ConcurrentChange, errors.ChangedMeanwhile))
        self.reload_button.setVisible(stale)

    def _on_templateReloadButton_clicked(self) -> None:
        self._clear_refusal()
        if self.template is not None:
            self._wanted = self.template.id
        self.template = None  # the stored one replaces the edits
        self.refresh()

    def _clear_refusal(self) -> None:
        self.message.clear_message()
        self.reload_button.setVisible(False)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
