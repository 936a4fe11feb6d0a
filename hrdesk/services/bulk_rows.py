"""Rows for Core bulk inserts, shaped exactly as the ORM path would write them.

The demo's history and the resume import write tens of thousands of rows in
one go; building an ORM object per row costs more than the database does.
These builders give the plain values instead, for ``session.execute(insert(...))``
or ``UnitOfWork.insert_rows`` (which audits them), keyed by time-ordered ids
(``db.bulk``) so that a batch lands in a few index pages.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from hrdesk import name_order
from hrdesk.candidate_rules import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LookupKeys,
    NewCandidate,
    masked_numbers,
)
from hrdesk.db import bulk, person_keys
from hrdesk.identity_rules import Key
from hrdesk.security.actor import Actor


def event_row(actor: Actor, at: dt.datetime, kind: str, *,
              candidate_id: uuid.UUID | None = None,
              application_id: uuid.UUID | None = None, job_id: uuid.UUID | None = None,
              from_stage_id: uuid.UUID | None = None, to_stage_id: uuid.UUID | None = None,
              data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A timeline event, as ``services.timeline.make`` builds it."""
    return {
        "id": bulk.ordered_id(), "at": at, "actor_id": actor.user_id,
        "actor_name": actor.display_name, "kind": kind, "candidate_id": candidate_id,
        "application_id": application_id, "job_id": job_id, "requisition_id": None,
        "from_stage_id": from_stage_id, "to_stage_id": to_stage_id, "comment": None,
        "data": json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None}


def candidate_row(person: NewCandidate, keys: LookupKeys, at: dt.datetime) -> dict[str, Any]:
    """A new candidate from a cleaned person and its lookup keys, with the values
    ``services.candidates.apply`` would set on a fresh row (the column type
    encrypts the sensitive ones). The keys were computed from the same person,
    so its digests are not computed twice."""
    row: dict[str, Any] = {f: getattr(person, f) for f in SCALAR_FIELDS}
    row.update({f: list(getattr(person, f)) for f in LIST_FIELDS})
    row.update(id=bulk.ordered_id(), created_at=at, extra=dict(person.extra or {}),
               name_sort=name_order.sort_key(person.name), email_normalised=keys.email,
               mobile_digest=keys.mobile_digest, id_number_digest=keys.id_number_digest,
               name_key=keys.name_key, mobile_placeholder=Key.MOBILE in keys.placeholders,
               identity_pending=False, audit_salt=person_keys.new_salt(),
               **masked_numbers(person.mobile, person.id_number))
    return row
