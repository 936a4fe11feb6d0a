"""What every window needs from the application, passed down explicitly (no globals)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QByteArray, QSettings

from ui import i18n, tasks
from ui.change_hub import ChangeHub

IDLE_LOCK_DEFAULT_MINUTES = 10
IDLE_LOCK_RANGE = (1, 120)


class Preferences:
    """The workstation user's UI settings, stored with QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def language(self) -> str:
        value = self._settings.value("ui/language", "", type=str)
        return value if value in i18n.LANGUAGES else i18n.default_language()

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def idle_lock_minutes(self) -> int:
        value = self._settings.value("ui/idleLockMinutes", IDLE_LOCK_DEFAULT_MINUTES, type=int)
        low, high = IDLE_LOCK_RANGE
        minutes = value if isinstance(value, int) else IDLE_LOCK_DEFAULT_MINUTES
        return min(max(minutes, low), high)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._settings.setValue("ui/idleLockMinutes", int(value))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"ui/{name}/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"ui/{name}/geometry", value)

    def sync(self) -> None:
        self._settings.sync()


@dataclasses.dataclass
class AppContext:
    preferences: Preferences
    runner: tasks.TaskRunner
    translations: i18n.Translations
    #: What changed, for every screen to refresh what it shows (``ui.live_refresh``).
    changes: ChangeHub
