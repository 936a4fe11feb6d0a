"""The possible-duplicates queue: two people side by side, the shared key highlighted.

HR merges them (ticking, field by field, whose value stays; both histories are
kept) or says they are different people, which is remembered: the pair is never
offered again. Numbers are masked, as everywhere on screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services.duplicates import CHOOSABLE, PairView
from ui import widgets
from ui.candidates.identity_presenter import IdentityPresenter
from ui.context import AppContext
from ui.imports.names import field_name
from ui.when import day

#: The rows of the comparison, in order.
SHOWN = ("name", "mobile", "email", "id_number", "gender", "birth_date", "education",
         "school", "city", "created_at", "applications")
_SHARED = QColor("#fff2cc")


class DuplicatesDialog(widgets.Retranslating, QDialog):
    def __init__(self, context: AppContext, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.resize(820, 460)
        self.pairs: list[PairView] = []
        self._saving_placeholders = False
        self.presenter = IdentityPresenter(context, session, self)
        self.presenter.pairsLoaded.connect(self._on_presenter_pairsLoaded)
        self.presenter.decided.connect(self._on_presenter_decided)
        self.presenter.failed.connect(self._on_presenter_failed)
        self.message = widgets.MessageLabel(self, "duplicatesMessage")
        self.pair_list = QListWidget(self)
        self.pair_list.setObjectName("duplicatesList")
        self.pair_list.setMaximumWidth(260)
        self.compare = QTableWidget(len(SHOWN), 2, self)
        self.compare.setObjectName("duplicatesCompare")
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.keep_first = QPushButton(self)
        self.keep_first.setObjectName("duplicatesKeepFirst")
        self.keep_second = QPushButton(self)
        self.keep_second.setObjectName("duplicatesKeepSecond")
        self.different = QPushButton(self)
        self.different.setObjectName("duplicatesDifferent")
        self.different.setShortcut(QKeySequence("Ctrl+D"))
        self.placeholders_button = QPushButton(self)
        self.placeholders_button.setObjectName("duplicatesPlaceholders")
        self.placeholders_button.clicked.connect(self.presenter.load_placeholders)
        self.presenter.placeholdersLoaded.connect(self._on_presenter_placeholdersLoaded)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.keep_first, self.keep_second, self.different):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.placeholders_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.compare, 1)
        right.addWidget(self.hint)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.pair_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.pair_list.currentRowChanged.connect(self._show_pair)
        self.compare.itemChanged.connect(self._on_compare_itemChanged)
        self.keep_first.clicked.connect(lambda: self._merge(0))
        self.keep_second.clicked.connect(lambda: self._merge(1))
        self.different.clicked.connect(self._on_different_clicked)
        self._retranslate()
        self.presenter.load_pairs()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.hint.setText(self.tr(
            "Tick whose value stays where the two differ, then merge into the person who "
            "stays: applications, timeline and files of both are kept. Or say they are "
            "different people: the pair will not be offered again."))
        self.different.setText(self.tr("Different people (Ctrl+D)"))
        self.close_button.setText(self.tr("Close"))
        self.placeholders_button.setText(self.tr("Placeholder values…"))
        self.placeholders_button.setToolTip(self.tr(
            "Mobiles and e-mails that job boards and helpers type for anyone: they are kept "
            "as data but never make two rows one person"))
        self.compare.setVerticalHeaderLabels([self._label(f) for f in SHOWN])
        self._show_pair(self.pair_list.currentRow())

    def _label(self, field: str) -> str:
        return {"created_at": self.tr("Added"), "applications": self.tr("Applications"),
                "birth_date": self.tr("Birth date")}.get(field) or field_name(field)

    # --- placeholders ----------------------------------------------------------------

    def _on_presenter_placeholdersLoaded(self, values: list[str]) -> None:
        if self._saving_placeholders:
            self._saving_placeholders = False
            self.message.show_success(self.tr("Placeholder values saved."))
            return
        edited = self.edit_placeholders(values)
        if edited is not None:
            self._saving_placeholders = True
            self.presenter.save_placeholders(edited)

    def edit_placeholders(self, values: list[str]) -> list[str] | None:
        """HR's edited list, one value a line, or None when cancelled (tests answer it)."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Placeholder values"),
            self.tr("One mobile or e-mail a line. These never identify anyone:"),
            "\n".join(values))
        return [line.strip() for line in text.splitlines() if line.strip()] if ok else None

    # --- the queue -------------------------------------------------------------------

    def _on_presenter_pairsLoaded(self, pairs: list[PairView]) -> None:
        self.pairs = list(pairs)
        self.pair_list.clear()
        for pair in self.pairs:
            item = QListWidgetItem(self.tr("{first} / {second}: same {key}").format(
                first=pair.first.name, second=pair.second.name,
                key=field_name(pair.shared_field)))
            self.pair_list.addItem(item)
        if not self.pairs:
            self.message.show_success(self.tr("No possible duplicates are waiting."))
        self.pair_list.setCurrentRow(0 if self.pairs else -1)
        self._show_pair(self.pair_list.currentRow())

    def current(self) -> PairView | None:
        row = self.pair_list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _show_pair(self, _row: int = -1) -> None:
        pair = self.current()
        for button in (self.keep_first, self.keep_second, self.different):
            button.setEnabled(pair is not None)
        self.compare.blockSignals(True)
        self.compare.clearContents()
        if pair is None:
            self.keep_first.setText(self.tr("Merge into the left"))
            self.keep_second.setText(self.tr("Merge into the right"))
            self.compare.blockSignals(False)
            return
        self.compare.setHorizontalHeaderLabels([pair.first.name, pair.second.name])
        self.keep_first.setText(self.tr("Merge, keep {name}").format(name=pair.first.name))
        self.keep_second.setText(self.tr("Merge, keep {name}").format(name=pair.second.name))
        for row, field in enumerate(SHOWN):
            values = [_shown(getattr(side, field)) for side in (pair.first, pair.second)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if field in CHOOSABLE and values[0] != values[1] and all(values):
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if column == 0
                                       else Qt.CheckState.Unchecked)
                if field == pair.shared_field:
                    item.setBackground(QBrush(_SHARED))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(row, column, item)
        self.compare.blockSignals(False)

    def _on_compare_itemChanged(self, item: QTableWidgetItem) -> None:
        """One value per field stays: ticking one side unticks the other."""
        other = self.compare.item(item.row(), 1 - item.column())
        if other is None or not (other.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return
        self.compare.blockSignals(True)
        wanted = Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked \
            else Qt.CheckState.Checked
        other.setCheckState(wanted)
        self.compare.blockSignals(False)

    def taken_from(self, kept: int) -> list[str]:
        """The fields whose ticked value is the other person's."""
        taken = []
        for row, field in enumerate(SHOWN):
            item = self.compare.item(row, 1 - kept)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                    and item.checkState() == Qt.CheckState.Checked:
                taken.append(field)
        return taken

    def tick(self, field: str, column: int) -> None:
        """Choose whose value of ``field`` stays (as a click on its box would)."""
        box = self.compare.item(SHOWN.index(field), column)
        if box is None:
            raise LookupError(f"no box for {field} in column {column}")
        box.setCheckState(Qt.CheckState.Checked)

    def _merge(self, kept: int) -> None:
        pair = self.current()
        if pair is None:
            return
        self.message.clear_message()
        keep = (pair.first, pair.second)[kept]
        self._busy(True)
        self.presenter.merge(pair, keep.candidate_id, self.taken_from(kept))

    def _on_different_clicked(self) -> None:
        pair = self.current()
        if pair is None:
            return
        self.message.clear_message()
        self._busy(True)
        self.presenter.mark_different(pair)

    def _on_presenter_decided(self) -> None:
        self._busy(False)
        self.message.show_success(self.tr("Done."))
        self.presenter.load_pairs()

    def _on_presenter_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.show_error(error)
        self.presenter.load_pairs()

    def _busy(self, busy: bool) -> None:
        for button in (self.keep_first, self.keep_second, self.different):
            button.setEnabled(not busy)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return day(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
