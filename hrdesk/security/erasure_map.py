"""What erasing a person does to each table that holds something of theirs.

One entry per table: the columns that tie a row to the person (a foreign key to
``candidates`` or to a table that hangs off a candidate, such as ``applications``),
and what happens to those rows — deleted, or kept with some columns cleared or
scrubbed of the person's name — with every other column named as kept and why.

``tests/unit/test_erasure_coverage.py`` finds every foreign key that leads to a
candidate, directly or through such tables, and fails when one is not listed
here, or when a kept table has a column nobody decided about: a new table or
column that refers to a candidate cannot slip past erasure. To cover one, add an
entry (or a column to an entry); ``services.erasure`` needs no change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

#: What an erased person's name becomes: the same in every language, so that rows
#: kept for the figures read as nobody in particular (``CandidateInfo.erased`` lets a
#: screen say "erased person" in its own words).
ERASED_NAME = "—"

DELETE, KEEP = "delete", "keep"


@dataclasses.dataclass(frozen=True)
class Cover:
    table: str
    #: Column -> the table its value points at, for each column that ties a row to
    #: the person (a row is theirs when any of them points at something of theirs).
    links: Mapping[str, str]
    action: str  # DELETE the rows, or KEEP them with the changes below
    #: Column -> the value it takes (a constant; ``None`` empties it).
    cleared: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    #: Text columns kept, with the person's name replaced by ``ERASED_NAME``.
    scrubbed: tuple[str, ...] = ()
    #: Columns kept as they are: no personal value (ids, dates, stages, counts).
    kept: tuple[str, ...] = ()


_PERSON_FIELDS = ("gender", "birth_date", "mobile", "email", "email_normalised", "id_number",
                  "mobile_masked", "id_number_masked", "mobile_digest", "id_number_digest",
                  "education", "school", "major", "years_experience", "city",
                  "expected_salary", "notes", "updated_at")

COVERAGE: tuple[Cover, ...] = (
    # The person: the row stays (applications point at it and count in the figures),
    # emptied; without the salt their audit key cannot be made again.
    Cover("candidates", {"id": "candidates", "merged_into_id": "candidates"}, KEEP,
          cleared={"name": ERASED_NAME, **dict.fromkeys(_PERSON_FIELDS),
                   "certificates": [], "skills": [], "tags": [], "extra": {},
                   "audit_salt": None, "name_key": "", "name_sort": "",
                   "mobile_placeholder": False, "identity_pending": False},
          kept=("version", "created_at", "erased_at", "audit_entry_id")),
    # Applications carry no free text here: job, stage, status and dates are the funnel.
    Cover("applications", {"candidate_id": "candidates"}, KEEP,
          kept=("id", "version", "job_id", "stage_id", "status", "refusal_reason_id",
                "priority", "channel_id", "owner_id", "applied_at", "stage_entered_at",
                "stage_due_at", "last_activity_at", "closed_at", "shortlisted",
                "audit_entry_id")),
    Cover("application_interviewers", {"application_id": "applications"}, KEEP,
          kept=("user_id",)),
    # Possible duplicates: a pair with someone who is no longer anyone is no question.
    Cover("duplicate_pairs", {"first_id": "candidates", "second_id": "candidates"}, DELETE),
    # Files and the words found in them: nothing to count.
    Cover("attachments", {"candidate_id": "candidates"}, DELETE),
    # Messages to the person: their address and a text that names them.
    Cover("outbox", {"candidate_id": "candidates", "application_id": "applications"}, DELETE),
    # What happened stays (counts per stage and per month); what was said goes, and
    # ``data`` holds screening results and imported file names.
    Cover("timeline_events", {"candidate_id": "candidates", "application_id": "applications"},
          KEEP, cleared={"comment": None, "data": None},
          kept=("id", "at", "actor_id", "actor_name", "kind", "job_id", "requisition_id",
                "from_stage_id", "to_stage_id")),
    # Tasks are named after the person ("面试安排：王芳（数控车工）"), in their words and
    # in the parameters they are said from.
    Cover("tasks", {"application_id": "applications"}, KEEP, scrubbed=("title", "params"),
          kept=("id", "version", "code", "kind", "assignee_id", "job_id", "requisition_id",
                "stage_id", "site_id", "department_id", "due_at", "status", "created_at",
                "completed_at", "next_reminder_at", "remind_every_hours",
                "escalation_level", "audit_entry_id")),
    Cover("escalations", {"task_id": "tasks"}, KEEP,
          kept=("id", "level", "to_user_id", "at", "overdue_hours", "audit_entry_id")),
)

#: Rows that point at a person's records without a foreign key (``link_type`` +
#: ``link_id``): colleagues' notices, which name the person in their words.
NOTICES = Cover("notifications", {}, KEEP, scrubbed=("title", "body", "params"),
                kept=("id", "user_id", "at", "kind", "code", "link_type", "link_id",
                      "read_at"))


def by_table() -> dict[str, Cover]:
    return {cover.table: cover for cover in COVERAGE}
