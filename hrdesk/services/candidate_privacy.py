"""Showing a candidate's numbers in clear: a permission, and every showing is audited.

Profiles, lists and searches carry masked numbers for every role, so a shared office
screen never shows them in passing. Someone with ``SEE_SENSITIVE`` asks for them one
candidate at a time; the audit log records who looked at whom (never the values),
in the same transaction that read them.
"""

from __future__ import annotations

import uuid

from hrdesk import errors
from hrdesk.db.crypto import Purpose
from hrdesk.dto.candidates import RevealedFields
from hrdesk.security import audit, scope
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

#: What the audit entry names as shown: field names only, never their values.
REVEALED = ("mobile", "id_number", "expected_salary")
ACTION = "candidates.reveal"
OPERATION = "revealed"
#: Not "candidates": the last audit entry of a candidate row names who changed it last
#: (``candidates.changed_meanwhile``), and someone who only looked changed nothing.
ENTITY_TYPE = "candidate_sensitive"


def reveal(ws: Workspace, actor: Actor, candidate_id: uuid.UUID) -> RevealedFields:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, ACTION) as uow:
        # Scope before permission: someone who cannot see the person must not learn
        # that they exist, whatever they may or may not do with them.
        row = scope.visible_candidate(uow.session, actor, candidate_id)
        require(actor, Permission.SEE_SENSITIVE)
        if not ws.cipher.holds(Purpose.PERSONAL):
            raise errors.KeyNotReceived(what="personal numbers")
        shown = RevealedFields(row.id, row.mobile, row.id_number, row.expected_salary)
        audit.append(uow.session, [audit.Record(actor, ACTION, uow.now, audit.Change(
            OPERATION, ENTITY_TYPE, str(row.id), {"fields": list(REVEALED)}))])
        uow.commit()
    return shown
