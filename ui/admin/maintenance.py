"""The backups and audit tab: back up (and prove the backup restorable), check a backup
file, verify the audit log and note its head.

Every backup written here is checked at once by a restore into memory (the same dry
run as ``hrdesk backup --verify``), so the office learns that a backup is useless on
the day it is made, not on the day it is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import i18n
from hrdesk.services import audit_log
from ui import when, widgets
from ui.admin import forms, table as admin_table
from ui.admin.key_split import NewRecoveryCodeDialog
from ui.admin.presenter import MaintenancePresenter


class MaintenanceTab(forms.AdminTab):
    def __init__(self, presenter: MaintenancePresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, "maintenanceTab", parent)
        self.presenter: MaintenancePresenter = presenter
        self._head = ""
        self.body.addWidget(self._build_keys())
        self.body.addWidget(self._build_backups(), 3)
        self.body.addWidget(self._build_audit(), 2)
        presenter.backupsLoaded.connect(self._on_presenter_backupsLoaded)
        presenter.backedUp.connect(self._on_presenter_backedUp)
        presenter.checked.connect(self._on_presenter_checked)
        presenter.verified.connect(self._on_presenter_verified)
        presenter.keysToSplit.connect(self.keys_box.setVisible)
        presenter.keysSplit.connect(self._on_presenter_keysSplit)
        presenter.busyChanged.connect(self._on_presenter_busyChanged)
        widgets.shortcut(self, QKeySequence("Ctrl+B"), self._on_backupButton_clicked)
        self._retranslate()
        presenter.load()

    # --- building ------------------------------------------------------------------------

    def _build_keys(self) -> QGroupBox:
        """Shown only for a database made before keys followed roles."""
        self.keys_box = QGroupBox(self)
        self.keys_box.setObjectName("keySplitBox")
        self.keys_box.setVisible(False)
        self.keys_text = QLabel(self)
        self.keys_text.setWordWrap(True)
        self.split_button = QPushButton(self)
        self.split_button.setObjectName("splitKeysButton")
        self.split_button.clicked.connect(self._on_splitButton_clicked)
        layout = QHBoxLayout(self.keys_box)
        layout.addWidget(self.keys_text, 1)
        layout.addWidget(self.split_button)
        return self.keys_box

    def _build_backups(self) -> QGroupBox:
        self.backups_box = QGroupBox(self)
        self.backups_model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("File"), lambda b: b.path.name),
            admin_table.Column(lambda: self.tr("Written"),
                               lambda b: when.moment(b.created_at) if b.created_at else ""),
            admin_table.Column(lambda: self.tr("Size"), lambda b: _size(b.size)),
        ], self)
        self.backups_view = admin_table.table_view(self.backups_model, "backupsView", self)
        self.backups_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        header = self.backups_view.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.backups_view.doubleClicked.connect(self._on_backupsView_doubleClicked)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_as_button = QPushButton(self)
        self.backup_as_button.setObjectName("backupAsButton")
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkBackupButton")
        self.backup_button.clicked.connect(self._on_backupButton_clicked)
        self.backup_as_button.clicked.connect(self._on_backupAsButton_clicked)
        self.check_button.clicked.connect(self._on_checkButton_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.backup_as_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        self.backup_result = QLabel(self)
        self.backup_result.setObjectName("backupResultLabel")
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.backups_box)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.backups_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_result)
        return self.backups_box

    def _build_audit(self) -> QGroupBox:
        self.audit_box = QGroupBox(self)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyAuditButton")
        self.copy_head_button = QPushButton(self)
        self.copy_head_button.setObjectName("copyHeadButton")
        self.copy_head_button.setEnabled(False)
        self.verify_button.clicked.connect(self._on_verifyButton_clicked)
        self.copy_head_button.clicked.connect(self._on_copyHeadButton_clicked)
        self.audit_result = QLabel(self)
        self.audit_result.setObjectName("auditResultLabel")
        self.audit_result.setWordWrap(True)
        self.audit_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget(self)
        self.problems.setObjectName("auditProblemsList")
        self.problems.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.copy_head_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.audit_box)
        layout.addLayout(buttons)
        layout.addWidget(self.audit_result)
        layout.addWidget(self.problems, 1)
        return self.audit_box

    def _retranslate(self) -> None:
        super()._retranslate()
        self.keys_box.setTitle(self.tr("Keys"))
        self.keys_text.setText(self.tr(
            "This database was made before keys followed roles: every user's password still "
            "opens every key, candidates' ID numbers included. Give each role only the keys "
            "it needs; you will get a new recovery code."))
        self.split_button.setText(self.tr("Give each role only its keys…"))
        self.backups_box.setTitle(self.tr("Backups"))
        self.audit_box.setTitle(self.tr("Audit log"))
        self.backup_button.setText(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Ctrl+B: write a backup into the backup folder "
                                              "and check that it restores"))
        self.backup_as_button.setText(self.tr("Back up to…"))
        self.check_button.setText(self.tr("Check a backup file…"))
        self.verify_button.setText(self.tr("Verify the audit log"))
        self.copy_head_button.setText(self.tr("Copy the head"))
        self.copy_head_button.setToolTip(self.tr(
            "Keep the head somewhere else (paper, another computer): a log rewritten later "
            "no longer holds it"))
        self.folder_label.setText(self.tr("Backup folder: {folder}").format(
            folder=self.presenter.folder))
        self.backups_model.retranslate()

    # --- slots ---------------------------------------------------------------------------

    def _on_splitButton_clicked(self) -> None:
        password, ok = QInputDialog.getText(
            self, self.tr("Give each role only its keys"),
            self.tr("Your password (it seals your own keys again):"), QLineEdit.EchoMode.Password)
        if ok and password:
            self.presenter.split_keys(password)

    def _on_presenter_keysSplit(self, code: str) -> None:
        self.show_done(self.tr("Each role now holds only its keys"))
        dialog = NewRecoveryCodeDialog(self.presenter.session.company_name, code, self)
        dialog.open()
        self.code_dialog = dialog

    def _on_presenter_busyChanged(self, busy: bool) -> None:
        for button in (self.backup_button, self.backup_as_button, self.check_button,
                       self.verify_button, self.split_button):
            button.setEnabled(not busy)

    def _on_presenter_backupsLoaded(self, backups) -> None:
        self.backups_model.set_records(list(backups))

    def _on_backupButton_clicked(self) -> None:
        self.backup_result.clear()
        self.presenter.back_up(None)

    def _on_backupAsButton_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(self.presenter.folder),
            self.tr("hrdesk backups (*.hdbk)"))
        if path:
            self.backup_result.clear()
            self.presenter.back_up(Path(path))

    def _on_checkButton_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Check a backup"), str(self.presenter.folder),
            self.tr("hrdesk backups (*.hdbk)"))
        if path:
            self.check(Path(path))

    def _on_backupsView_doubleClicked(self, _index) -> None:
        record = admin_table.current_record(self.backups_view)
        if record is not None:
            self.check(record.path)

    def check(self, path: Path) -> None:
        self.backup_result.clear()
        self.presenter.check(path)

    def _on_presenter_backedUp(self, info, checked) -> None:
        head = info.audit_head or {}
        self.backup_result.setText(self.tr(
            "Written to {path} and checked: it restores ({rows} rows). Audit head at the "
            "backup: {head}").format(path=info.path, rows=sum(checked.counts.values()),
                                     head=_head_text(head)))
        self.show_done(self.tr("Backup written and checked"))

    def _on_presenter_checked(self, checked) -> None:
        self.backup_result.setText(self.tr(
            "{path} restores: {rows} rows, written {written}. Audit head at the backup: "
            "{head}").format(path=checked.path, rows=sum(checked.counts.values()),
                             written=checked.created_at, head=_head_text(checked.audit_head)))
        self.show_done(self.tr("The backup restores"))

    def _on_verifyButton_clicked(self) -> None:
        self.audit_result.clear()
        self.problems.clear()
        self.presenter.verify()

    def _on_presenter_verified(self, result) -> None:
        self._head = result.head.text()
        self.copy_head_button.setEnabled(True)
        self.problems.clear()
        for note in result.notes:  # a re-anchor: said whether or not all is well
            self.problems.addItem(self.describe(note))
        if result.ok:
            self.audit_result.setText(self.tr(
                "Intact: {entries} entries, and every row is as the log left it. "
                "Head: {head}").format(entries=result.entries, head=self._head))
            self.problems.setVisible(bool(result.notes))
            self.show_done(self.tr("The audit log is intact"))
            return
        self.audit_result.setText(self.tr(
            "Not intact. Do not trust the data until an administrator has looked into it; "
            "restore the last backup whose head is in the log if needed."))
        for finding in result.findings:
            self.problems.addItem(self.describe(finding))
        self.problems.setVisible(True)
        self.message.show_problem(self.tr("The audit log found changes made outside hrdesk"))

    def describe(self, finding) -> str:
        """A finding in the reader's language, the table named as the screens name it."""
        table = finding.params.get("table")
        if table is not None:
            finding = audit_log.Finding(finding.code, **{
                **finding.params, "table": self._table_label(table)})
        return i18n.describe_reason(finding, QCoreApplication.translate,
                                    context=i18n.AUDIT_FINDING_CONTEXT)

    def _table_label(self, table: str) -> str:
        labels = {
            "candidates": self.tr("Candidate"), "applications": self.tr("Application"),
            "attachments": self.tr("Attachment"), "jobs": self.tr("Job"),
            "requisitions": self.tr("Requisition"), "approval_steps": self.tr("Approval step"),
            "users": self.tr("User"), "role_grants": self.tr("Role of a user"),
            "sites": self.tr("Site"), "departments": self.tr("Department"),
            "organisation": self.tr("Company"), "channels": self.tr("Channel"),
            "channel_costs": self.tr("Channel cost"), "pipeline_templates": self.tr("Template"),
            "stages": self.tr("Stage"), "settings": self.tr("Setting"),
            "site_calendars": self.tr("Working calendar"), "tasks": self.tr("Task"),
            "escalations": self.tr("Escalation"), "outbox": self.tr("Message to a candidate"),
            "refusal_reasons": self.tr("Rejection reason"),
        }
        return labels.get(table, table)

    def _on_copyHeadButton_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._head)
        self.show_done(self.tr("Head copied: {head}").format(head=self._head))


def _head_text(head) -> str:
    return f"{head['seq']}:{head['hash']}" if head else "—"


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


