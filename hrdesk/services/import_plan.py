"""What an import would do, row by row, before anything is written.

``prepare`` reads the file, maps its columns, builds and checks each row,
finds duplicates in the file and in the database, and scores rows against the
job's screening rules. It writes nothing: the preview shows its result, and
``import_commit.run`` resolves the same rows again inside its own transaction (so
what someone saved between preview and commit is taken into account).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hrdesk import errors, identity_rules
from hrdesk.candidate_rules import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    LookupKeys,
    NewCandidate,
    clean,
    keys_of,
)
from hrdesk.db import bulk
from hrdesk.db.crypto import FieldCipher
from hrdesk.identity_rules import Judgement, Key, Placeholders
from hrdesk.imports import dedupe, fields, reading, rows
from hrdesk.imports.problems import OUTCOME_CODES, Problem, of_error
from hrdesk.security import audit
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.services import candidates, duplicates, import_profiles, screening as screening_service
from hrdesk.vocabulary import Permission
from hrdesk.workflow import screening
from hrdesk.workspace.unlocked import Workspace

#: Every row ends in exactly one: a new person; an update of a stored one (which
#: fields); the same person as one on file, or as an earlier row, with nothing to
#: change; a possible duplicate (stored as a new person and queued for HR); rejected.
OUTCOMES = ("new", "updated", "same_as_stored", "same_as_row", "possible_duplicate",
            "rejected")
#: Outcomes that store a new person.
STORED_NEW = ("new", "possible_duplicate")
# Fields of a sheet that a candidate has no column for: kept among its extra
# attributes under the sheet's own header (the channel also goes to the application).
_KEPT_AS_EXTRA = ("wanted_job", "self_description", "channel")
# InvalidField names fields as people read them; the report marks the sheet's column.
_CANDIDATE_FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS)
_CANDIDATE_FIELD_SET = frozenset(_CANDIDATE_FIELDS)
_FIELD_OF_LABEL = {"ID number": "id_number", "birth date": "birth_date",
                   "years of experience": "years_experience",
                   "expected salary": "expected_salary"}


@dataclasses.dataclass(frozen=True, slots=True)  # slots: a batch holds 100,000 of them
class RowPlan:
    row: int  # the row number the spreadsheet shows
    outcome: str  # one of OUTCOMES
    name: str
    reasons: tuple[str, ...] = ()  # English; for "rejected" the first is the reason
    changes: tuple[str, ...] = ()  # fields an update changes
    candidate_id: uuid.UUID | None = None  # the stored person matched (X)
    values: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict)
    screening: Any = None  # workflow.screening.ScreeningResult when the job has rules
    duplicate_of: int | None = None  # the earlier row of the same file matched
    key: str | None = None  # identity_rules.Key value that matched
    matched: str | None = None  # the name of the person or row matched
    field: str | None = None  # the field a rejection is about, when there is one
    channel: str | None = None  # the row's 来源/渠道 text
    person: NewCandidate | None = dataclasses.field(default=None, repr=False, compare=False)
    keys: LookupKeys | None = dataclasses.field(default=None, repr=False, compare=False)
    # The reasons as codes and parameters, one per reason in the same order, for
    # hrdesk.i18n.describe_problem (empty on a plan made by hand with reasons only).
    problems: tuple[Problem, ...] = ()

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """What was changed, dropped or kept as data in a row that is imported (an
        invalid mobile left out, an ID number repaired, a placeholder): never silent."""
        if self.outcome == "rejected":
            return ()
        return tuple(p for p in self.problems if not p.fatal and p.code not in OUTCOME_CODES)

    def described(self, describe: Callable[[Problem], str]) -> tuple[str, ...]:
        """The reasons in a reader's language: ``describe`` says each problem."""
        if len(self.problems) != len(self.reasons):
            return self.reasons
        return tuple(describe(p) for p in self.problems)


def _explained(found: Sequence[Problem]) -> dict[str, Any]:
    """RowPlan's ``reasons`` and ``problems`` fields, kept in step."""
    return {"reasons": tuple(p.message for p in found), "problems": tuple(found)}


