"""``hrdesk verify-audit``: the audit log's hash chain and every row it vouches for."""

from __future__ import annotations

import argparse
import functools
from typing import TYPE_CHECKING, Any

from hrdesk import errors, i18n
from hrdesk.cli import exits
from hrdesk.cli.signed_in import SignedIn, signed_in

if TYPE_CHECKING:
    from hrdesk.security.audit_anchor import Head


def register(sub: Any) -> None:
    verify = sub.add_parser("verify-audit", help="check the audit log's hash chain and every "
                            "row it vouches for")
    verify.add_argument("--user", required=True)
    verify.add_argument("--head", metavar="SEQ:HASH",
                        help="a head written down earlier (printed by backup): the log "
                        "must still hold it")
    verify.add_argument("--export-head", action="store_true",
                        help="print the log's head (SEQ:HASH) to keep, and exit")
    verify.set_defaults(run=_verify_audit)


def _verify_audit(args: argparse.Namespace) -> int:
    from hrdesk.security import audit_anchor

    # A head that cannot be read is refused before anyone is asked for a password.
    try:
        written_down = audit_anchor.Head.parse(args.head) if args.head else None
    except ValueError as exc:
        raise errors.InvalidField(field="--head", reason="SEQ:HASH (64 hex digits)") from exc
    return signed_in(functools.partial(_verify, written_down=written_down))(args)


def _verify(args: argparse.Namespace, opened: SignedIn, written_down: Head | None) -> int:
    from hrdesk.services import audit_log

    if args.export_head:
        print(audit_log.head(opened.workspace, opened.actor).text())
        return 0
    result = audit_log.verify(opened.workspace, opened.actor, written_down)
    for note in result.notes:
        print(f"Audit log note: {_said(note)}")
    if result.ok:
        print(f"Audit log intact: {result.entries} entries, every row as the log left it; "
              f"head {result.head.text()}")
        return 0
    if result.broken_seq is not None:
        print(f"Audit log broken at entry {result.broken_seq}:")
    for finding in result.findings:
        print(f"Audit log: {_said(finding)}")
    return exits.FAILED


def _said(finding: Any) -> str:
    return i18n.describe_reason(finding, context=i18n.AUDIT_FINDING_CONTEXT)
