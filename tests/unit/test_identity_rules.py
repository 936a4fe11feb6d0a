"""The identity rules as a table: each rule with a case it decides and one it does not."""

from __future__ import annotations

import pytest

from hrdesk.identity_rules import (
    DEFAULT_PLACEHOLDERS,
    Identity,
    Judgement,
    Key,
    Placeholders,
    Verdict,
    best,
    judge,
    name_key,
    shared_in_file,
)

ID_A, ID_B = "id-digest-a", "id-digest-b"
MOBILE, OTHER_MOBILE = "mobile-digest-1", "mobile-digest-2"
EMAIL = "wang@example.cn"


def person(name: str, id_number: str | None = None, mobile: str | None = None,
           email: str | None = None) -> Identity:
    return Identity(name_key(name), id_number, mobile, email)


SAME, POSSIBLE, DIFFERENT = Verdict.SAME, Verdict.POSSIBLE, Verdict.DIFFERENT

TABLE = [
    # rule 1: a matching ID number is the same person; another name is flagged
    ("same ID, same name", person("王芳", ID_A), person("王芳", ID_A),
     Judgement(SAME, Key.ID_NUMBER)),
    ("same ID, other name: same, flagged", person("王芳", ID_A), person("王小芳", ID_A),
     Judgement(SAME, Key.ID_NUMBER, name_differs=True)),
    ("other ID, same name and mobile: two people, at most possible",
     person("王芳", ID_A, MOBILE), person("王芳", ID_B, MOBILE), Judgement(POSSIBLE, Key.MOBILE)),
    ("other ID, nothing else shared", person("王芳", ID_A), person("王芳", ID_B), Judgement(DIFFERENT)),
    # rule 2: mobile or e-mail with the same name is the same person
    ("same mobile, same name", person("王芳", mobile=MOBILE), person("王芳", mobile=MOBILE),
     Judgement(SAME, Key.MOBILE)),
    ("same mobile, name with a space and full-width", person("Ｗａｎｇ Fang", mobile=MOBILE),
     person("wangfang", mobile=MOBILE), Judgement(SAME, Key.MOBILE)),
    ("same e-mail, same name", person("王芳", email=EMAIL), person("王 芳", email=EMAIL),
     Judgement(SAME, Key.EMAIL)),
    ("same name, no key shared: two people", person("王芳", mobile=MOBILE),
     person("王芳", mobile=OTHER_MOBILE), Judgement(DIFFERENT)),
    # rule 3: mobile or e-mail under another name is only possibly the same person
    ("same mobile, other name", person("王芳", mobile=MOBILE), person("陌生人", mobile=MOBILE),
     Judgement(POSSIBLE, Key.MOBILE)),
    ("same e-mail, other name", person("王芳", email=EMAIL), person("李娜", email=EMAIL),
     Judgement(POSSIBLE, Key.EMAIL)),
    ("ID on one side only, mobile shared, same name", person("王芳", ID_A, MOBILE),
     person("王芳", None, MOBILE), Judgement(SAME, Key.MOBILE)),
    ("ID on one side only, mobile shared, other name", person("王芳", ID_A, MOBILE),
     person("李娜", None, MOBILE), Judgement(POSSIBLE, Key.MOBILE)),
]


@pytest.mark.parametrize(("new", "stored", "expected"), [t[1:] for t in TABLE],
                         ids=[t[0] for t in TABLE])
def test_the_identity_table(new: Identity, stored: Identity, expected: Judgement) -> None:
    assert judge(new, stored) == expected
    # The rules do not depend on which side came first.
    assert judge(stored, new).verdict == expected.verdict


def test_placeholder_keys_are_no_identity() -> None:
    shared = person("王芳", mobile=MOBILE)
    assert judge(person("王芳", mobile=MOBILE).without([Key.MOBILE]), shared).verdict is DIFFERENT
    assert judge(person("王芳", mobile=MOBILE).without([Key.EMAIL]), shared).verdict is SAME


@pytest.mark.parametrize(("mobile", "placeholder"), [
    ("13800000000", True), ("13800138000", True), ("13333333333", True),
    ("15812345678", True), ("18687654321", True),
    ("13912345687", False), ("13800001111", False), ("15058120316", False),
])
def test_mobiles_that_are_nobodys(mobile: str, placeholder: bool) -> None:
    assert Placeholders.of(DEFAULT_PLACEHOLDERS).mobile(mobile) is placeholder


@pytest.mark.parametrize(("email", "placeholder"), [
    ("none@none.com", True), ("无@无.com", True), ("000@000.com", True), ("x@x.cn", True),
    ("null@null.net", True), ("test@test.com", True),
    ("wang@example.cn", False), ("none@factory.cn", False), ("hr@none.com", False),
])
def test_emails_that_are_nobodys(email: str, placeholder: bool) -> None:
    assert Placeholders.of(DEFAULT_PLACEHOLDERS).email(email) is placeholder


def test_hrs_own_list_is_normalised_as_the_values_are() -> None:
    mine = Placeholders.of(["  Agency@Jobs.CN ", "+86 139 0000 1234", "", "１３９０００１２３４５"])
    assert mine.email("agency@jobs.cn") and mine.mobile("13900001234")
    assert mine.mobile("13900012345") and not mine.mobile("13900005678")
    assert not Placeholders.of([]).email("agency@jobs.cn")


def test_a_key_shared_by_more_than_a_few_names_in_one_file_is_a_placeholder() -> None:
    family = [(name_key(n), {Key.MOBILE: MOBILE}) for n in ("王一", "王二", "王三")]
    assert shared_in_file(family) == {}  # a family of three shares a phone
    agency = [(name_key(f"人{i}"), {Key.EMAIL: EMAIL, Key.MOBILE: None}) for i in range(40)]
    assert shared_in_file(agency) == {Key.EMAIL: {EMAIL}}
    # One person on many rows is not a placeholder: the names are one.
    same = [(name_key("王芳"), {Key.MOBILE: MOBILE}) for _ in range(10)]
    assert shared_in_file(same) == {}


def test_best_prefers_the_same_person_then_the_stronger_key_then_the_first() -> None:
    new = person("王芳", ID_A, MOBILE, EMAIL)
    stored = [("by email, other name", person("李娜", email=EMAIL)),
              ("by mobile, same name", person("王芳", None, MOBILE)),
              ("by ID", person("王小芳", ID_A))]
    assert best(new, stored) == ("by ID", Judgement(SAME, Key.ID_NUMBER, name_differs=True))
    assert best(new, stored[:2]) == ("by mobile, same name", Judgement(SAME, Key.MOBILE))
    assert best(new, stored[:1]) == ("by email, other name", Judgement(POSSIBLE, Key.EMAIL))
    assert best(new, [("nobody", person("王芳"))]) is None
