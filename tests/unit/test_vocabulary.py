"""Every role, permission, stage kind, timeline event kind and status reaches a person
as a word of their language, never as the key the database stores."""

from __future__ import annotations

import json
import re

import pytest

from hrdesk import i18n, vocabulary
from hrdesk.vocabulary import Role, Term

EVERY_WORD = [pytest.param(member, id=f"{term.__name__}.{member.name}")
              for term in vocabulary.all_terms() for member in term]
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_the_vocabularies_the_issue_names_are_all_there() -> None:
    names = {term.__name__ for term in vocabulary.all_terms()}
    assert {"Role", "ApproverRole", "Permission", "StageKind", "TimelineKind",
            "ApplicationStatus", "JobStatus", "RequisitionStatus", "StepStatus", "TaskStatus",
            "OutboxStatus", "PairStatus"} <= names


@pytest.mark.parametrize("member", EVERY_WORD)
def test_each_word_is_said_in_english_and_in_chinese(member: Term) -> None:
    english = i18n.describe_said(member, chinese=False)
    chinese = i18n.describe_said(member, chinese=True)
    assert english == member.label and english != member.value and "_" not in english
    assert chinese != english and chinese != member.value and HAN.search(chinese), \
        f"run `python -m ui.i18n update` and translate {member.context()}: {member.label}"


def test_a_term_is_stored_and_compared_as_its_plain_string() -> None:
    assert Role.MANAGER == "manager" and Role("manager") is Role.MANAGER
    assert json.dumps({"role": Role.MANAGER}) == '{"role": "manager"}'
    assert f"{Role.MANAGER}" == "manager"  # a query parameter, a log line
    assert Role.of("ceo") == "ceo"  # an old row the vocabulary does not know stays as it is
