"""A demo database: created like any other, then filled with the demo company's year."""

from __future__ import annotations

from hrdesk.clock import Clock, SystemClock
from hrdesk.demo import company
from hrdesk.dto.accounts import DemoAccount
from hrdesk.locations import Location
from hrdesk.services import setup


def create_demo_database(location: Location, size: int = 300,
                         progress: setup.Progress | None = None,
                         cancelled: setup.Cancelled | None = None,
                         clock: Clock | None = None) -> list[DemoAccount]:
    """``size`` candidates with their history; returns the accounts, every role, to
    sign in with (the login screen lists them: ``setup.demo_accounts``)."""
    accounts = company.demo_accounts()
    admin = accounts[0]
    workspace, _code = setup.create_workspace(
        location, company.COMPANY, admin.username, admin.display_name, admin.password,
        clock or SystemClock(), demo=accounts)
    try:
        company.fill(workspace, accounts, size, progress, cancelled)
    except BaseException:
        workspace.close()
        setup.discard(location)
        raise
    workspace.close()
    return accounts
