"""Row fingerprints never change form: entries written years ago are checked against
rows fingerprinted today (``verify-audit``), so a faster ``digest`` must give the very
same text. The expected values were made by the first implementation."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

import pytest

from hrdesk.db import stored
from hrdesk.models.base import Base
from hrdesk.security import row_digest

EIGHT_HOURS = dt.timezone(dt.timedelta(hours=8))

CASES = [
    ("candidates", {
        "id": uuid.UUID("0190a0b0-0000-7000-8000-000000000001"), "name": b"\x00cipher\xff",
        "name_sort": "wang3 tong2", "name_key": "王同名", "gender": "男",
        "birth_date": dt.date(1990, 5, 17), "mobile": memoryview(b"abc"), "email": None,
        "email_normalised": "a@b.cn", "mobile_placeholder": False, "identity_pending": True,
        "years_experience": 3, "certificates": ["电工证", "叉车"], "skills": [],
        "extra": {"自我评价": "吃苦耐劳", "b": [1, {"z": 2, "a": None}]},
        "created_at": dt.datetime(2026, 12, 8, 1, 2, 3, 456789, tzinfo=dt.UTC),
        "updated_at": dt.datetime(2026, 12, 8, 9, 2, 3, tzinfo=EIGHT_HOURS),
        "erased_at": dt.datetime(2026, 1, 1, 0, 0, 0), "version": 2,
        "audit_entry_id": uuid.UUID("0190a0b0-0000-7000-8000-0000000000ff"),
        "audit_salt": "c2FsdA=="},
     "0c89aa112ce7f2d8aca9a5e17616aa52ba60eb492bf9f43788dd9349cc24d56c"),
    ("channel_costs", {"id": uuid.UUID("0190a0b0-0000-7000-8000-000000000002"),
                       "amount": decimal.Decimal("1234.5")},
     "1cfde643b80a8297031e6a484e087ab5a54ab3232ba4da4a4a4fd506313ec734"),
    ("channel_costs", {"id": "0190a0b0-0000-7000-8000-000000000003", "amount": 99.1},
     "3aee4790aed6d225cdeebac3d192f747ee84e964136732cae17c1a09e901b544"),
    ("candidates", {}, "e0946ddba02203b0147b40e45b66c40709a0ae4333d16a8b11990c42d53e6824"),
]


@pytest.mark.parametrize(("table", "row", "expected"), CASES,
                         ids=["every-type", "decimal", "float-and-text-id", "empty"])
def test_fingerprints_keep_their_form(table: str, row: dict, expected: str) -> None:
    assert row_digest.digest(stored.tables(Base.metadata)[table], row) == expected


def test_the_same_moment_in_any_zone_is_one_fingerprint() -> None:
    table = stored.tables(Base.metadata)["candidates"]
    utc = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)
    assert row_digest.digest(table, {"created_at": utc}) == row_digest.digest(
        table, {"created_at": utc.astimezone(EIGHT_HOURS)})
