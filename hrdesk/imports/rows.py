"""One sheet row to the values of a candidate and the problems found in them.

Bad data never raises: each problem is recorded with the field, a code and the
values its sentence names (``problems.TEMPLATES``). A problem is fatal when the row
cannot become a candidate — no name, or no usable mobile number, email or ID number to
tell the person apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence

from hrdesk import candidate_rules, identity
from hrdesk.imports import fields, normalise
from hrdesk.imports.problems import Problem

_CONTACT_FIELDS = ("mobile", "email", "id_number")
_EARLIEST_BIRTH = dt.date(1900, 1, 1)
_LIMITED = {"name", *fields.TEXT_LIMITS, *fields.LIST_FIELDS}
_NON_DIGITS = re.compile(r"\D")
_LIMITS = {"name": fields.NAME_LIMIT, **fields.TEXT_LIMITS,
           **dict.fromkeys(fields.LIST_FIELDS, -1)}  # lists are never a short text

__all__ = ["CandidateRow", "Problem", "SheetColumns", "build_row"]  # Problem lives in problems; kept here too


@dataclasses.dataclass(frozen=True, slots=True)
class CandidateRow:
    # Only the fields the row gives, normalised: str, int, date, tuple[str, ...].
    values: dict[str, object]
    extra: dict[str, str]  # header -> text of the columns without a field
    problems: tuple[Problem, ...]

    @property
    def fatal(self) -> bool:
        return any(p.fatal for p in self.problems)


_NORMALISERS: dict[str, Callable[[object], object]] = {
    "name": normalise.name, "email": normalise.email, "id_number": normalise.id_number,
    "gender": normalise.gender, "birth_date": normalise.date,
    "education": normalise.education, "years_experience": normalise.years_experience,
    "expected_salary": normalise.expected_salary,
    **{f: normalise.words for f in fields.LIST_FIELDS},
    **{f: normalise.multiline_text if f in fields.MULTILINE_FIELDS else normalise.column_text
       for f in fields.TEXT_LIMITS if f != "expected_salary"},
}


def build_row(headers: Sequence[str], mapping: Sequence[str | None], cells: Sequence[object],
              *, today: dt.date | None = None) -> CandidateRow:
    """The row's candidate values, its extra attributes and its problems. ``today``,
    when given, also refuses birth dates in the future."""
    return SheetColumns(headers, mapping).build(cells, today=today)


class SheetColumns:
    """What each column of a sheet feeds, worked out once for all its rows (a batch
    builds 100,000 rows with the same headers and mapping)."""

    __slots__ = ("_columns",)

    def __init__(self, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
        self._columns = tuple(
            (str(header).strip() if header else "", field)
            for header, field in itertools.zip_longest(headers, mapping))

    def build(self, cells: Sequence[object], *, today: dt.date | None = None) -> CandidateRow:
        """``build_row`` for one row of this sheet."""
        row = _RowBuilder(today)
        columns = self._columns
        known = len(columns)
        for index, raw in enumerate(cells):
            if raw is None or (type(raw) is str and (not raw or raw.isspace())):
                continue
            header, field = columns[index] if index < known else ("", None)
            if field is None:
                row.keep_extra(header or f"#{index + 1}", raw)
            else:
                row.take(field, header, raw)
        return row.finish()


class _RowBuilder:
    __slots__ = ("extra", "problems", "today", "values")

    def __init__(self, today: dt.date | None) -> None:
        self.today = today
        self.values: dict[str, object] = {}
        self.extra: dict[str, str] = {}
        self.problems: list[Problem] = []

    def problem(self, field: str, code: str, fatal: bool = False, **params: object) -> None:
        self.problems.append(Problem(field, code, params, fatal))

    def keep_extra(self, header: str, raw: object) -> None:
        key = header
        while key in self.extra:  # two columns with one header: both kept
            key += "'"
        self.extra[key] = normalise.multiline_text(raw)

    def take(self, field: str, header: str, raw: object) -> None:
        try:
            value = self._mobile(raw) if field == "mobile" else _NORMALISERS[field](raw)
        except normalise.Rejected as refused:
            self.problem(field, refused.code, fatal=field == "name", **refused.params)
            if field not in fields.SENSITIVE_FIELDS and field != "name":
                self.keep_extra(header or fields.LABELS[field], raw)  # nothing typed is lost
            return
        # A cell already in its stored form (18 characters) was no 15-digit old number.
        if (field == "id_number" and value != raw
                and len(_NON_DIGITS.sub("", normalise.cell_text(raw))) == 15):
            self.problem(field, "id_number.upgraded", value=normalise.text(raw), stored=value)
        if field in _LIMITED and not (type(value) is str and len(value) <= _LIMITS[field]):
            value = self._within_limits(field, value)  # most cells are short: no call
        self.values[field] = value

    def _mobile(self, raw: object) -> str:
        """The first mainland mobile of a cell that may hold several ("138… / 139…")."""
        if type(raw) is int or (type(raw) is str and raw.isdigit()):
            return normalise.mobile(raw)  # most cells: one number, nothing to split at
        parts = normalise.alternatives(raw)
        if len(parts) < 2:
            return normalise.mobile(raw)
        for part in parts:
            try:
                kept = normalise.mobile(part)
            except normalise.Rejected:
                continue
            self.problem("mobile", "mobile.several", value=normalise.text(raw), kept=kept)
            return kept
        return normalise.mobile(raw)

    def _within_limits(self, field: str, value: object) -> object:
        if field == "name" and isinstance(value, str) and len(value) > fields.NAME_LIMIT:
            self.problem(field, "name.too_long", fatal=True, value=value[:20],
                         limit=fields.NAME_LIMIT)
        elif isinstance(value, str) and len(value) > fields.TEXT_LIMITS.get(field, len(value)):
            limit = fields.TEXT_LIMITS[field]
            self.problem(field, f"{field}.truncated", label=fields.LABELS[field],
                         value=value[:20], limit=limit)
            return value[:limit]
        elif isinstance(value, tuple):
            return self._words_within_limits(field, value)
        return value

    def _words_within_limits(self, field: str, words: tuple[str, ...]) -> tuple[str, ...]:
        kept = tuple(w for w in words if len(w) <= candidate_rules.WORD_MAX)
        for word in words:
            if len(word) > candidate_rules.WORD_MAX:
                self.problem(field, f"{field}.too_long", label=fields.LABELS[field],
                             value=word[:20], limit=candidate_rules.WORD_MAX)
        if len(kept) > candidate_rules.WORDS_MAX:
            self.problem(field, f"{field}.too_many", label=fields.LABELS[field],
                         limit=candidate_rules.WORDS_MAX, count=len(kept))
        return kept[:candidate_rules.WORDS_MAX]

    def finish(self) -> CandidateRow:
        self._check_birth()
        if "name" not in self.values and not any(p.field == "name" for p in self.problems):
            self.problem("name", "name.missing", fatal=True)
        if not any(f in self.values for f in _CONTACT_FIELDS):
            self._require_contact()
        return CandidateRow(self.values, self.extra, tuple(self.problems))

    def _check_birth(self) -> None:
        """The ID number says when and (by its 17th digit) as whom the person was born;
        it is kept over the columns (its check character makes a typo unlikely)."""
        number = self.values.get("id_number")
        if isinstance(number, str):
            born, sex = identity.birth_date_of(number), identity.gender_of(number)
            given = self.values.get("birth_date")
            if given is not None and given != born:
                self.problem("birth_date", "birth_date.mismatch", value=given, birth=born)
            if self.values.get("gender", sex) != sex:
                self.problem("gender", "gender.mismatch", value=self.values["gender"], sex=sex)
            self.values["birth_date"], self.values["gender"] = born, sex
        birth = self.values.get("birth_date")
        if isinstance(birth, dt.date) and not (
                _EARLIEST_BIRTH <= birth <= (self.today or dt.date.max)):
            field = "id_number" if isinstance(number, str) else "birth_date"
            # The ID number's own date: name the number, as its normaliser does.
            shown = {"value": number, "birth": birth} if field == "id_number" else {"value": birth}
            self.problem(field, f"{field}.birth_date", **shown)
            del self.values["birth_date"]
            if field == "id_number":
                del self.values["id_number"], self.values["gender"]

    def _require_contact(self) -> None:
        """Without a number or an address the person cannot be told apart or reached:
        each contact problem becomes fatal, or the absence itself is one."""
        contact = [i for i, p in enumerate(self.problems) if p.field in _CONTACT_FIELDS]
        for i in contact:
            self.problems[i] = dataclasses.replace(self.problems[i], fatal=True)
        if not contact:
            self.problem("mobile", "contact.missing", fatal=True)
