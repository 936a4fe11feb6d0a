"""What must hold before an application may leave a stage, with the exact reason."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hrdesk.models.applications import Application
from hrdesk.models.candidates import Candidate
from hrdesk.models.pipeline import Stage
from hrdesk.workflow import people

# English sentences the UI translates (context "Requirement").
NO_INTERVIEWER = "no interviewer is assigned"
MISSING_FIELDS = "the candidate's {fields} must be filled in"
COMMENT_NEEDED = "a comment is required"


def unmet(session: Session, application: Application, candidate: Candidate, stage: Stage,
          comment: str | None) -> str | None:
    """The first requirement of ``stage`` that does not hold, as a sentence; else None."""
    for item in stage.requirements or ():
        kind = item.get("type")
        if kind == "interviewers_assigned" and not people.interviewers(session, application):
            return NO_INTERVIEWER
        if kind == "fields_present":
            missing = [f for f in item.get("fields", []) if not getattr(candidate, f, None)]
            if missing:
                return MISSING_FIELDS.format(fields=", ".join(missing))
        if kind == "comment" and not (comment or "").strip():
            return COMMENT_NEEDED
    return None
