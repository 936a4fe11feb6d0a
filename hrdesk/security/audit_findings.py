"""What ``verify-audit`` found, as data: a code and its parameters, said at the edge.

The English words live here once (``TEMPLATES``) and are translated in the catalogue
(context ``hrdesk.i18n.AUDIT_FINDING_CONTEXT``) for the desktop client and the
command line alike; nothing downstream reads the words to learn what happened.
"""

from __future__ import annotations

from typing import Any, Self

TEMPLATES = {
    # The chain itself.
    "entry_missing": "entry {seq} is missing (next is {next})",
    "entry_unlinked": "entry {seq} does not follow entry {previous}",
    "entry_altered": "entry {seq} was altered",
    "tail_removed": "entries after {seq} were removed (the log ended at {last})",
    # The rows it vouches for.
    "row_changed": "{table} {row_id} was changed outside the application",
    "row_added": "{table} {row_id} was added outside the application",
    "row_deleted": "{table} {row_id} was deleted outside the application",
    # Its head against the anchor, or against a head written down.
    "anchor_unreadable": "the anchor of the audit log is unreadable",
    "anchor_altered": "the anchor of the audit log was altered",
    "head_removed": "entries up to {seq} were removed",
    "head_rewritten": "entry {seq} is not the one recorded: the log was rewritten",
    "head_before_reseal": ("entry {seq} was re-sealed by the upgrade recorded in entry "
                           "{reseal}: a head written down before it can only be compared with "
                           "the head recorded there ({old_head})"),
    # Not a problem: what the log says of itself.
    "chain_resealed": ("on {at} the values of {entries} older entries were sealed under "
                       "their people's keys and the log was hashed again from entry {first} "
                       "(recorded in entry {seq}; the head before was {old_head})"),
}


class Finding(str):
    """A finding: the English sentence, keeping its ``code`` and ``params``."""

    code: str
    template: str
    params: dict[str, Any]
    error = None  # as hrdesk.i18n.describe_reason expects of a reason

    def __new__(cls, code: str, **params: Any) -> Self:
        template = TEMPLATES[code]
        said = super().__new__(cls, template.format(**params))
        said.code, said.template, said.params = code, template, params
        return said
