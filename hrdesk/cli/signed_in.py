"""The one way a verb runs as a user: ``--user``, the password, a session, closed after.

Every verb that acts for someone is registered through ``signed_in``, so signing in,
its prompt and its refusals are the same for all; what a verb's error prints and which
exit status it gives is ``dispatch.run``'s, the same for every verb.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrdesk.cli import invocation

if TYPE_CHECKING:
    from hrdesk.security.actor import Actor
    from hrdesk.workspace.unlocked import Workspace


@dataclass(frozen=True)
class SignedIn:
    workspace: Workspace
    actor: Actor
    # Typed once, needed again by backup (to prove the file restorable as this user)
    # and upgrade-keys (to wrap the user's new key slot).
    password: str


Verb = Callable[[argparse.Namespace], int]
SignedInVerb = Callable[[argparse.Namespace, SignedIn], int]


def signed_in(verb: SignedInVerb) -> Verb:
    """``verb(args, opened)`` in a session of ``--user``, closed after, whatever happens."""

    def run(args: argparse.Namespace) -> int:
        from hrdesk.services import session

        username = invocation.user(args)
        password = invocation.password(username)
        opened = session.open_session(invocation.location(args), username, password,
                                      invocation.clock(args))
        try:
            return int(verb(args, SignedIn(opened.workspace, opened.actor, password)))
        finally:
            opened.close()

    return run
