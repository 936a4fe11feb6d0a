"""``hrdesk migrate`` and ``hrdesk remind``: the schema brought up to date, and the
reminder pass a scheduled task runs."""

from __future__ import annotations

import argparse
from typing import Any

from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    for name, text, verb in (("migrate", "upgrade the schema (after a backup)", _migrate),
                             ("remind", "send due reminders and escalate overdue work",
                              _remind)):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("--user", required=True)
        parser.set_defaults(run=signed_in(verb))


def _migrate(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import maintenance

    print(f"Schema is at {maintenance.upgrade_schema(opened.workspace, opened.actor)}")
    return 0


def _remind(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import reminders

    summary = reminders.run(opened.workspace, opened.actor)
    print(f"{summary.reminded} reminded, {summary.overdue} overdue, "
          f"{summary.escalated} escalated")
    return 0

