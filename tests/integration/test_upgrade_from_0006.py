"""A database and a backup written by the version before keys followed roles (schema
0006, one master key in every slot) open, upgrade, restore and split their keys."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

import hrdesk_app
from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.db import access, keyring
from hrdesk.db.crypto import Purpose
from hrdesk.locations import Location, SqliteLocation
from hrdesk.security import audit_sealing
from hrdesk.services import (
    accounts,
    attachments,
    audit_log,
    candidate_privacy,
    candidate_search,
    key_upgrade,
    maintenance,
    session,
)
from tests.integration.audit_scan import clear_in_audit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_0006"
ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "legacy-password-1"
OLD_RECOVERY_CODE = "P353N-W3B7A-YH3YC-5GYXQ-TATDK"


@pytest.fixture
def legacy(tmp_path: Path) -> SqliteLocation:
    for name in ("legacy.db", "legacy.db.keys"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return SqliteLocation(tmp_path / "legacy.db")


@pytest.fixture
def later() -> FixedClock:
    return FixedClock(dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC))


def _wang(opened: session.Session):  # type: ignore[no-untyped-def]
    [person] = [c for c in candidate_search.search_candidates(opened.workspace, opened.actor).items
                if c.name == "王芳"]
    return person


def test_it_upgrades_with_a_backup_and_every_old_row_vouched_for(
        legacy: SqliteLocation, later: FixedClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    hr = session.open_session(legacy, "hr.li", PASSWORD, later, backups=tmp_path / "backups")
    try:
        assert list((tmp_path / "backups").glob("before-upgrade-*.hdbk"))
        wang = _wang(hr)
        assert wang.mobile == "139****0000"  # filled in by the upgrade, from the old key
        # Sort keys spelled by the upgrade: 李 王 张 by pinyin, not 张 李 王 by code point.
        assert [c.name for c in candidate_search.search_candidates(hr.workspace, hr.actor).items] \
            == ["李强", "王芳", "张伟"]
        shown = candidate_privacy.reveal(hr.workspace, hr.actor, wang.id)
        assert shown.mobile == "13900000000" and shown.expected_salary == "12000"
        # The old entries' values about people are sealed under their keys: in clear
        # nowhere in the log, and still shown in the person's history.
        assert clear_in_audit(hr.workspace.db.engine, ("王芳",)) == []
        [created] = [r for r in audit_log.person_history(hr.workspace, hr.actor, wang.id)
                     if r.entity_type == "candidates" and r.operation == "create"]
        assert created.values == audit_sealing.OPENED and created.changes["name"] == [None,
                                                                                      "王芳"]
    finally:
        hr.close()
    result = assert_vouched_for(legacy, later)
    # The rewrite is said, every time, as a note: when, how many, the old head.
    [note] = result.notes
    assert note.code == "chain_resealed" and note.params["entries"] > 0
    assert note.params["old_head"].startswith(f"{note.params['seq'] - 1}:")
    # The command line says it too, and still calls the log intact.
    monkeypatch.setenv("HRDESK_PASSWORD", ADMIN_PASSWORD)
    assert hrdesk_app.main(["--db", str(legacy.path), "verify-audit", "--user", "admin"], later) == 0
    out = capsys.readouterr().out
    assert "Audit log note:" in out and "sealed under their people's keys" in out
    assert "Audit log intact" in out


def assert_vouched_for(location: Location, clock: FixedClock) -> Any:
    """``verify-audit`` as the administrator runs it: the chain holds, every row checked."""
    admin = session.open_session(location, "admin", ADMIN_PASSWORD, clock)
    try:
        result = audit_log.verify(admin.workspace, admin.actor)
        assert result.ok, result.problems
        assert result.chain.rows_checked
    finally:
        admin.close()
    return result


def test_an_administrator_splits_the_keys_and_each_role_keeps_only_its_own(
        legacy: SqliteLocation, later: FixedClock, tmp_path: Path) -> None:
    admin = session.open_session(legacy, "admin", ADMIN_PASSWORD, later)
    try:
        assert key_upgrade.needed(admin.workspace)
        done = key_upgrade.split(admin.workspace, admin.actor, ADMIN_PASSWORD)
        assert done.re_encrypted == 2  # the resume file and the recruiter's own mobile
        assert not key_upgrade.needed(admin.workspace)
    finally:
        admin.close()
    # Each user's next sign-in narrows their slot to their roles.
    for username in ("int.wu", "hr.li"):
        session.open_session(legacy, username, PASSWORD, later).close()
    with access.opened_keystore(legacy) as store:
        ring = store.items()
    interviewer = keyring.open_slot(ring["slot:int.wu"], PASSWORD, "slot:int.wu")
    assert interviewer is not None and not interviewer.legacy
    assert Purpose.PERSONAL not in interviewer.keys.purposes
    assert Purpose.DOCUMENTS in interviewer.keys.purposes
    recruiter = keyring.open_slot(ring["slot:hr.li"], PASSWORD, "slot:hr.li")
    assert recruiter is not None and Purpose.PERSONAL in recruiter.keys.purposes
    assert Purpose.BACKUP not in recruiter.keys.purposes
    # What was re-encrypted still opens for those who may read it.
    hr = session.open_session(legacy, "hr.li", PASSWORD, later)
    try:
        wang = _wang(hr)
        [resume] = attachments.list_attachments(hr.workspace, hr.actor, wang.id)
        _info, data = attachments.open_attachment(hr.workspace, hr.actor, resume.id)
        assert "数控车工" in data.decode()
    finally:
        hr.close()
    # The old recovery code no longer opens the ring; the new one does.
    with pytest.raises(errors.InvalidRecoveryCode):
        accounts.recover_access(legacy, OLD_RECOVERY_CODE, "admin", "new-admin-password-1")
    accounts.recover_access(legacy, done.recovery_code, "admin", "new-admin-password-1")
    checker = session.open_session(legacy, "admin", "new-admin-password-1", later)
    try:
        assert audit_log.verify(checker.workspace, checker.actor).ok
    finally:
        checker.close()


@pytest.mark.parametrize("target_kind", ["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def test_a_backup_of_the_old_format_restores(target_kind: str, later: FixedClock,
                                             tmp_path: Path,
                                             request: pytest.FixtureRequest) -> None:
    target: Location = (SqliteLocation(tmp_path / "restored.db") if target_kind == "sqlite"
                        else request.getfixturevalue("pg_databases")())
    with pytest.raises(errors.RestoreNeedsAdministrator):
        maintenance.restore_backup(FIXTURES / "legacy.hdbk", target, "int.wu", PASSWORD, later)
    counts = maintenance.restore_backup(FIXTURES / "legacy.hdbk", target, "admin",
                                        ADMIN_PASSWORD, later)
    assert counts["candidates"] == 3 and counts["attachments"] == 1
    hr = session.open_session(target, "hr.li", PASSWORD, later)
    try:
        wang = _wang(hr)
        assert candidate_privacy.reveal(hr.workspace, hr.actor, wang.id).mobile == \
            "13900000000"
        [resume] = attachments.list_attachments(hr.workspace, hr.actor, wang.id)
        assert attachments.open_attachment(hr.workspace, hr.actor, resume.id)[1]
    finally:
        hr.close()
    admin = session.open_session(target, "admin", ADMIN_PASSWORD, later)
    try:
        assert audit_log.verify(admin.workspace, admin.actor).ok
    finally:
        admin.close()
