"""One sheet cell to one candidate value: small pure functions.

A cell arrives as the reader gives it: text, an int or a float (Excel keeps numbers as
floats), a date or datetime. The normalisers of values that repeat down a column
(education, years, salary, dates, gender, lists) remember their answers: a 100,000-row
batch holds a few hundred distinct ones. Each normaliser returns the value in the form the
candidate stores, or raises ``Rejected`` with a code and the value it names
(``problems.TEMPLATES`` words it);
normalising its own result again changes nothing. Blank cells never get here
(``is_blank``). Text is never evaluated: "=SUM(A1)" stays the text "=SUM(A1)".
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata

from hrdesk import identity
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.imports import problems


class Rejected(ValueError):
    """The cell holds something that is not a usable value of its field: a
    ``problems.TEMPLATES`` code and its parameters ({value}: the cell as shown)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English sentence (``hrdesk.i18n.describe_problem`` gives the Chinese)."""
        return problems.TEMPLATES[self.code].format(**self.params)


# --- text ------------------------------------------------------------------------------


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def halfwidth(text: str) -> str:
    """ＡＢＣ１２３＠ and the full-width space, as a Chinese IME types them, to ASCII."""
    if type(text) is str and text.isascii():  # most cells: NFKC leaves ASCII as it is
        return text
    return unicodedata.normalize("NFKC", text)


def cell_text(raw: object) -> str:
    """A cell as text: numbers Excel stored as floats without their ".0"."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return raw.date().isoformat()
    return halfwidth(str(raw))


def text(raw: object) -> str:
    """One line: trimmed, inner runs of spaces and line breaks made one space."""
    return " ".join(cell_text(raw).split())


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def column_text(raw: object) -> str:
    """``text`` for the one-line columns whose values repeat down a sheet (school,
    major, city, channel …)."""
    return text(raw)


def multiline_text(raw: object) -> str:
    """Line breaks kept (notes, a self-description), each line trimmed."""
    lines = [" ".join(line.split()) for line in cell_text(raw).splitlines()]
    return "\n".join(lines).strip("\n")


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·•"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def name(raw: object) -> str:
    """"张 三" is 张三 (spaces typed to align names in a column); "John  Smith" keeps one."""
    result = _SPACE_IN_CJK.sub("", text(raw))
    if not result:
        raise Rejected("name.missing")
    return result


_WORD_SEPARATORS = re.compile(r"[、,;/|\s]+")  # after halfwidth: ，→, and ；→;


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def words(raw: object) -> tuple[str, ...]:
    """Skills, certificates, tags: split at 、，,;；/ and spaces, each once (ignoring case)."""
    seen: set[str] = set()
    result: list[str] = []
    for word in _WORD_SEPARATORS.split(cell_text(raw)):
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            result.append(word)
    return tuple(result)


# --- numbers that identify a person --------------------------------------------------

_MOBILE_FILLER = re.compile(r"[\s\-.()·]")
_ALTERNATIVES = re.compile(r"[/,;、|]|或")  # "138… / 139…": several numbers in one cell


def alternatives(raw: object) -> list[str]:
    """The numbers of a cell that holds several, in their order."""
    return [part for part in _ALTERNATIVES.split(cell_text(raw)) if part.strip()]


def mobile(raw: object) -> str:
    """A mainland mobile as 11 digits: separators, "+86", "0086", "86-" and Excel's
    ".0" removed."""
    shown = cell_text(raw).strip()
    digits = shown.removesuffix(".0")
    digits = _MOBILE_FILLER.sub("", digits)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    result = identity.normalise_mobile(digits)
    if result is None or not result.isascii():  # \d also matches other scripts' digits
        raise Rejected("mobile.invalid", value=shown)
    return result


_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def email(raw: object) -> str:
    """The address with no spaces and its domain in lower case ("。" typed for ".")."""
    shown = text(raw)
    address = shown.replace(" ", "").replace("。", ".")
    if address.casefold().startswith("mailto:"):
        address = address[7:]
    local, _, domain = address.rpartition("@")
    address = f"{local}@{domain.lower()}"
    if len(address) > 200 or not _EMAIL.fullmatch(address) or ".." in address:
        raise Rejected("email.invalid", value=shown)
    return address


_SCIENTIFIC = re.compile(r"\d+(\.\d+)?E\+?\d+")
_ID_FILLER = re.compile(r"[\s\-'`]")  # spaces, dashes, Excel's text-marking apostrophe
_OLD_ID_NUMBER = re.compile(r"[0-9]{15}")
_ID_NUMBER = re.compile(r"[0-9]{17}[0-9X]")


