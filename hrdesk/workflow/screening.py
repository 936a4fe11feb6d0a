"""Screening rules of a job and the match score of one candidate against them.

Pure: no database, no clock (``today`` is passed in). Every rule that is set
adds a weighted criterion; the score is the share of the weight the candidate
earns, so a job with two rules is not scored lower than one with five.
Education, years, certificates, city, age and gender are requirements: one
failed means no match whatever the score. Keywords only add to the score.

Age and gender are discrimination risks under China's employment-promotion
and labour laws; their rules count only when explicitly switched on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from hrdesk import errors
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.notices import StoredText

SENSITIVE_RULES = ("age", "gender")
HIGH_POTENTIAL_TAG = "高潜"
GENDERS = ("M", "F")

# Relative weight of each criterion that is set (keywords earn their share in part).
WEIGHTS = {"education": 25, "years": 25, "certificates": 20, "keywords": 20, "city": 10,
           "age": 10, "gender": 10}
# Where keywords are looked for.
KEYWORD_FIELDS = ("skills", "certificates", "self_description", "school", "major")


@dataclasses.dataclass(frozen=True)
class ScreeningRules:
    min_education: str | None = None  # one of EDUCATION_LEVELS
    min_years: int | None = None
    required_certificates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    pass_score: int = 60
    reject_non_matching: bool = False  # queue a courteous rejection for those who fail
    # Sensitive (discrimination risk): ignored unless explicitly switched on.
    use_age: bool = False
    min_age: int | None = None
    max_age: int | None = None
    use_gender: bool = False
    gender: str | None = None  # "M" or "F"

    def is_empty(self) -> bool:
        """No rule would screen anybody (the pass score alone decides nothing)."""
        return not self._criteria()

    def _criteria(self) -> tuple[str, ...]:
        found = {
            "education": self.min_education is not None,
            "years": self.min_years is not None,
            "certificates": bool(self.required_certificates),
            "keywords": bool(self.keywords),
            "city": bool(self.cities),
            "age": self.use_age and (self.min_age is not None or self.max_age is not None),
            "gender": self.use_gender and self.gender is not None,
        }
        return tuple(name for name, active in found.items() if active)

    def problems(self) -> dict[str, errors.InvalidField]:
        """Field → its refusal, for rules that cannot be stored (empty when all is well)."""
        found: dict[str, errors.InvalidField] = {}
        if self.min_education is not None and self.min_education not in EDUCATION_LEVELS:
            found["min_education"] = errors.InvalidField(
                field="min_education", reason="one of {choices}",
                choices=", ".join(EDUCATION_LEVELS))
        if self.min_years is not None and not 0 <= self.min_years <= 60:
            found["min_years"] = errors.InvalidField(field="min_years", reason="0 to 60 years")
        if not 0 <= self.pass_score <= 100:
            found["pass_score"] = errors.InvalidField(field="pass_score", reason="0 to 100")
        for name in ("min_age", "max_age"):
            value = getattr(self, name)
            if value is not None and not 16 <= value <= 80:
                found[name] = errors.InvalidField(field=name, reason="16 to 80 years")
        if (self.min_age is not None and self.max_age is not None
                and self.min_age > self.max_age and "max_age" not in found):
            found["max_age"] = errors.InvalidField(field="max_age",
                                                   reason="at least the minimum age")
        if self.gender is not None and self.gender not in GENDERS:
            found["gender"] = errors.InvalidField(field="gender", reason="M or F")
        return found

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for name in ("required_certificates", "keywords", "cities"):
            data[name] = list(data[name])
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ScreeningRules:
        """Unknown keys are ignored: a newer program's rules still open in an older one."""
        if not data:
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("required_certificates", "keywords", "cities"):
            values[name] = clean_terms(values.get(name) or ())
        return cls(**values)


def clean_terms(terms: Iterable[object]) -> tuple[str, ...]:
    """Trimmed, without blanks or repeats (ignoring case), in the order given."""
    seen: dict[str, str] = {}
    for term in terms:
        text = " ".join(str(term).split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())


@dataclasses.dataclass(frozen=True)
class ScreeningResult:
    score: int  # 0-100
    matched: bool  # score >= pass_score and no requirement failed
    # One per criterion, then the score: codes and parameters (``hrdesk.notices``),
    # said in the reader's language wherever they are shown.
    reasons: tuple[StoredText, ...]


@dataclasses.dataclass(frozen=True)
class _Verdict:
    earned: float  # 0..1 of the criterion's weight
    reason: StoredText
    required: bool = True  # a failed requirement means no match


def _said(code: str, **params: Any) -> StoredText:
    return StoredText(f"screening.{code}", params, "")


