"""First start (or "Change…" at sign-in): choose which database this workstation uses.

Four ways: create a new encrypted database (the first-run wizard), open an existing
database file, connect to a shared PostgreSQL server, or open a demo database. The
choice is saved as this workstation's database; ``location`` holds it after accept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.demo.database import create_demo_database
from hrdesk.locations import Location
from hrdesk.services import setup, workstation
from ui import widgets
from ui.context import AppContext
from ui.first_run_wizard import FirstRunWizard
from ui.postgres_form import PostgresForm


class StartDialog(widgets.Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self._context = context
        self.location: Location | None = None
        self.wizard: FirstRunWizard | None = None
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_choices())
        self._pages.addWidget(self._build_server_page())
        self._pages.addWidget(self._build_demo_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        self.setMinimumWidth(560)
        self._retranslate()

    def _build_choices(self) -> QWidget:
        page = QWidget(self)
        self._heading = QLabel(page)
        self._heading.setObjectName("dialogTitle")
        self._intro = QLabel(page)
        self._intro.setWordWrap(True)
        self.new_button = QCommandLinkButton(page)
        self.new_button.setObjectName("newDatabaseButton")
        self.open_button = QCommandLinkButton(page)
        self.open_button.setObjectName("openDatabaseButton")
        self.server_button = QCommandLinkButton(page)
        self.server_button.setObjectName("serverButton")
        self.demo_button = QCommandLinkButton(page)
        self.demo_button.setObjectName("demoButton")
        self._choice_error = widgets.MessageLabel(page)
        self._choice_busy = widgets.busy_bar(page)
        self._quit = QPushButton(page)
        self._quit.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._quit)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        for button in (self.new_button, self.open_button, self.server_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self._choice_error)
        layout.addWidget(self._choice_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self._on_newButton_clicked)
        self.open_button.clicked.connect(self._on_openButton_clicked)
        self.server_button.clicked.connect(self._on_serverButton_clicked)
        self.demo_button.clicked.connect(self._on_demoButton_clicked)
        self._quit.clicked.connect(self.reject)
        return page

    def _build_server_page(self) -> QWidget:
        page = QWidget(self)
        self._server_heading = QLabel(page)
        self._server_heading.setObjectName("dialogTitle")
        self.server_form = PostgresForm(self._context, page)
        self._server_back = QPushButton(page)
        self._server_back.setAutoDefault(False)
        self._server_connect = QPushButton(page)
        self._server_connect.setObjectName("connectButton")
        self._server_connect.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self._server_back)
        buttons.addStretch(1)
        buttons.addWidget(self._server_connect)
        layout = QVBoxLayout(page)
        layout.addWidget(self._server_heading)
        layout.addWidget(self.server_form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._server_back.clicked.connect(self._show_choices)
        self._server_connect.clicked.connect(self._on_serverConnect_clicked)
        return page

    def _build_demo_page(self) -> QWidget:
        page = QWidget(self)
        self._demo_heading = QLabel(page)
        self._demo_heading.setObjectName("dialogTitle")
        self._demo_text = QLabel(page)
        self._demo_text.setWordWrap(True)
        self.demo_progress = QProgressBar(page)
        self.demo_progress.setObjectName("demoProgress")
        self._demo_cancel = QPushButton(page)
        self._demo_cancel.setObjectName("cancelDemoButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._demo_cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self._demo_heading)
        layout.addWidget(self._demo_text)
        layout.addWidget(self.demo_progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._demo_cancel.clicked.connect(self._on_demoCancel_clicked)
        return page

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to hrdesk"))
        self._heading.setText(self.tr("Which database should this computer use?"))
        self._intro.setText(self.tr(
            "hrdesk keeps all recruitment data in one encrypted database: a file on this "
            "computer, or a PostgreSQL server shared by several computers."))
        self.new_button.setText(self.tr("Create a new database"))
        self.new_button.setDescription(self.tr(
            "An encrypted file on this computer, with you as its administrator."))
        self.open_button.setText(self.tr("Open an existing database file"))
        self.open_button.setDescription(self.tr(
            "A database created before, e.g. copied from another computer."))
        self.server_button.setText(self.tr("Connect to a server"))
        self.server_button.setDescription(self.tr(
            "A PostgreSQL database shared by the HR office or the whole company."))
        self.demo_button.setText(self.tr("Try the demo"))
        self.demo_button.setDescription(self.tr(
            "Sample jobs and candidates to explore; nothing real is stored."))
        self._quit.setText(self.tr("Quit"))
        self._server_heading.setText(self.tr("Connect to a PostgreSQL server"))
        self._server_back.setText(self.tr("< Back"))
        self._server_connect.setText(self.tr("Connect"))
        self._demo_heading.setText(self.tr("Preparing the demo database"))
        self._demo_text.setText(self.tr("Creating sample jobs and candidates…"))
        self._demo_cancel.setText(self.tr("Cancel"))

    # --- navigation ----------------------------------------------------------------------

    def _show_choices(self) -> None:
        self._pages.setCurrentIndex(0)

    def _choose(self, location: Location) -> None:
        workstation.save(location)
        self.location = location
        self.accept()

    def _set_choices_busy(self, busy: bool) -> None:
        self._choice_busy.setVisible(busy)
        for button in (self.new_button, self.open_button, self.server_button, self.demo_button):
            button.setEnabled(not busy)

    # --- new database --------------------------------------------------------------------

    def _on_newButton_clicked(self) -> None:
        self.start_wizard(None)

    def start_wizard(self, preset_location: Location | None) -> FirstRunWizard:
        self.wizard = FirstRunWizard(self._context, preset_location, self)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.open()
        return self.wizard

    def _on_wizard_finished(self, result: int) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.recovery_code is not None:
            self._choose(wizard.location())

    # --- existing file -------------------------------------------------------------------

    def _on_openButton_clicked(self) -> None:
        start = str(workstation.default_sqlite_path().parent)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), start,
            self.tr("hrdesk database (*.hrdesk *.db);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        location = workstation.SqliteLocation(Path(path).expanduser().absolute())
        self._probe(location, on_empty=lambda: self._choice_error.show_problem(
            self.tr("There is no hrdesk database in {path}.").format(path=path)))

    def _probe(self, location: Location, on_empty) -> None:
        self._choice_error.clear_message()
        self._set_choices_busy(True)

        def done(state) -> None:
            self._set_choices_busy(False)
            self.server_form.set_busy(False)
            if state == setup.DatabaseState.HRDESK:
                self._choose(location)
            else:
                on_empty()

        def failed(error: Exception) -> None:
            self._set_choices_busy(False)
            self.server_form.set_busy(False)
            target = self.server_form if self._pages.currentIndex() == 1 else self._choice_error
            target.show_error(error)

        self._context.runner.run("probe", lambda ctx: setup.probe(location)) \
            .success(done).failure(failed)

    # --- server --------------------------------------------------------------------------

    def _on_serverButton_clicked(self) -> None:
        self._pages.setCurrentIndex(1)

    def _on_serverConnect_clicked(self) -> None:
        problem = self.server_form.problem()
        if problem:
            self.server_form.show_problem(problem)
            return
        location = self.server_form.location()
        self.server_form.set_busy(True)
        # An empty server database is set up by the wizard, without its file page.
        self._probe(location, on_empty=lambda: self.start_wizard(location))

    # --- demo ----------------------------------------------------------------------------

    def _on_demoButton_clicked(self) -> None:
        location = workstation.SqliteLocation(workstation.default_demo_path())
        self.demo_progress.setRange(0, 0)
        self._pages.setCurrentIndex(2)

        def work(ctx) -> object:
            if setup.demo_accounts(location):
                return location  # made on an earlier start: reuse it
            create_demo_database(location, progress=ctx.progress, cancelled=ctx.cancelled)
            return location

        self._context.runner.run("demo", work) \
            .progress(self._on_demoTask_progressed) \
            .success(self._choose) \
            .failure(self._on_demoTask_failed)

    def _on_demoTask_progressed(self, done: int, total: int) -> None:
        self.demo_progress.setRange(0, max(total, 1))
        self.demo_progress.setValue(done)

    def _on_demoTask_failed(self, error: Exception) -> None:
        self._show_choices()
        self._choice_error.show_error(error)

    def _on_demoCancel_clicked(self) -> None:
        self._context.runner.cancel("demo")
        self._show_choices()

    def reject(self) -> None:
        for key in ("demo", "probe"):
            self._context.runner.cancel(key)
        super().reject()
