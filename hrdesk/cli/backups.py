"""``hrdesk backup`` (and ``backup --verify``) and ``hrdesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hrdesk.cli import invocation
from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write an encrypted backup (to a file or folder), "
                            "or check one with --verify")
    backup.add_argument("output", type=Path, metavar="FILE|FOLDER")
    backup.add_argument("--user", help="an administrator (required unless --recovery-code)")
    backup.add_argument("--verify", action="store_true",
                        help="prove FILE restorable (a restore into memory) and exit")
    backup.add_argument("--recovery-code", action="store_true",
                        help="with --verify: use the recovery code instead of a password")
    backup.set_defaults(run=_backup)

    restore = sub.add_parser("restore", help="restore a backup into an empty --db")
    restore.add_argument("backup", type=Path)
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="an administrator of the backed-up database")
    who.add_argument("--recovery-code", action="store_true",
                     help="use the recovery code printed at creation")
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace) -> int:
    # --verify reads a file, with a password or the recovery code; only a new backup
    # needs someone signed in.
    return _verify_backup(args) if args.verify else _make_backup(args)


def _write_backup(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import maintenance

    info = maintenance.make_backup(opened.workspace, opened.actor, args.output)
    print(f"Backup written to {info.path} ({sum(info.counts.values())} rows)")
    if info.audit_head:
        print(f"Audit head: {_head_text(info.audit_head)} (write it down: a later "
              "verify-audit --head checks the log against it)")
    checked = maintenance.verify_backup(info.path, args.user, opened.password)
    print(f"Verified: restores ({sum(checked.counts.values())} rows)")
    return 0


_make_backup = signed_in(_write_backup)


def _verify_backup(args: argparse.Namespace) -> int:
    from hrdesk.services import maintenance

    if args.recovery_code:
        checked = maintenance.verify_backup(args.output, "", invocation.recovery_code(),
                                            recovery=True)
    else:
        username = invocation.user(args)
        checked = maintenance.verify_backup(args.output, username,
                                            invocation.password(username))
    print(f"{checked.path}: restores ({sum(checked.counts.values())} rows, schema "
          f"{checked.revision}, written {checked.created_at})")
    if checked.audit_head:
        print(f"Audit head: {_head_text(checked.audit_head)}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from hrdesk.services import maintenance, workstation

    location = invocation.location(args)
    if args.recovery_code:
        counts = maintenance.restore_backup(args.backup, location, "",
                                            invocation.recovery_code(), recovery=True)
    else:
        counts = maintenance.restore_backup(args.backup, location, args.user,
                                            invocation.password(args.user))
    print(f"Restored {sum(counts.values())} rows into {workstation.describe(location)}")
    return 0


def _head_text(head: dict[str, Any]) -> str:
    return f"{head['seq']}:{head['hash']}"