def id_number(raw: object) -> str:
    """An 18-character resident ID number with a correct check character and birth date.
    A 15-digit old number is upgraded to its 18-digit form. A number Excel turned into
    a float has lost its last digits and is refused (``id_number.scientific``)."""
    if isinstance(raw, float) and abs(raw) >= 1e15:
        raise _scientific(f"{raw:.5E}")  # as Excel shows it: 4.40106E+17
    shown = cell_text(raw).strip()
    number = _ID_FILLER.sub("", shown).upper()
    if _SCIENTIFIC.fullmatch(number):
        raise _scientific(shown)
    if _OLD_ID_NUMBER.fullmatch(number):
        number = identity.upgrade_old_id_number(number)
    if not _ID_NUMBER.fullmatch(number):
        if isinstance(raw, int) and len(number) > 15:
            raise _scientific(shown)  # digits past the 15th were zeroed by Excel
        raise Rejected("id_number.invalid", value=shown)
    if identity.id_check_char(number[:17]) != number[17]:
        if isinstance(raw, int):
            raise _scientific(shown)
        raise Rejected("id_number.checksum", value=shown)
    if identity.birth_date_of(number) is None:
        raise Rejected("id_number.birth_date", value=shown, birth=number[6:14])
    return number


def _scientific(shown: str) -> Rejected:
    return Rejected("id_number.scientific", value=shown)


# --- the person --------------------------------------------------------------------------

_GENDERS = {"男": "M", "男性": "M", "m": "M", "male": "M", "先生": "M",
            "女": "F", "女性": "F", "f": "F", "female": "F", "女士": "F"}


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def gender(raw: object) -> str:
    """"M" or "F", as the candidate stores it."""
    shown = text(raw)
    if shown.casefold() not in _GENDERS:
        raise Rejected("gender.invalid", value=shown)
    return _GENDERS[shown.casefold()]


# Exact spellings first; then the words a longer text contains, highest level first
# ("本科及以上", "全日制大专", "硕士研究生").
_EDUCATION_EXACT = {
    "小学": "初中", "初中及以下": "初中", "初中以下": "初中", "高中及以下": "高中",
    "普高": "高中", "职高": "中专", "职中": "中专", "中职": "中专", "技校": "中专",
    "中技": "中专", "技工": "中专", "专科": "大专", "高职": "大专", "大学": "本科",
    "学士": "本科", "研究生": "硕士", "mba": "硕士", "emba": "硕士", "mpa": "硕士",
    "博士后": "博士", "phd": "博士", "doctor": "博士", "master": "硕士",
    "bachelor": "本科", "bachelors": "本科", "masters": "硕士", "associate": "大专", "highschool": "高中",
    "juniorcollege": "大专", "juniorhighschool": "初中", "technicalschool": "中专",
}
_EDUCATION_CONTAINED = (
    ("博士", "博士"), ("硕士", "硕士"), ("研究生", "硕士"), ("本科", "本科"), ("学士", "本科"),
    ("大专", "大专"), ("专科", "大专"), ("高职", "大专"), ("中专", "中专"), ("中技", "中专"),
    ("技校", "中专"), ("职高", "中专"), ("高中", "高中"), ("初中", "初中"),
)


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def education(raw: object) -> str:
    """One of the levels the candidate list sorts by: 初中 < 高中 < 中专 < 大专 < 本科 < 硕士 < 博士."""
    shown = text(raw)
    if shown in EDUCATION_LEVELS:
        return shown
    key = re.sub(r"[\s'’.]", "", shown.casefold())
    key = re.sub(r"s?degree$", "", key)
    if key in EDUCATION_LEVELS:
        return key
    if key in _EDUCATION_EXACT:
        return _EDUCATION_EXACT[key]
    for word, level in _EDUCATION_CONTAINED:
        if word in key:
            return level
    raise Rejected("education.unknown", value=shown)


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}


def _chinese_number(word: str) -> int:
    """一 … 九十九, as a person writes a number of years."""
    if "十" not in word:
        return _CN_DIGITS[word]
    tens, _, units = word.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


_NO_EXPERIENCE = ("应届", "在校", "无经验", "没有经验", "暂无", "毕业生", "学生", "无工作经验",
                  "半年", "不满一年", "不足一年", "fresh", "graduate", "none")
