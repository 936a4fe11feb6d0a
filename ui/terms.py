"""Roles, permissions, stage kinds, event kinds and statuses as a person reads them.

Each is a ``hrdesk.vocabulary.Term``: its English label is translated in the context
named after its class, catalogued by ``python -m ui.i18n update`` (lupdate cannot see
these calls). A value the vocabulary does not know (an old row) is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk.vocabulary import Term


def said(term: Term | str) -> str:
    return term.said(QCoreApplication.translate) if isinstance(term, Term) else term


def said_as(kind: type[Term], value: str | None) -> str:
    """``value`` (a member, or its stored string) as a word of ``kind``."""
    return "" if value is None else said(kind.of(value))
