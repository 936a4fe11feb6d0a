"""Fill in translations of resources/i18n/hrdesk_zh_CN.ts from a small JSON map.

Usage: python scripts/translate.py '{"English source": "中文"}'
(`python -m ui.i18n update` adds new sources as unfinished; this finishes them. Only
unfinished messages are filled: a source that means different things in different
contexts, such as "Open", keeps the translation each context already has.)
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "hrdesk_zh_CN.ts"


def main() -> int:
    wanted: dict[str, str] = json.loads(sys.argv[1])
    text = TS.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    done = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in wanted and translation is not None \
                and translation.get("type") == "unfinished":
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            done.add(source)
    missing = set(wanted) - done
    if missing:
        print("not unfinished in the catalogue:", *sorted(missing), sep="\n  ", file=sys.stderr)
        return 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
