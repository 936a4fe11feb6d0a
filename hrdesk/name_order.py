"""Names in the order Chinese readers expect: by their pinyin, 陈 < 李 < 王 < 张.

Neither database knows that order: SQLite compares code points (张 before 李), and a
PostgreSQL server's collation depends on how it was installed. So each name gets a
key of plain ASCII that spells it in pinyin, stored beside it and compared byte by
byte (``COLLATE "C"``): the database sorts with an index, Python with ``sorted``,
and both agree. Latin letters sort among the pinyin as the phone's address book
does (Alice, 阿强, anna, 白雪), digits before letters; what has no spelling in
letters (kana, 々) sorts after Z by code point.

A surname at the start of a name is read as a surname (单 shan, 曾 zeng, 区 ou), which
pypinyin cannot do by itself: its default is the common reading of the character.
Names that spell alike (张三, 章三) are kept apart by their code points, so the order
never depends on which row the database happens to read first.

Keys are stored: a change to how names are spelled (the tables below, the separators,
a pypinyin release that reads a character otherwise) needs an upgrade step that
spells the stored names again (``workspace.upgrades``), or old and new keys mix.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# Between syllables and words: below every digit and letter, so that 李安 (li-an)
# comes before 连 (lian), syllable by syllable, as in a dictionary.
_SEPARATOR = "-"
# Before the tie-break: below the separator, so that 李 comes before 李娜.
_TIE = " "
# What has no spelling in letters: above every letter, then by code point.
_UNSPELLED = "~"
# ü spelt u: ("lu:" is the usual ASCII for lü): after lu (陆) and before luan (峦).
_U_UMLAUT = "u:"
#: Of the spelling; a name spelling longer than this (no real one does) is cut, so
#: that a key always fits an index entry. The tie-break keeps such names apart.
MAX_SPELLED = 400

# Ideographs, their extensions and compatibility forms, and 〇 (ling): what pypinyin reads.
_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUNS = re.compile(f"([{_HAN}]+)|([^\\W_{_HAN}]+)")

# Surnames whose reading differs from the character's common one (pypinyin's).
COMPOUND_SURNAMES = {"万俟": ("mo", "qi"), "尉迟": ("yu", "chi"), "长孙": ("zhang", "sun"),
                     "澹台": ("tan", "tai")}
SURNAMES = {
    "单": "shan", "曾": "zeng", "区": "ou", "解": "xie", "仇": "qiu", "朴": "piao",
    "查": "zha", "翟": "zhai", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin",
    "繁": "po", "员": "yun", "召": "shao", "秘": "bi", "种": "chong", "重": "chong",
    "藏": "zang", "能": "nai", "折": "she", "粘": "nian", "都": "du", "六": "lu",
    "薄": "bo", "乜": "nie", "阚": "kan", "卜": "bu", "句": "gou", "郇": "xun",
    "隗": "wei", "炅": "gui", "洗": "xian", "祭": "zhai", "长": "chang", "佴": "nai",
    "么": "yao", "蕃": "pi", "番": "pan", "宓": "fu", "蔚": "yu",
}


def key_length(name_length: int) -> int:
    """The longest key of a name of ``name_length`` characters (a column's size)."""
    return MAX_SPELLED + len(_TIE) + 6 * name_length


@functools.lru_cache(maxsize=20_000)  # a table view asks again for each comparison
def sort_key(name: str) -> str:
    """ASCII that compares, byte by byte, as ``name`` is ordered by a Chinese reader."""
    spelled = _SEPARATOR.join(_spelling(name.strip()))[:MAX_SPELLED]
    return spelled + _TIE + "".join(f"{ord(c):06x}" for c in name)


def by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """``items`` in name order (for lists too short, or too varied, to store keys for)."""
    return sorted(items, key=lambda item: sort_key(name(item)))


# --- helpers ---------------------------------------------------------------------------


def _spelling(name: str) -> list[str]:
    """The syllables and words of ``name``, lower-case ASCII; punctuation only divides."""
    text = unicodedata.normalize("NFKC", name).casefold()  # ＡＢ → ab, full width → half
    words: list[str] = []
    for run in _RUNS.finditer(text):
        han, other = run.groups()
        if han:
            words += _han(han, surname=run.start() == 0)
        else:
            words.append("".join(_letter(c) for c in other))
    return words


def _han(run: str, surname: bool) -> list[str]:
    head: list[str] = []
    if surname:
        if run[:2] in COMPOUND_SURNAMES:
            head, run = list(COMPOUND_SURNAMES[run[:2]]), run[2:]
        elif run[0] in SURNAMES:
            head, run = [SURNAMES[run[0]]], run[1:]
    # Whole runs, not characters: pypinyin reads a character by the words around it.
    return head + list(_spelled_run(run)) if run else head


@functools.lru_cache(maxsize=50_000)
def _spelled_run(run: str) -> tuple[str, ...]:
    """A run of Han characters in pinyin. Remembered: given names repeat (伟, 芳, 秀英)
    across a file, and pypinyin took 26-48 µs a name, seconds of a large import."""
    return tuple(_ascii(s) for s in _pinyin()(run))


def _ascii(syllable: str) -> str:
    if syllable.isascii():
        return syllable
    return "".join(_U_UMLAUT if c == "ü" else _letter(c) for c in syllable)


def _letter(char: str) -> str:
    """A letter without its accents (é → e); one that has no Latin form, escaped."""
    if char.isascii():
        return char
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
    return plain or _escaped(char)


def _escaped(chars: str) -> str:
    return "".join(f"{_UNSPELLED}{ord(c):06x}" for c in chars)


@functools.cache
def _pinyin() -> Callable[[str], list[str]]:
    # Imported on first use: loading its dictionaries takes a tenth of a second or more,
    # which start-up and the many screens that never sort by name should not pay.
    import pypinyin

    # pypinyin's annotations say ``errors`` returns a str; its documentation (and code)
    # take a list too, which keeps the escaped run one syllable.
    return functools.partial(pypinyin.lazy_pinyin, style=pypinyin.Style.NORMAL,
                             v_to_u=True, errors=lambda chars: [_escaped(chars)])  # type: ignore[arg-type, return-value]
