"""Creating a database: the first-run wizard, ``hrdesk init`` and the demo's
(``hrdesk.demo.database``, which fills it)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from hrdesk import __version__, errors
from hrdesk.clock import Clock, SystemClock
from hrdesk.db import access, keyring, migrate
from hrdesk.db.access import DatabaseState
from hrdesk.db.crypto import KeySet, Purpose
from hrdesk.db.engine import open_engine, plain_postgres_engine, translate_connect_error
from hrdesk.db.keyring import KeyValueStore
from hrdesk.dto.accounts import DemoAccount, RoleScope
from hrdesk.locations import Location, SqliteLocation, describe
from hrdesk.models.org import Organisation
from hrdesk.security import key_policy, key_ring, passwords
from hrdesk.security.actor import SYSTEM
from hrdesk.services import accounts
from hrdesk.uow import Database
from hrdesk.vocabulary import Role
from hrdesk.workflow import reference
from hrdesk.workspace import session_keys
from hrdesk.workspace.unlocked import Workspace

MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "CreatedDatabase",
    "DatabaseState",
    "create_database",
        "demo_accounts",
    "probe",
    "self_check_database",
    "test_connection",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclasses.dataclass(frozen=True)
class CreatedDatabase:
    location: Location
    recovery_code: str


def probe(location: Location) -> DatabaseState:
    return access.probe(location)


def test_connection(location: Location) -> None:
    """Can this workstation reach and log in to the server? Raises with the reason."""
    if isinstance(location, SqliteLocation):
        access.probe(location)
        return
    engine = plain_postgres_engine(location)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        raise translate_connect_error(exc, location) from exc
    finally:
        engine.dispose()


def create_database(location: Location, company_name: str, admin_username: str,
                    admin_display_name: str, admin_password: str,
                    clock: Clock | None = None) -> CreatedDatabase:
    """A new encrypted database with its first administrator and a recovery code."""
    workspace, code = create_workspace(location, company_name, admin_username,
                                       admin_display_name, admin_password,
                                       clock or SystemClock(), None)
    workspace.close()
    return CreatedDatabase(location, code)


def create_workspace(location: Location, company_name: str, admin_username: str,
                     admin_display_name: str, admin_password: str, clock: Clock,
                     demo: list[DemoAccount] | None) -> tuple[Workspace, str]:
    """A new database, left open (the demo fills it); with ``demo``, marked as the demo
    whose accounts the login screen offers. Returns it and its recovery code."""
    if not company_name.strip():
        raise errors.InvalidField(field="company_name", reason="required")
    passwords.check_strength(admin_password)
    if access.probe(location) is not DatabaseState.EMPTY:
        raise errors.AlreadyInitialised(location=describe(location))
    keys = KeySet.generate()
    if isinstance(location, SqliteLocation):
        create_private_file(location)
    store = access.keystore(location)
    engine = open_engine(location, keys)
    try:
        migrate.upgrade(engine)
        db = Database(engine, clock)
        with db.unit_of_work(SYSTEM, "setup.create_database") as uow:
            uow.session.add(Organisation(name=company_name.strip(), created_at=uow.now))
            admin = accounts.add_user(uow, accounts.NewUser(
                username=admin_username, display_name=admin_display_name,
                password=admin_password, roles=(RoleScope(Role.ADMIN),)))
            reference.ensure_defaults(uow)
            uow.commit()
        code = keyring.new_recovery_code()
        private = _first_slots(store, keys, admin.username, admin_password, code)
        meta = {"database_id": str(uuid.uuid4()), "created_at": clock.now().isoformat(),
                "created_by_version": __version__, **key_ring.meta_for_new_ring(keys)}
        if demo is not None:
            meta |= {"demo": True, "demo_accounts": [dataclasses.asdict(a) for a in demo]}
        # Written last: its presence is what marks the database as set up.
        store.put(keyring.META, meta)
    except BaseException:
        engine.dispose()
        access.close_store(store)
        discard(location)
        raise
    # The process that made the keys holds them all while it lasts: the demo writes a
    # year of everyone's work through it. The administrator's own sign-ins hold less.
    workspace = Workspace(location, db, store, keys, username=admin.username)
    session_keys.use_keys(workspace, keys,
                      keys.only(set(Purpose) - key_policy.purposes_for(["admin"])), private)
    return workspace, code


def _first_slots(store: KeyValueStore, keys: KeySet, admin: str, password: str,
                 recovery_code: str) -> bytes:
    """The administrator's slot holds what an administrator needs; the other keys wait
    in the administrator's custody until a colleague whose role needs them is made.
    The recovery code opens everything. Returns the administrator's private key."""
    needs = key_policy.purposes_for(["admin"])
    private, public = keyring.new_key_pair()
    name = keyring.slot_name(admin)
    store.put(name, keyring.seal(keys.only(needs), password, name, private))
    store.put(keyring.custody_name(admin),
              keyring.add_envelopes(None, public, keys.only(set(Purpose) - needs).items()))
    store.put(keyring.RECOVERY, keyring.seal(keys, recovery_code, keyring.RECOVERY))
    return private


def create_private_file(location: SqliteLocation) -> None:
    """An empty database file readable by its owner only, made before SQLite opens it:
    SQLite gives its -wal and -shm files the database file's mode, so they are private
    from the first write (a chmod afterwards left them 0644)."""
    try:
        location.path.parent.mkdir(parents=True, exist_ok=True)  # a fresh workstation
        descriptor = os.open(location.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        restrict_to_owner(location)
        return
    except OSError as exc:
        raise errors.FileProblem(path=str(location.path.parent),
                                 reason=exc.strerror or str(exc)) from exc
    os.close(descriptor)


def restrict_to_owner(location: Location) -> None:
    """Encrypted or not, a database file is nobody else's business."""
    if isinstance(location, SqliteLocation) and os.name == "posix":
        os.chmod(location.path, 0o600)


def discard(location: Location) -> None:
    """Leave nothing half-made behind a failed creation."""
    if isinstance(location, SqliteLocation):
        for path in (location.path, location.keyring_path,
                     Path(str(location.path) + "-wal"), Path(str(location.path) + "-shm"),
                     location.keyring_path.with_name(location.keyring_path.name + ".lock")):
            with contextlib.suppress(OSError):
                path.unlink()
        return
    engine = plain_postgres_engine(location)
    try:
        with contextlib.suppress(Exception), engine.begin() as conn:
            migrate.downgrade_on(conn, "base")
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    finally:
        engine.dispose()


def demo_accounts(location: Location) -> list[DemoAccount]:
    """The demo database's accounts, for its login screen; [] for a real database."""
    try:
        if access.probe(location) is not DatabaseState.HRDESK:
            return []
        with access.opened_keystore(location) as store:
            meta = store.get(keyring.META) or {}
    except errors.HrdeskError:
        return []
    if not meta.get("demo"):
        return []
    return [DemoAccount(**a) for a in meta.get("demo_accounts", [])]


def self_check_database() -> None:
    """For ``hrdesk --self-check``: create, migrate, sign in, write, verify — then discard."""
    from hrdesk.services import audit_log, session

    with tempfile.TemporaryDirectory(prefix="hrdesk-check-") as folder:
        location = SqliteLocation(Path(folder) / "check.db")
        create_database(location, "自检 Self-check", "admin", "管理员", "self-check-password")
        opened = session.open_session(location, "admin", "self-check-password",
                                      backups=Path(folder))
        try:
            result = audit_log.verify(opened.workspace, opened.actor)
            if not result.ok:
                raise RuntimeError(f"audit chain broken: {list(result.findings)}")
        finally:
            opened.close()
