"""Roles, permissions, stage kinds, event kinds, statuses — and the notices and tasks
hrdesk stored as codes — as a person reads them, in the GUI's language.

A ``hrdesk.vocabulary.Term``'s English label is translated in the context named after
its class; a ``hrdesk.notices.StoredText`` by its code's template (context ``Notice``).
``python -m ui.i18n update`` catalogues both (lupdate cannot see these calls). A value
the vocabulary does not know (an old row) is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk.vocabulary import Sayable, Term


def said(term: Sayable | str) -> str:
    # A Term is a str too: asked first whether it can say itself.
    return term.said(QCoreApplication.translate) if isinstance(term, Sayable) else term


def said_as(kind: type[Term], value: str | None) -> str:
    """``value`` (a member, or its stored string) as a word of ``kind``."""
    return "" if value is None else said(kind.of(value))
