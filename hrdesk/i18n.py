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
from importlib import resources

from hrdesk.errors import HrdeskError

CONTEXT = "UserError"


def wants_chinese() -> bool:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return value.lower().startswith("zh")
    code = locale.getlocale()[0] or ""
    return code.lower().startswith(("zh", "chinese"))


@functools.cache
def _catalogue() -> dict[str, str]:
    try:
        source = resources.files("resources").joinpath("i18n", "hrdesk_zh_CN.ts").read_bytes()
        root = ET.fromstring(source)  # our own file, shipped with the program
    except (OSError, ModuleNotFoundError, ET.ParseError):
        return {}
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            table[message.findtext("source") or ""] = translation.text or ""
    return table


def describe(error: HrdeskError, chinese: bool | None = None) -> str:
    chinese = wants_chinese() if chinese is None else chinese
    template = _catalogue().get(error.template) if chinese else None
    try:
        return (template or error.template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message()
