"""The log file after every failure we can provoke holds none of a candidate's data.

A database is seeded with one distinctive person (name, mobile, ID number, e-mail, free
text, a resume named after them); then the command line fails in every way we can make
it: wrong password, unknown user, internal errors whose messages quote the person, driver
errors whose parameters and messages do, a damaged PDF, a broken import file, a restore
that the database refuses. The log file must hold the failures but none of the values
(as text, JSON escapes or a bytes literal), and be readable by its owner only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Enum, bindparam, event, text
from sqlalchemy.engine import Engine

import hrdesk_app
from hrdesk import errors, identity
from hrdesk.locations import Location, SqliteLocation
from hrdesk.services import attachments, audit_log, candidates, reminders
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.integration import plant as plant_module
from tests.integration.test_cli_attach import pdf

NAME = "欧阳霁雯"
MOBILE = "13987654321"
FIRST17 = "44030519870615218"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)
EMAIL = "ouyang.jiwen@example.com"
NOTE = "擅长五轴联动加工，期望月薪一万二"
RESUME = f"{NAME}-{MOBILE}-简历.pdf"
SEEDED = (NAME, MOBILE, ID_NUMBER, EMAIL, NOTE, RESUME)
QUOTING_ALL = f"{NAME} {MOBILE} {ID_NUMBER} {EMAIL} {NOTE} {RESUME}"


def forms(value: str) -> list[str]:
    """As UTF-8 text, as JSON's \\uXXXX escapes, as the escapes of a bytes literal."""
    return [value, json.dumps(value)[1:-1], str(value.encode("utf-8"))[2:-1]]


@pytest.fixture
def seeded(admin_session, clock) -> Iterator[plant_module.Plant]:  # type: ignore[no-untyped-def]
    built = plant_module.build(admin_session, clock)
    hr = built.actor("hr.li")
    person = candidates.create_candidate(built.ws, hr, candidates.NewCandidate(
        NAME, mobile=MOBILE, id_number=ID_NUMBER, email=EMAIL, notes=NOTE))
    attachments.add_attachment(built.ws, hr, person.id, RESUME, pdf("Resume"))
    yield built
    built.close()


@pytest.fixture
def hrdesk(location: Location, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str]]:
    """Runs ``hrdesk --db <db> ARGS`` (the seeded database unless told) with ``password``
    in HRDESK_PASSWORD; returns the exit status and what it said on standard error."""
    def run(*args: str, password: str = ADMIN_PASSWORD, db: Location = location) -> tuple[int, str]:
        monkeypatch.setenv("HRDESK_PASSWORD", password)
        code = hrdesk_app.main(["--db", _db_argument(db), *args])
        return code, capsys.readouterr().err
    return run


def _db_argument(location: Location) -> str:
    if isinstance(location, SqliteLocation):
        return str(location.path)
    return location.sqlalchemy_url()


def log_files(data_dir: Path) -> list[Path]:
    found = sorted(p for p in data_dir.rglob("*") if p.is_file() and ".log" in p.name)
    assert found, "no log file was written"
    return found


def log_text(data_dir: Path) -> str:
    """Every log file of the data folder (rotated copies too), as one text."""
    return "\n".join(path.read_bytes().decode("utf-8", errors="replace")
                     for path in log_files(data_dir))


def assert_log_is_private(data_dir: Path) -> None:
    """None of the person's values in any form, and a file only its owner can read."""
    logged = log_text(data_dir)
    for value in SEEDED:
        for form in forms(value):
            assert form not in logged, f"the log holds {value!r} (as {form!r})"
    if os.name == "posix":  # and nobody else may read what it does hold
        assert stat.S_IMODE((data_dir / "logs").stat().st_mode) == 0o700
        for path in log_files(data_dir):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_failed_sign_ins_log_nothing_personal(
        seeded, hrdesk, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        _isolated_data_dir: Path) -> None:
    assert hrdesk("verify-audit", "--user", "hr.li", password=f"{NAME}{MOBILE}")[0] == 1
    code, said = hrdesk("verify-audit", "--user", NAME)  # a user name nobody has
    assert code == 1 and "Wrong user name or password" in said
    monkeypatch.setenv("HRDESK_RECOVERY_CODE", ID_NUMBER)
    assert hrdesk("recover", "--user", NAME, password=EMAIL)[0] == 1
    assert_log_is_private(_isolated_data_dir)


def _raises(exc: BaseException) -> Callable[..., Any]:
    def fail(*_: object, **__: object) -> Any:
        raise exc
    return fail


def _chained(*_: object) -> Any:
    try:
        {}[NAME]
    except KeyError as exc:
        raise ValueError(f"no such candidate: {QUOTING_ALL}") from exc


def _hiding_a_user_error(*_: object) -> Any:
    try:
        raise errors.FileProblem(path=f"/home/hr/{RESUME}", reason=QUOTING_ALL)
    except errors.FileProblem as exc:
        raise RuntimeError(NOTE) from exc


def _opening_the_resume(*_: object) -> Any:
    with open(f"/nonexistent/{RESUME}", "rb"):
        pass


def _a_group(*_: object) -> Any:
    raise ExceptionGroup(NAME, [ValueError(MOBILE), KeyError(EMAIL)])