_NUMBER = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十]{1,3})"
_YEARS = re.compile(_NUMBER + r"(年|years?|yrs?|$|[-~至到])")
_MONTHS = re.compile(_NUMBER + r"个?月")


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def years_experience(raw: object) -> int:
    """Whole years: "5年" and 5.0 are 5, "10年以上" 10, "3-5年" 3 (the lower bound of a
    range), "两年" 2, "应届生" and "无经验" 0, anything below one year 0."""
    if isinstance(raw, bool):
        raise _bad_years(str(raw))
    if isinstance(raw, int | float):
        if not math.isfinite(raw):
            raise _bad_years(str(raw))
        return _years_in_range(int(raw), cell_text(raw))
    shown = text(raw)
    key = shown.casefold().replace(" ", "")
    if key in ("无", "0") or any(word in key for word in _NO_EXPERIENCE):
        return 0
    if re.search(r"以下|以内|不到|不满|不足|<", key):
        return 0  # "1年以下", "3年以内": the lower bound is none
    found = _YEARS.search(key)
    if found is None:
        months = _MONTHS.search(key)
        if months is None:
            raise _bad_years(shown)
        return _years_in_range(_number_of(months.group(1)) // 12, shown)
    return _years_in_range(_number_of(found.group(1)), shown)


def _number_of(word: str) -> int:
    try:
        return int(float(word)) if word[0].isdigit() else _chinese_number(word)
    except KeyError:  # "十十": characters of numbers that make none
        return -1


def _years_in_range(years: int, shown: str) -> int:
    if not 0 <= years <= 60:
        raise _bad_years(shown)
    return years


def _bad_years(shown: str) -> Rejected:
    return Rejected("years_experience.invalid", value=shown)


# --- dates -----------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?"
                   r"(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_LAST_EXCEL_DAY = 2_958_465  # 9999-12-31


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def date(raw: object) -> dt.date:
    """A day from "1990-01-02", "1990/1/2", "1990.1.2", "1990年1月2日", "19900102", a month
    ("1990-01", "1990年1月": its first day), an Excel serial or a date/datetime."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _from_excel_serial(raw)
    shown = text(raw)
    key = shown.replace(" ", "")
    try:
        if re.fullmatch(r"\d{8}", key):
            return dt.date(int(key[:4]), int(key[4:6]), int(key[6:]))
        if re.fullmatch(r"\d{5}(\.\d+)?", key):  # a serial that went through a CSV file
            return _from_excel_serial(float(key))
        found = _DATE.fullmatch(key)
        if found:
            year, month, day = found.groups()
            return dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        pass
    raise Rejected("date.invalid", value=shown)


def _from_excel_serial(serial: float) -> dt.date:
    """Excel's 1900 date system: day 1 is 1900-01-01, and day 60 is 1900-02-29, a day
    that never was (Lotus 1-2-3 took 1900 for a leap year and Excel kept it)."""
    if not math.isfinite(serial) or not 1 <= serial < _LAST_EXCEL_DAY + 1 or int(serial) == 60:
        raise Rejected("date.invalid", value=cell_text(serial))
    day = int(serial)
    start = dt.date(1899, 12, 31) if day < 60 else dt.date(1899, 12, 30)
    return start + dt.timedelta(days=day)


# --- salary ------------------------------------------------------------------------------

_UNITS = {"": 1, "元": 1, "k": 1000, "千": 1000, "w": 10_000, "万": 10_000}
_AMOUNT = r"(\d+(?:\.\d+)?)(k|千|w|万|元)?"
_SALARY = re.compile(_AMOUNT + r"(?:[-~至到]" + _AMOUNT + r")?(以上|以下|起|\+)?")
_PER_YEAR = re.compile(r"/年|每年|年薪|peryear|/year")
_PAY_MONTHS = re.compile(r"[·*x×]?(\d{2})薪")
_DECORATION = re.compile(r"人民币|rmb|cny|[¥$]|元?/月|每月|月薪|元?/年|每年|年薪|peryear|/year"
                         r"|/month|permonth|税前|左右")
_NEGOTIABLE = ("面议", "可议", "商议", "可谈", "negotiable")


@functools.lru_cache(maxsize=4096, typed=True)  # typed: True is not 1
def expected_salary(raw: object) -> str:
    """A monthly range in yuan as "8000-12000" ("8-12K", "8千-1.2万", "8000-12000元/月");
    "/年" kept for a yearly figure and "·13薪" for the number of monthly pays; "面议"
    for negotiable. Text that is none of these is kept as typed (the field is free text)."""
    shown = text(raw)
    key = shown.casefold().replace(" ", "").replace(",", "")
    if any(word in key for word in _NEGOTIABLE):
        return "面议"
    pays = _PAY_MONTHS.search(key)
    core = _DECORATION.sub("", _PAY_MONTHS.sub("", key))
    found = _SALARY.fullmatch(core)
    if found is None:
        return shown
    low, low_unit, high, high_unit, bound = found.groups()
    if high is not None and not low_unit and float(low) < float(high):
        low_unit = high_unit  # "8-12K": the unit of the range belongs to both ends
    amounts = [_yuan(low, low_unit)] + ([_yuan(high, high_unit)] if high else [])
    result = "-".join(amounts) + {"+": "以上", "起": "以上", None: ""}.get(bound, bound or "")
    if _PER_YEAR.search(key):
        result += "/年"
    if pays:
        result += f"·{pays.group(1)}薪"
    return result


def _yuan(amount: str, unit: str | None) -> str:
    return str(round(float(amount) * _UNITS[unit or ""]))
