"""The calendar tab: a site's working week, working hours and its own rest / working days.

Chinese statutory holidays and make-up days come with hrdesk; this tab holds only
what the plant decides itself (annual shutdown, a Saturday worked for an order).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
import zoneinfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.dto.calendars import CalendarSpec, WorkPeriod
from hrdesk.dto.org import SiteInfo
from hrdesk.services import calendars
from ui import when
from ui.admin import forms, table as admin_table
from ui.admin.presenter import CalendarPresenter


@dataclasses.dataclass(frozen=True)
class DayMark:
    """One row of the site's own days: a date it rests or works against its week."""

    date: dt.date
    working: bool


def clock_text(value: dt.time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


class CalendarTab(forms.AdminTab):
    def __init__(self, presenter: CalendarPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, "calendarTab", parent)
        self.presenter: CalendarPresenter = presenter
        self.site_id: uuid.UUID | None = None
        self.sites: tuple[SiteInfo, ...] = ()
        self.zone = CalendarSpec().time_zone
        self.site_label = QLabel(self)
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("calendarSiteCombo")
        self.site_combo.setMinimumContentsLength(16)
        self.site_label.setBuddy(self.site_combo)
        self.zone_label = QLabel(self)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("calendarZoneCombo")
        self.zone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_label.setBuddy(self.zone_combo)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCalendarButton")
        self.save_button.setShortcut("Ctrl+S")
        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addWidget(self.site_combo)
        top.addSpacing(16)
        top.addWidget(self.zone_label)
        top.addWidget(self.zone_combo)
        top.addStretch(1)
        top.addWidget(self.save_button)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_week())
        left.addWidget(self._build_hours(), 1)
        columns.addLayout(left, 2)
        columns.addWidget(self._build_exceptions(), 3)
        self.body.addLayout(top)
        self.body.addLayout(columns, 1)
        self.site_combo.currentIndexChanged.connect(self._on_calendarSiteCombo_currentIndexChanged)
        self.save_button.clicked.connect(self._on_saveCalendarButton_clicked)
        presenter.sitesLoaded.connect(self._on_presenter_sitesLoaded)
        presenter.loaded.connect(self._on_presenter_loaded)
        presenter.saved.connect(self._on_presenter_saved)
        self._retranslate()
        self._show(CalendarSpec())
        presenter.load()

    # --- building ------------------------------------------------------------------------

    def _build_week(self) -> QGroupBox:
        self.week_box = QGroupBox(self)
        self.week_box.setObjectName("workingWeekBox")
        row = QHBoxLayout(self.week_box)
        self.weekday_checks = []
        for weekday in range(7):
            check = QCheckBox(self.week_box)
            check.setObjectName(f"weekday_{weekday}")
            check.toggled.connect(lambda _on: forms.mark(self.week_box, None))
            check.toggled.connect(lambda _on: self._paint_picker())
            row.addWidget(check)
            self.weekday_checks.append(check)
        return self.week_box

    def _build_hours(self) -> QGroupBox:
        self.hours_box = QGroupBox(self)
        self.period_model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("From"), lambda p: clock_text(p.start),
                               lambda p: p.start.isoformat()),
            admin_table.Column(lambda: self.tr("To"), lambda p: clock_text(p.end),
                               lambda p: p.end.isoformat()),
        ], self)
        self.periods_view = admin_table.table_view(self.period_model, "periodsView", self)
        self.period_start = QTimeEdit(QTime(8, 30), self)
        self.period_start.setObjectName("periodStartEdit")
        self.period_end = QTimeEdit(QTime(12, 0), self)
        self.period_end.setObjectName("periodEndEdit")
        for edit in (self.period_start, self.period_end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(lambda _t, e=edit: forms.mark(e, None))
        self.add_period_button = QPushButton(self)
        self.add_period_button.setObjectName("addPeriodButton")
        self.remove_period_button = QPushButton(self)
        self.remove_period_button.setObjectName("removePeriodButton")
        row = QHBoxLayout()
        row.addWidget(self.period_start)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.period_end)
        row.addWidget(self.add_period_button)
        row.addStretch(1)
        row.addWidget(self.remove_period_button)
        layout = QVBoxLayout(self.hours_box)
        layout.addWidget(self.periods_view, 1)
        layout.addLayout(row)
        self.add_period_button.clicked.connect(self._on_addPeriodButton_clicked)
        self.remove_period_button.clicked.connect(self._on_removePeriodButton_clicked)
        forms.delete_key(self.periods_view, self._on_removePeriodButton_clicked)
        return self.hours_box

    def _build_exceptions(self) -> QGroupBox:
        self.exceptions_box = QGroupBox(self)
        self.exception_model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("Date"), lambda e: admin_table.date_text(e.date),
                               lambda e: e.date.isoformat()),
            admin_table.Column(lambda: self.tr("The site"),
                               lambda e: self.tr("works") if e.working else self.tr("rests")),
        ], self)
        self.exceptions_view = admin_table.table_view(self.exception_model, "exceptionsView",
                                                      self)
        self.picker = QCalendarWidget(self)
        self.picker.setObjectName("exceptionPicker")
        self.picker.setGridVisible(True)
        self.rest_button = QPushButton(self)
        self.rest_button.setObjectName("markRestButton")
        self.work_button = QPushButton(self)
        self.work_button.setObjectName("markWorkButton")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearMarkButton")
        self.coverage = QLabel(self)
        self.coverage.setObjectName("statutoryCoverage")
        self.coverage.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.rest_button, self.work_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self.exceptions_box)
        grid.addWidget(self.picker, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.exceptions_view, 1, 0, 1, 2)
        grid.addWidget(self.coverage, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        self.rest_button.clicked.connect(lambda: self._mark_day(False))
        self.work_button.clicked.connect(lambda: self._mark_day(True))
        self.clear_button.clicked.connect(self._on_clearMarkButton_clicked)
        forms.delete_key(self.exceptions_view, self._on_clearMarkButton_clicked)
        self.exception_model.modelReset.connect(self._paint_picker)
        self.exceptions_view.selectionModel().selectionChanged.connect(
            self._on_exceptionsView_selectionChanged)
        return self.exceptions_box

    def _retranslate(self) -> None:
        super()._retranslate()
        self.site_label.setText(self.tr("&Site:"))
        self.zone_label.setText(self.tr("&Time zone:"))
        self.save_button.setText(self.tr("Save calendar"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.week_box.setTitle(self.tr("Working week"))
        for weekday, check in enumerate(self.weekday_checks):
            check.setText(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
        self.hours_box.setTitle(self.tr("Working hours"))
        self.add_period_button.setText(self.tr("Add hours"))
        self.remove_period_button.setText(self.tr("Remove"))
        self.exceptions_box.setTitle(self.tr("The site's own rest and working days"))
        self.rest_button.setText(self.tr("Site &rests that day"))
        self.work_button.setText(self.tr("Site &works that day"))
        self.clear_button.setText(self.tr("&Clear the day"))
        years = calendars.covered_years()
        self.coverage.setText(self.tr(
            "Chinese public holidays and make-up working days are applied automatically "
            "for {first}–{last}; mark here only what differs at this site.").format(
                first=years.start, last=years.stop - 1) if years else self.tr(
            "No public holiday data is installed: mark holidays here."))
        self.period_model.retranslate()
        self.exception_model.retranslate()

    # --- the draft -----------------------------------------------------------------------

    def _show(self, spec: CalendarSpec) -> None:
        for weekday, check in enumerate(self.weekday_checks):
            check.setChecked(weekday in spec.working_weekdays)
        self.period_model.set_records(spec.periods)
        exceptions = [DayMark(d, False) for d in spec.rest_days]
        exceptions += [DayMark(d, True) for d in spec.extra_working_days]
        self.exception_model.set_records(sorted(exceptions, key=lambda e: e.date))
        self.zone_combo.setCurrentText(spec.time_zone)
        for field in (self.week_box, self.periods_view):
            forms.mark(field, None)

    def draft(self) -> CalendarSpec:
        """The spec as shown; raises ValueError as CalendarSpec does."""
        exceptions = self.exception_model.records()
        return CalendarSpec(
            working_weekdays=frozenset(
                d for d, c in enumerate(self.weekday_checks) if c.isChecked()),
            periods=self.period_model.records(),
            rest_days=frozenset(e.date for e in exceptions if not e.working),
            extra_working_days=frozenset(e.date for e in exceptions if e.working),
            time_zone=self.zone_combo.currentText(),
        )

    def _paint_picker(self) -> None:
        """The picker shows this site's week and marks, not Qt's default red weekend."""
        rest, work = QTextCharFormat(), QTextCharFormat()
        rest.setForeground(QColor("#c0392b"))
        work.setForeground(self.palette().text().color())
        for weekday, check in enumerate(self.weekday_checks):
            self.picker.setWeekdayTextFormat(Qt.DayOfWeek(weekday + 1),
                                             work if check.isChecked() else rest)
        self.picker.setDateTextFormat(QDate(), QTextCharFormat())  # forget earlier marks
        for mark in self.exception_model.records():
            shown = QTextCharFormat(work if mark.working else rest)
            shown.setFontWeight(QFont.Weight.Bold)
            shown.setFontUnderline(True)
            self.picker.setDateTextFormat(QDate(mark.date.year, mark.date.month,
                                                mark.date.day), shown)

    def _mark_day(self, working: bool) -> None:
        chosen = when.date_of(self.picker.selectedDate())
        rest = [e for e in self.exception_model.records() if e.date != chosen]
        self.exception_model.set_records(sorted([*rest, DayMark(chosen, working)],
                                                key=lambda e: e.date))

    def _on_clearMarkButton_clicked(self) -> None:
        chosen = when.date_of(self.picker.selectedDate())
        self.exception_model.set_records(
            [e for e in self.exception_model.records() if e.date != chosen])

    def _on_exceptionsView_selectionChanged(self, *_args) -> None:
        chosen = admin_table.current_record(self.exceptions_view)
        if chosen is not None:
            self.picker.setSelectedDate(QDate(chosen.date.year, chosen.date.month,
                                              chosen.date.day))

    def _on_addPeriodButton_clicked(self) -> None:
        start = when.minute_of(self.period_start.time())
        end = when.minute_of(self.period_end.time())
        problem = None
        if not start < end:
            problem = self.tr("The hours must end after they start.")
        elif any(start < p.end and p.start < end for p in self.period_model.records()):
            problem = self.tr("These hours overlap hours already listed.")
        if forms.show_problems([(self.period_end, problem)] if problem else [],
                               (self.period_end,), self.message):
            self.period_model.set_records(sorted(
                [*self.period_model.records(), WorkPeriod(start, end)]))

    def _on_removePeriodButton_clicked(self) -> None:
        chosen = admin_table.current_record(self.periods_view)
        if chosen is not None:
            self.period_model.set_records(
                [p for p in self.period_model.records() if p != chosen])

    # --- loading and saving --------------------------------------------------------------

    def reload(self) -> None:
        if self.site_id is not None:
            self.presenter.load_calendar(self.site_id)
        else:
            self.presenter.load()

    def _on_saveCalendarButton_clicked(self) -> None:
        if self.site_id is None:
            return
        problems: list[forms.Problem] = []
        if not any(c.isChecked() for c in self.weekday_checks):
            problems.append((self.week_box, self.tr("Choose at least one working day.")))
        if not self.period_model.records():
            problems.append((self.periods_view, self.tr("Add at least one stretch of hours.")))
        if forms.show_problems(problems, (self.week_box, self.periods_view), self.message):
            self.presenter.save(self.site_id, self.draft())

    def _on_calendarSiteCombo_currentIndexChanged(self, index: int) -> None:
        self.site_id = admin_table.combo_id(self.site_combo) if index >= 0 else None
        if self.site_id is not None:
            self.message.clear_message()
            self.presenter.load_calendar(self.site_id)

    def _on_presenter_sitesLoaded(self, sites: tuple[SiteInfo, ...]) -> None:
        self.sites = sites
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            admin_table.add_id_item(self.site_combo, f"{site.code} {site.name}", site.id)
        admin_table.set_combo_id(self.site_combo, self.site_id)
        self.site_combo.blockSignals(False)
        for widget in (self.save_button, self.week_box, self.hours_box, self.exceptions_box):
            widget.setEnabled(bool(sites))
        if not sites:
            self.message.show_problem(self.tr("Add a site first (Organisation tab)."))
        self._on_calendarSiteCombo_currentIndexChanged(self.site_combo.currentIndex())

    def _on_presenter_loaded(self, site_id: uuid.UUID, spec: CalendarSpec) -> None:
        if site_id == self.site_id:
            self._show(spec)

    def _on_presenter_saved(self, site_id: uuid.UUID, _spec: CalendarSpec) -> None:
        name = next((s.name for s in self.sites if s.id == site_id), "")
        self.show_done(self.tr("Calendar of {site} saved.").format(site=name))

    def new_item(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
