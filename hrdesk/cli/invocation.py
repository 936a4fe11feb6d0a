"""What every verb reads from how it was called: the database (``--db`` or the
workstation's own), the clock, a secret, and where its progress goes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from hrdesk import errors

if TYPE_CHECKING:
    from hrdesk.clock import Clock
    from hrdesk.services.workstation import Location


def location(args: argparse.Namespace) -> Location:
    from hrdesk.services import workstation

    if args.db:
        return workstation.parse_location(args.db)
    return workstation.load() or workstation.SqliteLocation(workstation.default_sqlite_path())


def secret(prompt: str, confirm: bool = False, env: str = "HRDESK_PASSWORD") -> str:
    """From an environment variable (scripts), the terminal, or a line of standard input."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise errors.InvalidField(field="password", reason="the two entries differ")
    return value


def user(args: argparse.Namespace) -> str:
    """``--user``, where a verb takes it as optional but this use needs it."""
    if not args.user:
        raise errors.InvalidField(field="--user", reason="required")
    return str(args.user)


def password(username: str) -> str:
    return secret(f"Password for {username}: ")


def recovery_code() -> str:
    return secret("Recovery code: ", env="HRDESK_RECOVERY_CODE")


def clock(args: argparse.Namespace) -> Clock:
    """The real time. Tests hand ``run`` a clock; HRDESK_NOW (ISO 8601) pins "now" for
    a rehearsal on a demo database and is refused anywhere else: a pinned clock let a
    locked-out user sign in and back-dated audit entries."""
    from hrdesk.clock import SystemClock

    if args.clock is not None:
        return args.clock  # type: ignore[no-any-return]  # a Namespace's attributes are Any
    pinned = os.environ.get("HRDESK_NOW")
    if not pinned:
        return SystemClock()
    from hrdesk.services import session

    return session.rehearsal_clock(location(args), pinned)


def progress(unit: str, shown: bool = True) -> Callable[[int, int], None]:
    """A progress callback that keeps one "done/total unit" line on standard error,
    or says nothing when not ``shown`` (a script reading --json, a pipe)."""

    def report(done: int, total: int) -> None:
        if shown:
            print(f"\r{done}/{total} {unit}", end="", file=sys.stderr, flush=True)

    return report
