"""Chinese personal numbers: resident ID (身份证) checksum and mainland mobiles."""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
import unicodedata

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SPACES = re.compile(r"\s")
_ID_NUMBER = re.compile(r"\d{17}[\dX]")
_MOBILE_FILLER = re.compile(r"[\s\-()（）]")
# An import checks each number in a few places one after another (the sheet's
# normaliser, the candidate rules, the lookup keys): a short memory spares the
# repeats without holding on to a whole batch.
_RECENT = 256


def halfwidth(text: str) -> str:
    """Full-width digits and letters (typed with a Chinese IME) to ASCII."""
    if type(text) is str and text.isascii():  # most cells: NFKC leaves ASCII as it is
        return text
    return unicodedata.normalize("NFKC", text)


@functools.lru_cache(maxsize=_RECENT)
def id_check_char(first17: str) -> str:
    if len(first17) != len(_WEIGHTS):
        raise ValueError(f"17 characters expected, not {len(first17)}")
    return _CHECK[sum(map(operator.mul, map(int, first17), _WEIGHTS)) % 11]


@functools.lru_cache(maxsize=_RECENT)
def normalise_id_number(raw: str) -> str | None:
    """The 18-character ID number if valid (checksum, birth date), else None."""
    text = _SPACES.sub("", halfwidth(raw)).upper()
    if not _ID_NUMBER.fullmatch(text):
        return None
    if id_check_char(text[:17]) != text[17]:
        return None
    if birth_date_of(text) is None:
        return None
    return text


@functools.lru_cache(maxsize=_RECENT)
def birth_date_of(id_number: str) -> dt.date | None:
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def gender_of(id_number: str) -> str:
    """The 17th digit: odd for men, even for women."""
    return "M" if int(id_number[16]) % 2 else "F"


@functools.lru_cache(maxsize=_RECENT)
def normalise_mobile(raw: str) -> str | None:
    """A mainland mobile as 11 digits; spaces, dashes and a +86 prefix removed."""
    text = _MOBILE_FILLER.sub("", halfwidth(raw))
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


# A run of seven or more digits, spaced or dashed as people write them (a mobile, an ID
# number with its check letter, a landline with its area code).
_LONG_NUMBER = re.compile(r"\d(?:[ \-]?\d){6,}[Xx]?")


def mask_numbers(text: str) -> str:
    """``text`` with every long number masked as 139****5678: for names and text kept
    in clear (a resume's file name, the words found in it) that may hold someone's
    mobile or ID number."""
    def masked(found: re.Match[str]) -> str:
        digits = [i for i, c in enumerate(found.group()) if c.isdigit() or c in "Xx"]
        hidden = set(digits[3:-4])
        return "".join("*" if i in hidden else c for i, c in enumerate(found.group()))
    return _LONG_NUMBER.sub(masked, text)
