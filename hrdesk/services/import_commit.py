"""Writing a planned import: new people, updates, applications and screening.

One transaction for the whole import, written in batches. The issue asks that
a cancel or a crash leave the database exactly as before; committing each
batch would leave the batches before it behind, so batches here are only the
unit of Core bulk inserts, of progress and of the cancel check — the commit
comes once, at the end. 100,000 rows fit easily in one transaction on
SQLite and PostgreSQL (see benchmarks/test_import_speed.py).

The rows are resolved again against the database inside the transaction,
with the merge policy chosen now: someone may have saved a person since the
preview. When nobody has written anything since (the audit chain has not grown)
and the policy is the preview's, the preview's answer is still the answer.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hrdesk import errors, name_order
from hrdesk.candidate_rules import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LookupKeys,
    NewCandidate,
    masked_numbers,
)
from hrdesk.db import bulk, person_keys, wal
from hrdesk.db.crypto import FieldCipher
from hrdesk.db.types import cipher_of
from hrdesk.identity_rules import Key
from hrdesk.imports import dedupe
from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.models.jobs import Job
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import candidates, duplicates, import_plan as planning, screening
from hrdesk.uow import AuditBatch, UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import moves, timeline
from hrdesk.workspace.unlocked import Workspace

BATCH = 2_000
POLICIES = ("valid-rows", "all-or-nothing")


class ImportRefused(errors.UserError):
    code = "imports.refused"
    template = ("Nothing was imported: {count} rows cannot be imported "
                "(the first is row {row}: {reason}).")


@dataclasses.dataclass(frozen=True)
class ImportResult:
    counts: Mapping[str, int]  # rows per outcome (plan.OUTCOMES): they add up to the file's
    rows: tuple[planning.RowPlan, ...]  # each row as committed
    people: Mapping[int, uuid.UUID]  # row -> the candidate it became or is
    queued: int = 0  # pairs put in the duplicates queue
    applications: int = 0
    screened_matches: int = 0
    unknown_channels: tuple[str, ...] = ()  # 来源 texts that name no channel

    @property
    def stored(self) -> int:
        """New people stored (possible duplicates too: they are stored, and queued)."""
        return sum(self.counts[o] for o in planning.STORED_NEW)

    @property
    def rejected(self) -> tuple[tuple[int, str], ...]:
        """(row, the code of its first problem) of each rejected row; the edge says it."""
        return tuple((r.row, r.problems[0].code if r.problems else "") for r in self.rows
                     if r.outcome == "rejected")


@bulk.gc_paused()
def run(ws: Workspace, actor: Actor, plan: planning.ImportPlan, *,
        job_id: uuid.UUID | None = None, policy: str = "valid-rows", merge: str = "keep",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> ImportResult:
    require(actor, Permission.EDIT_CANDIDATES)
    if policy not in POLICIES:
        raise errors.InvalidField(field="policy", reason="one of {choices}",
                                  choices=" or ".join(POLICIES))
    if merge not in dedupe.MERGES:
        raise errors.InvalidField(field="merge", reason="one of {choices}",
                                  choices=" or ".join(dedupe.MERGES))
    job_id = job_id or plan.job_id
    with ws.db.unit_of_work(actor, "imports.commit") as uow, wal.checkpoint_afterwards(uow):
        # Another workstation importing the same people waits here, then sees them.
        candidates.identity_lock(uow)
        rows = planning.resolved_now(uow.session, plan, merge, uow.now.date())
        rejected = [r for r in rows if r.outcome == "rejected"]
        if rejected and policy == "all-or-nothing":
            first = rejected[0]
            # The first problem itself, said in the reader's language (a Sayable).
            raise ImportRefused(count=len(rejected), row=first.row,
                                reason=first.problems[0] if first.problems else "")
        writer = _Writer(uow, plan, job_id)
        todo = [r for r in rows if r.outcome in _WRITTEN
                or (job_id and r.outcome == "same_as_stored")]
        for start in range(0, len(todo), BATCH):
            if cancelled and cancelled():
                raise errors.Cancelled()
            with candidates.unique_person():
                writer.write(todo[start:start + BATCH])
            if progress:
                progress(min(start + BATCH, len(todo)), len(todo))
        queued = writer.queue(rows)
        if cancelled and cancelled():
            raise errors.Cancelled()
        uow.commit()
    found = collections.Counter(r.outcome for r in rows)
    return ImportResult({o: found.get(o, 0) for o in planning.OUTCOMES}, rows,
                        writer.people(rows), queued, writer.applications, writer.matches,
                        tuple(sorted(writer.unknown)))


_WRITTEN = (*planning.STORED_NEW, "updated")


def _file_digest(path: Path) -> str:
    """The imported file's SHA-256, which its audit entries name (empty if it is gone)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def _candidate_row(person: NewCandidate, keys: LookupKeys, at: dt.datetime) -> dict[str, Any]:
    """A new candidate as plain values for a Core bulk insert (an ORM object per row
    costs more than the database does), with the values ``candidates.apply`` would set
    on a fresh row (the column type encrypts the sensitive ones). The keys were
    computed from the same person, so its digests are not computed twice."""
    row: dict[str, Any] = {f: getattr(person, f) for f in SCALAR_FIELDS}
    row.update({f: list(getattr(person, f)) for f in LIST_FIELDS})
    row.update(id=bulk.ordered_id(), created_at=at, extra=dict(person.extra or {}),
               name_sort=name_order.sort_key(person.name), email_normalised=keys.email,
               mobile_digest=keys.mobile_digest, id_number_digest=keys.id_number_digest,
               name_key=keys.name_key, mobile_placeholder=Key.MOBILE in keys.placeholders,
               identity_pending=False, audit_salt=person_keys.new_salt(),
               **masked_numbers(person.mobile, person.id_number))
    return row


