"""What the candidate use cases hand out and take in: plain frozen values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from typing import Any

from hrdesk.vocabulary import ApplicationStatus


class _Unchanged(enum.Enum):
    UNCHANGED = "unchanged"


UNCHANGED = _Unchanged.UNCHANGED  # a field left as it is; None clears it


@dataclasses.dataclass(frozen=True)
class CandidateChanges:
    """Only the fields given change; the rest keep their stored value."""

    name: str | _Unchanged = UNCHANGED
    mobile: str | _Unchanged | None = UNCHANGED
    id_number: str | _Unchanged | None = UNCHANGED
    email: str | _Unchanged | None = UNCHANGED
    gender: str | _Unchanged | None = UNCHANGED
    birth_date: dt.date | _Unchanged | None = UNCHANGED
    education: str | _Unchanged | None = UNCHANGED
    school: str | _Unchanged | None = UNCHANGED
    major: str | _Unchanged | None = UNCHANGED
    years_experience: int | _Unchanged | None = UNCHANGED
    city: str | _Unchanged | None = UNCHANGED
    certificates: Sequence[str] | _Unchanged = UNCHANGED
    skills: Sequence[str] | _Unchanged = UNCHANGED
    tags: Sequence[str] | _Unchanged = UNCHANGED
    notes: str | _Unchanged | None = UNCHANGED
    expected_salary: str | _Unchanged | None = UNCHANGED
    extra: dict[str, Any] | _Unchanged | None = UNCHANGED


@dataclasses.dataclass(frozen=True)
class CandidateInfo:
    """A row of a list or search."""

    id: uuid.UUID
    name: str
    mobile: str | None
    id_number: str | None
    email: str | None
    gender: str | None
    birth_date: dt.date | None
    education: str | None
    city: str | None
    school: str | None = None
    years_experience: int | None = None
    skills: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    created_at: dt.datetime | None = None
    version: int = 0


@dataclasses.dataclass(frozen=True)
class CandidatePage:
    items: tuple[CandidateInfo, ...]
    total: int
    limit: int
    offset: int
    total_capped: bool = False  # more than ``total`` match: counting stopped there


@dataclasses.dataclass(frozen=True)
class ApplicationSummary:
    id: uuid.UUID
    job_id: uuid.UUID
    job_code: str
    job_title: str
    stage_name: str
    status: str
    applied_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class CandidateProfile:
    id: uuid.UUID
    name: str
    gender: str | None
    birth_date: dt.date | None
    mobile: str | None
    id_number: str | None
    email: str | None
    education: str | None
    school: str | None
    major: str | None
    years_experience: int | None
    city: str | None
    expected_salary: str | None  # always None here: only candidate_privacy.reveal shows it
    certificates: tuple[str, ...]
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str | None
    extra: tuple[tuple[str, str], ...]
    created_at: dt.datetime
    updated_at: dt.datetime | None
    version: int
    merged_into_id: uuid.UUID | None
    applications: tuple[ApplicationSummary, ...]  # only those the actor may see
    # Numbers are masked and the salary withheld for everyone (candidate_privacy.reveal
    # shows them); this says whether there is a salary to reveal.
    has_expected_salary: bool = False
    erased_at: dt.datetime | None = None  # an erased person: an emptied row (services.erasure)


@dataclasses.dataclass(frozen=True)
class DuplicateMatch:
    candidate_id: uuid.UUID
    name: str
    fields: tuple[str, ...]  # "mobile", "email", "ID number": what is shared


@dataclasses.dataclass(frozen=True)
class RevealedFields:
    """A candidate's numbers in clear, for someone allowed to see them (and audited)."""

    candidate_id: uuid.UUID
    mobile: str | None
    id_number: str | None
    expected_salary: str | None


# --- the candidates list's filters ------------------------------------------------------

NO_APPLICATION = "none"  # the status filter's "never applied (to anything I can see)"
STATUSES = (*ApplicationStatus, NO_APPLICATION)
ORDER_NAMES = ("name", "education", "years_experience", "city", "school", "created_at")


@dataclasses.dataclass(frozen=True)
class CandidateFilters:
    """What the list is narrowed to; None is "any". Text fields match exactly (ignoring
    case); ``status`` is that of the person's latest application the actor can see."""

    education: str | None = None
    city: str | None = None
    tag: str | None = None
    channel_id: uuid.UUID | None = None  # of any visible application
    job_id: uuid.UUID | None = None  # applied to this job
    status: str | None = None  # one of STATUSES
    created_from: dt.datetime | None = None  # inclusive
    created_before: dt.datetime | None = None  # exclusive


@dataclasses.dataclass(frozen=True)
class FilterChoices:
    """What the filter controls offer: the values found in the data, and the fixed lists."""

    educations: tuple[str, ...]
    cities: tuple[str, ...]
    channels: tuple[tuple[uuid.UUID, str], ...]
    statuses: tuple[str, ...] = STATUSES
