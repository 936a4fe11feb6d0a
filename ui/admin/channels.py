"""The channels tab: where candidates come from, and what each source cost per period."""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services import channels
from ui import when
from ui.admin import forms, table as admin_table
from ui.admin.presenter import ChannelsPresenter


def kind_name(kind: str) -> str:
    names = {
        "job_board": QCoreApplication.translate("ChannelKinds", "Job board"),
        "referral": QCoreApplication.translate("ChannelKinds", "Referral"),
        "campus": QCoreApplication.translate("ChannelKinds", "Campus"),
        "agency": QCoreApplication.translate("ChannelKinds", "Agency"),
        "job_fair": QCoreApplication.translate("ChannelKinds", "Job fair"),
        "internal": QCoreApplication.translate("ChannelKinds", "Internal transfer"),
        "walk_in": QCoreApplication.translate("ChannelKinds", "Walk-in"),
        "other": QCoreApplication.translate("ChannelKinds", "Other"),
    }
    return names.get(kind, kind)


def parse_amount(text: str) -> Decimal | None:
    """A money amount as typed ("1,200.50", "¥800"): None unless ≥ 0 with at most two decimals."""
    cleaned = text.strip().lstrip("¥￥").replace(QLocale().groupSeparator(), "").replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value != value.quantize(channels.CENT) \
            or value > channels.MAX_AMOUNT:
        return None
    return value


def money(amount: Decimal) -> str:
    return QLocale().toString(float(amount), "f", 2)


