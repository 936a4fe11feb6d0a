"""A seeded person is nowhere in clear after a run of every verb: not in the database
files, the data folder, the logs, the temporary folder, the backups or an export, nor
in any audit entry — nor, on PostgreSQL, in any column a number could hide in.

The person is someone nothing else makes: a name, a mobile number, an ID number and an
e-mail address are each searched for as UTF-8, UTF-16 and JSON escapes, in every file
under the test's folder (inside zip containers too, such as an .xlsx report).
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import String, Text, inspect, select, text

import hrdesk_app
from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.locations import Location, PostgresLocation, SqliteLocation
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.integration import plant as plant_
from tests.integration.audit_scan import clear_in_audit
from tests.integration.test_import_plan import write_sheet

NAME = "欧阳测试员"
MOBILE = "13987654321"
FIRST17 = "32058319880808123"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)
EMAIL = "ouyang.scan@example.com"
SEEDS = (NAME, MOBILE, ID_NUMBER, EMAIL)


@dataclasses.dataclass
class Run:
    plant: plant_.Plant
    root: Path
    inputs: set[Path]
    monkeypatch: pytest.MonkeyPatch
    clock: FixedClock

    def db_argument(self, location: Location | None = None) -> str:
        where = location or self.plant.location
        if isinstance(where, SqliteLocation):
            return str(where.path)
        assert isinstance(where, PostgresLocation)
        return f"postgresql://{where.user}@{where.host}:{where.port}/{where.database}"

    def verb(self, *argv: str, password: str = plant_.PASSWORD,
             location: Location | None = None) -> int:
        self.monkeypatch.setenv("HRDESK_PASSWORD", password)
        return hrdesk_app.main(["--db", self.db_argument(location), *argv], self.clock)


@pytest.fixture
def run(admin_session, clock: FixedClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Run:  # type: ignore[no-untyped-def]
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # picked up again from TMPDIR
    built = plant_.for_the_command_line(plant_.build(admin_session, clock), monkeypatch)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    sheet = write_sheet(inputs / "简历.xlsx", [
        [NAME, MOBILE, EMAIL, ID_NUMBER, "本科", "5"],
        ["无效行", "123", None, None, "本科", "5"]],  # refused: a mobile of three digits
        headers=["姓名", "手机", "邮箱", "身份证号", "学历", "工作年限"])
    resumes = inputs / "resumes"
    resumes.mkdir()
    (resumes / f"{NAME}{MOBILE}.txt").write_text(
        f"{NAME} 手机 {MOBILE} 身份证 {ID_NUMBER} 邮箱 {EMAIL} 数控车工", encoding="utf-8")
    yield Run(built, tmp_path, {sheet, *resumes.iterdir()}, monkeypatch, clock)
    built.close()


def _payloads(path: Path) -> list[bytes]:
    data = path.read_bytes()
    found = [data]
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found += [archive.read(name) for name in archive.namelist()]
    return found


def _forms(seed: str) -> list[bytes]:
    escaped = json.dumps(seed)[1:-1]
    return [seed.encode("utf-8"), seed.encode("utf-16-le"), escaped.encode("ascii")]


def _clear_copies(root: Path, skip: set[Path]) -> list[tuple[str, str]]:
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p not in skip):
        for payload in _payloads(path):
            hits += [(str(path.relative_to(root)), seed) for seed in SEEDS
                     if any(form in payload for form in _forms(seed))]
    return sorted(set(hits))


def test_every_verb_leaves_no_personal_value_in_clear(run: Run) -> None:  # type: ignore[no-untyped-def]
    plant, root = run.plant, run.root
    sheet, = (p for p in run.inputs if p.suffix == ".xlsx")
    report = root / "exports" / "rejected.xlsx"
    report.parent.mkdir()
    assert run.verb("import-resumes", str(sheet), "--job", plant.job.code, "--user", "hr.li",
                    "--report", str(report)) == 0
    assert report.exists()  # the invalid row, for HR to put right
    assert run.verb("attach-resumes", str(root / "inputs" / "resumes"), "--user",
                    "hr.li") == 0
    assert run.verb("remind", "--user", "hr.li") == 0
    backups = root / "backups"
    backups.mkdir()
    for argv in (("backup", str(backups), "--user", ADMIN),
                 ("verify-audit", "--user", ADMIN), ("verify-audit", "--export-head",
                                                     "--user", ADMIN),
                 ("migrate", "--user", ADMIN), ("upgrade-keys", "--user", ADMIN)):
        assert run.verb(*argv, password=ADMIN_PASSWORD) == 0, argv
    [made] = backups.glob("*.hdbk")
    assert run.verb("backup", "--verify", str(made), "--user", ADMIN,
                    password=ADMIN_PASSWORD) == 0
    restored = SqliteLocation(root / "restored" / "copy.db")
    restored.path.parent.mkdir()
    assert run.verb("restore", str(made), "--user", ADMIN, password=ADMIN_PASSWORD,
                    location=restored) == 0
    assert run.verb("verify-audit", "--user", ADMIN, password=ADMIN_PASSWORD,
                    location=restored) == 0
    # A wrong password and an internal error are logged too: still nothing personal.
    assert run.verb("verify-audit", "--user", ADMIN, password="wrong-password") == 1
    # The audit log, every entry: the person's values are sealed under their key.
    assert clear_in_audit(plant.ws.db.engine, SEEDS) == []
    plant.close()
    # The scan finds what is there: the files we wrote ourselves hold every seed.
    assert {seed for _path, seed in _clear_copies(root / "inputs", set())} == set(SEEDS)
    assert _clear_copies(root, run.inputs) == []
    if isinstance(plant.location, PostgresLocation):
        assert _server_columns_holding_numbers(plant.location) == []


def _server_columns_holding_numbers(location: PostgresLocation) -> list[str]:
    """The server keeps names in clear (they are how people are found); no column may
    hold the seeded mobile or ID number, or the e-mail outside the candidate's own."""
    from sqlalchemy import create_engine

    engine = create_engine(location.sqlalchemy_url())
    found = []
    try:
        with engine.connect() as conn:
            schema = inspect(conn)
            for table in schema.get_table_names():
                for column in schema.get_columns(table):
                    if not isinstance(column["type"], (String, Text)) and \
                            "json" not in str(column["type"]).lower():
                        continue
                    name = column["name"]
                    for seed in (MOBILE, ID_NUMBER):
                        hit = conn.execute(select(text("1")).select_from(text(table)).where(
                            text(f'CAST("{name}" AS TEXT) LIKE :seed')).limit(1),
                            {"seed": f"%{seed}%"}).first()
                        if hit:
                            found.append(f"{table}.{name}: {seed}")
    finally:
        engine.dispose()
    return found
