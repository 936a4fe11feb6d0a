"""The candidate fields a sheet column can be imported into.

The names are NewCandidate's (``hrdesk/candidate_rules.py``) where it has
the field; ``channel``, ``wanted_job`` and ``self_description`` exist only in an
import (the channel and the job an application is made for; the self-description
the importer keeps with the notes or extra attributes).
"""

from __future__ import annotations

from hrdesk import error_fields

FIELDS: tuple[str, ...] = (
    "name", "mobile", "email", "id_number", "gender", "birth_date", "education", "school",
    "major", "years_experience", "city", "expected_salary", "skills", "certificates", "tags",
    "channel", "wanted_job", "self_description", "notes",
)

LIST_FIELDS: frozenset[str] = frozenset({"skills", "certificates", "tags"})

# Personal numbers are encrypted at field level once stored; a value that did not
# normalise is therefore never kept in the plain-JSON extra attributes.
SENSITIVE_FIELDS: frozenset[str] = frozenset({"mobile", "id_number", "expected_salary"})

# Free-text fields and the longest text each may hold; the limits are those the
# candidate rules enforce (a test keeps them in step), so a longer cell is cut here
# with a warning instead of refusing the row later.
TEXT_LIMITS: dict[str, int] = {
    "school": 200, "major": 200, "city": 100, "channel": 100, "wanted_job": 200,
    "notes": 10_000, "self_description": 10_000, "expected_salary": 100,
}
NAME_LIMIT = 100

# Texts whose line breaks mean something; every other text is one line.
MULTILINE_FIELDS: frozenset[str] = frozenset({"notes", "self_description"})

# How a message names a field: a candidate's as every refusal does (error_fields).
LABELS: dict[str, str] = {
    **{field: error_fields.label(field) for field in (
        "name", "mobile", "email", "id_number", "gender", "birth_date", "education", "school",
        "major", "years_experience", "city", "expected_salary", "skills", "certificates",
        "tags")},
    "channel": "Source", "wanted_job": "Wanted job", "self_description": "Self-description",
    "notes": error_fields.label("notes"),
}