@dataclasses.dataclass(frozen=True)
class ImportPlan:
    file: Path
    sheet: str | None
    sheets: tuple[str, ...]
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]
    profile: str | None  # the saved mapping profile used, if any
    rows: tuple[RowPlan, ...]
    warnings: tuple[Any, ...]  # reading.ReadWarning
    job_id: uuid.UUID | None = None
    merge: str = "keep"
    # The rows before the database was asked: the commit resolves them again.
    drafts: tuple[RowPlan, ...] = dataclasses.field(default=(), repr=False, compare=False)
    # The audit chain's length when the rows were resolved. Every write to a
    # candidate adds to the chain, so a commit that finds the same length knows
    # the resolution still holds and need not ask the database again.
    audit_seq: int | None = None

    @property
    def counts(self) -> dict[str, int]:
        """Rows per outcome; they add up to the rows of the file."""
        found = collections.Counter(r.outcome for r in self.rows)
        return {o: found.get(o, 0) for o in OUTCOMES}

    @property
    def rejected(self) -> tuple[RowPlan, ...]:
        return tuple(r for r in self.rows if r.outcome == "rejected")

    @property
    def left_out(self) -> tuple[RowPlan, ...]:
        """The rows the rejected-rows report hands back to HR: rejected, or the same as an
        earlier row of the file."""
        return tuple(r for r in self.rows if r.outcome in ("rejected", "same_as_row"))


@bulk.gc_paused()
def prepare(ws: Workspace, actor: Actor, path: Path, *, job_id: uuid.UUID | None = None,
            sheet: str | None = None, mapping: Sequence[str | None] | None = None,
            profile: str | None = None, merge: str = "keep") -> ImportPlan:
    require(actor, Permission.EDIT_CANDIDATES)
    if merge not in dedupe.MERGES:
        raise errors.InvalidField(field="merge", reason="one of {choices}",
                                  choices=" or ".join(dedupe.MERGES))
    table = reading.read_table(Path(path), sheet)
    chosen, used = import_profiles.mapping_for(ws, actor, table.headers, mapping, profile)
    today = ws.clock.now().date()
    cipher = ws.cipher
    sheet_name, sheets, headers, warnings = (
        table.sheet, tuple(table.sheets), tuple(table.headers), tuple(table.warnings))
    # The raw cells are let go row by row as each becomes a draft (which holds all
    # that is needed of them): a 100,000-row sheet's cells weigh some 250 MB.
    sources = list(table.rows)
    del table
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        placeholders = duplicates.placeholders_in(uow.session)
    drafts = checked_rows(headers, sources, chosen, today, cipher, placeholders)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        seq = audit.chain_length(uow.session)
        resolved = resolve(uow.session, drafts, merge, today)
    resolved = _screened(ws, actor, job_id, resolved, today)
    return ImportPlan(Path(path), sheet_name, sheets, headers, chosen, used, resolved, warnings,
                      job_id, merge, drafts, seq)


def resolved_now(session: Session, plan: ImportPlan, merge: str,
                 today: dt.date) -> tuple[RowPlan, ...]:
    """The plan's rows against the database as it is now (the caller holds the
    write lock): the preview's own answer when nothing was written since and the
    merge policy is the one it was made with."""
    if (plan.drafts and plan.audit_seq is not None and merge == plan.merge
            and audit.chain_length(session) == plan.audit_seq):
        return plan.rows
    return resolve(session, plan.drafts or plan.rows, merge, today)


def checked_rows(headers: Sequence[str], sources: list[Any], mapping: Sequence[str | None],
                 today: dt.date, cipher: FieldCipher,
                 placeholders: Placeholders | None = None) -> tuple[RowPlan, ...]:
    """Each of the sheet's ``sources`` rows built, cleaned and keyed (and let go of:
    the list is emptied as it goes), then judged against the rows before it:
    rejected, the same person as an earlier row, possibly so, or "new" until the
    database says otherwise."""
    if len(mapping) != len(headers):
        raise errors.InvalidField(field="mapping", reason="one field (or none) per column")
    header_of = {f: h for h, f in zip(headers, mapping, strict=True) if f}
    columns = rows.SheetColumns(headers, mapping)
    result = []
    for index, source in enumerate(sources):
        sources[index] = None
        built = columns.build(source.cells)
        result.append(_checked(source.number, built, header_of, today, cipher))
    return within_file(result, placeholders or Placeholders())


def within_file(plans: Sequence[RowPlan], placeholders: Placeholders) -> tuple[RowPlan, ...]:
    """Placeholders marked (HR's list, and keys this file shares among more than a few
    names), then each row judged against the rows before it."""
    keyed = [i for i, p in enumerate(plans) if p.keys is not None]
    shared = identity_rules.shared_in_file(
        (p.keys.name_key, {Key.MOBILE: p.keys.mobile_digest, Key.EMAIL: p.keys.email})
        for p in plans if p.keys is not None)
    seen = dedupe.InFile()
    names: dict[int, str] = {}
    result = list(plans)
    for i in keyed:
        plan = _placeholders_marked(plans[i], placeholders, shared)
        names[plan.row] = plan.name
        assert plan.keys is not None
        found = seen.judge(plan.row, plan.keys.identity())
        if found is not None:
            row, judgement = found
            plan = _as_earlier_row(plan, row, names[row], judgement)
        result[i] = plan
    return tuple(result)


