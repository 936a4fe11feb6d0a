"""What is wrong with an imported row, as a code and parameters, never as display text.

Each problem code has one English template; the template is also the translation
key (context ``ImportProblem``, filled in by ``python -m ui.i18n update``), so the
preview, the command line and the rejected-rows report can say it in Chinese.
``Problem.said`` makes the sentence through the reader's catalogue; ``Problem.message``
is the English one, for logs and for ``RowPlan.reasons``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from hrdesk import error_text, errors
from hrdesk.imports import fields
from hrdesk.vocabulary import Translate, as_is

_TRUNCATED = "{label} {value}… was cut to {limit} characters."
_WORD_TOO_LONG = "{label}: {value}… is longer than {limit} characters and was left out."
_TOO_MANY_WORDS = "{label}: only the first {limit} of {count} were kept."

# code -> English template. {value} is the cell as the person typed it (or as Excel
# showed it); {label} a field's label (fields.LABELS) and {key} the name of a key
# that found a duplicate (identity_rules.Key): both are translated as phrases too.
TEMPLATES: dict[str, str] = {
    # one cell (normalise)
    "name.missing": "The row has no name.",
    "mobile.invalid": "Mobile number {value} is not a mainland mobile number "
                      "(11 digits starting with 13 to 19).",
    "email.invalid": "Email {value} is not an email address.",
    "id_number.scientific": "ID number {value} was turned into a number by Excel; "
                            "its last digits are lost.",
    "id_number.invalid": "ID number {value} does not have 18 characters "
                         "(17 digits and a digit or X).",
    "id_number.checksum": "ID number {value} has a wrong check character: "
                          "a digit was probably mistyped.",
    "id_number.birth_date": "ID number {value} holds no plausible birth date ({birth}).",
    "gender.invalid": "Gender {value} is not 男 or 女 (M or F).",
    "education.unknown": "Education {value} is none of 初中, 高中, 中专, 大专, 本科, 硕士, 博士.",
    "years_experience.invalid": "Years of experience {value} is not a number of years "
                                "from 0 to 60.",
    "date.invalid": "Date {value} is not a date (e.g. 1990-01-02).",
    # the cells of one row together (rows)
    "id_number.upgraded": "ID number {value} is an old 15-digit number; "
                          "it is stored as {stored}.",
    "mobile.several": "Mobile number {value} holds several numbers; only {kept} is kept.",
    "name.too_long": "Name {value}… is longer than {limit} characters.",
    **{f"{field}.truncated": _TRUNCATED for field in fields.TEXT_LIMITS},
    **{f"{field}.too_long": _WORD_TOO_LONG for field in fields.LIST_FIELDS},
    **{f"{field}.too_many": _TOO_MANY_WORDS for field in fields.LIST_FIELDS},
    "birth_date.mismatch": "Birth date {value} does not match the ID number's {birth}; "
                           "the ID number's is kept.",
    "gender.mismatch": "Gender {value} does not match the ID number's {sex}; "
                       "the ID number's is kept.",
    "birth_date.birth_date": "Birth date {value} is not plausible.",
    "contact.missing": "The row has no mobile number, email or ID number.",
    # the row against the others and the stored people (plan, by identity_rules)
    "row.same_as_row": "Same person as row {row} (same {key}).",
    "row.on_file": "Same person as {name}, who is already on file (same {key}).",
    "row.other_name": "Same ID number as {name}, who is on file under another name: "
                      "the stored name is kept. Please check.",
    "row.other_name_row": "Same ID number as row {row} ({name}) under another name: "
                          "the first row's name is kept. Please check.",
    "row.possible_row": "Possibly the same person as row {row} ({name}): same {key} "
                        "under another name. Stored as a new person and queued for HR.",
    "row.possible_stored": "Possibly the same person as {name}, who is already on file: "
                           "same {key} under another name. Stored as a new person and "
                           "queued for HR.",
    "row.placeholder": "The {key} is a placeholder value: it is kept, but identifies nobody.",
    "row.shared_key": "The {key} is shared by more than a few people in this file: "
                      "it is kept, but identifies nobody.",
    "row.kept_stored": "{label} differs from the stored person's: the stored value is kept "
                       "(only the ID number may change who a person is).",
    # the candidate rules refused the row: errors.InvalidField's params, its template
    "candidate.invalid": errors.InvalidField.template,
}

#: Each outcome of a row (plan.OUTCOMES) as the report and the CLI name it; catalogued
#: with the problems, so they are said in Chinese the same way.
OUTCOME_LABELS = {"new": "New", "updated": "Updated", "same_as_stored": "Same person as stored",
                  "same_as_row": "Same person as an earlier row",
                  "possible_duplicate": "Possible duplicate (queued)", "rejected": "Rejected"}

#: Problems that say what a row *is* (its outcome), not what is wrong with it.
OUTCOME_CODES = frozenset({"row.same_as_row", "row.on_file", "row.possible_row",
                           "row.possible_stored"})

#: Parameters whose values are fixed English phrases, catalogued in the same context.
PHRASE_PARAMS = ("label", "key")
#: The translation context of the templates and those phrases.
CONTEXT = "ImportProblem"


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    field: str | None  # a fields.FIELDS name; None when no one cell is to blame
    code: str  # a key of TEMPLATES: "mobile.invalid", "id_number.scientific" …
    params: Mapping[str, object]  # what TEMPLATES[code] names
    fatal: bool = False  # the row cannot be imported

    @property
    def message(self) -> str:
        """The English sentence, for logs."""
        return self.said()

    def said(self, translate: Translate = as_is) -> str:
        """The sentence through ``translate(context, english)`` (the GUI's, the CLI's):
        the template and the phrases its parameters hold (a field's label, a key's name;
        an ``InvalidField``'s field and reason, as for any error) in context ``CONTEXT``.
        A translation naming a wrong placeholder must not hide the reason: then English."""
        try:
            return self._said(translate)
        except (KeyError, IndexError, ValueError):
            if translate is as_is:
                raise
            return self._said(as_is)

    def _said(self, translate: Translate) -> str:
        params = {key: translate(CONTEXT, value)
                  if key in PHRASE_PARAMS and isinstance(value, str) else value
                  for key, value in error_text.said_params(self.params, translate).items()}
        return translate(CONTEXT, TEMPLATES[self.code]).format(**params)


def of_error(field: str | None, error: errors.HrdeskError) -> Problem:
    """The candidate rules' refusal (``InvalidField``) as a fatal problem of the row."""
    return Problem(field, "candidate.invalid", dict(error.params), fatal=True)


def catalogued() -> list[str]:
    """Every phrase of context ``ImportProblem``: the templates, then the phrases
    their parameters hold; each once, in a stable order."""
    from hrdesk.identity_rules import Key

    phrases = [*TEMPLATES.values(), *fields.LABELS.values(), *(k.value for k in Key),
               *OUTCOME_LABELS.values()]
    return list(dict.fromkeys(phrases))
