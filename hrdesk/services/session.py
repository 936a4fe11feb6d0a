"""Signing in: from a location, a user name and a password to a working session."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import select, update

from hrdesk import errors
from hrdesk.clock import Clock, FixedClock, SystemClock
from hrdesk.db import access, keyring
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location, describe
from hrdesk.models.base import table_of
from hrdesk.models.org import Organisation, Site, User
from hrdesk.security import key_ring, passwords, signin
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import allows
from hrdesk.services import accounts, workstation
from hrdesk.workspace import reseal, session_keys
from hrdesk.workspace.unlocked import Workspace, open_workspace

# What the GUI holds of a session and hands back to the use cases: the signed-in actor
# and the open database, as opaque handles; and "may the actor do this?", asked to show
# or hide a control (the use case checks again). The GUI imports neither security nor
# workspace.
__all__ = ["Actor", "Session", "Workspace", "actor_of", "allows", "open_session",
           "rehearsal_clock"]

log = logging.getLogger(__name__)


class Session:
    """One signed-in user on one open database. The UI holds exactly one."""

    def __init__(self, workspace: Workspace, actor: Actor, company_name: str,
                 is_demo: bool) -> None:
        self.workspace = workspace
        self.actor = actor
        self.company_name = company_name
        self.is_demo = is_demo

    @property
    def database_label(self) -> str:
        return self.workspace.label

    def verify_password(self, password: str) -> None:
        """Unlock after idle time: the same counting and lockout as signing in."""
        signin.unlock(self.workspace.store, self.actor.username, password,
                      self.workspace.clock.now())

    def change_password(self, old: str, new: str) -> None:
        accounts.change_own_password(self.workspace, self.actor, old, new)

    def close(self) -> None:
        self.workspace.close()


def open_session(location: Location, username: str, password: str,
                 clock: Clock | None = None, backups: Path | None = None) -> Session:
    clock = clock or SystemClock()
    username = username.strip()
    if access.probe(location) is access.DatabaseState.EMPTY:
        raise errors.DatabaseMissing(location=describe(location))
    store = access.keystore(location)
    try:
        opened = signin.unlock(store, username, password, clock.now())
        found = key_ring.unlocked(store, username, opened)
        workspace = open_workspace(location, found.keys, store,
                                   backups or workstation.backups_dir(), clock)
    except BaseException:
        access.close_store(store)
        raise
    try:
        actor, company = _sign_in(workspace, username, password)
        session_keys.settle(workspace, actor, password, found)
        reseal.finish(workspace.db)  # an upgrade by someone without the history key
    except BaseException:
        workspace.close()
        raise
    meta = store.get(keyring.META) or {}
    return Session(workspace, actor, company, bool(meta.get("demo")))


def rehearsal_clock(location: Location, pinned: str) -> FixedClock:
    """A pinned "now" (ISO 8601) for rehearsing reminders on a demo database only:
    anywhere else it would let a user step past a lock-out or back-date records."""
    if not _is_demo(location):
        raise errors.PinnedClockRefused()
    try:
        moment = dt.datetime.fromisoformat(pinned)
    except ValueError as exc:
        raise errors.InvalidField(field="HRDESK_NOW", reason="not an ISO 8601 time") from exc
    return FixedClock(moment if moment.tzinfo else moment.astimezone())


def _is_demo(location: Location) -> bool:
    if access.probe(location) is access.DatabaseState.EMPTY:
        return False
    with access.opened_keystore(location) as store:
        return bool((store.get(keyring.META) or {}).get("demo"))


def _sign_in(workspace: Workspace, username: str, password: str) -> tuple[Actor, str]:
    # A read: signing in must not wait for (or block) a long import's write lock.
    with workspace.db.unit_of_work(action="auth.sign_in", read_only=True) as uow:
        user = uow.session.scalar(select(User).where(User.username == username.casefold()))
        if user is None:
            raise errors.WrongCredentials()
        if not user.active:
            raise errors.AccountDisabled()
        # The slot opened, so the password is right; a hash that disagrees is from
        # an interrupted password change and is brought in line.
        stale_hash = not passwords.matches(user.password_hash, password)
        site = uow.session.get(Site, user.site_id) if user.site_id else None
        actor = actor_of(user, site.name if site else None)
        company = uow.session.scalar(select(Organisation.name)) or ""
    _note_sign_in(workspace, actor, password if stale_hash else None)
    return actor, company


def _note_sign_in(workspace: Workspace, actor: Actor, new_password: str | None) -> None:
    """The sign-in in the audit log, and the time on the user's record: a write, which
    waits for another task's write lock like any (and says the database is busy when it
    waited in vain). Not a versioned write: two sign-ins of one user at the same moment
    both succeed. A password hash left behind by an interrupted change is repaired."""
    with workspace.db.unit_of_work(actor, "auth.sign_in") as uow:
        users = table_of(User)
        uow.session.execute(update(users).where(users.c.id == actor.user_id)
                            .values(last_login_at=uow.now))
        # Its own entity type: a sign-in is not a change of the user's record.
        uow.note("signed_in", "sign_in", str(actor.user_id))
        uow.commit()
    if new_password is None:
        return
    try:
        with workspace.db.unit_of_work(actor, "auth.sign_in") as uow:
            user = uow.session.get(User, actor.user_id)
            if user is not None:
                user.password_hash = passwords.hash_password(new_password)
            uow.commit()
    except errors.ConcurrentChange:
        log.info("password hash repaired by another sign-in at the same moment")


def actor_of(user: User, site_name: str | None = None) -> Actor:
    return Actor(
        user_id=user.id, username=user.username, display_name=user.display_name,
        grants=tuple(RoleScope(g.role, g.site_id, g.department_id) for g in user.grants),
        site_name=site_name,
    )
