"""Names sort as a Chinese reader expects: by pinyin, surnames read as surnames."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from hrdesk import name_order


def _ordered(*names: str) -> list[str]:
    return sorted(names, key=name_order.sort_key)


@pytest.mark.parametrize("expected", [
    # By the pinyin of the surname, whatever the characters' code points say.
    ["阿强", "白雪", "陈明", "李四", "王五", "张三", "赵六"],
    # Syllable by syllable, as in a dictionary: li before lian, li-an in between.
    ["李", "李安", "李娜", "连"],
    # ü after u: 卢安 (lu an), 陆明 (lu ming), 吕布 (lü bu), 峦 (luan).
    ["卢安", "陆明", "吕布", "峦"],
    # Surnames read as surnames: 单 shan (not dan), 曾 zeng (not ceng), 区 ou (not qu).
    ["单田芳", "邵华", "石磊"],
    ["岑立", "曾国藩", "张伟"],
    ["区家明", "欧阳修", "潘虹"],
    ["苗苗", "缪斯琪", "倪妮"],
    # Compound surnames take both characters' surname readings.
    ["万俟卨", "慕容复", "王五"],
    ["尉迟恭", "余华", "张三"],
    # Latin names among the pinyin, ignoring case; full-width letters as half-width.
    ["阿强", "Alice", "anna", "Ｂｏｂ", "陈明", "王"],
    # Accents do not move a name away from its letter.
    ["Jan", "José", "Joseph"],
    # Digits before letters.
    ["2号", "阿强"],
])
def test_names_sort_as_a_chinese_reader_expects(expected: list[str]) -> None:
    assert _ordered(*reversed(expected)) == expected
    assert _ordered(*expected) == expected


@pytest.mark.parametrize(("name", "spelled"), [
    ("单田芳", "shan-tian-fang"), ("曾国藩", "zeng-guo-fan"), ("区家明", "ou-jia-ming"),
    ("解小东", "xie-xiao-dong"), ("朴树", "piao-shu"), ("长孙无忌", "zhang-sun-wu-ji"),
    ("张三", "zhang-san"), ("吕布", "lu:-bu"), ("Ａｌｉｃｅ Ｗａｎｇ", "alice-wang"),
    ("王2", "wang-2"), ("买买提·艾力", "mai-mai-ti-ai-li"),  # punctuation only divides
])
def test_the_key_spells_the_name_in_pinyin(name: str, spelled: str) -> None:
    assert name_order.sort_key(name).split(" ")[0] == spelled


def test_a_surname_reading_applies_to_the_surname_only() -> None:
    # 曾 in a given name keeps its common reading (ceng); only the first character is
    # the surname.
    assert name_order.sort_key("王曾").startswith("wang-ceng ")


def test_names_that_spell_alike_keep_a_fixed_order() -> None:
    # 张 and 章 are both zhang: code points decide, whichever comes first in the input.
    assert _ordered("章三", "张三") == _ordered("张三", "章三") == ["张三", "章三"]
    assert _ordered("anna", "Anna") == ["Anna", "anna"]


def test_what_has_no_latin_spelling_sorts_after_z() -> None:
    assert _ordered("さくら", "赵六", "Zoe") == ["赵六", "Zoe", "さくら"]


@given(st.text(max_size=100))
def test_every_key_is_ascii_bounded_and_one_per_name(name: str) -> None:
    key = name_order.sort_key(name)
    assert key.isascii() and "\x00" not in key
    assert len(key) <= name_order.key_length(len(name))
    # The tie-break spells the name itself: two names never share a key.
    assert key.rsplit(" ", 1)[1] == "".join(f"{ord(c):06x}" for c in name)


def test_by_name_orders_any_records() -> None:
    people = [("u3", "张三"), ("u1", "陈明"), ("u2", "李四")]
    assert [p[0] for p in name_order.by_name(people, lambda p: p[1])] == ["u1", "u2", "u3"]


def test_opening_the_core_does_not_load_the_pinyin_dictionaries() -> None:
    # They take a tenth of a second or more: paid by the first name spelled, not at start.
    probe = ("import sys, hrdesk.models, hrdesk.services.candidates; "
             "print('pypinyin' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
