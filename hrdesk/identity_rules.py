"""Who is who: when two records are one person, when they may be, and when they are not.

The one place these rules live. The importer, the candidate form and the
duplicates queue all ask ``judge``; nothing else decides that two rows are one
person. The rules, strongest key first:

* a valid ID number that matches is the same person. With a different name the
  match is still the same person, but flagged for HR (``name_differs``): a name
  is never replaced on the strength of the number alone;
* two *different* ID numbers are two people, whatever else they share: such a
  pair is at most a possible duplicate, never merged;
* a mobile or e-mail that matches with the same name (``name_key``: spaces and
  full-width forms normalised, case ignored) is the same person;
* a mobile or e-mail that matches with a different name is a *possible*
  duplicate: both are kept, and HR is asked;
* placeholders are no key at all (``Placeholders``): values on a list HR can
  edit, mobiles made of one repeated digit or a counting run, and, within one
  file, a value shared by more than ``SHARED_LIMIT`` rows with different names
  (an agency's phone, a job fair helper's e-mail).

Pure: no database, no keys. Digests are compared as the caller made them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from hrdesk import identity

#: A key value shared by more rows of one file than this, under different names,
#: is someone's placeholder, not an identity (a family shares a phone; an agency
#: shares its own with forty people).
SHARED_LIMIT = 3

#: Values offered as the editable placeholder list's default (setting
#: ``identity.placeholders``): what job boards and helpers type into required columns.
DEFAULT_PLACEHOLDERS = (
    "13800000000", "13800138000", "13888888888", "13900000000", "18888888888",
    "none@none.com", "no@no.com", "null@null.com", "test@test.com", "a@a.com",
    "123@qq.com", "123456@qq.com", "000@000.com", "1@1.com", "xx@xx.com", "无@无.com",
)


class Key(enum.Enum):
    """The keys a person is found by, strongest first; the value is the label shown."""

    ID_NUMBER = "ID number"
    MOBILE = "mobile"
    EMAIL = "email"


class Verdict(enum.Enum):
    SAME = "same"  # one person: an update, or "same as" a row
    POSSIBLE = "possible"  # kept apart and offered to HR in the duplicates queue
    DIFFERENT = "different"  # nothing in common that counts


@dataclasses.dataclass(frozen=True, slots=True)
class Identity:
    """What a record is recognised by. Numbers are the caller's digests."""

    name_key: str
    id_number: str | None = None
    mobile: str | None = None
    email: str | None = None

    def value(self, key: Key) -> str | None:
        value: str | None = getattr(self, _ATTR[key])
        return value

    def without(self, keys: Iterable[Key]) -> Identity:
        """The same record with ``keys`` no longer counting (a placeholder value)."""
        cleared: dict[str, Any] = {_ATTR[k]: None for k in keys}
        return dataclasses.replace(self, **cleared)


_ATTR = {Key.ID_NUMBER: "id_number", Key.MOBILE: "mobile", Key.EMAIL: "email"}


@dataclasses.dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    key: Key | None = None  # the key that decided (None for DIFFERENT)
    name_differs: bool = False  # SAME by ID number under another name: HR looks

    @property
    def same(self) -> bool:
        return self.verdict is Verdict.SAME


DIFFERENT = Judgement(Verdict.DIFFERENT)


def name_key(name: str | None) -> str:
    """A name as the rules compare it: half-width, no spaces (张 三 is 张三), casefolded."""
    return "".join(identity.halfwidth(name or "").split()).casefold()


def judge(new: Identity, stored: Identity) -> Judgement:
    """Whether ``new`` is ``stored``: see the module's rules."""
    if new.id_number and stored.id_number:
        if new.id_number == stored.id_number:
            return Judgement(Verdict.SAME, Key.ID_NUMBER, new.name_key != stored.name_key)
        shared = _shared(new, stored)
        return Judgement(Verdict.POSSIBLE, shared) if shared else DIFFERENT
    shared = _shared(new, stored)
    if shared is None:
        return DIFFERENT
    if new.name_key == stored.name_key:
        return Judgement(Verdict.SAME, shared)
    return Judgement(Verdict.POSSIBLE, shared)


def _shared(a: Identity, b: Identity) -> Key | None:
    for key in (Key.MOBILE, Key.EMAIL):
        value = a.value(key)
        if value and value == b.value(key):
            return key
    return None


Ref = TypeVar("Ref")  # how the caller names a stored record


def best(new: Identity, candidates: Iterable[tuple[Ref, Identity]]
         ) -> tuple[Ref, Judgement] | None:
    """Of several stored records, the one ``new`` is (SAME beats POSSIBLE, a stronger
    key beats a weaker one, the first given wins a tie); None when none is related."""
    found: tuple[Ref, Judgement] | None = None
    for ref, stored in candidates:
        judgement = judge(new, stored)
        if judgement.verdict is Verdict.DIFFERENT:
            continue
        if found is None or _rank(judgement) < _rank(found[1]):
            found = (ref, judgement)
    return found


def _rank(judgement: Judgement) -> tuple[int, int]:
    order = list(Key)
    return (0 if judgement.same else 1, order.index(judgement.key) if judgement.key else 9)


# --- placeholders ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Placeholders:
    """Values that never count as identity. ``listed`` are raw texts as HR typed them
    (normalised here); ``digests`` turn a listed mobile into what the caller compares."""

    listed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, values: Iterable[str]) -> Placeholders:
        normal = set()
        for value in values:
            text = "".join(identity.halfwidth(str(value)).split()).casefold()
            if text:
                normal.add(identity.normalise_mobile(text) or text)
        return cls(frozenset(normal))

    def mobile(self, mobile: str | None) -> bool:
        """A normalised mobile that is nobody's: listed, or one repeated digit or a
        counting run after its network prefix (13333333333, 13912345678)."""
        if not mobile:
            return False
        if mobile in self.listed:
            return True
        subscriber = mobile[3:]
        return len(set(subscriber)) == 1 or subscriber in _RUNS

    def email(self, email: str | None) -> bool:
        """A normalised e-mail on the list, or whose every part is one repeated character
        or a placeholder word (无@无.com, none@none.com, 000@000.com)."""
        if not email:
            return False
        if email in self.listed:
            return True
        local, _, domain = email.partition("@")
        host = domain.split(".")[0]
        return _empty_word(local) and _empty_word(host)


_RUNS = frozenset({"01234567", "12345678", "23456789", "98765432", "87654321", "76543210"})
_EMPTY_WORDS = frozenset({"none", "null", "no", "na", "nil", "test", "无", "没有", "暂无",
                          "example", "xxx", "xx", "x"})


def _empty_word(text: str) -> bool:
    return text in _EMPTY_WORDS or (len(text) > 0 and len(set(text)) == 1)


def shared_in_file(rows: Iterable[tuple[str, Mapping[Key, str | None]]]) -> dict[Key, set[str]]:
    """Key values that rows of one file share under more than ``SHARED_LIMIT`` different
    names: each such value is a placeholder for that file. ``rows`` gives each row's
    ``name_key`` and its key values."""
    names: dict[tuple[Key, str], set[str]] = defaultdict(set)
    for name, keys in rows:
        for key, value in keys.items():
            if value:
                names[(key, value)].add(name)
    shared: dict[Key, set[str]] = defaultdict(set)
    for (key, value), people in names.items():
        if len(people) > SHARED_LIMIT:
            shared[key].add(value)
    return dict(shared)
