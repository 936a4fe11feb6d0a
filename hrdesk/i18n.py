"""Chinese messages for the command line, from the GUI's own translation file.

The Qt client translates error templates through its ``.ts``/``.qm`` files
(context ``UserError``); the CLI reads the same ``.ts`` file as plain XML, so
each sentence is translated once, in one place. The reasons an import gives per row
(``hrdesk.imports.problems``), the vocabulary (``hrdesk.vocabulary``: roles, statuses …)
and the notices and tasks hrdesk stores (``hrdesk.notices``) are translated the same way,
each in its own context; ``translator`` is the CLI's ``translate(context, english)``.
"""

from __future__ import annotations

import functools
import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

from hrdesk.errors import HrdeskError
from hrdesk.imports import problems
from hrdesk.vocabulary import Sayable, Translate, as_is

#: The context of the import's problem templates and their phrases (problems.catalogued).
PROBLEM_CONTEXT = problems.CONTEXT
#: The context of the reasons a resume file is left alone (resume_folder.REASONS).
FOLDER_REASON_CONTEXT = "FolderAttachReason"
#: The context of what verify-audit finds (security.audit_findings.TEMPLATES).
AUDIT_FINDING_CONTEXT = "AuditFinding"


def wants_chinese() -> bool:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return value.lower().startswith("zh")
    code = locale.getlocale()[0] or ""
    return code.lower().startswith(("zh", "chinese"))


@functools.cache
def _catalogue() -> dict[tuple[str, str], str]:
    try:
        source = resources.files("resources").joinpath("i18n", "hrdesk_zh_CN.ts").read_bytes()
        root = ET.fromstring(source)  # our own file, shipped with the program
    except (OSError, ModuleNotFoundError, ET.ParseError):
        return {}
    # Every context: the core's own, and the vocabularies (named after their classes).
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table


def _translate(context: str, text: str) -> str:
    return _catalogue().get((context, text)) or text


def translator(chinese: bool | None = None) -> Translate:
    """The CLI's ``translate(context, english)``: the catalogue when the reader (or the
    environment) asks for Chinese, else English as it is."""
    return _translate if (wants_chinese() if chinese is None else chinese) else as_is


def describe(error: HrdeskError, chinese: bool | None = None) -> str:
    return error.said(translator(chinese))


def describe_said(thing: Sayable, chinese: bool | None = None) -> str:
    """A role, permission, stage kind, event kind or status (a ``vocabulary.Term``), or a
    notice or task hrdesk stored (``notices.StoredText``), in the reader's language."""
    return thing.said(translator(chinese))


def describe_problem(code: str, params: Mapping[str, Any], chinese: bool | None = None) -> str:
    """One reason an import gives for a row (``problems.TEMPLATES[code]``), in Chinese
    when asked or when the environment asks for it, else in English."""
    return problems.Problem(None, code, params).said(translator(chinese))


def describe_phrase(phrase: str, chinese: bool | None = None) -> str:
    """A fixed phrase of the import's catalogue (a field label, a key's name)."""
    if not (wants_chinese() if chinese is None else chinese):
        return phrase
    return _translate(PROBLEM_CONTEXT, phrase)


def describe_outcome(outcome: str, chinese: bool | None = None) -> str:
    """A row's outcome (``problems.OUTCOME_LABELS``) in the reader's language."""
    return describe_phrase(problems.OUTCOME_LABELS[outcome], chinese)


def describe_reason(reason: Any, translate: Callable[[str, str], str] | None = None,
                    chinese: bool | None = None, context: str = FOLDER_REASON_CONTEXT) -> str:
    """Why a resume file was left alone (``resume_folder.Reason``; or, with ``context``,
    another coded sentence such as an audit finding), through ``translate``
    (the GUI's), else in Chinese when asked or when the environment asks for it. A
    reason that is a use case's refusal is said as its error is (``describe``; the
    GUI's ``ui.messages.describe``)."""
    if translate is None:
        if not (wants_chinese() if chinese is None else chinese):
            return str(reason)
        if getattr(reason, "error", None) is not None:
            return describe(reason.error, chinese=True)
        translate = _translate
    template = getattr(reason, "template", None)
    if template is None:
        return str(reason)
    try:
        return translate(context, template).format(**reason.params)
    except (KeyError, IndexError, ValueError):
        return str(reason)  # a translation naming a wrong placeholder must not hide why
