"""Creating a database: the first-run wizard, ``hrdesk init`` and the demo."""

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
from hrdesk.db.crypto import MasterKey
from hrdesk.db.engine import open_engine, plain_postgres_engine, translate_connect_error
from hrdesk.db.uow import Database
from hrdesk.locations import Location, SqliteLocation, describe
from hrdesk.models.org import Organisation
from hrdesk.security import passwords
from hrdesk.security.actor import SYSTEM, RoleScope
from hrdesk.services import accounts, reference
from hrdesk.services.dto import DemoAccount
from hrdesk.services.workspace import Workspace

MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "CreatedDatabase",
    "DatabaseState",
    "create_database",
    "create_demo_database",
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
    workspace, code = _create(location, company_name, admin_username, admin_display_name,
                              admin_password, clock or SystemClock(), None)
    workspace.close()
    return CreatedDatabase(location, code)


def _create(location: Location, company_name: str, admin_username: str,
            admin_display_name: str, admin_password: str, clock: Clock,
            demo: list[DemoAccount] | None) -> tuple[Workspace, str]:
    if not company_name.strip():
        raise errors.InvalidField(field="company_name", reason="required")
    passwords.check_strength(admin_password)
    if access.probe(location) is not DatabaseState.EMPTY:
        raise errors.AlreadyInitialised(location=describe(location))
    key = MasterKey.generate()
    if isinstance(location, SqliteLocation):
        # A fresh workstation has no data folder yet.
        try:
            location.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.FileProblem(path=str(location.path.parent),
                                     reason=exc.strerror or str(exc)) from exc
    store = access.keystore(location)
    engine = open_engine(location, key)
    try:
        restrict_to_owner(location)
        migrate.upgrade(engine)
        db = Database(engine, clock)
        with db.unit_of_work(SYSTEM, "setup.create_database") as uow:
            uow.session.add(Organisation(name=company_name.strip(), created_at=uow.now))
            admin = accounts.add_user(uow, accounts.NewUser(
                username=admin_username, display_name=admin_display_name,
                password=admin_password, roles=(RoleScope("admin"),)))
            reference.ensure_defaults(uow)
            uow.commit()
        code = keyring.new_recovery_code()
        store.put(keyring.slot_name(admin.username),
                  keyring.seal(key, admin_password, keyring.slot_name(admin.username)))
        store.put(keyring.RECOVERY, keyring.seal(key, code, keyring.RECOVERY))
        meta = {"database_id": str(uuid.uuid4()), "created_at": clock.now().isoformat(),
                "created_by_version": __version__}
        if demo is not None:
            meta |= {"demo": True, "demo_accounts": [dataclasses.asdict(a) for a in demo]}
        # Written last: its presence is what marks the database as set up.
        store.put(keyring.META, meta)
    except BaseException:
        engine.dispose()
        access.close_store(store)
        _discard(location)
        raise
    return Workspace(location, db, store, key), code


def restrict_to_owner(location: Location) -> None:
    """Encrypted or not, a database file is nobody else's business."""
    if isinstance(location, SqliteLocation) and os.name == "posix":
        os.chmod(location.path, 0o600)


def _discard(location: Location) -> None:
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


def create_demo_database(location: Location, size: int = 300,
                         progress: Progress | None = None,
                         cancelled: Cancelled | None = None,
                         clock: Clock | None = None) -> list[DemoAccount]:
    from hrdesk.services import demo

    accounts_ = demo.demo_accounts()
    admin = accounts_[0]
    workspace, _code = _create(location, demo.COMPANY, admin.username, admin.display_name,
                               admin.password, clock or SystemClock(), accounts_)
    try:
        demo.fill(workspace, accounts_, size, progress, cancelled)
    except BaseException:
        workspace.close()
        _discard(location)
        raise
    workspace.close()
    return accounts_


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
                raise RuntimeError(f"audit chain broken: {result.reason}")
        finally:
            opened.close()
