"""Several writers on one database at once, each a child process (``driver.py``) that
reports every attempt; then what the database holds is held against what they reported."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from hrdesk.locations import Location
from hrdesk.models.applications import Application, TimelineEvent
from hrdesk.models.audit import AuditEntry
from hrdesk.models.org import User
from hrdesk.models.pipeline import Stage
from hrdesk.services import imports, session
from tests.faults import harness, world

SIGNER = "int.wu"  # signed in by the sign-in loops only, so its sign-ins can be counted


@dataclasses.dataclass
class Report:
    """What one child said: its attempts (JSON lines), its stderr and exit status."""

    name: str
    attempts: list[dict[str, Any]]
    stderr: str
    returncode: int

    def problems(self) -> list[str]:
        said = []
        if self.returncode != 0:
            said.append(f"{self.name} ended with status {self.returncode}: {self.stderr[-800:]}")
        return said


def launch(folder: Path, tasks: dict[str, tuple[list[str], dict[str, str]]]
           ) -> dict[str, Report]:
    """Starts every task (its arguments and environment) at once and waits for all
    (stdout to files: a loop says a lot)."""
    running = {}
    for name, (args, env) in tasks.items():
        out = open(folder / f"{name}.out", "w+", encoding="utf-8")
        err = open(folder / f"{name}.err", "w+", encoding="utf-8")
        running[name] = (subprocess.Popen(
            [sys.executable, "-m", "tests.faults.driver", *args], cwd=harness.ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=out, stderr=err, text=True), out, err)
    reports = {}
    for name, (proc, out, err) in running.items():
        try:
            code = proc.wait(timeout=harness.CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        out.seek(0)
        err.seek(0)
        lines = [json.loads(line) for line in out if line.startswith("{")]
        reports[name] = Report(name, lines, err.read(), code)
        out.close()
        err.close()
    return reports


@dataclasses.dataclass
class Moves:
    """The applications the movers share, and where each stood before."""

    ids: list[uuid.UUID]
    positions: dict[uuid.UUID, int]


def prepare_moves(location: Location, job_code: str, folder: Path, count: int) -> Moves:
    """``count`` new applications to the job, in its first stage (an import in-process)."""
    opened = session.open_session(location, world.USER, world.USER_PASSWORD)
    try:
        ws, actor = opened.workspace, opened.actor
        job_id = imports.job_by_code(ws, actor, job_code)
        sheet = world.write_people(folder / "movers.xlsx", count, 50_000)
        imports.run(ws, actor, imports.preview(ws, actor, sheet, job_id=job_id), job_id=job_id)
        with ws.db.unit_of_work(read_only=True) as uow:
            found = uow.session.execute(
                select(Application.id, Stage.position).join(Stage, Stage.id == Application.stage_id)
                .where(Application.job_id == job_id)).all()
    finally:
        opened.close()
    return Moves([row[0] for row in found], {row[0]: row[1] for row in found})


@dataclasses.dataclass
class Found:
    """What the database holds (keys as text, so it travels as JSON)."""

    imported_per_file: dict[str, int]
    moves_per_app: dict[str, int]
    positions: dict[str, int]
    sign_ins: int


def look(location: Location, moves: Moves) -> Found:
    opened = session.open_session(location, world.ADMIN, world.ADMIN_PASSWORD)
    try:
        with opened.workspace.db.unit_of_work(read_only=True) as uow:
            s = uow.session
            per_file: Counter[str] = Counter()
            for data in s.scalars(select(TimelineEvent.data)
                                  .where(TimelineEvent.kind == "imported")):
                per_file[json.loads(data or "{}").get("file", "")] += 1
            per_app = Counter(dict(s.execute(
                select(TimelineEvent.application_id, func.count())
                .where(TimelineEvent.kind.in_(("advanced", "moved_back")),
                       TimelineEvent.application_id.in_(moves.ids))
                .group_by(TimelineEvent.application_id)).all()))
            positions = dict(s.execute(
                select(Application.id, Stage.position).join(Stage, Stage.id == Application.stage_id)
                .where(Application.id.in_(moves.ids))).all())
            signer = s.scalar(select(User.id).where(User.username == SIGNER))
            sign_ins = s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "auth.sign_in", AuditEntry.entity_id == str(signer))) or 0
    finally:
        opened.close()
    return Found(dict(per_file), {str(k): v for k, v in per_app.items()},
                 {str(k): v for k, v in positions.items()}, int(sign_ins))
