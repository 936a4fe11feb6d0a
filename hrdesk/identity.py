"""Chinese personal numbers: resident ID (身份证) checksum and mainland mobiles."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def halfwidth(text: str) -> str:
    """Full-width digits and letters (typed with a Chinese IME) to ASCII."""
    return unicodedata.normalize("NFKC", text)


def id_check_char(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def normalise_id_number(raw: str) -> str | None:
    """The 18-character ID number if valid (checksum, birth date), else None."""
    text = re.sub(r"\s", "", halfwidth(raw)).upper()
    if not re.fullmatch(r"\d{17}[\dX]", text):
        return None
    if id_check_char(text[:17]) != text[17]:
        return None
    if birth_date_of(text) is None:
        return None
    return text


def birth_date_of(id_number: str) -> dt.date | None:
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def gender_of(id_number: str) -> str:
    """The 17th digit: odd for men, even for women."""
    return "M" if int(id_number[16]) % 2 else "F"


def normalise_mobile(raw: str) -> str | None:
    """A mainland mobile as 11 digits; spaces, dashes and a +86 prefix removed."""
    text = re.sub(r"[\s\-()（）]", "", halfwidth(raw))
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text if _MOBILE.fullmatch(text) else None


def upgrade_old_id_number(old: str) -> str:
    """A 15-digit ID number (issued until 1999, for people born in the 1900s) in its
    18-digit form: the year gets its century and a check character is added
    (GB 11643-1999). The result still needs ``normalise_id_number``."""
    first17 = old[:6] + "19" + old[6:]
    return first17 + id_check_char(first17)