def _placeholders_marked(plan: RowPlan, placeholders: Placeholders,
                         shared: dict[Key, set[str]]) -> RowPlan:
    keys, person = plan.keys, plan.person
    assert keys is not None and person is not None
    if (not keys.placeholders and not placeholders.mobile(person.mobile)
            and not placeholders.email(keys.email)
            and keys.mobile_digest not in shared.get(Key.MOBILE, ())
            and keys.email not in shared.get(Key.EMAIL, ())):
        return plan  # nearly every row: the sets below would all be empty
    listed = {k for k, fake in ((Key.MOBILE, placeholders.mobile(person.mobile)),
                                (Key.EMAIL, placeholders.email(keys.email))) if fake}
    in_file = {k for k, value in ((Key.MOBILE, keys.mobile_digest), (Key.EMAIL, keys.email))
               if value and value in shared.get(k, ())}
    found = [Problem(_FIELD_OF_KEY[k], "row.placeholder", {"key": k.value})
             for k in sorted(listed - keys.placeholders, key=list(Key).index)]
    found += [Problem(_FIELD_OF_KEY[k], "row.shared_key", {"key": k.value})
              for k in sorted(in_file - listed - keys.placeholders, key=list(Key).index)]
    found += [Problem(_FIELD_OF_KEY[k], "row.placeholder", {"key": k.value})
              for k in sorted(keys.placeholders, key=list(Key).index)]
    if not found:
        return plan
    return dataclasses.replace(plan, keys=keys.without(frozenset(listed | in_file)),
                               **_explained((*plan.problems, *found)))


# What a row was said to be against earlier rows, superseded when it is a stored person.
_ABOUT_EARLIER_ROWS = frozenset({"row.same_as_row", "row.possible_row", "row.other_name_row"})
_FIELD_OF_KEY = {Key.ID_NUMBER: "id_number", Key.MOBILE: "mobile", Key.EMAIL: "email"}


def _key_field(key: Key | None) -> str | None:
    """The field a shared key is in (None: shared by name alone)."""
    return _FIELD_OF_KEY[key] if key is not None else None


def _as_earlier_row(plan: RowPlan, row: int, name: str, judgement: Judgement) -> RowPlan:
    key = judgement.key.value if judgement.key else ""
    if judgement.same:
        said = [Problem(None, "row.same_as_row", {"key": key, "row": row})]
        if judgement.name_differs:
            said.append(Problem("name", "row.other_name_row", {"row": row, "name": name}))
        return dataclasses.replace(plan, outcome="same_as_row", duplicate_of=row, key=key,
                                   matched=name, **_explained((*said, *plan.problems)))
    said = [Problem(_key_field(judgement.key), "row.possible_row",
                    {"key": key, "row": row, "name": name})]
    return dataclasses.replace(plan, outcome="possible_duplicate", duplicate_of=row, key=key,
                               matched=name, **_explained((*said, *plan.problems)))


def resolve(session: Session, plans: Sequence[RowPlan], merge: str,
            today: dt.date) -> tuple[RowPlan, ...]:
    """Rows that would store a new person, against the people on file: the same
    person (an update, or nothing to change), possibly the same (stored, queued), or
    new. A stored person found by several rows is updated by the first; the others
    are the same person as that row."""
    open_ = [i for i, p in enumerate(plans) if p.outcome in STORED_NEW and p.keys is not None]
    found = duplicates.judged(session, [keys for i in open_ if (keys := plans[i].keys)])
    stored = dedupe.load_stored(session, (f.candidate_id for f in found
                                          if f and f.judgement.same))
    first_row: dict[uuid.UUID, int] = {}
    result = list(plans)
    for i, match in zip(open_, found, strict=True):
        plan = plans[i]
        if match is None:
            continue
        if match.judgement.same and match.candidate_id in first_row:
            row = first_row[match.candidate_id]
            result[i] = _as_earlier_row(plan, row, match.name, match.judgement)
        elif match.judgement.same:
            first_row[match.candidate_id] = plan.row
            result[i] = _against(plan, stored[match.candidate_id], match.judgement, merge, today)
        elif plan.outcome == "new":
            key = match.judgement.key.value if match.judgement.key else ""
            said = Problem(_key_field(match.judgement.key),
                           "row.possible_stored", {"key": key, "name": match.name})
            result[i] = dataclasses.replace(plan, outcome="possible_duplicate", key=key,
                                            candidate_id=match.candidate_id, matched=match.name,
                                            **_explained((said, *plan.problems)))
    return tuple(result)


