"""Chinese messages for the command line, from the GUI's own translation file.

The Qt client translates error templates through its ``.ts``/``.qm`` files
(context ``UserError``); the CLI reads the same ``.ts`` file as plain XML, so
each sentence is translated once, in one place.
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

CONTEXT = "UserError"
#: Parameters whose fixed phrases are catalogued too (see ui.ts_catalogue.keyword_literals).
PARAMETER_CONTEXTS = {"reason": "UserErrorReason", "field": "UserErrorField"}


def translated_params(params: Mapping[str, Any],
                      translate: Callable[[str, str], str]) -> dict[str, Any]:
    """``params`` with each catalogued phrase passed through ``translate(context, text)``."""
    return {key: translate(PARAMETER_CONTEXTS[key], value)
            if key in PARAMETER_CONTEXTS and isinstance(value, str) else value
            for key, value in params.items()}


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
    wanted = {CONTEXT, *PARAMETER_CONTEXTS.values()}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in wanted:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table


def _translate(context: str, text: str) -> str:
    return _catalogue().get((context, text)) or text


def describe(error: HrdeskError, chinese: bool | None = None) -> str:
    chinese = wants_chinese() if chinese is None else chinese
    if not chinese:
        return error.message()
    try:
        return _translate(CONTEXT, error.template).format(
            **translated_params(error.params, _translate))
    except (KeyError, IndexError, ValueError):
        return error.message()
