"""`hrdesk erase CANDIDATE_ID --reason TEXT --user NAME`: a person erased
(``services.erasure``), with what went and what stayed."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from hrdesk import errors
from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    verb = sub.add_parser("erase", help="erase a person: their data from every table, their "
                                        "audit key destroyed, the counts kept")
    verb.add_argument("candidate_id", metavar="CANDIDATE_ID")
    verb.add_argument("--reason", required=True, help="why (kept in the audit log)")
    verb.add_argument("--user", required=True, help="someone allowed to erase people (HR)")
    verb.set_defaults(run=signed_in(_erase))


def _erase(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import erasure

    try:
        candidate_id = uuid.UUID(args.candidate_id)
    except ValueError as exc:
        raise errors.InvalidField(field="CANDIDATE_ID", reason="not a candidate id") from exc
    done = erasure.erase(opened.workspace, opened.actor, candidate_id, args.reason)
    gone = ", ".join(f"{table} {count}" for table, count in sorted(done.rows.items()))
    # The id, not the name: this line may end up in a script's log.
    print(f"Erased {candidate_id}: {gone}; {done.applications_kept} application(s) kept "
          "for the figures as an erased person's")
    return 0
