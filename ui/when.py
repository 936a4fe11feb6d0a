"""Stored moments (aware, UTC) as the workstation's clock and the UI language write them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def moment(at: dt.datetime | None) -> str:
    """Date and time, short form: 2026/11/28 14:05 in Chinese, 11/28/26 2:05 PM in English."""
    if at is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def day(at: dt.datetime | None) -> str:
    """The local date only, short form."""
    if at is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


# QDate.toPython() and QTime.toPython() are typed as returning ``object``; these say
# what they give.


def date_of(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def minute_of(value: QTime) -> dt.time:
    """The time to the minute (editors show no seconds)."""
    return dt.time(value.hour(), value.minute())


def shown_date(value: dt.date) -> str:
    """A calendar date, short form in the UI's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)
