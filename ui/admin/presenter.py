"""The presenters of the Admin tabs: each call runs on the runner and reports by signal.

Every presenter has ``busyChanged(bool)`` (while any of its calls runs) and
``refused(action, error)``: ``action`` names the call that failed ("load",
"create", …) so the tab can show the refusal next to what the user typed.
Successful calls emit one signal per use case, carrying the core's DTOs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from hrdesk.dto.accounts import UserInfo
from hrdesk.dto.calendars import CalendarSpec
from hrdesk.dto.org import DepartmentInfo, SiteInfo
from hrdesk.services import (
    accounts,
    audit_log,
    calendars,
    channels,
    key_upgrade,
    maintenance,
    org,
    workstation,
)
from ui.context import AppContext
from ui.presenter import Presenter


class AdminPresenter(Presenter):
    busyChanged = Signal(bool)
    refused = Signal(str, object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)
        self._pending = 0

    def _call(self, action: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` (no arguments: it closes over plain values) under the key ``action``."""
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        key = f"admin.{type(self).__name__}.{action}"
        task = self._run(key, lambda ctx: work()).success(done) \
            .failure(lambda error: self.refused.emit(action, error))
        # finished comes even for a dropped stale result, so the busy count always returns.
        task.finished.connect(self._on_task_finished)

    def is_busy(self, key: str | None = None) -> bool:
        """Is any of this tab's work running (or, given ``key``, that work)?"""
        return self._pending > 0 if key is None else super().is_busy(key)

    def load(self) -> None:
        raise NotImplementedError

    def _reloading(self, signal) -> Callable[[Any], None]:
        """After a write: say what changed, then reload so the lists show it."""
        def done(value: Any) -> None:
            signal.emit(value)
            self.load()
        return done

    def _on_task_finished(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)


# --- users --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Directory:
    """What the users tab shows: the users, the org to name their scopes, who is locked out."""

    users: tuple[UserInfo, ...]
    sites: tuple[SiteInfo, ...]
    departments: tuple[DepartmentInfo, ...]
    locked_until: dict[str, dt.datetime]


class UsersPresenter(AdminPresenter):
    loaded = Signal(object)          # Directory
    created = Signal(object)         # UserInfo
    passwordReset = Signal(object)   # user id
    activeChanged = Signal(object)   # UserInfo

    def load(self) -> None:
        ws, actor = self.ws, self.actor
        self._call("load", lambda: Directory(
            tuple(accounts.list_users(ws, actor)), tuple(org.list_sites(ws, actor)),
            tuple(org.list_departments(ws, actor)), accounts.lockouts(ws, actor)),
            self.loaded.emit)

    def create(self, new: accounts.NewUser) -> None:
        ws, actor = self.ws, self.actor
        self._call("create", lambda: accounts.create_user(ws, actor, new),
                   self._reloading(self.created))

    def reset_password(self, user_id: uuid.UUID, password: str) -> None:
        ws, actor = self.ws, self.actor
        self._call("reset", lambda: accounts.reset_password(ws, actor, user_id, password),
                   lambda _: self._reloading(self.passwordReset)(user_id))

    def set_active(self, user: UserInfo, active: bool) -> None:
        ws, actor = self.ws, self.actor
        # No expected_version: every sign-in of that user bumps it, and the request
        # names the state wanted, so a stale row cannot make it do the opposite.
        self._call("active", lambda: accounts.set_active(ws, actor, user.id, active),
                   self._reloading(self.activeChanged))



# --- organisation -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Organisation:
    sites: tuple[SiteInfo, ...]
    departments: tuple[DepartmentInfo, ...]
    users: tuple[UserInfo, ...]


class OrganisationPresenter(AdminPresenter):
    loaded = Signal(object)             # Organisation
    siteCreated = Signal(object)        # SiteInfo
    departmentCreated = Signal(object)  # DepartmentInfo
    headSet = Signal(object)            # DepartmentInfo

    def load(self) -> None:
        ws, actor = self.ws, self.actor
        self._call("load", lambda: Organisation(
            tuple(org.list_sites(ws, actor)), tuple(org.list_departments(ws, actor)),
            tuple(accounts.list_users(ws, actor))), self.loaded.emit)

    def create_site(self, code: str, name: str, city: str | None) -> None:
        ws, actor = self.ws, self.actor
        self._call("site", lambda: org.create_site(ws, actor, code, name, city),
                   self._reloading(self.siteCreated))

    def create_department(self, site_id: uuid.UUID, name: str,
                          parent_id: uuid.UUID | None) -> None:
        ws, actor = self.ws, self.actor
        self._call("department",
                   lambda: org.create_department(ws, actor, site_id, name, parent_id),
                   self._reloading(self.departmentCreated))

    def set_head(self, department_id: uuid.UUID, user_id: uuid.UUID | None) -> None:
        ws, actor = self.ws, self.actor
        self._call("head", lambda: org.set_department_head(ws, actor, department_id, user_id),
                   self._reloading(self.headSet))



# --- channels -----------------------------------------------------------------------------


