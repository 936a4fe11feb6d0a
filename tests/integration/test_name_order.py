"""The candidates list in pinyin order on both backends, for every way a name is written,
and for the people already on file when the key arrived."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from hrdesk.clock import FixedClock
from hrdesk.db import migrate
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import (
    accounts,
    audit_log,
    candidate_merge,
    candidate_search,
    candidates,
    imports,
    session,
)
from tests.integration.test_audit import _raw
from tests.integration.test_import_plan import write_sheet
from tests.integration.test_upgrade_from_0006 import assert_vouched_for

PASSWORD = "names-password-1"
# Code points put them 张 赵 区 单 王 曾 李 阿 陈; a reader, by pinyin, as sorted here.
IN_PINYIN_ORDER = ["阿强", "Alice", "anna", "陈明", "李安", "李四", "区家明", "单田芳", "王五",
                   "曾国藩", "张三", "赵六"]


@pytest.fixture
def recruiter(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    clock.tick = dt.timedelta(milliseconds=5)
    ws, admin = admin_session.workspace, admin_session.actor
    accounts.create_user(ws, admin, accounts.NewUser("hr.li", "李娜", PASSWORD,
                                                     (RoleScope("hr"),)))
    opened = session.open_session(ws.location, "hr.li", PASSWORD, clock)
    yield opened
    opened.close()


def _names(opened: session.Session, descending: bool = False) -> list[str]:
    page = candidate_search.search_candidates(opened.workspace, opened.actor, order="name",
                                        descending=descending)
    return [c.name for c in page.items]


def _add(opened: session.Session, names: list[str]) -> None:
    candidates.add_candidates(opened.workspace, opened.actor,
                              [candidates.NewCandidate(n) for n in names])


def test_the_list_sorts_by_pinyin_however_the_name_was_written(  # type: ignore[no-untyped-def]
        recruiter, tmp_path: Path) -> None:
    ws, hr = recruiter.workspace, recruiter.actor
    # One by one, in a batch, kept in a merge, imported, renamed: each write sets the key.
    for name in ("张三", "赵六", "区家明"):
        candidates.create_candidate(ws, hr, candidates.NewCandidate(name))
    _add(recruiter, ["单田芳", "王五", "曾国藩", "阿强", "Alice"])
    typo = candidates.create_candidate(ws, hr, candidates.NewCandidate("李思"))
    kept = candidates.create_candidate(ws, hr, candidates.NewCandidate("anna"))
    twin = candidates.create_candidate(ws, hr, candidates.NewCandidate("Anna"))
    candidate_merge.merge_candidates(ws, hr, kept.id, twin.id)
    # A resume import writes its new people in bulk, without the ORM.
    sheet = write_sheet(tmp_path / "batch.xlsx", [["陈明", "13900000001"], ["李安", "13900000002"]],
                        headers=["姓名", "手机"])
    assert imports.run(ws, hr, imports.preview(ws, hr, sheet)).stored == 2
    candidates.update_candidate(ws, hr, typo.id, candidates.CandidateChanges(name="李四"),
                                typo.version)
    assert _names(recruiter) == IN_PINYIN_ORDER
    assert _names(recruiter, descending=True) == list(reversed(IN_PINYIN_ORDER))


def test_the_key_is_compared_byte_by_byte_whatever_the_server_collation(recruiter) -> None:  # type: ignore[no-untyped-def]
    # 李安 (li-an) before 连 (lian): a language's collation would skip the separator.
    _add(recruiter, ["连", "李安", "李"])
    assert _names(recruiter) == ["李", "李安", "连"]
    engine = recruiter.workspace.db.engine
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            assert conn.execute(text(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'candidates' AND column_name = 'name_sort'")).scalar() == "C"


def test_people_on_file_before_the_upgrade_get_their_key(
        recruiter, admin_session, clock: FixedClock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(recruiter, list(reversed(IN_PINYIN_ORDER)))
    assert audit_log.verify(admin_session.workspace, admin_session.actor).ok
    # The database as the version before this one left it: no key column at all.
    engine, own = _raw(admin_session)
    with engine.begin() as conn:
        migrate.downgrade_on(conn, "0007_row_audit")
    if own:
        engine.dispose()
    recruiter.close()
    location = admin_session.workspace.location
    admin_session.close()
    # Signing in upgrades it (after a backup) and spells every name.
    upgraded = session.open_session(location, "hr.li", PASSWORD, clock,
                                    backups=tmp_path / "backups")
    try:
        assert list((tmp_path / "backups").glob("before-upgrade-*.hdbk"))
        assert _names(upgraded) == IN_PINYIN_ORDER
    finally:
        upgraded.close()
    # The rows are still the ones the audit trail vouched for.
    assert_vouched_for(location, clock)
