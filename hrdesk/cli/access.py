"""``hrdesk recover`` and ``hrdesk upgrade-keys``: getting back in with the recovery
code, and giving each role only the keys it needs."""

from __future__ import annotations

import argparse
from typing import Any

from hrdesk.cli import invocation
from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    upgrade_keys = sub.add_parser(
        "upgrade-keys", help="give each role only the keys it needs (databases made "
        "before keys followed roles); prints a new recovery code")
    upgrade_keys.add_argument("--user", required=True, help="an administrator")
    upgrade_keys.set_defaults(run=signed_in(_upgrade_keys))

    recover = sub.add_parser("recover", help="set a new password with the recovery code")
    recover.add_argument("--user", required=True)
    recover.set_defaults(run=_recover)


def _upgrade_keys(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import key_upgrade

    if not key_upgrade.needed(opened.workspace):
        print("The keys already follow roles; nothing to do.")
        return 0
    done = key_upgrade.split(opened.workspace, opened.actor, opened.password)
    print(f"Keys split by role; {done.re_encrypted} files and numbers re-encrypted.")
    print(f"New recovery code (the old one no longer opens everything; print this one and "
          f"keep it locked away): {done.recovery_code}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from hrdesk.services import accounts

    code = invocation.recovery_code()
    accounts.recover_access(invocation.location(args), code, args.user,
                            invocation.secret(f"New password for {args.user}: ",
                                              confirm=True))
    print(f"New password set for {args.user}")
    return 0
