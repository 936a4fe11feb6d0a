"""The closed sets of words hrdesk stores — roles, permissions, stage kinds, timeline
event kinds and statuses — each value with the English label a person reads.

A ``Term`` is a ``StrEnum``: its value is the string in the database (unchanged), so
it compares equal to what a query returns and goes into JSON as itself. Its label is
the translation key: the edge says it through its catalogue in the context named after
the enum's class (``Role``, ``TaskStatus`` …), filled by ``python -m ui.i18n update``.
Nothing here imports the rest of hrdesk, so every layer (and the UI) may use it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol, Self, runtime_checkable

#: ``translate(context, english)``: the GUI's ``QCoreApplication.translate``, the CLI's
#: catalogue (``hrdesk.i18n``), or ``as_is`` for English.
Translate = Callable[[str, str], str]


def as_is(context: str, text: str) -> str:
    return text


@runtime_checkable
class Sayable(Protocol):
    """Anything that makes its own sentence at the edge (a Term, an import problem): a
    parameter of an error that is one is said by it, in the reader's language."""

    def said(self, translate: Translate = as_is) -> str: ...


class Term(enum.StrEnum):
    """A stored word with its English label; see the module's docstring."""

    _value_: str
    label: str

    # ``label`` has a default only for the type checker: ``Role("hr")`` looks a member
    # up (the enum's metaclass never calls ``__new__`` then), and a checker reading this
    # signature would otherwise ask for a label there.
    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def context(cls) -> str:
        return cls.__name__

    @classmethod
    def of(cls, value: str) -> Self | str:
        """The member stored as ``value``; an unknown value (an old row) as it is."""
        try:
            return cls(value)
        except ValueError:
            return value

    def said(self, translate: Translate = as_is) -> str:
        return translate(self.context(), self.label)


# --- who ----------------------------------------------------------------------------------


class Role(Term):
    HR = "hr", "HR"
    MANAGER = "manager", "Hiring manager"
    INTERVIEWER = "interviewer", "Interviewer"
    EXECUTIVE = "executive", "Executive"
    ADMIN = "admin", "Administrator"


class ApproverRole(Term):
    """Who decides a step of a requisition's approval chain."""

    DEPT_HEAD = "dept_head", "Department head"
    HR = "hr", "HR"
    EXECUTIVE = "executive", "Executive"


class Permission(Term):
    MANAGE_USERS = "manage_users", "Manage user accounts"
    MANAGE_ORGANISATION = "manage_organisation", "Manage sites and departments"
    VERIFY_AUDIT = "verify_audit", "Verify the audit log"
    READ_AUDIT = "read_audit", "Read the audit log"
    BACKUP = "backup", "Back up and restore"
    VIEW_CANDIDATES = "view_candidates", "View candidates"
    EDIT_CANDIDATES = "edit_candidates", "Edit candidates"
    SEE_SENSITIVE = "see_sensitive", "See ID numbers, mobile numbers and salaries"
    MANAGE_PIPELINES = "manage_pipelines", "Manage pipeline templates"
    MANAGE_CHANNELS = "manage_channels", "Manage recruiting channels"
    SUBMIT_REQUISITIONS = "submit_requisitions", "Submit requisitions"
    APPROVE_REQUISITIONS = "approve_requisitions", "Approve requisitions"
    MANAGE_JOBS = "manage_jobs", "Manage job openings"
    MOVE_APPLICATIONS = "move_applications", "Move applications between stages"
    APPROVE_HIRES = "approve_hires", "Approve hires"
    RUN_REMINDERS = "run_reminders", "Send reminders"
    ERASE_CANDIDATES = "erase_candidates", "Erase candidates"


# --- what -----------------------------------------------------------------------------------


class StageKind(Term):
    SCREENING = "screening", "Screening"
    ASSESSMENT = "assessment", "Assessment"
    PRACTICAL_TEST = "practical_test", "Practical test"
    INTERVIEW = "interview", "Interview"
    BACKGROUND_CHECK = "background_check", "Background check"
    HIRING_APPROVAL = "hiring_approval", "Hiring approval"
    OFFER = "offer", "Offer"
    ONBOARDING = "onboarding", "Onboarding"
    PROBATION = "probation", "Probation"
    CONFIRMATION = "confirmation", "Confirmation"


