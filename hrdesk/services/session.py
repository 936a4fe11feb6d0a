"""Signing in: from a location, a user name and a password to a working session."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from hrdesk import errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, keyring
from hrdesk.locations import Location
from hrdesk.models.org import Organisation, Site, User
from hrdesk.security import passwords, signin
from hrdesk.security.actor import Actor, RoleScope
from hrdesk.services import accounts
from hrdesk.services.workspace import Workspace, open_workspace


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
        raise errors.DatabaseMissing(location=str(getattr(location, "path", location)))
    store = access.keystore(location)
    try:
        key = signin.unlock(store, username, password, clock.now())
        workspace = open_workspace(location, key, store, clock, backups)
    except BaseException:
        access.close_store(store)
        raise
    try:
        actor, company = _sign_in(workspace, username, password)
    except BaseException:
        workspace.close()
        raise
    meta = store.get(keyring.META) or {}
    return Session(workspace, actor, company, bool(meta.get("demo")))


def _sign_in(workspace: Workspace, username: str, password: str) -> tuple[Actor, str]:
    with workspace.db.unit_of_work(action="auth.sign_in") as uow:
        user = uow.session.scalar(select(User).where(User.username == username.casefold()))
        if user is None:
            raise errors.WrongCredentials()
        if not user.active:
            raise errors.AccountDisabled()
        # The slot opened, so the password is right; a hash that disagrees is from
        # an interrupted password change and is brought in line.
        if not passwords.matches(user.password_hash, password):
            user.password_hash = passwords.hash_password(password)
        user.last_login_at = uow.now
        site = uow.session.get(Site, user.site_id) if user.site_id else None
        actor = actor_of(user, site.name if site else None)
        company = uow.session.scalar(select(Organisation.name)) or ""
        uow.commit()
    return actor, company


def actor_of(user: User, site_name: str | None = None) -> Actor:
    return Actor(
        user_id=user.id, username=user.username, display_name=user.display_name,
        grants=tuple(RoleScope(g.role, g.site_id, g.department_id) for g in user.grants),
        site_name=site_name,
    )
