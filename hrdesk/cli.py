"""The ``hrdesk`` command: the desktop client by default, admin verbs headless.

Entry points only translate input and map errors: every verb calls services.
An error ends the command with one line and a non-zero status, never a
traceback (an unexpected one goes to the log file, which the line names).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hrdesk import __version__, cli_attach, cli_duplicates, cli_erase, cli_import, errors, i18n
from hrdesk.clock import Clock
from hrdesk.vocabulary import Role

EXIT_ERROR = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrdesk", description="Recruitment-process tracking. Without a command, "
        "opens the desktop client.")
    parser.add_argument("--version", action="version", version=f"hrdesk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (encrypted database, Chinese font) and exit")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file, or postgresql://user@host:port/db")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="folder for settings, logs and backups")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")

    init = sub.add_parser("init", help="create a new encrypted database")
    init.add_argument("--company", required=True)
    init.add_argument("--admin", default="admin", help="administrator's user name")
    init.add_argument("--admin-name", default="", help="administrator's display name")

    for name, text in (("migrate", "upgrade the schema (after a backup)"),
                       ("remind", "send due reminders and escalate overdue work")):
        verb = sub.add_parser(name, help=text)
        verb.add_argument("--user", required=True)
    verify = sub.add_parser("verify-audit", help="check the audit log's hash chain and every "
                            "row it vouches for")
    verify.add_argument("--user", required=True)
    verify.add_argument("--head", metavar="SEQ:HASH",
                        help="a head written down earlier (printed by backup): the log "
                        "must still hold it")
    verify.add_argument("--export-head", action="store_true",
                        help="print the log's head (SEQ:HASH) to keep, and exit")

    backup = sub.add_parser("backup", help="write an encrypted backup (to a file or folder), "
                            "or check one with --verify")
    backup.add_argument("output", type=Path, metavar="FILE|FOLDER")
    backup.add_argument("--user", help="an administrator (required unless --recovery-code)")
    backup.add_argument("--verify", action="store_true",
                        help="prove FILE restorable (a restore into memory) and exit")
    backup.add_argument("--recovery-code", action="store_true",
                        help="with --verify: use the recovery code instead of a password")

    restore = sub.add_parser("restore", help="restore a backup into an empty --db")
    restore.add_argument("backup", type=Path)
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="an administrator of the backed-up database")
    who.add_argument("--recovery-code", action="store_true",
                     help="use the recovery code printed at creation")

    upgrade_keys = sub.add_parser(
        "upgrade-keys", help="give each role only the keys it needs (databases made "
        "before keys followed roles); prints a new recovery code")
    upgrade_keys.add_argument("--user", required=True, help="an administrator")

    recover = sub.add_parser("recover", help="set a new password with the recovery code")
    recover.add_argument("--user", required=True)

    demo = sub.add_parser("demo", help="create a demo database with realistic data")
    demo.add_argument("--size", type=int, default=300, help="number of candidates")
    cli_import.register(sub)
    cli_attach.register(sub)
    cli_duplicates.register(sub)
    cli_erase.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """``clock`` is for tests; a person's "now" is the system's."""
    args = _parser().parse_args(argv)
    args.clock = clock
    if args.data_dir:
        os.environ["HRDESK_DATA_DIR"] = str(args.data_dir)
    from hrdesk import logs

    log_file = logs.configure()
    try:
        if args.self_check:
            return _self_check()
        if args.verb is None:
            return _open_gui(args)
        return int(_VERBS[args.verb](args) or 0)
    except errors.HrdeskError as exc:
        print(f"hrdesk: {i18n.describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hrdesk: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - one line for the user, the trace for us
        known = errors.of_environment(exc)
        if known is not None:
            print(f"hrdesk: {i18n.describe(known)}", file=sys.stderr)
            return EXIT_ERROR
        logs.record_crash(exc)
        print(f"hrdesk: internal error ({type(exc).__name__}); details in {log_file}",
              file=sys.stderr)
        return EXIT_ERROR
    finally:
        logs.close()


def _location(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from hrdesk.services import workstation

    if args.db:
        return workstation.parse_location(args.db)
    return workstation.load() or workstation.SqliteLocation(workstation.default_sqlite_path())


def _secret(prompt: str, confirm: bool = False, env: str = "HRDESK_PASSWORD") -> str:
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


def _clock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The real time. Tests hand ``main`` a clock; HRDESK_NOW (ISO 8601) pins "now" for
    a rehearsal on a demo database and is refused anywhere else: a pinned clock let a
    locked-out user sign in and back-dated audit entries."""
    from hrdesk.clock import SystemClock

    if args.clock is not None:
        return args.clock
    pinned = os.environ.get("HRDESK_NOW")
    if not pinned:
        return SystemClock()
    from hrdesk.services import session

    return session.rehearsal_clock(_location(args), pinned)


