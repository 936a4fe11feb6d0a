"""A candidate's timeline as a table: when, who, and one readable sentence per event.

The core records events by kind with their facts (``timeline.TimelineItem``); the
sentence is made here, translated, so a language switch re-words the history too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from hrdesk import notices
from hrdesk.services.timeline import TimelineItem
from hrdesk.vocabulary import TimelineKind
from ui import terms, when
from ui.candidates.file_models import RowsModel


def _listed(values: Any) -> str:
    separator = QCoreApplication.translate("TimelineModel", ", ", "separator in a list")
    return separator.join(str(v) for v in values or ())


def _templates() -> dict[str, str]:
    """Sentences by event kind; placeholders are filled from the event's facts."""
    return {
        "created": QCoreApplication.translate("TimelineModel", "Added to the candidate pool"),
        "updated": QCoreApplication.translate("TimelineModel", "Profile changed: {fields}"),
        "tags_changed": QCoreApplication.translate("TimelineModel", "Tags changed (added: {added}; removed: {removed})"),
        "merged": QCoreApplication.translate("TimelineModel", "Merged with the duplicate record of {name}"),
        "attachment_added": QCoreApplication.translate("TimelineModel", "Attached the file {file}"),
        "attachment_removed": QCoreApplication.translate("TimelineModel", "Removed the file {file}"),
        "applied": QCoreApplication.translate("TimelineModel", "Applied to {job}; starts at {to}"),
        "advanced": QCoreApplication.translate("TimelineModel", "{job}: advanced from {from_} to {to}"),
        "skipped": QCoreApplication.translate("TimelineModel", "{job}: skipped ahead from {from_} to {to}"),
        "moved_back": QCoreApplication.translate("TimelineModel", "{job}: moved back from {from_} to {to}"),
        "hired": QCoreApplication.translate("TimelineModel", "{job}: hired"),
        "rejected": QCoreApplication.translate("TimelineModel", "{job}: rejected at {from_} (reason: {reason})"),
        "withdrawn": QCoreApplication.translate("TimelineModel", "{job}: withdrew at {from_} (reason: {reason})"),
        "on_hold": QCoreApplication.translate("TimelineModel", "{job}: put on hold"),
        "reactivated": QCoreApplication.translate("TimelineModel", "{job}: reactivated"),
        "interviewers_assigned": QCoreApplication.translate("TimelineModel", "{job}: interviewers assigned ({count})"),
        "shortlisted": QCoreApplication.translate("TimelineModel", "{job}: shortlisted for the hiring manager"),
        "unshortlisted": QCoreApplication.translate("TimelineModel", "{job}: taken off the shortlist"),
        "task_done": QCoreApplication.translate("TimelineModel", "Task done: {task}"),
        "escalated": QCoreApplication.translate("TimelineModel", "Overdue task escalated: {task}"),
        "erased": QCoreApplication.translate("TimelineModel", "Erased: the person's data removed; their applications stay in the figures"),
    }


def sentence(item: TimelineItem) -> str:
    data = item.data
    facts = {
        "job": item.job_code or "", "from_": item.from_stage or "", "to": item.to_stage or "",
        "fields": _listed(data.get("fields")), "added": _listed(data.get("added")) or "–",
        "removed": _listed(data.get("removed")) or "–", "name": data.get("name", ""),
        "file": data.get("file", ""), "reason": data.get("reason_label") or data.get("reason") or "–",
        "count": len(data.get("interviewers") or ()), "task": terms.said(notices.of_reference(data.get("task"))),
    }
    template = _templates().get(item.kind)
    text = template.format(**facts) if template else terms.said_as(TimelineKind, item.kind)
    if item.comment:
        text = QCoreApplication.translate("TimelineModel", "{event} — “{comment}”").format(event=text, comment=item.comment)
    return text


class TimelineModel(RowsModel):
    """Newest first, as the core hands them out."""

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("By"), self.tr("What happened")]

    def text(self, row: TimelineItem, column: int) -> str:
        return (when.moment(row.at), row.actor_name, sentence(row))[column]

    def sort_key(self, row: TimelineItem, column: int) -> Any:
        return row.at.timestamp() if column == 0 else self.text(row, column)
