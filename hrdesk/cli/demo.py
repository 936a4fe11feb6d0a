"""``hrdesk demo``: a database filled with a realistic demo company and its year of hiring."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from hrdesk import i18n
from hrdesk.cli import invocation
from hrdesk.vocabulary import Role


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="create a demo database with realistic data")
    demo.add_argument("--size", type=int, default=300, help="number of candidates")
    demo.set_defaults(run=_demo)


def _demo(args: argparse.Namespace) -> int:
    from hrdesk.demo.database import create_demo_database
    from hrdesk.services import workstation

    location = (workstation.parse_location(args.db) if args.db
                else workstation.SqliteLocation(workstation.default_demo_path()))
    accounts = create_demo_database(location, args.size,
                                          invocation.progress("candidates"))
    print(file=sys.stderr)
    print(f"Demo database: {workstation.describe(location)}")
    for account in accounts:
        role = i18n.describe_said(Role(account.role))  # the reader's word, not the key
        print(f"  {account.username:<12} {account.password:<14} {role}")
    return 0