class TimelineKind(Term):
    CREATED = "created", "Added"
    UPDATED = "updated", "Profile changed"
    TAGS_CHANGED = "tags_changed", "Tags changed"
    MERGED = "merged", "Merged"
    ATTACHMENT_ADDED = "attachment_added", "File attached"
    ATTACHMENT_REMOVED = "attachment_removed", "File removed"
    IMPORTED = "imported", "Imported"
    SCREENED = "screened", "Resume screened"
    ERASED = "erased", "Erased"
    APPLIED = "applied", "Applied"
    ADVANCED = "advanced", "Advanced"
    SKIPPED = "skipped", "Skipped ahead"
    MOVED_BACK = "moved_back", "Moved back"
    HIRED = "hired", "Hired"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrew"
    ON_HOLD = "on_hold", "Put on hold"
    REACTIVATED = "reactivated", "Reactivated"
    INTERVIEWERS_ASSIGNED = "interviewers_assigned", "Interviewers assigned"
    SHORTLISTED = "shortlisted", "Shortlisted"
    UNSHORTLISTED = "unshortlisted", "Taken off the shortlist"
    TASK_DONE = "task_done", "Task done"
    ESCALATED = "escalated", "Overdue task escalated"
    JOB_OPENED = "job_opened", "Job opened"
    JOB_HEADCOUNT_ADDED = "job_headcount_added", "Headcount added"
    SCREENING_RULES_CHANGED = "screening_rules_changed", "Screening rules changed"
    REQUISITION_CREATED = "requisition_created", "Requisition drafted"
    REQUISITION_UPDATED = "requisition_updated", "Requisition edited"
    REQUISITION_SUBMITTED = "requisition_submitted", "Requisition submitted"
    REQUISITION_CANCELLED = "requisition_cancelled", "Requisition cancelled"
    REQUISITION_APPROVED = "requisition_approved", "Requisition approved"
    REQUISITION_STEP_APPROVED = "requisition_step_approved", "Approval step approved"
    REQUISITION_STEP_REJECTED = "requisition_step_rejected", "Requisition rejected"
    REQUISITION_STEP_RETURNED = "requisition_step_returned", "Requisition returned for changes"
    REQUISITION_STEP_SKIPPED = "requisition_step_skipped", "Approval step skipped"


# --- statuses -------------------------------------------------------------------------------


class ApplicationStatus(Term):
    ACTIVE = "active", "Active"
    ON_HOLD = "on_hold", "On hold"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    HIRED = "hired", "Hired"


class JobStatus(Term):
    OPEN = "open", "Open"
    PAUSED = "paused", "Paused"
    FILLED = "filled", "Filled"
    CLOSED = "closed", "Closed"


class RequisitionStatus(Term):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting approval"
    RETURNED = "returned", "Returned for changes"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    CANCELLED = "cancelled", "Cancelled"


class StepStatus(Term):
    """A step of a requisition's approval chain."""

    WAITING = "waiting", "Waiting"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    RETURNED = "returned", "Returned for changes"
    SKIPPED = "skipped", "Skipped"


class SkipReason(Term):
    """Why hrdesk skipped a step of a requisition's approval chain."""

    NO_HEAD = "no_head", "No department head other than the requester: skipped"
    NOT_REACHED = "not_reached", "The approval ended before this step"


class RequisitionReason(Term):
    NEW_POST = "new_post", "New post"
    REPLACEMENT = "replacement", "Replacement"
    EXPANSION = "expansion", "Expansion"


class TaskStatus(Term):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


class OutboxStatus(Term):
    """A message to a candidate, queued until something sends it."""

    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class PairStatus(Term):
    """A possible duplicate: still a question, or decided either way."""

    OPEN = "open", "Undecided"
    DIFFERENT = "different", "Different people"
    MERGED = "merged", "Merged"


def all_terms() -> list[type[Term]]:
    """Every vocabulary, for the catalogue and its completeness test."""
    return list(Term.__subclasses__())


#: An application still in the process (on the board, counted as open), and one ended.
OPEN_APPLICATION = (ApplicationStatus.ACTIVE, ApplicationStatus.ON_HOLD)
CLOSED_APPLICATION = (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN,
                      ApplicationStatus.HIRED)