def score(rules: ScreeningRules, candidate: Mapping[str, object],
          today: dt.date) -> ScreeningResult:
    """``candidate`` keys: education, years_experience, certificates, skills,
    self_description, school, major, city, birth_date, gender (missing keys are unknown)."""
    criteria = rules._criteria()
    if not criteria:
        return ScreeningResult(100, True, (_said("no_rules"),))
    judges = {"education": _education, "years": _years, "certificates": _certificates,
              "keywords": _keywords, "city": _city, "age": _age, "gender": _gender}
    verdicts = [judges[name](rules, candidate, today) for name in criteria]
    total = sum(WEIGHTS[name] for name in criteria)
    earned = sum(WEIGHTS[name] * v.earned for name, v in zip(criteria, verdicts, strict=True))
    points = round(100 * earned / total)
    failed = any(v.required and v.earned < 1 for v in verdicts)
    matched = points >= rules.pass_score and not failed
    summary = _said("score.passed" if points >= rules.pass_score else "score.below",
                    score=points, pass_score=rules.pass_score)
    return ScreeningResult(points, matched, (*(v.reason for v in verdicts), summary))


# --- criteria --------------------------------------------------------------------------


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _items(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [_text(v) for v in value if _text(v)] if isinstance(value, Iterable) else [_text(value)]


def _contains(haystack: str, needle: str) -> bool:
    return needle.casefold() in haystack.casefold()


def _listed(values: Iterable[str]) -> str:
    return ", ".join(values)  # the candidate's or the rule's own words, as data


def _education(rules: ScreeningRules, candidate: Mapping[str, object],
               _today: dt.date) -> _Verdict:
    wanted = rules.min_education or ""
    have = _text(candidate.get("education"))
    if not have:
        return _Verdict(0, _said("education.missing", wanted=wanted))
    if have not in EDUCATION_LEVELS:
        return _Verdict(0, _said("education.unknown", have=have, wanted=wanted))
    if EDUCATION_LEVELS.index(have) < EDUCATION_LEVELS.index(wanted):
        return _Verdict(0, _said("education.below", have=have, wanted=wanted))
    return _Verdict(1, _said("education.met", have=have, wanted=wanted))


def _years(rules: ScreeningRules, candidate: Mapping[str, object], _today: dt.date) -> _Verdict:
    wanted = rules.min_years or 0
    have = candidate.get("years_experience")
    if not isinstance(have, int):
        return _Verdict(0, _said("years.missing", wanted=wanted))
    if have < wanted:
        return _Verdict(0, _said("years.below", have=have, wanted=wanted))
    return _Verdict(1, _said("years.met", have=have, wanted=wanted))


def _certificates(rules: ScreeningRules, candidate: Mapping[str, object],
                  _today: dt.date) -> _Verdict:
    # "电工证" is held by someone with "低压电工证": a required name inside a held one.
    held = _items(candidate.get("certificates"))
    missing = [c for c in rules.required_certificates
               if not any(_contains(h, c) for h in held)]
    if missing:
        return _Verdict(0, _said("certificates.missing", missing=_listed(missing)))
    return _Verdict(1, _said("certificates.held",
                             wanted=_listed(rules.required_certificates)))


def _keywords(rules: ScreeningRules, candidate: Mapping[str, object],
              _today: dt.date) -> _Verdict:
    haystack = "\n".join(t for field in KEYWORD_FIELDS for t in _items(candidate.get(field)))
    found = [k for k in rules.keywords if _contains(haystack, k)]
    share = len(found) / len(rules.keywords)
    if not found:
        return _Verdict(0, _said("keywords.none", wanted=_listed(rules.keywords)),
                        required=False)
    return _Verdict(share, _said("keywords.found", count=len(found),
                                 total=len(rules.keywords), found=_listed(found)),
                    required=False)


def _city(rules: ScreeningRules, candidate: Mapping[str, object], _today: dt.date) -> _Verdict:
    have = _text(candidate.get("city"))
    wanted = _listed(rules.cities)
    if not have:
        return _Verdict(0, _said("city.missing", wanted=wanted))
    # "江苏昆山" is in 昆山: a wanted city named inside the stated one.
    if any(_contains(have, c) for c in rules.cities):
        return _Verdict(1, _said("city.met", have=have, wanted=wanted))
    return _Verdict(0, _said("city.other", have=have, wanted=wanted))


def _age(rules: ScreeningRules, candidate: Mapping[str, object], today: dt.date) -> _Verdict:
    born = candidate.get("birth_date")
    low, high = rules.min_age, rules.max_age
    span = ("between" if low is not None and high is not None
            else "at_least" if low is not None else "at_most")
    limits = {"low": low, "high": high}
    if not isinstance(born, dt.date):
        return _Verdict(0, _said(f"age.unknown.{span}", **limits))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if (low is not None and age < low) or (high is not None and age > high):
        return _Verdict(0, _said(f"age.outside.{span}", age=age, **limits))
    return _Verdict(1, _said(f"age.within.{span}", age=age, **limits))


def _gender(rules: ScreeningRules, candidate: Mapping[str, object],
            _today: dt.date) -> _Verdict:
    have = _text(candidate.get("gender"))
    if not have:
        return _Verdict(0, _said("gender.unknown", wanted=rules.gender))
    if have != rules.gender:
        return _Verdict(0, _said("gender.other", have=have, wanted=rules.gender))
    return _Verdict(1, _said("gender.met", wanted=rules.gender))