class _Writer:
    """Writes batches of planned rows in the caller's unit of work."""

    def __init__(self, uow: UnitOfWork, plan: planning.ImportPlan,
                 job_id: uuid.UUID | None) -> None:
        self.uow = uow
        self.file = plan.file.name
        self.digest = _file_digest(plan.file)
        # The engine carries the field key (db.types), as in candidates.add_in.
        self.cipher: FieldCipher = cipher_of(uow.db.engine.dialect)
        self.job = uow.session.get(Job, job_id) if job_id else None
        if job_id and self.job is None:
            raise errors.NotFound(entity="job", key=str(job_id))
        self.channels = {name.casefold(): cid for cid, name in uow.session.execute(
            select(Channel.id, Channel.name).where(Channel.active.is_(True)))}
        # Read once; a job without rules costs its applications nothing more.
        self.screened = job_id is not None and not screening.rules_in(uow, job_id).is_empty()
        self.unknown: set[str] = set()
        self.applications = self.matches = 0
        self.ids: dict[int, uuid.UUID] = {}  # row -> the person it became or is

    def write(self, batch: Sequence[planning.RowPlan]) -> None:
        """One batch of rows, audited as one entry: the file and its SHA-256, the rows,
        the people created (each one's values sealed under their key) and updated."""
        ids = {r.row: known for r in batch
               if (known := r.candidate_id) and r.outcome not in planning.STORED_NEW}
        audited = AuditBatch(self.digest or "import")
        ids.update(self._insert([r for r in batch if r.outcome in planning.STORED_NEW],
                                audited))
        updated = [r for r in batch if r.outcome == "updated"]
        self._update(updated)
        self.uow.record_batch(audited, {
            "file": self.file, "sha256": self.digest, "rows": [r.row for r in batch],
            "updated": [str(r.candidate_id) for r in updated]})
        self.ids.update(ids)
        if self.job is not None:
            self._apply(batch, ids)

    def queue(self, rows: Sequence[planning.RowPlan]) -> int:
        """Each possible duplicate with the person or row it may be, for HR to decide."""
        pairs = []
        for r in rows:
            if r.outcome != "possible_duplicate" or r.row not in self.ids:
                continue
            other = r.candidate_id or (
                self.ids.get(r.duplicate_of) if r.duplicate_of is not None else None)
            if other is not None:
                pairs.append((other, self.ids[r.row], Key(r.key)))
        return duplicates.record_pairs(self.uow, pairs, "import")

    def people(self, rows: Sequence[planning.RowPlan]) -> dict[int, uuid.UUID]:
        """Every row that is a person on file now, with that person's id."""
        found = dict(self.ids)
        for r in rows:
            if r.row not in found and r.outcome == "same_as_row" \
                    and (earlier := r.duplicate_of) is not None and earlier in found:
                found[r.row] = found[earlier]
            elif r.row not in found and r.candidate_id and r.outcome != "rejected":
                found[r.row] = r.candidate_id
        return found

    def _insert(self, batch: Sequence[planning.RowPlan],
                audited: AuditBatch) -> dict[int, uuid.UUID]:
        # Plain rows from the people the plan already cleaned and keyed: no ORM
        # object, no second clean (see _candidate_row).
        uow, now = self.uow, self.uow.now
        made = [_candidate_row(person, keys, now) for p in batch
                if (person := p.person) is not None and (keys := p.keys) is not None]
        if len(made) != len(batch):
            raise ValueError("a new person's row without the person or their keys")
        uow.insert_rows(Candidate, made, batch=audited)
        # Each person's "imported" event names the batch's entry: their history finds it.
        uow.insert_rows(TimelineEvent, [timeline.event_row(
            uow.actor, now, "imported", candidate_id=c["id"],
            data={"file": self.file, "row": p.row, "audit": str(audited.entry_id)})
            for c, p in zip(made, batch, strict=True)])
        return {p.row: c["id"] for c, p in zip(made, batch, strict=True)}

    def _update(self, batch: Sequence[planning.RowPlan]) -> None:
        if not batch:
            return
        # (an "updated" row names the person on file, and the person as the file has them)
        people = [(plan, plan.candidate_id, plan.person) for plan in batch]
        stored = dedupe.load_stored(self.uow.session, (i for _, i, _ in people if i))
        for plan, known, person in people:
            if known is None or person is None:
                raise ValueError(f"row {plan.row} is not an update of a stored person")
            row = stored[known]
            changed = candidates.apply(row, person, self.cipher)
            row.updated_at = self.uow.now
            timeline.record(self.uow, "imported", candidate_id=row.id, data={
                "file": self.file, "row": plan.row, "fields": changed})
        self.uow.flush()  # audited field by field, like any edit: the history is kept

    def _apply(self, batch: Sequence[planning.RowPlan], ids: dict[int, uuid.UUID]) -> None:
        job = self.job
        assert job is not None
        wanted = {ids[r.row] for r in batch if r.row in ids}
        applied = set(self.uow.session.scalars(select(Application.candidate_id).where(
            Application.job_id == job.id, Application.status.in_(("active", "on_hold")),
            Application.candidate_id.in_(wanted)))) if wanted else set()
        for plan in batch:
            candidate_id = ids.get(plan.row)
            if candidate_id is None or candidate_id in applied:
                continue
            applied.add(candidate_id)
            application = moves.add_application(self.uow, candidate_id, job,
                                                 self._channel(plan.channel), None)
            self.applications += 1
            if self.screened:
                result = screening.screen(self.uow, job, self.uow.session.get_one(
                    Candidate, candidate_id), application)
                self.matches += bool(result and result.matched)
        self.uow.flush()

    def _channel(self, text: str | None) -> uuid.UUID | None:
        if not text:
            return None
        found = self.channels.get(text.strip().casefold())
        if found is None:
            self.unknown.add(text.strip())
        return found

