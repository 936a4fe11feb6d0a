"""Preview of a resume batch before anything is written, then the import with progress.

The file is read and checked in the background; the dialog shows the counts per
outcome, the rows with their reasons (problem rows first on request), and the
column mapping, which the user may change (the preview is redone) and save as a
named profile for the next file from the same source. Import runs through the
background runner with a progress bar and Cancel; cancel leaves the database as
it was.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.imports import FIELDS, ImportPlan, ImportResult
from ui import messages, widgets
from ui.context import AppContext
from ui.imports.names import field_name
from ui.imports.presenter import ImportPresenter
from ui.imports.rows_model import DETAILS, ImportRowsModel, ProblemRowsProxy

MERGES = ("keep", "overwrite", "skip")
GEOMETRY_KEY = "importPreview"


class ImportPreviewDialog(widgets.Retranslating, QDialog):
    def __init__(self, context: AppContext, session, path: Path,
                 job_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self._preferences = context.preferences
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._wanted_job = job_id
        self._mapping_boxes: list[QComboBox] = []
        self.presenter = ImportPresenter(context, session, self)
        self._build()
        self._connect()
        self._retranslate()
        geometry = context.preferences.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 680)
        self.presenter.load_jobs()
        self._preview()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.path.name, self)
        self.file_label.setObjectName("importFile")
        self.sheet_box = QComboBox(self)
        self.sheet_box.setObjectName("importSheet")
        self.job_box = QComboBox(self)
        self.job_box.setObjectName("importJob")
        self.job_box.addItem("", None)
        self.merge_box = QComboBox(self)
        self.merge_box.setObjectName("importMerge")
        for merge in MERGES:
            self.merge_box.addItem("", merge)
        self.valid_rows = QRadioButton(self)
        self.valid_rows.setObjectName("importValidRows")
        self.valid_rows.setChecked(True)
        self.all_or_nothing = QRadioButton(self)
        self.all_or_nothing.setObjectName("importAllOrNothing")
        self._policy = QButtonGroup(self)
        self._policy.addButton(self.valid_rows)
        self._policy.addButton(self.all_or_nothing)
        policy = QHBoxLayout()
        policy.addWidget(self.valid_rows)
        policy.addWidget(self.all_or_nothing)
        policy.addStretch(1)
        self.choices = QFormLayout()
        self._choice_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self._choice_labels[:4], (self.file_label, self.sheet_box,
                                                          self.job_box, self.merge_box),
                                strict=True):
            self.choices.addRow(label, field)
        self.choices.addRow(self._choice_labels[4], policy)
        for label, buddy in zip(self._choice_labels[1:4],
                                (self.sheet_box, self.job_box, self.merge_box), strict=True):
            label.setBuddy(buddy)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.problems_only = QCheckBox(self)
        self.problems_only.setObjectName("importProblemsOnly")
        self.rows_model = ImportRowsModel(self)
        self.rows_proxy = ProblemRowsProxy(self)
        self.rows_proxy.setSourceModel(self.rows_model)
        self.rows_view = QTableView(self)
        self.rows_view.setObjectName("importRows")
        self.rows_view.setModel(self.rows_proxy)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.verticalHeader().setVisible(False)
        self.rows_view.setWordWrap(False)
        header = self.rows_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)

        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.save_profile_button = QPushButton(self)
        self.save_profile_button.setObjectName("importSaveProfile")
        self.mapping_title = QLabel(self)
        mapping = QWidget(self)
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(self.mapping_title)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_layout.addWidget(self.save_profile_button)
        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.problems_only)
        rows_layout.addLayout(top)
        rows_layout.addWidget(self.rows_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("importSplitter")
        self.splitter.addWidget(rows)
        self.splitter.addWidget(mapping)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.message = widgets.MessageLabel(self, "importMessage")
        self.busy = widgets.busy_bar(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("importReport")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importRun")
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("importClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.choices)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._set_running(False)
        self._set_ready(False)

    def _connect(self) -> None:
        presenter = self.presenter
        presenter.previewed.connect(self._on_presenter_previewed)
        presenter.failed.connect(self._on_presenter_failed)
        presenter.jobsLoaded.connect(self._on_presenter_jobsLoaded)
        presenter.progressed.connect(self._on_presenter_progressed)
        presenter.imported.connect(self._on_presenter_imported)
        presenter.importFailed.connect(self._on_presenter_importFailed)
        presenter.importCancelled.connect(self._on_presenter_importCancelled)
        presenter.profileSaved.connect(self._on_presenter_profileSaved)
        presenter.reportWritten.connect(self._on_presenter_reportWritten)
        self.sheet_box.activated.connect(lambda _i: self._preview())
        self.job_box.activated.connect(lambda _i: self._preview())
        self.merge_box.activated.connect(lambda _i: self._preview())
        self.problems_only.toggled.connect(self.rows_proxy.set_problems_only)
        self.import_button.clicked.connect(self._on_importButton_clicked)
        self.cancel_button.clicked.connect(self.presenter.cancel)
        self.close_button.clicked.connect(self.reject)
        self.report_button.clicked.connect(self._on_reportButton_clicked)
        self.save_profile_button.clicked.connect(self._on_saveProfileButton_clicked)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import resumes"))
        labels = (self.tr("File:"), self.tr("&Sheet:"), self.tr("Apply to &job:"),
                  self.tr("Already on &file:"), self.tr("Rows with problems:"))
        for label, text in zip(self._choice_labels, labels, strict=True):
            label.setText(text)
        self.job_box.setItemText(0, self.tr("No job (add to the candidate pool only)"))
        merges = {"keep": self.tr("Keep what is stored, fill empty fields"),
                  "overwrite": self.tr("Overwrite with the file's values"),
                  "skip": self.tr("Leave them as they are")}
        for index, merge in enumerate(MERGES):
            self.merge_box.setItemText(index, merges[merge])
        self.valid_rows.setText(self.tr("Import the valid rows"))
        self.all_or_nothing.setText(self.tr("All or nothing"))
        self.problems_only.setText(self.tr("Only rows with problems"))
        self.mapping_title.setText(self.tr("Columns of the file"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Goes into")])
        self.save_profile_button.setText(self.tr("Save mapping as profile…"))
        self.report_button.setText(self.tr("Save rejected rows…"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.close_button.setText(self.tr("Close"))
        self._show_counts()

    # --- preview ---------------------------------------------------------------------

    def _preview(self, mapping: tuple[str | None, ...] | None = None) -> None:
        self.message.clear_message()
        self.busy.setVisible(True)
        self._set_ready(False)
        self.presenter.preview(self.path, job_id=self.job_box.currentData(),
                               sheet=self.sheet_box.currentData(), mapping=mapping,
                               profile=None, merge=self.merge_box.currentData())

    def _on_presenter_previewed(self, plan: ImportPlan) -> None:
        self.busy.setVisible(False)
        self.plan = plan
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in plan.sheets or (plan.sheet,):
            self.sheet_box.addItem(sheet or "", sheet)
        self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findText(plan.sheet or "")))
        self.sheet_box.blockSignals(False)
        self.rows_model.set_rows(plan.rows)
        self._fill_mapping(plan)
        self._show_counts()
        self._set_ready(True)
        if plan.profile:
            self.message.show_success(self.tr("Columns mapped with the saved profile “{name}”.")
                                      .format(name=plan.profile))

    def _fill_mapping(self, plan: ImportPlan) -> None:
        self.mapping_table.setRowCount(len(plan.headers))
        self._mapping_boxes = []
        for row, (header, field) in enumerate(zip(plan.headers, plan.mapping, strict=True)):
            self.mapping_table.setCellWidget(row, 0, QLabel(header, self.mapping_table))
            box = QComboBox(self.mapping_table)
            box.setObjectName(f"importMapping_{row}")
            box.addItem(field_name(None), None)
            for name in FIELDS:
                box.addItem(field_name(name), name)
            box.setCurrentIndex(0 if field is None else FIELDS.index(field) + 1)
            box.activated.connect(lambda _i: self._on_mappingBox_activated())
            self.mapping_table.setCellWidget(row, 1, box)
            self._mapping_boxes.append(box)

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(box.currentData() for box in self._mapping_boxes)

    def _on_mappingBox_activated(self) -> None:
        self._preview(self.mapping())

    def _show_counts(self) -> None:
        if self.plan is None:
            self.counts_label.setText(self.tr("Reading {file}…").format(file=self.path.name))
            return
        counts = self.plan.counts
        self.counts_label.setText(self.tr(
            "{rows} rows: {new} new, {updated} to update, {same_as_stored} already on file, "
            "{same_as_row} repeated, {possible_duplicate} possible duplicates, "
            "{rejected} rejected").format(rows=len(self.plan.rows), **counts))

    def _on_presenter_jobsLoaded(self, jobs) -> None:
        for job in jobs:
            self.job_box.addItem(f"{job.code} {job.title}", job.id)
        wanted = next((i for i in range(self.job_box.count())
                       if self.job_box.itemData(i) == self._wanted_job), 0)
        if wanted:
            self.job_box.setCurrentIndex(wanted)
            self._preview()  # screening rules of that job apply to the preview too

    def _on_presenter_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self._set_ready(self.plan is not None)
        self.message.show_error(error)

    # --- import ----------------------------------------------------------------------

    def _on_importButton_clicked(self) -> None:
        if self.plan is None:
            return
        self.message.clear_message()
        self._set_running(True)
        policy = "all-or-nothing" if self.all_or_nothing.isChecked() else "valid-rows"
        self.presenter.run(self.plan, job_id=self.job_box.currentData(), policy=policy,
                           merge=self.merge_box.currentData())

    def _on_presenter_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_presenter_imported(self, result: ImportResult) -> None:
        self.import_result = result
        self._set_running(False)
        self.import_button.setEnabled(False)  # the same plan again would only find duplicates
        counts = result.counts
        text = self.tr(
            "Imported: {new} new, {updated} updated, {same} already on file, "
            "{rejected} rejected.").format(new=counts["new"], updated=counts["updated"],
                                           same=counts["same_as_stored"] + counts["same_as_row"],
                                           rejected=counts["rejected"])
        if result.queued:
            text += " " + self.tr("{count} possible duplicates were stored and wait in the "
                                  "duplicates queue.").format(count=result.queued)
        self.message.show_success(text)

    def _on_presenter_importFailed(self, error: BaseException) -> None:
        self._set_running(False)
        self.message.show_problem(self.tr("Nothing was imported: {reason}").format(
            reason=messages.describe(error)))

    def _on_presenter_importCancelled(self) -> None:
        self._set_running(False)
        self.message.show_problem(self.tr("Import cancelled. Nothing was changed."))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.import_button.setVisible(not running)
        self.close_button.setEnabled(not running)
        for control in (self.sheet_box, self.job_box, self.merge_box, self.valid_rows,
                        self.all_or_nothing, self.mapping_table, self.save_profile_button,
                        self.report_button):
            control.setEnabled(not running)

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready and self.import_result is None)
        self.save_profile_button.setEnabled(ready)
        self.report_button.setEnabled(ready and bool(self.plan and self.plan.counts["rejected"]))

    # --- profile and report ----------------------------------------------------------

    def _on_saveProfileButton_clicked(self) -> None:
        if self.plan is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"),
                                        self.tr("Profile name (for example the job board):"))
        if ok and name.strip():
            self.presenter.save_profile(name.strip(), self.plan.headers, self.mapping())

    def _on_presenter_profileSaved(self, profile) -> None:
        self.message.show_success(self.tr("Saved the mapping as “{name}”: the next file with "
                                          "these columns maps itself.").format(name=profile.name))

    def _on_reportButton_clicked(self) -> None:
        if self.plan is None:
            return
        suggested = self.path.with_name(self.path.stem + "-rejected.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                                      str(suggested), "Excel (*.xlsx)")
        if chosen:
            self.presenter.write_report(self.plan, Path(chosen))

    def _on_presenter_reportWritten(self, path: Path) -> None:
        self.message.show_success(self.tr("Saved the rejected rows with their reasons to {file}.")
                                  .format(file=path.name))

    # --- window ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.presenter.is_importing():  # Esc or the close box while importing: cancel first
            self.presenter.cancel()
            return
        self._preferences.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def sizeHint(self) -> QSize:
        return QSize(1100, 680)