class ChannelsTab(forms.AdminTab):
    def __init__(self, presenter: ChannelsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, "channelsTab", parent)
        self.presenter: ChannelsPresenter = presenter
        self.all_channels: tuple[channels.ChannelInfo, ...] = ()
        self._shown_id: uuid.UUID | None = None  # whose name the rename field holds
        self._wanted_id: uuid.UUID | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_channels())
        splitter.addWidget(self._build_costs())
        self.body.addWidget(splitter, 1)
        presenter.loaded.connect(self._on_presenter_loaded)
        presenter.costsLoaded.connect(self._on_presenter_costsLoaded)
        presenter.changed.connect(self._on_presenter_changed)
        presenter.costAdded.connect(self._on_presenter_costAdded)
        self._retranslate()
        presenter.load()

    # --- building ------------------------------------------------------------------------

    def _build_channels(self) -> QGroupBox:
        self.channels_box = QGroupBox(self)
        self.model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("Name"), lambda c: c.name),
            admin_table.Column(lambda: self.tr("Kind"), lambda c: kind_name(c.kind)),
            admin_table.Column(lambda: self.tr("Active"),
                               lambda c: self.tr("Yes") if c.active else self.tr("No"),
                               lambda c: int(c.active)),
        ], self)
        self.view = admin_table.table_view(self.model, "channelsView", self)
        self.show_inactive = QCheckBox(self)
        self.show_inactive.setObjectName("showInactiveChannels")
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("channelNameEdit")
        self.new_name.setMaxLength(channels.NAME_LENGTH)
        self.kind = QComboBox(self)
        self.kind.setObjectName("channelKindCombo")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addChannelButton")
        self.rename_edit = QLineEdit(self)
        self.rename_edit.setObjectName("channelRenameEdit")
        self.rename_edit.setMaxLength(channels.NAME_LENGTH)
        forms.clear_on_edit(self.new_name, self.rename_edit)
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameChannelButton")
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("channelActiveButton")
        add_row, edit_row = QHBoxLayout(), QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        edit_row.addWidget(self.rename_edit, 1)
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.active_button)
        layout = QVBoxLayout(self.channels_box)
        layout.addWidget(self.show_inactive)
        layout.addWidget(self.view, 1)
        layout.addLayout(edit_row)
        layout.addLayout(add_row)
        self.show_inactive.toggled.connect(self._on_showInactiveChannels_toggled)
        self.add_button.clicked.connect(self._on_addChannelButton_clicked)
        self.new_name.returnPressed.connect(self._on_addChannelButton_clicked)
        self.rename_button.clicked.connect(self._on_renameChannelButton_clicked)
        self.rename_edit.returnPressed.connect(self._on_renameChannelButton_clicked)
        self.active_button.clicked.connect(self._on_channelActiveButton_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_channelsView_selectionChanged)
        forms.delete_key(self.view, self._on_delete_pressed)
        return self.channels_box

    def _build_costs(self) -> QGroupBox:
        self.costs_box = QGroupBox(self)
        self.cost_model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("From"), lambda c: admin_table.date_text(c.period_start),
                               lambda c: c.period_start.isoformat()),
            admin_table.Column(lambda: self.tr("To"), lambda c: admin_table.date_text(c.period_end),
                               lambda c: c.period_end.isoformat()),
            admin_table.Column(lambda: self.tr("Amount"), lambda c: money(c.amount),
                               lambda c: float(c.amount), align_right=True),
            admin_table.Column(lambda: self.tr("Note"), lambda c: c.note or ""),
        ], self)
        self.costs_view = admin_table.table_view(self.cost_model, "costsView", self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("costsTotal")
        today = QDate.currentDate()
        self.cost_from = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.cost_from.setObjectName("costFromEdit")
        self.cost_to = QDateEdit(QDate(today.year(), today.month(), today.daysInMonth()), self)
        self.cost_to.setObjectName("costToEdit")
        for edit in (self.cost_from, self.cost_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d, e=edit: forms.mark(e, None))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("costAmountEdit")
        self.note = QLineEdit(self)
        self.note.setObjectName("costNoteEdit")
        self.note.setMaxLength(channels.NOTE_LENGTH)
        forms.clear_on_edit(self.amount)
        self.add_cost_button = QPushButton(self)
        self.add_cost_button.setObjectName("addCostButton")
        period, entry = QHBoxLayout(), QHBoxLayout()
        self.period_label, self.dash = QLabel(self), QLabel("–", self)
        period.addWidget(self.period_label)
        period.addWidget(self.cost_from)
        period.addWidget(self.dash)
        period.addWidget(self.cost_to)
        period.addStretch(1)
        entry.addWidget(self.amount, 1)
        entry.addWidget(self.note, 2)
        entry.addWidget(self.add_cost_button)
        layout = QVBoxLayout(self.costs_box)
        layout.addWidget(self.costs_view, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(period)
        layout.addLayout(entry)
        self.add_cost_button.clicked.connect(self._on_addCostButton_clicked)
        self.amount.returnPressed.connect(self._on_addCostButton_clicked)
        return self.costs_box

    def _retranslate(self) -> None:
        super()._retranslate()
        self.channels_box.setTitle(self.tr("Channels"))
        self.show_inactive.setText(self.tr("Show inactive channels"))
        self.new_name.setPlaceholderText(self.tr("New channel name"))
        self.add_button.setText(self.tr("Add &channel"))
        self.rename_edit.setPlaceholderText(self.tr("New name for the selected channel"))
        self.rename_button.setText(self.tr("Re&name"))
        self.period_label.setText(self.tr("Period:"))
        self.amount.setPlaceholderText(self.tr("Amount (yuan)"))
        self.note.setPlaceholderText(self.tr("Note, e.g. invoice number"))
        self.add_cost_button.setText(self.tr("Add c&ost"))
        chosen = self.kind.currentData()
        self.kind.clear()
        for kind in channels.KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.model.retranslate()
        self.cost_model.retranslate()
        self._show_selection()

    # --- selection -----------------------------------------------------------------------

    def selected(self) -> channels.ChannelInfo | None:
        return admin_table.current_record(self.view)

    def select(self, channel_id: uuid.UUID) -> bool:
        return admin_table.select_record(self.view, lambda c: c.id == channel_id)

    def _show_selection(self) -> None:
        channel = self.selected()
        self.costs_box.setTitle(self.tr("Costs of {channel}").format(channel=channel.name)
                                if channel else self.tr("Costs (choose a channel)"))
        for widget in (self.rename_edit, self.rename_button, self.active_button,
                       self.add_cost_button):
            widget.setEnabled(channel is not None)
        self.active_button.setText(self.tr("&Activate") if channel and not channel.active
                                   else self.tr("&Deactivate"))
        costs = self.cost_model.records()
        self.total_label.setText(self.tr("Total: {amount}").format(
            amount=money(sum((c.amount for c in costs), Decimal(0)))) if costs else "")

    def _on_channelsView_selectionChanged(self, *_args) -> None:
        channel = self.selected()
        # A reload re-selects the same channel: keep a half-typed (or refused) new name.
        if channel is None or channel.id != self._shown_id:
            self._shown_id = channel.id if channel else None
            self.rename_edit.setText(channel.name if channel else "")
            forms.mark(self.rename_edit, None)
            self.cost_model.set_records(())
            if channel is not None:
                self.presenter.load_costs(channel.id)
        self._show_selection()

    # --- actions -------------------------------------------------------------------------

    def new_item(self) -> None:
        self.new_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _name_problem(self, edit: QLineEdit) -> list[forms.Problem]:
        return [] if edit.text().strip() else [(edit, self.tr("Enter the channel's name."))]

    def _on_addChannelButton_clicked(self) -> None:
        if forms.show_problems(self._name_problem(self.new_name), (self.new_name,),
                               self.message):
            self.presenter.create(self.new_name.text(), self.kind.currentData())

    def _on_renameChannelButton_clicked(self) -> None:
        channel = self.selected()
        if channel is not None and forms.show_problems(
                self._name_problem(self.rename_edit), (self.rename_edit,), self.message):
            self.presenter.rename(channel, self.rename_edit.text())

    def _on_channelActiveButton_clicked(self) -> None:
        channel = self.selected()
        if channel is not None:
            self.presenter.set_active(channel, not channel.active)

    def _on_delete_pressed(self) -> None:
        channel = self.selected()
        if channel is not None and channel.active:
            self.presenter.set_active(channel, False)

    def _on_addCostButton_clicked(self) -> None:
        channel = self.selected()
        if channel is None:
            return
        start, end = when.date_of(self.cost_from.date()), when.date_of(self.cost_to.date())
        amount = parse_amount(self.amount.text())
        problems: list[forms.Problem] = []
        if end < start:
            problems.append((self.cost_to, self.tr("The period must not end before it starts.")))
        if amount is None:
            problems.append((self.amount, self.tr(
                "Enter an amount in yuan, e.g. 1200 or 1200.50.")))
        fields = (self.cost_from, self.cost_to, self.amount)
        if forms.show_problems(problems, fields, self.message) and amount is not None:
            self.presenter.add_cost(channel.id, start, end, amount, self.note.text())

    def _on_showInactiveChannels_toggled(self, _on: bool) -> None:
        self._show_channels()

    # --- results -------------------------------------------------------------------------

    def _show_channels(self) -> None:
        selected = self.selected()
        chosen = self._wanted_id or (selected.id if selected else None)
        self._wanted_id = None
        shown = [c for c in self.all_channels if c.active or self.show_inactive.isChecked()]
        self.model.set_records(shown)
        self.view.resizeColumnsToContents()
        if not (chosen and self.select(chosen)):
            self._on_channelsView_selectionChanged()

    def _on_presenter_loaded(self, found: tuple[channels.ChannelInfo, ...]) -> None:
        self.all_channels = found
        self._show_channels()

    def _on_presenter_costsLoaded(self, channel_id: uuid.UUID, costs) -> None:
        if channel_id == self._shown_id:
            self.cost_model.set_records(costs)
            self.costs_view.resizeColumnsToContents()
            self._show_selection()

    def _on_presenter_changed(self, channel: channels.ChannelInfo) -> None:
        self._wanted_id = channel.id
        if self.new_name.text().strip() and channel.name == " ".join(self.new_name.text().split()):
            self.new_name.clear()
        if not channel.active and not self.show_inactive.isChecked():
            self._wanted_id = None  # it leaves the list
        self.show_done(self.tr("Channel {name} saved.").format(name=channel.name))

    def _on_presenter_costAdded(self, cost: channels.ChannelCostInfo) -> None:
        self.amount.clear()
        self.note.clear()
        self.show_done(self.tr("Cost of {amount} added to {channel}.").format(
            amount=money(cost.amount), channel=cost.channel_name))