def _driver_error_quoting(ws: Any, actor: Any) -> Any:
    """The values in a statement's parameters and, on PostgreSQL, in the server's words."""
    with ws.db.unit_of_work(actor, "test.fail") as uow:
        if uow.session.get_bind().dialect.name == "postgresql":
            uow.session.execute(text("SELECT CAST(:v AS integer)"), {"v": QUOTING_ALL})
        uow.session.execute(text("INSERT INTO no_such_table (a, b) VALUES (:a, :b)"),
                            {"a": QUOTING_ALL, "b": RESUME})


def _statement_error(ws: Any, actor: Any) -> Any:
    """A value a column type refuses before the driver sees it: SQLAlchemy's StatementError,
    around a LookupError that quotes the value."""
    status = Enum("open", "closed", name="status", validate_strings=True)
    with ws.db.unit_of_work(actor, "test.fail") as uow:
        query = text("SELECT :s").bindparams(bindparam("s", type_=status))
        uow.session.execute(query, {"s": QUOTING_ALL})


FAILURES = {
    "message": _raises(RuntimeError(QUOTING_ALL)),
    "chained": _chained,
    "user error underneath": _hiding_a_user_error,
    "os error": _opening_the_resume,
    "group": _a_group,
    "driver": _driver_error_quoting,
    "statement": _statement_error,
    "message about code": _raises(TypeError(f"unsupported operand: {MOBILE} {EMAIL}")),
}


@pytest.mark.log_expected("unexpected error")
def test_internal_errors_log_their_kind_but_nothing_personal(
        seeded, hrdesk, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        _isolated_data_dir: Path) -> None:
    for kind, failure in FAILURES.items():
        monkeypatch.setattr(reminders, "run", failure)
        code, said = hrdesk("remind", "--user", "hr.li", password=plant_module.PASSWORD)
        assert code == 1 and "internal error" in said, kind
    monkeypatch.setattr(audit_log, "verify", _raises(RuntimeError(QUOTING_ALL)))
    assert hrdesk("verify-audit", "--user", ADMIN)[0] == 1
    assert_log_is_private(_isolated_data_dir)
    logged = log_text(_isolated_data_dir)
    # What was logged still tells a developer what failed, and where.
    assert logged.count("ERROR hrdesk: unexpected error") == len(FAILURES) + 1
    for shown in ("RuntimeError: (message withheld", "in _chained",
                  "hrdesk.errors.FileProblem: [file.problem] (parameters withheld: path, reason)",
                  "FileNotFoundError: [Errno 2]", "sqlalchemy.exc.", "in _driver_error_quoting",
                  "StatementError", "TypeError: unsupported operand: <mobile> <e-mail>"):
        assert shown in logged


def test_damaged_and_broken_files_log_nothing_personal(
        seeded, hrdesk, tmp_path: Path, _isolated_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "resumes"
    folder.mkdir()
    # pypdf quotes what it cannot parse: "Unexpected type '/欧阳霁雯-13987654321'".
    (folder / RESUME).write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /" + f"{NAME}-{MOBILE}-{ID_NUMBER}".encode() +
        b" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF")
    code, _ = hrdesk("attach-resumes", str(folder), "--user", "hr.li",
                     password=plant_module.PASSWORD)
    assert code == 0
    broken = tmp_path / f"{NAME}{MOBILE}.xlsx"
    broken.write_bytes(b"PK\x03\x04" + QUOTING_ALL.encode() * 3)
    assert hrdesk("import-resumes", str(broken), "--user", "hr.li",
                  password=plant_module.PASSWORD)[0] == 1
    garbage = tmp_path / f"{NAME}-{MOBILE}.csv"
    garbage.write_bytes(f"姓名,手机\n{NAME},{MOBILE}\x00\n".encode("gbk") + b"\xff\xfe\x00")
    hrdesk("import-resumes", str(garbage), "--user", "hr.li", "--dry-run",
           password=plant_module.PASSWORD)
    assert hrdesk("restore", str(tmp_path / f"{NAME}.hdbk"), "--user", ADMIN,
                  db=SqliteLocation(tmp_path / "nowhere.db"))[0] == 1
    assert_log_is_private(_isolated_data_dir)
    logged = log_text(_isolated_data_dir)
    assert "no text from a PDF attachment" in logged and "pypdf" in logged


@contextlib.contextmanager
def refused_inserts(table: str) -> Iterator[None]:
    """The database refuses the table's rows, quoting them, as PostgreSQL's "Failing row
    contains (…)" does (on every engine: the restore makes its own)."""
    def refuse(conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()} "):
            raise conn.dialect.loaded_dbapi.IntegrityError(f"Failing row contains {parameters!r}")
    event.listen(Engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", refuse)


@pytest.mark.log_expected("unexpected error")
def test_a_restore_the_database_refuses_logs_nothing_personal(
        seeded, hrdesk, location: Location, tmp_path: Path,  # type: ignore[no-untyped-def]
        request: pytest.FixtureRequest, _isolated_data_dir: Path) -> None:
    backup = tmp_path / "plant.hdbk"
    assert hrdesk("backup", str(backup), "--user", ADMIN)[0] == 0
    target = (SqliteLocation(tmp_path / "restored.db") if isinstance(location, SqliteLocation)
              else request.getfixturevalue("pg_databases")())
    with refused_inserts("attachments"):
        code, said = hrdesk("restore", str(backup), "--user", ADMIN, db=target)
    assert code == 1 and "internal error" in said
    assert_log_is_private(_isolated_data_dir)
    logged = log_text(_isolated_data_dir)
    # The failure is logged (the refusal, or whatever failed on the way to it), its row not.
    assert re.search(r"sqlalchemy\.exc\.(IntegrityError|StatementError)", logged)
