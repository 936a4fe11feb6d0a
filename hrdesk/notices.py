"""What hrdesk itself writes to a person — a reminder, an escalation, a decision, a task it
opens, why a screening scored a candidate so — stored as a code and parameters and said
when read, in the reader's language.

Each code has one English template, also its translation key (context ``CONTEXT``,
filled in by ``python -m ui.i18n update``; the CLI reads the same catalogue). A notice's
body has its own template under ``<code>.body``. The row's text column keeps the English
sentence, for logs and older readers; rows written before codes hold only their text and
are shown as they are. A parameter may be a vocabulary word (said by its label) or
another stored text (a reminder names its task as the task is said).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from hrdesk.vocabulary import Sayable, Translate, as_is

CONTEXT = "Notice"

TEMPLATES: dict[str, str] = {
    # tasks hrdesk opens; {action} is a title HR gave the stage's entry action
    "task.stage_action": "{action}: {candidate} ({job})",
    "task.form.evaluation": "Fill in the interview evaluation: {candidate} ({job})",
    "task.form.practical_test": "Fill in the practical test score sheet: {candidate} ({job})",
    "task.form.other": "Fill in the form {form}: {candidate} ({job})",
    "task.approve_requisition": "Approve requisition {number}: {position} × {headcount}",
    # notices
    "notice.stage_action": "{action}: {candidate} ({job})",
    "notice.stage_action.body": "{candidate} has entered “{stage}”.",
    "notice.task_due_soon": "Due soon: {task}",
    "notice.task_overdue": "Overdue: {task}",
    "notice.task_escalated": "Escalated (level {level}): {task}",
    "notice.task_escalated.body": "Overdue by {hours} working hours.",
    "notice.high_potential": "High-potential candidate: {candidate} ({job})",
    "notice.high_potential.body": "{candidate} passed the resume screening for “{job}” "
                                  "with a score of {score}.",
    "notice.approve_requisition": "Approve requisition {number}: {position} × {headcount}",
    "notice.requisition_approved": "Requisition {number} ({position}) was approved",
    "notice.requisition_rejected": "Requisition {number} ({position}) was rejected",
    "notice.requisition_returned": "Requisition {number} ({position}) was returned for changes",
    # why a resume screening scored a candidate so (workflow.screening), one per criterion
    "screening.no_rules": "No screening rules are set for this job.",
    "screening.score.passed": "Score {score} of 100 reaches the pass score {pass_score}.",
    "screening.score.below": "Score {score} of 100 is below the pass score {pass_score}.",
    "screening.education.missing": "Education is not given; {wanted} or higher is required.",
    "screening.education.unknown": "Education {have} is not one of the known levels; "
                                   "{wanted} or higher is required.",
    "screening.education.below": "Education {have} is below the required {wanted}.",
    "screening.education.met": "Education {have} meets the required {wanted}.",
    "screening.years.missing": "Years of experience are not given; {wanted} are required.",
    "screening.years.below": "{have} years of experience are fewer than the required {wanted}.",
    "screening.years.met": "{have} years of experience meet the required {wanted}.",
    "screening.certificates.missing": "Missing required certificates: {missing}.",
    "screening.certificates.held": "Holds the required certificates: {wanted}.",
    "screening.keywords.none": "None of the keywords found: {wanted}.",
    "screening.keywords.found": "Keywords found ({count} of {total}): {found}.",
    "screening.city.missing": "City is not given; the job wants {wanted}.",
    "screening.city.met": "City {have} is among {wanted}.",
    "screening.city.other": "City {have} is not among {wanted}.",
    "screening.age.unknown.between": "Age is unknown (no birth date); the job wants {low} to "
                                     "{high} (sensitive rule).",
    "screening.age.unknown.at_least": "Age is unknown (no birth date); the job wants at least "
                                      "{low} (sensitive rule).",
    "screening.age.unknown.at_most": "Age is unknown (no birth date); the job wants at most "
                                     "{high} (sensitive rule).",
    "screening.age.outside.between": "Age {age} is outside {low} to {high} (sensitive rule).",
    "screening.age.outside.at_least": "Age {age} is below {low} (sensitive rule).",
    "screening.age.outside.at_most": "Age {age} is above {high} (sensitive rule).",
    "screening.age.within.between": "Age {age} is within {low} to {high} (sensitive rule).",
    "screening.age.within.at_least": "Age {age} is at least {low} (sensitive rule).",
    "screening.age.within.at_most": "Age {age} is at most {high} (sensitive rule).",
    "screening.gender.unknown": "Gender is unknown; the job wants {wanted} (sensitive rule).",
    "screening.gender.other": "Gender {have} is not {wanted} (sensitive rule).",
    "screening.gender.met": "Gender is {wanted} (sensitive rule).",
}


@dataclasses.dataclass(frozen=True)
class StoredText:
    """A stored sentence: ``code`` and ``params`` when hrdesk made it, ``text`` as stored
    (the English fallback, an old row's words, or a person's own comment)."""

    code: str | None
    params: Mapping[str, Any]
    text: str

    def said(self, translate: Translate = as_is) -> str:
        template = TEMPLATES.get(self.code or "")
        if template is None:
            return self.text
        values = {key: _said_value(value, translate) for key, value in self.params.items()}
        try:
            return translate(CONTEXT, template).format(**values)
        except (KeyError, IndexError, ValueError):
            try:  # a translation naming a wrong placeholder must not hide the notice
                return template.format(**values)
            except (KeyError, IndexError, ValueError):
                return self.text


def of_row(code: str | None, params: Mapping[str, Any] | None, text: str,
           part: str = "") -> StoredText:
    """A row's text column as read: ``part`` ".body" for a notice's body."""
    return StoredText(f"{code}{part}" if code else None, params or {}, text or "")


def stored(code: str, **params: Any) -> dict[str, Any]:
    """The columns of a text hrdesk writes: its code, its parameters (as JSON holds them)
    and, as ``title``, the English sentence (cut to the column's 200 characters)."""
    plain = {key: _stored_value(value) for key, value in params.items()}
    return {"code": code, "params": plain,
            "title": StoredText(code, plain, "").said()[:200]}


def body(code: str, params: Mapping[str, Any], given: str = "") -> str:
    """A notice's ``body`` column: the English of its body template, else ``given``."""
    if f"{code}.body" not in TEMPLATES:
        return given
    return StoredText(f"{code}.body", params, given).said()


def reference(text: StoredText) -> dict[str, Any]:
    """Another stored text as a parameter (a reminder's task), so it is said as it is."""
    return {"code": text.code, "params": dict(text.params), "text": text.text}


def of_reference(value: Any) -> StoredText:
    """What ``reference`` stored (in a notice, a timeline event); an older event's plain
    words as they are."""
    if isinstance(value, Mapping) and "text" in value:
        return StoredText(value.get("code"), value.get("params") or {}, str(value["text"]))
    return StoredText(None, {}, "" if value is None else str(value))


def _stored_value(value: Any) -> Any:
    if isinstance(value, StoredText):
        return reference(value)
    return value


def _said_value(value: Any, translate: Translate) -> Any:
    if isinstance(value, Mapping) and "text" in value:  # a reference to another text
        return of_reference(value).said(translate)
    if isinstance(value, Sayable) and not isinstance(value, type):
        return value.said(translate)
    return value
