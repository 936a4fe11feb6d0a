"""Personal data that a pattern can find, taken out of text bound for a log.

Mainland mobile numbers (also written with spaces or dashes, with +86/0086),
ID numbers (18 characters, and the old 15 digits), e-mail addresses, and the
values a database layer quotes in its errors: SQLAlchemy's ``[parameters: …]``,
PostgreSQL's ``DETAIL:`` ("Key (…)=(…)", "Failing row contains (…)") and
``CONTEXT:`` ("parameter $1 = '…'") lines. Names are beyond any pattern: see
``hrdesk.logs`` for how they are kept out.

It errs on the side of taking out too much: an 11-digit count beginning with 13
becomes ``<mobile>`` too.
"""

from __future__ import annotations

import re

# What people type between digit groups: spaces (also ideographic and no-break), dashes.
_SEP = r"[ \t\u00a0\u3000\-\u2010-\u2015\uff0d]"
_DIGIT = r"[0-9\uff10-\uff19]"  # full-width digits too, as typed with a Chinese IME
_ALONE = rf"(?<!{_DIGIT})"  # not the middle of a longer number
_END = rf"(?!{_DIGIT})"
_COUNTRY = rf"(?:(?:(?:[+\uff0b]|[0\uff10]{{2}}){_SEP}?)?[8\uff18][6\uff16]{_SEP}?)?"
_MOBILE = rf"{_ALONE}{_COUNTRY}[1\uff11][3-9\uff13-\uff19](?:{_SEP}?{_DIGIT}){{9}}{_END}"
_ID_NUMBER = (rf"{_ALONE}{_DIGIT}{{6}}{_SEP}?{_DIGIT}{{8}}{_SEP}?{_DIGIT}{{3}}"
              rf"[0-9\uff10-\uff19Xx\uff38\uff58]{_END}")
_OLD_ID_NUMBER = rf"{_ALONE}{_DIGIT}{{15}}{_END}"  # after mobiles: +86 and 11 digits is 15 too
_EMAIL = r"[\w.+%'-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[parameters: [^\n]*"), "[parameters: <withheld>]"),
    (re.compile(r"^([ \t]*(?:DETAIL|CONTEXT):)[^\n]*", re.MULTILINE), r"\1 <withheld>"),
    (re.compile(_ID_NUMBER), "<id-number>"),
    (re.compile(_MOBILE), "<mobile>"),
    (re.compile(_OLD_ID_NUMBER), "<id-number>"),
    (re.compile(_EMAIL), "<e-mail>"),
)


def redact(text: str) -> str:
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return text
