"""A candidate's data and its rules, without a database: normalising, checking,
masking, and the keys duplicates are found by.

A kernel module (below every layer): the importer reads rows by these rules
(``imports.rows``, ``imports.dedupe``) and the use cases store people by them
(``services.candidates``), and the two layers are independent of each other."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from hrdesk import errors, identity
from hrdesk.identity_rules import Identity, Key, Placeholders, name_key

# --- the person and its rules (pure: no database) -----------------------------------

SCALAR_FIELDS = ("name", "mobile", "id_number", "email", "gender", "birth_date", "education",
                 "school", "major", "years_experience", "city", "notes", "expected_salary")
LIST_FIELDS = ("certificates", "skills", "tags")
_LENGTHS = {"name": 100, "education": 20, "school": 200, "major": 200, "city": 100,
            "expected_salary": 100, "notes": 10_000}
_GENDERS = {"m": "M", "male": "M", "男": "M", "f": "F", "female": "F", "女": "F"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_WORD_SEPARATORS = re.compile(r"[,，、;；\n]")
WORD_MAX, WORDS_MAX = 50, 100
# The text fields ``clean`` checks by length (notes keep their line breaks).
_TEXT_FIELDS = tuple(f for f in _LENGTHS if f != "notes")


@dataclasses.dataclass(frozen=True, slots=True)
class NewCandidate:
    name: str
    mobile: str | None = None
    id_number: str | None = None
    email: str | None = None
    gender: str | None = None
    birth_date: dt.date | None = None
    education: str | None = None
    school: str | None = None
    major: str | None = None
    years_experience: int | None = None
    city: str | None = None
    certificates: Sequence[str] = ()
    skills: Sequence[str] = ()
    tags: Sequence[str] = ()
    notes: str | None = None
    expected_salary: str | None = None  # free text ("8000-10000", "面议"), stored encrypted
    extra: Mapping[str, Any] | None = None  # imported columns without a field of their own


@dataclasses.dataclass(frozen=True, slots=True)
class LookupKeys:
    """What duplicates are found by: digests of the numbers, the normalised email,
    the name as the identity rules compare it, and which of the keys are placeholders
    (stored as data, but no identity: ``identity_rules.Placeholders``)."""

    mobile_digest: str | None
    email: str | None
    id_number_digest: str | None
    name_key: str = ""
    placeholders: frozenset[Key] = frozenset()

    def identity(self) -> Identity:
        """What the identity rules judge: the keys that count."""
        return Identity(self.name_key, self.id_number_digest, self.mobile_digest,
                        self.email).without(self.placeholders)

    def without(self, keys: frozenset[Key]) -> LookupKeys:
        """The same keys with ``keys`` also counted as placeholders."""
        return dataclasses.replace(self, placeholders=self.placeholders | keys)


def text_of(raw: object) -> str | None:
    """Half-width (a Chinese IME types full-width), trimmed, inner spaces collapsed."""
    if raw is None:
        return None
    if type(raw) is str and raw.isascii():  # most values: nothing to make half-width
        return " ".join(raw.split()) or None
    return " ".join(identity.halfwidth(str(raw)).split()) or None


def normalise_email(raw: str | None) -> str | None:
    text = text_of(raw)
    # "。" is the IME's full stop, typed for "." more often than anyone would like.
    return text.replace(" ", "").replace("。", ".").casefold() if text else None


def normalise_gender(raw: str | None) -> str | None:
    text = text_of(raw)
    if text is None:
        return None
    if text.casefold() not in _GENDERS:
        raise errors.InvalidField(field="gender", reason="M or F (男 or 女)")
    return _GENDERS[text.casefold()]


def normalise_words(values: Sequence[str] | str | None, field: str) -> list[str]:
    """Tags, skills, certificates: each once (ignoring case), in the order given.
    A single text is split at commas and 、 as a sheet cell would have them."""
    if isinstance(values, str):
        values = _WORD_SEPARATORS.split(values)
    words: list[str] = []
    seen: set[str] = set()
    for value in values or ():
        word = text_of(value)
        if word is None or word.casefold() in seen:
            continue
        if len(word) > WORD_MAX:
            raise errors.InvalidField(field=field, reason="“{value}…” is longer than "
                                                          "{limit} characters",
                                      value=word[:20], limit=WORD_MAX)
        seen.add(word.casefold())
        words.append(word)
    if len(words) > WORDS_MAX:
        raise errors.InvalidField(field=field, reason="at most {limit}", limit=WORDS_MAX)
    return words


def mask(value: str | None, keep_head: int, keep_tail: int) -> str | None:
    if value is None:
        return None
    hidden = max(0, len(value) - keep_head - keep_tail)
    return value[:keep_head] + "*" * hidden + value[keep_head + hidden:]


def masked_numbers(mobile: str | None, id_number: str | None) -> dict[str, str | None]:
    """The stored display forms of a person's numbers: every role sees these, and
    only roles holding the personal key can open the numbers themselves."""
    return {"mobile_masked": mask(mobile, 3, 4), "id_number_masked": mask(id_number, 4, 2)}


def clean(new: NewCandidate, today: dt.date, row: int | None = None) -> NewCandidate:
    """The person with every field normalised, or InvalidField naming the first bad one
    (``InvalidRow`` with ``row``, the person's row in a batch, counted from 1)."""
    def bad(field: str, reason: str, **values: Any) -> errors.InvalidField:
        if row is None:
            return errors.InvalidField(field=field, reason=reason, **values)
        return errors.InvalidRow(row=row, field=field, reason=reason, **values)

    texts = {f: text_of(getattr(new, f)) for f in _TEXT_FIELDS}
    texts["notes"] = (new.notes or "").strip() or None  # line breaks in notes are kept
    if texts["name"] is None:
        raise bad("name", reason="required")
    for field, longest in _LENGTHS.items():
        if len(texts[field] or "") > longest:
            raise bad(field, reason="at most {limit} characters", limit=longest)
    mobile = id_number = None
    if text_of(new.mobile):
        mobile = identity.normalise_mobile(str(new.mobile))
        if mobile is None:
            raise bad("mobile", reason="“{value}” is not a mainland mobile number",
                      value=str(new.mobile))
    if text_of(new.id_number):
        id_number = identity.normalise_id_number(str(new.id_number))
        if id_number is None:
            raise bad("id_number", reason="wrong length, check digit or birth date")
    try:
        gender = normalise_gender(new.gender)
    except errors.InvalidField as exc:
        raise bad("gender", reason=exc.params["reason"]) from None
    birth = new.birth_date
    if id_number:
        birth, gender = _cross_check(id_number, birth, gender, bad)
    if birth is not None and not dt.date(1900, 1, 1) <= birth <= today:
        raise bad("birth_date", reason="not a plausible birth date")
    email = normalise_email(new.email)
    if email is not None and (not _EMAIL.fullmatch(email) or len(email) > 200):
        raise bad("email", reason="“{value}” is not an email address", value=str(new.email))
    years = new.years_experience
    if years is not None and (not isinstance(years, int) or isinstance(years, bool)
                              or not 0 <= years <= 60):
        raise bad("years_experience", reason="a whole number from 0 to 60")
    lists = {f: tuple(_words(words, f, bad)) if (words := getattr(new, f)) else ()
             for f in LIST_FIELDS}
    # A sheet cell may hold a date or a formula result; the JSON column takes plain values.
    extra = {str(k).strip(): v if v is None or isinstance(v, (str, int, float)) else str(v)
             for k, v in (new.extra or {}).items() if str(k).strip()}
    return NewCandidate(
        name=texts["name"] or "", mobile=mobile, id_number=id_number,
        email=_display_email(new.email) if email else None, gender=gender, birth_date=birth,
        education=texts["education"], school=texts["school"], major=texts["major"],
        years_experience=years, city=texts["city"], notes=texts["notes"],
        expected_salary=texts["expected_salary"], extra=extra, **lists)


def _words(values: Sequence[str] | str, field: str, bad: Any) -> list[str]:
    """``normalise_words``, its refusal naming the row in a batch."""
    try:
        return normalise_words(values, field)
    except errors.InvalidField as exc:
        raise bad(field, **{k: v for k, v in exc.params.items() if k != "field"}) from None


def _cross_check(id_number: str, birth: dt.date | None, gender: str | None,
                 bad: Any) -> tuple[dt.date, str]:
    """The ID number says when and (by its 17th digit) as whom the person was born."""
    from_id, gender_from_id = identity.birth_date_of(id_number), identity.gender_of(id_number)
    assert from_id is not None  # normalise_id_number checked the date
    if birth is not None and birth != from_id:
        raise bad("birth_date", reason="does not match the ID number ({value})",
                  value=f"{from_id:%Y-%m-%d}")
    if gender is not None and gender != gender_from_id:
        raise bad("gender", reason="does not match the ID number")
    return from_id, gender_from_id


def _display_email(raw: str | None) -> str:
    """As typed (case kept), only without full-width characters and spaces."""
    return (text_of(raw) or "").replace(" ", "").replace("。", ".")


class Digests(Protocol):
    """What the lookup keys ask of the field cipher (``db.crypto.FieldCipher``): a
    keyed digest of a normalised number. Named here so the rules need no database."""

    def digest(self, normalised: str) -> str: ...


def keys_of(new: NewCandidate, cipher: Digests,
            placeholders: Placeholders | None = None) -> LookupKeys:
    """Lenient: a number that does not parse is no key, it is not an error here.
    A mobile or e-mail that is a placeholder is kept, but marked as no identity."""
    mobile = identity.normalise_mobile(new.mobile) if new.mobile else None
    id_number = identity.normalise_id_number(new.id_number) if new.id_number else None
    email = normalise_email(new.email)
    rules = placeholders or _NO_PLACEHOLDERS
    fake = frozenset(k for k, found in ((Key.MOBILE, rules.mobile(mobile)),
                                         (Key.EMAIL, rules.email(email))) if found)
    return LookupKeys(cipher.digest(mobile) if mobile else None, email,
                      cipher.digest(id_number) if id_number else None, name_key(new.name), fake)


# Even without HR's list, repeated digits and counting runs are nobody's mobile.
_NO_PLACEHOLDERS = Placeholders()


def parse_search(text: str) -> tuple[str | None, str | None, list[str]]:
    """(mobile, ID number, words): a whole query that is a number is looked up exactly."""
    whole = text_of(text) or ""
    mobile = identity.normalise_mobile(whole) if whole else None
    id_number = identity.normalise_id_number(whole) if whole and not mobile else None
    return mobile, id_number, [] if mobile or id_number else whole.casefold().split()


def like_pattern(term: str) -> str:
    return "%" + re.sub(r"([!%_])", r"!\1", term) + "%"


def json_escaped(term: str) -> str:
    return json.dumps(term)[1:-1].lower()
