"""``hrdesk init``: a new encrypted database, its first administrator, its recovery code."""

from __future__ import annotations

import argparse
from typing import Any

from hrdesk.cli import invocation


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="create a new encrypted database")
    init.add_argument("--company", required=True)
    init.add_argument("--admin", default="admin", help="administrator's user name")
    init.add_argument("--admin-name", default="", help="administrator's display name")
    init.set_defaults(run=_init)


def _init(args: argparse.Namespace) -> int:
    from hrdesk.services import setup, workstation

    location = invocation.location(args)
    created = setup.create_database(location, args.company, args.admin,
                                    args.admin_name or args.admin,
                                    invocation.secret(f"New password for {args.admin}: ",
                                                      confirm=True))
    if not args.db:
        workstation.save(location)
    print(f"Created {workstation.describe(location)}")
    print(f"Recovery code (shown once; print it and keep it locked away): "
          f"{created.recovery_code}")
    return 0

