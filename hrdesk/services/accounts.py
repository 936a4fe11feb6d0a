"""Users, their roles, and their passwords (each password also seals a key slot)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hrdesk import errors
from hrdesk.clock import Clock
from hrdesk.db import access, keyring
from hrdesk.dto.accounts import RoleScope, UserInfo
from hrdesk.locations import Location
from hrdesk.models.org import RoleGrant, User
from hrdesk.security import key_ring, passwords, signin
from hrdesk.security.actor import ROLES, Actor
from hrdesk.security.permissions import require
from hrdesk.services import workstation
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import concurrency
from hrdesk.workspace import session_keys
from hrdesk.workspace.unlocked import Workspace, open_workspace


@dataclasses.dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    password: str
    roles: tuple[RoleScope, ...]
    email: str | None = None
    mobile: str | None = None
    site_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None


def _validate_username(username: str) -> str:
    name = username.strip().casefold()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise errors.InvalidField(field="username", reason="1–64 characters, no spaces")
    return name


def add_user(uow: UnitOfWork, new: NewUser) -> User:
    """Within a unit of work the caller commits; the slot is written by the caller."""
    name = _validate_username(new.username)
    passwords.check_strength(new.password)
    for grant in new.roles:
        if grant.role not in ROLES:
            raise errors.InvalidField(field="role", reason="unknown role {value}",
                                      value=grant.role)
    if uow.session.scalar(select(User.id).where(User.username == name)) is not None:
        raise errors.UsernameTaken(username=name)
    user = User(
        username=name, display_name=new.display_name.strip() or name, email=new.email,
        mobile=new.mobile, password_hash=passwords.hash_password(new.password),
        site_id=new.site_id, department_id=new.department_id, active=True,
        created_at=uow.now,
        grants=[RoleGrant(role=g.role, site_id=g.site_id, department_id=g.department_id,
                          position=i) for i, g in enumerate(new.roles)],
    )
    uow.session.add(user)
    return user


def _roles(grants: tuple[RoleScope, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(g.role for g in grants))


def create_user(ws: Workspace, actor: Actor, new: NewUser) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    with ws.db.unit_of_work(actor, "accounts.create_user") as uow:
        user = add_user(uow, new)
        uow.commit()
        info = _info(user)
    session_keys.new_slot(ws, info.username, _roles(info.roles), new.password)
    return info


def change_own_password(ws: Workspace, actor: Actor, old: str, new: str) -> None:
    passwords.check_strength(new)
    opened = signin.unlock(ws.store, actor.username, old, ws.clock.now())
    # The slot first: it guards the data. Sign-in repairs a hash left behind. The slot
    # keeps what it held (a key the session does not use stays for its next sign-in).
    name = keyring.slot_name(actor.username)
    if opened.legacy:
        ws.store.put(name, keyring.seal_legacy(opened.keys, new, name))
    else:
        ws.store.put(name, keyring.seal(opened.keys, new, name, opened.private))
    with ws.db.unit_of_work(actor, "accounts.change_password") as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None:
            raise errors.NotFound(entity="user", key=actor.username)
        user.password_hash = passwords.hash_password(new)
        uow.commit()


def reset_password(ws: Workspace, actor: Actor, user_id: uuid.UUID, new: str) -> None:
    """An administrator sets a new password for someone who forgot theirs."""
    require(actor, Permission.MANAGE_USERS)
    passwords.check_strength(new)
    with ws.db.unit_of_work(actor, "accounts.reset_password") as uow:
        user = _get(uow, user_id)
        user.password_hash = passwords.hash_password(new)
        uow.commit()
        username, roles = user.username, _roles(_info(user).roles)
    # A new slot with what this administrator can give: keys only colleagues hold
    # (candidates' numbers, for a recruiter) arrive with their next sign-in.
    session_keys.new_slot(ws, username, roles, new)
    ws.store.delete(keyring.attempts_name(username))


def set_active(ws: Workspace, actor: Actor, user_id: uuid.UUID, active: bool,
               expected_version: int | None = None) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    if not active and user_id == actor.user_id:
        # The last administrator could lock everyone out; nobody needs to do this to themselves.
        raise errors.InvalidState(entity=actor.username, status="signed in",
                                  reason="you cannot deactivate your own account")
    with ws.db.unit_of_work(actor, "accounts.set_active") as uow:
        user = _get(uow, user_id, expected_version)
        user.active = active
        uow.commit()
        return _info(user)


def list_users(ws: Workspace, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        users = uow.session.scalars(select(User).options(selectinload(User.grants))
                                    .order_by(User.username))
        return [_info(u) for u in users]


def lockouts(ws: Workspace, actor: Actor) -> dict[str, dt.datetime]:
    """User name → until when sign-in is locked after too many failures (locked ones only).

    Resetting the password lifts a lock; the administrator's user list shows who needs it."""
    require(actor, Permission.MANAGE_USERS)
    now = ws.clock.now()
    found: dict[str, dt.datetime] = {}
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        names = list(uow.session.scalars(select(User.username)))
    for name in names:
        # signin's own rule, so the list and the sign-in dialog never disagree.
        until = signin.locked_until(ws.store.get(keyring.attempts_name(name)), now)
        if until is not None:
            found[name] = until
    return found


def _get(uow: UnitOfWork, user_id: uuid.UUID, expected_version: int | None = None) -> User:
    user = uow.session.get(User, user_id)
    if user is None:
        raise errors.NotFound(entity="user", key=str(user_id))
    concurrency.check_version(uow, user, expected_version, user.username)
    return user


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id, username=user.username, display_name=user.display_name, email=user.email,
        active=user.active,
        roles=tuple(RoleScope(g.role, g.site_id, g.department_id) for g in user.grants),
        site_id=user.site_id, department_id=user.department_id, version=user.version,
    )


def recover_access(location: Location, recovery_code: str, username: str, new_password: str,
                   clock: Clock | None = None) -> None:
    """Every administrator password lost: the printed recovery code sets a new one."""
    passwords.check_strength(new_password)
    store = access.keystore(location)
    try:
        slot = store.get(keyring.RECOVERY)
        code = keyring.normalise_recovery_code(recovery_code)
        opened = keyring.open_slot(slot, code, keyring.RECOVERY) if slot else None
        if opened is None:
            raise errors.InvalidRecoveryCode()
        keys = opened.keys
        if opened.legacy:
            keys = keys.merged(key_ring.unlocked(store, "", opened).keys.items())
        ws = open_workspace(location, keys, store, workstation.backups_dir(), clock)
    except BaseException:
        access.close_store(store)
        raise
    try:
        with ws.db.unit_of_work(action="accounts.recover_access") as uow:
            user = uow.session.scalar(select(User).where(User.username == username.casefold()))
            if user is None:
                raise errors.NotFound(entity="user", key=username)
            user.password_hash = passwords.hash_password(new_password)
            user.active = True
            uow.commit()
            name, roles = user.username, _roles(_info(user).roles)
        # The recovery code opens every key: the user's new slot holds all its roles need.
        session_keys.new_slot(ws, name, roles, new_password)
        store.delete(keyring.attempts_name(name))
    finally:
        ws.close()
