"""An import is audited per batch: one entry per written batch names the file (its
SHA-256), the actor, the rows and the people created or updated, with each person's
values sealed under their own key; every person keeps their "imported" event and sees
their values in their history until they are erased."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrdesk.models.audit import AuditEntry
from hrdesk.security import audit_sealing
from hrdesk.services import (
    audit_log,
    candidates,
    erasure,
    import_commit as commit,
    imports,
    timeline,
)
from tests.integration import plant as plant_
from tests.integration.audit_scan import clear_in_audit
from tests.integration.test_import_plan import write_sheet

HEADERS = ["姓名", "手机", "邮箱", "学校"]


@pytest.fixture
def plant(admin_session, clock):  # type: ignore[no-untyped-def]
    yield from plant_.with_administrator(admin_session, clock)


def _entries(plant) -> int:  # type: ignore[no-untyped-def]
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_one_entry_per_batch_with_every_persons_values_sealed(
        plant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(commit, "BATCH", 10)
    rows = [[f"批次{i}号", f"1371000{i:04d}", f"batch{i}@example.cn", "批次职业学院"]
            for i in range(25)]
    sheet = write_sheet(tmp_path / "batch.xlsx", rows, HEADERS)
    hr = plant.actor("hr.li")
    before = _entries(plant)
    result = imports.run(plant.ws, hr, imports.preview(plant.ws, hr, sheet))
    assert result.stored == 25
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        batches = uow.session.execute(select(
            AuditEntry.entity_id, AuditEntry.changes, AuditEntry.rows).where(
            AuditEntry.entity_type == "candidates", AuditEntry.action == "imports.commit")
            .order_by(AuditEntry.seq)).all()
    assert len(batches) == 3 and _entries(plant) == before + 3  # 10 + 10 + 5 rows
    first = json.loads(batches[0].changes)
    digest = hashlib.sha256(sheet.read_bytes()).hexdigest()
    assert batches[0].entity_id == digest and first["sha256"] == digest
    assert first["file"] == "batch.xlsx" and first["rows"] == list(range(2, 12))
    assert len(first["created"]) == 10 and len(json.loads(batches[0].rows)) == 10
    assert all(audit_sealing.person_keys.is_sealed(v) for v in first["values"].values())
    # Nobody's name, e-mail or school is in the log in clear.
    seeds = [r[0] for r in rows] + [r[2] for r in rows] + ["批次职业学院"]
    assert clear_in_audit(plant.ws.db.engine, seeds) == []
    admin = plant["admin"]
    assert audit_log.verify(admin.workspace, admin.actor).ok
    # A person's history opens their own values of the batch entry, and nobody else's.
    [person] = [c for c in candidates.find_by_mobile(plant.ws, hr, "13710000007")]
    reader = plant["hr.li"]  # may see everyone on file, and holds the history key
    [created] = audit_log.person_history(reader.workspace, reader.actor, person.id)
    assert created.values == audit_sealing.OPENED
    assert created.changes["name"] == [None, "批次7号"]
    assert "批次8号" not in json.dumps(created.changes, ensure_ascii=False)
    kinds = [e.kind for e in timeline.of_candidate(plant.ws, hr, person.id)]
    assert kinds == ["imported"]
    # Erased: the values of the batch entry cannot be opened any more; the chain holds.
    erasure.erase(plant.ws, hr, person.id, "本人要求删除")
    assert audit_log.verify(admin.workspace, admin.actor).ok
    [other] = candidates.find_by_mobile(plant.ws, hr, "13710000008")
    [still] = audit_log.person_history(reader.workspace, reader.actor, other.id)
    assert still.values == audit_sealing.OPENED