def _session(args: argparse.Namespace, password: str | None = None):  # type: ignore[no-untyped-def]
    from hrdesk.services import session

    if password is None:
        password = _secret(f"Password for {args.user}: ")
    return session.open_session(_location(args), args.user, password, _clock(args))


def _init(args: argparse.Namespace) -> int:
    from hrdesk.services import setup, workstation

    location = _location(args)
    created = setup.create_database(location, args.company, args.admin,
                                    args.admin_name or args.admin,
                                    _secret(f"New password for {args.admin}: ", confirm=True))
    if not args.db:
        workstation.save(location)
    print(f"Created {workstation.describe(location)}")
    print(f"Recovery code (shown once; print it and keep it locked away): "
          f"{created.recovery_code}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from hrdesk.services import maintenance

    opened = _session(args)
    try:
        print(f"Schema is at {maintenance.upgrade_schema(opened.workspace, opened.actor)}")
    finally:
        opened.close()
    return 0


def _verify_audit(args: argparse.Namespace) -> int:
    from hrdesk.services import audit_anchor, audit_log

    written_down = None
    if args.head:
        try:
            written_down = audit_anchor.Head.parse(args.head)
        except ValueError as exc:
            raise errors.InvalidField(field="--head", reason="SEQ:HASH (64 hex digits)") \
                from exc
    opened = _session(args)
    try:
        if args.export_head:
            print(audit_log.head(opened.workspace, opened.actor).text())
            return 0
        result = audit_log.verify(opened.workspace, opened.actor, written_down)
    finally:
        opened.close()
    for note in result.notes:
        print(f"Audit log note: {i18n.describe_reason(note, context=i18n.AUDIT_FINDING_CONTEXT)}")
    if result.ok:
        print(f"Audit log intact: {result.entries} entries, every row as the log left it; "
              f"head {result.head.text()}")
        return 0
    if result.broken_seq is not None:
        print(f"Audit log broken at entry {result.broken_seq}:")
    for finding in result.findings:
        print(f"Audit log: {i18n.describe_reason(finding, context=i18n.AUDIT_FINDING_CONTEXT)}")
    return EXIT_ERROR


def _remind(args: argparse.Namespace) -> int:
    from hrdesk.services import reminders

    opened = _session(args)
    try:
        summary = reminders.run(opened.workspace, opened.actor)
    finally:
        opened.close()
    print(f"{summary.reminded} reminded, {summary.overdue} overdue, "
          f"{summary.escalated} escalated")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from hrdesk.services import maintenance

    if args.verify:
        return _verify_backup(args)
    if not args.user:
        raise errors.InvalidField(field="--user", reason="required")
    password = _secret(f"Password for {args.user}: ")
    opened = _session(args, password)
    try:
        info = maintenance.make_backup(opened.workspace, opened.actor, args.output)
    finally:
        opened.close()
    print(f"Backup written to {info.path} ({sum(info.counts.values())} rows)")
    if info.audit_head:
        print(f"Audit head: {_head_text(info.audit_head)} (write it down: a later "
              "verify-audit --head checks the log against it)")
    checked = maintenance.verify_backup(info.path, args.user, password)
    print(f"Verified: restores ({sum(checked.counts.values())} rows)")
    return 0


def _verify_backup(args: argparse.Namespace) -> int:
    checked = _verify_file(args, args.output)
    print(f"{checked.path}: restores ({sum(checked.counts.values())} rows, schema "
          f"{checked.revision}, written {checked.created_at})")
    if checked.audit_head:
        print(f"Audit head: {_head_text(checked.audit_head)}")
    return 0


def _verify_file(args: argparse.Namespace, path: Path):  # type: ignore[no-untyped-def]
    from hrdesk.services import maintenance

    if args.recovery_code:
        return maintenance.verify_backup(
            path, "", _secret("Recovery code: ", env="HRDESK_RECOVERY_CODE"), recovery=True)
    if not args.user:
        raise errors.InvalidField(field="--user", reason="required")
    return maintenance.verify_backup(path, args.user, _secret(f"Password for {args.user}: "))


def _head_text(head: dict[str, Any]) -> str:
    return f"{head['seq']}:{head['hash']}"


def _restore(args: argparse.Namespace) -> int:
    from hrdesk.services import maintenance, workstation

    location = _location(args)
    if args.recovery_code:
        counts = maintenance.restore_backup(args.backup, location, "",
                                            _secret("Recovery code: ", env="HRDESK_RECOVERY_CODE"),
                                            recovery=True)
    else:
        counts = maintenance.restore_backup(args.backup, location, args.user,
                                            _secret(f"Password for {args.user}: "))
    print(f"Restored {sum(counts.values())} rows into {workstation.describe(location)}")
    return 0


def _upgrade_keys(args: argparse.Namespace) -> int:
    from hrdesk.services import key_upgrade

    password = _secret(f"Password for {args.user}: ")
    opened = _session(args, password)
    try:
        if not key_upgrade.needed(opened.workspace):
            print("The keys already follow roles; nothing to do.")
            return 0
        done = key_upgrade.split(opened.workspace, opened.actor, password)
    finally:
        opened.close()
    print(f"Keys split by role; {done.re_encrypted} files and numbers re-encrypted.")
    print(f"New recovery code (the old one no longer opens everything; print this one and "
          f"keep it locked away): {done.recovery_code}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from hrdesk.services import accounts

    code = _secret("Recovery code: ", env="HRDESK_RECOVERY_CODE")
    accounts.recover_access(_location(args), code, args.user,
                            _secret(f"New password for {args.user}: ", confirm=True))
    print(f"New password set for {args.user}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from hrdesk.services import setup, workstation

    location = (workstation.parse_location(args.db) if args.db
                else workstation.SqliteLocation(workstation.default_demo_path()))

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} candidates", end="", file=sys.stderr, flush=True)

    accounts = setup.create_demo_database(location, args.size, progress)
    print(file=sys.stderr)
    print(f"Demo database: {workstation.describe(location)}")
    for account in accounts:
        role = i18n.describe_said(Role(account.role))  # the reader's word, not the key
        print(f"  {account.username:<12} {account.password:<14} {role}")
    return 0


def _self_check() -> int:
    try:
        gui = importlib.import_module("ui.app")
    except ModuleNotFoundError:
        from hrdesk.services import setup

        setup.self_check_database()
        print("self-check ok (core only; the desktop client is not installed)")
        return 0
    return int(gui.self_check())


def _open_gui(args: argparse.Namespace) -> int:
    # The core does not depend on the GUI; it hands over to it when installed.
    try:
        gui = importlib.import_module("ui.app")
    except ModuleNotFoundError as exc:
        raise errors.FileProblem(path="ui", reason="the desktop client is not installed") from exc
    if args.db:
        from hrdesk.services import workstation

        workstation.save(workstation.parse_location(args.db))
    return int(gui.run(sys.argv[:1]))


def _signed_in(verb: Any) -> Callable[[argparse.Namespace], int]:
    """A verb module's ``run(args, opened)`` in a session of ``--user`` (closed after)."""
    def run(args: argparse.Namespace) -> int:
        opened = _session(args)
        try:
            return int(verb.run(args, opened))
        finally:
            opened.close()
    return run


_VERBS = {
    "init": _init, "migrate": _migrate, "verify-audit": _verify_audit, "remind": _remind,
    "backup": _backup,
    "restore": _restore, "recover": _recover, "upgrade-keys": _upgrade_keys, "demo": _demo, "import-resumes": _signed_in(cli_import),
    "attach-resumes": _signed_in(cli_attach), "duplicates": _signed_in(cli_duplicates),
    "erase": _signed_in(cli_erase),
}


if __name__ == "__main__":
    raise SystemExit(main())