def _checked(number: int, built: Any, header_of: Mapping[str, str], today: dt.date,
             cipher: FieldCipher) -> RowPlan:
    values = built.values  # the row's own dicts: nothing else holds them
    name = str(values.get("name") or "")
    notes = tuple(p for p in built.problems if not p.fatal)
    fatal = [p for p in built.problems if p.fatal]
    extra = built.extra
    if fatal:
        return RowPlan(number, "rejected", name, values=values, extra=extra,
                       field=fatal[0].field, **_explained((*fatal, *notes)))
    for field in _KEPT_AS_EXTRA:
        if values.get(field) not in (None, ""):
            extra[header_of.get(field, field)] = str(values[field])
    given = {f: v for f, v in values.items() if f in _CANDIDATE_FIELD_SET and v not in (None, "")}
    given.setdefault("name", "")
    try:
        person = clean(NewCandidate(**given, extra=extra), today)
    except errors.InvalidField as exc:
        field = _field_of(exc)
        return RowPlan(number, "rejected", name, values=values, extra=extra, field=field,
                       **_explained((of_error(field, exc), *notes)))
    channel = values.get("channel")
    if person.extra == extra:  # as good as always (headers come stripped): one dict kept
        extra = person.extra
    return RowPlan(number, "new", person.name, values=ShownValues(person), extra=extra,
                   channel=str(channel) if channel else None, person=person,
                   keys=keys_of(person, cipher), **_explained(notes))


def _against(plan: RowPlan, row: Any, judgement: Judgement, merge: str,
             today: dt.date) -> RowPlan:
    """The row is the stored person ``row``: what the merge policy makes of them."""
    assert plan.person is not None and judgement.key is not None
    stored = candidates.as_new(row)
    key = judgement.key.value
    said = [Problem(None, "row.on_file", {"key": key, "name": row.name})]
    if judgement.name_differs:
        said.append(Problem("name", "row.other_name", {"name": row.name}))
    keep = dedupe.protected(judgement)
    if merge == "overwrite":
        said += [Problem(f, "row.kept_stored", {"label": fields.LABELS[f]})
                 for f in dedupe.kept_apart(stored, plan.person, keep) if f != "name"]
    found = (*said, *(p for p in plan.problems if p.code not in _ABOUT_EARLIER_ROWS))
    try:
        result = clean(dedupe.merged(stored, plan.person, merge, keep), today)
    except errors.InvalidField as exc:
        return dataclasses.replace(plan, outcome="rejected", candidate_id=row.id, key=key,
                                   matched=row.name, duplicate_of=None,
                                   **_explained((of_error(_field_of(exc), exc), *found)))
    changes = dedupe.changed_fields(stored, result)
    return dataclasses.replace(plan, outcome="updated" if changes else "same_as_stored",
                               candidate_id=row.id, changes=changes, person=result, key=key,
                               matched=row.name, duplicate_of=None, **_explained(found))


def _field_of(error: errors.InvalidField) -> str:
    label = str(error.params.get("field", ""))
    return _FIELD_OF_LABEL.get(label, label.replace(" ", "_"))


def _shown(person: NewCandidate) -> dict[str, Any]:
    return {f: v for f in _CANDIDATE_FIELDS if (v := getattr(person, f)) not in (None, "", ())}


class ShownValues(Mapping[str, Any]):
    """``_shown(person)`` read from the person when asked: a dict of its own per row
    weighed some 60 MB in a 100,000-row preview, for values the person already holds."""

    __slots__ = ("_person",)

    def __init__(self, person: NewCandidate) -> None:
        self._person = person

    def __getitem__(self, field: str) -> Any:
        if field in _CANDIDATE_FIELD_SET:
            value = getattr(self._person, field)
            if value not in (None, "", ()):
                return value
        raise KeyError(field)

    def __iter__(self) -> Iterator[str]:
        return iter(_shown(self._person))

    def __len__(self) -> int:
        return len(_shown(self._person))

    def __repr__(self) -> str:
        return repr(_shown(self._person))


def _screened(ws: Workspace, actor: Actor, job_id: uuid.UUID | None,
              plans: tuple[RowPlan, ...], today: dt.date) -> tuple[RowPlan, ...]:
    """The score each row would get on the job (applied at commit, shown now)."""
    if job_id is None:
        return plans
    rules = screening_service.get_rules(ws, actor, job_id)
    if rules.is_empty():
        return plans
    return tuple(dataclasses.replace(p, screening=screening.score(
        rules, screening_service.candidate_facts({**_shown(p.person), "extra": p.extra}),
        today)) if p.outcome != "rejected" and p.person else p for p in plans)
