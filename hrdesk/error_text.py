"""How an error's parameters are said: the edge's ``translate(context, english)`` applied
to each, so a refusal reads whole in the reader's language.

A field is said by its label (``hrdesk.error_fields``); a reason, an entity or a status
given as a literal is a catalogued phrase (``ui.ts_catalogue.keyword_literals`` collects
them into the contexts below); a ``vocabulary.Term`` or an import problem says itself
(``Sayable``). A reason may hold placeholders of its own, filled after it is translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hrdesk import error_fields
from hrdesk.vocabulary import Sayable, Translate

#: Parameters that hold fixed English phrases, each catalogued in its own context
#: (``ui.ts_catalogue.keyword_literals`` collects the literals passed as them).
PARAMETER_CONTEXTS = {"reason": "UserErrorReason", "field": "UserErrorField",
                      "entity": "UserErrorEntity", "status": "UserErrorStatus",
                      # identity_rules.Key's names, catalogued with the import's phrases
                      "identity_key": "ImportProblem"}


def said_params(params: Mapping[str, Any], translate: Translate) -> dict[str, Any]:
    """``params`` as a sentence shows them: vocabulary words by their label, catalogued
    phrases translated, and a reason with its own placeholders filled from the rest."""
    out = {key: _said_value(key, value, translate) for key, value in params.items()}
    english = params.get("reason")
    if isinstance(english, str) and "{" in english:
        # The translation may name a wrong placeholder; a phrase built at run time may
        # hold a brace of its own: then the English, else the phrase as it is.
        out["reason"] = _filled(out["reason"], out) or _filled(english, out) or english
    return out


def _filled(template: str, values: Mapping[str, Any]) -> str | None:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def _said_value(key: str, value: Any, translate: Translate) -> Any:
    if isinstance(value, Sayable) and not isinstance(value, type):
        return value.said(translate)
    if key == "field" and isinstance(value, str):
        return translate(PARAMETER_CONTEXTS[key], error_fields.label(value))
    if key in PARAMETER_CONTEXTS and isinstance(value, str):
        return translate(PARAMETER_CONTEXTS[key], value)
    return value