class ChannelsPresenter(AdminPresenter):
    loaded = Signal(object)        # tuple[ChannelInfo, ...], inactive ones included
    costsLoaded = Signal(object, object)  # channel id, tuple[ChannelCostInfo, ...]
    changed = Signal(object)       # ChannelInfo (created, renamed, (de)activated)
    costAdded = Signal(object)     # ChannelCostInfo

    def load(self) -> None:
        ws, actor = self.ws, self.actor
        self._call("load", lambda: tuple(channels.list_channels(ws, actor, True)),
                   self.loaded.emit)

    def load_costs(self, channel_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._call("costs", lambda: tuple(channels.costs(ws, actor, channel_id)),
                   lambda found: self.costsLoaded.emit(channel_id, found))

    def create(self, name: str, kind: str) -> None:
        ws, actor = self.ws, self.actor
        self._call("create", lambda: channels.create_channel(ws, actor, name, kind),
                   self._reloading(self.changed))

    def rename(self, channel: channels.ChannelInfo, name: str) -> None:
        ws, actor = self.ws, self.actor
        self._call("rename", lambda: channels.rename(ws, actor, channel.id, name,
                                                     channel.version),
                   self._reloading(self.changed))

    def set_active(self, channel: channels.ChannelInfo, active: bool) -> None:
        ws, actor = self.ws, self.actor
        self._call("active", lambda: channels.set_active(ws, actor, channel.id, active,
                                                         channel.version),
                   self._reloading(self.changed))

    def add_cost(self, channel_id: uuid.UUID, start: dt.date, end: dt.date, amount: Decimal,
                 note: str | None) -> None:
        ws, actor = self.ws, self.actor

        def done(cost: channels.ChannelCostInfo) -> None:
            self.costAdded.emit(cost)
            self.load_costs(channel_id)

        self._call("cost", lambda: channels.add_cost(ws, actor, channel_id, start, end, amount,
                                                     note), done)



# --- calendars ----------------------------------------------------------------------------


class CalendarPresenter(AdminPresenter):
    sitesLoaded = Signal(object)   # tuple[SiteInfo, ...]
    loaded = Signal(object, object)  # site id, CalendarSpec
    saved = Signal(object, object)   # site id, CalendarSpec

    def load(self) -> None:
        ws, actor = self.ws, self.actor
        self._call("sites", lambda: tuple(org.list_sites(ws, actor)), self.sitesLoaded.emit)

    def load_calendar(self, site_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._call("load", lambda: calendars.get_site_calendar(ws, actor, site_id),
                   lambda spec: self.loaded.emit(site_id, spec))

    def save(self, site_id: uuid.UUID, spec: CalendarSpec) -> None:
        ws, actor = self.ws, self.actor
        self._call("save", lambda: calendars.set_site_calendar(ws, actor, site_id, spec),
                   lambda _: self.saved.emit(site_id, spec))


# --- backups and the audit log -------------------------------------------------------------


class MaintenancePresenter(AdminPresenter):
    keysToSplit = Signal(bool)       # the database predates keys by role
    keysSplit = Signal(str)          # the new recovery code, to show once
    backupsLoaded = Signal(object)   # list[maintenance.BackupFile]
    backedUp = Signal(object, object)  # BackupInfo, CheckedBackup
    checked = Signal(object)         # CheckedBackup
    verified = Signal(object)        # audit_log.AuditCheck

    @property
    def folder(self) -> Path:
        return workstation.backups_dir()

    def load(self) -> None:
        ws, actor, folder = self.ws, self.actor, self.folder
        self._call("load", lambda: maintenance.list_backups(actor, folder),
                   self.backupsLoaded.emit)
        self._call("keys", lambda: key_upgrade.needed(ws), self.keysToSplit.emit)

    def split_keys(self, password: str) -> None:
        ws, actor = self.ws, self.actor

        def done(split: key_upgrade.Split) -> None:
            self.keysSplit.emit(split.recovery_code)
            self.keysToSplit.emit(False)

        self._call("split", lambda: key_upgrade.split(ws, actor, password), done)

    def back_up(self, path: Path | None) -> None:
        """Write a backup (into the backup folder when ``path`` is None), then prove it
        restores with a dry run."""
        ws, actor, target = self.ws, self.actor, path or self.folder

        def work() -> tuple[maintenance.BackupInfo, maintenance.CheckedBackup]:
            if path is None:  # the first backup of this workstation makes its folder
                target.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = maintenance.make_backup(ws, actor, target)
            return info, maintenance.check_backup(ws, actor, info.path)

        def done(result: tuple[maintenance.BackupInfo, maintenance.CheckedBackup]) -> None:
            self.backedUp.emit(*result)
            self.load()

        self._call("backup", work, done)

    def check(self, path: Path) -> None:
        ws, actor = self.ws, self.actor
        self._call("check", lambda: maintenance.check_backup(ws, actor, path),
                   self.checked.emit)

    def verify(self) -> None:
        ws, actor = self.ws, self.actor
        self._call("verify", lambda: audit_log.verify(ws, actor), self.verified.emit)
