"""Read and amend Qt Linguist .ts catalogues (plain XML, no Qt needed).

lupdate finds every string in ui/; the core's error templates are not in ui/, so
they are merged into the "UserError" context here. The core's CLI reads that same
context, so what this writes must stay a valid TS file.
"""

from __future__ import annotations

import ast
import pathlib
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

_GONE = ("vanished", "obsolete")


def error_templates(base: type) -> list[str]:
    """Every ``template`` of ``base`` and its subclasses, in definition order, once each."""
    seen: list[str] = []
    pending = [base]
    while pending:
        cls = pending.pop(0)
        template = getattr(cls, "template", None)
        if isinstance(template, str) and template not in seen:
            seen.append(template)
        pending.extend(cls.__subclasses__())
    return seen


def keyword_literals(package: pathlib.Path, keyword: str) -> list[str]:
    """Every plain string passed as ``keyword=`` in the package's calls, sorted, once each.

    The core raises ``InvalidField(field="headcount", reason="must be at least 1")``;
    those fixed phrases are catalogued so the message is Chinese all through. Phrases
    built at run time (f-strings) cannot be, and stay English.
    """
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for argument in node.keywords:
                    value = argument.value
                    if argument.arg == keyword and isinstance(value, ast.Constant) \
                            and isinstance(value.value, str) and value.value.strip():
                        found.add(value.value)
    return sorted(found)


def merge_contexts(ts_file: pathlib.Path, wanted: Mapping[str, Sequence[str]]) -> None:
    """Make each context of ``wanted`` hold exactly its sources (translations kept), and
    prune what vanished elsewhere. One pass for all: lupdate marks these contexts
    vanished (they are not in ui/), so a pass per context would prune the others'."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in root.findall("context"):
        name = context.findtext("name")
        sources = set(wanted.get(name or "", ()))
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            gone = translation is not None and translation.get("type") in _GONE
            if name in wanted and source in sources:
                if gone and translation is not None:
                    _revive(translation)
            elif gone or name in wanted:
                # Vanished from ui/, or a phrase the core no longer has.
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    for context_name, phrases in wanted.items():
        target = _find_context(root, context_name)
        present = {m.findtext("source") for m in target.findall("message")}
        for source in phrases:
            if source not in present:
                message = ET.SubElement(target, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished").text = ""
    _write(root, ts_file)


def contexts(ts_file: pathlib.Path) -> list[str]:
    return [c.findtext("name") or "" for c in ET.parse(ts_file).getroot().findall("context")]


def messages(ts_file: pathlib.Path, context_name: str) -> dict[str, str]:
    """source -> translation (empty when not translated) for one context."""
    result: dict[str, str] = {}
    for context in ET.parse(ts_file).getroot().findall("context"):
        if context.findtext("name") != context_name:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _GONE:
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            result[message.findtext("source") or ""] = text or ""
    return result


def unfinished(ts_file: pathlib.Path) -> list[tuple[str, str]]:
    """(context, source) of every live message without a finished translation."""
    found = []
    for context in ET.parse(ts_file).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in _GONE:
                continue
            empty = translation is None or not "".join(translation.itertext()).strip()
            if kind == "unfinished" or empty:
                found.append((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def _revive(translation: ET.Element) -> None:
    if "".join(translation.itertext()).strip():
        del translation.attrib["type"]
    else:
        translation.set("type", "unfinished")


def _find_context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _write(root: ET.Element, ts_file: pathlib.Path) -> None:
    # Laid out as lupdate does (contexts at the margin) so the next lupdate run
    # leaves a small diff.
    header = " ".join(f'{key}="{value}"' for key, value in root.attrib.items())
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', f"<TS {header}>\n"]
    for context in root.findall("context"):
        ET.indent(context, space="    ")
        context.tail = "\n"
        parts.append(ET.tostring(context, encoding="unicode"))
    parts.append("</TS>\n")
    ts_file.write_text("".join(parts), encoding="utf-8")
