"""The log's formatter: what a pattern finds is replaced, what may quote a name is
withheld, and the parts that say where a failure happened stay."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import assume, given, strategies as st
from sqlalchemy import exc as sa_exc

from hrdesk import errors, identity, logs, redaction

NAME = "欧阳霁雯"
MOBILE = "13987654321"
FIRST17 = "44030519870615218"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)
EMAIL = "ouyang.jiwen@example.com"
RESUME = f"{NAME}-{MOBILE}-简历.pdf"
SEEDED = (NAME, MOBILE, ID_NUMBER, EMAIL, RESUME)


def forms(value: str) -> list[str]:
    """How a value can show up in text: as it is, JSON-escaped, as a bytes literal."""
    return [value, json.dumps(value)[1:-1], str(value.encode("utf-8"))[2:-1]]


def assert_free_of_seeded(text: str) -> None:
    for value in SEEDED:
        for form in forms(value):
            assert form not in text, f"{value!r} appears as {form!r}"


def formatted(message: str = "failed", exc: BaseException | None = None,
              *args: object) -> str:
    info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    record = logging.LogRecord("hrdesk.test", logging.ERROR, __file__, 1, message, args, info)
    return logs.RedactingFormatter(logs.FORMAT).format(record)


def caught(work) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        work()
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return exc
    raise AssertionError("nothing was raised")


# --- patterns ---------------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    MOBILE, "139 8765 4321", "139-8765-4321", "+86 139 8765 4321", "8613987654321",
    "００８６１３９８７６５４３２１", "１３９８７６５４３２１"])
def test_mobile_numbers_are_replaced(written: str) -> None:
    text = formatted("call %s about the interview", None, written)
    assert "call <mobile> about the interview" in text
    assert "8765" not in text and "８７６５" not in text


@pytest.mark.parametrize("written", [
    ID_NUMBER, f"{FIRST17}X", f"{FIRST17}x", f"{ID_NUMBER[:6]} {ID_NUMBER[6:14]} {ID_NUMBER[14:]}",
    "440305870615218"])  # the old 15-digit number
def test_id_numbers_are_replaced(written: str) -> None:
    text = formatted("ID %s refused", None, written)
    assert "ID <id-number> refused" in text
    assert "0615" not in text


def test_email_addresses_are_replaced() -> None:
    text = formatted(f"mail to {EMAIL} and 王@公司.中国 bounced")
    assert "mail to <e-mail> and <e-mail> bounced" in text


def test_a_parameter_dump_in_a_message_is_replaced() -> None:
    dump = (f"(sqlite3.IntegrityError) UNIQUE constraint failed: candidate.mobile\n"
            f"[SQL: INSERT INTO candidate (name, file) VALUES (?, ?)]\n"
            f"[parameters: ('{NAME}', '{RESUME}')]\n"
            f"(Background on this error at: https://sqlalche.me/e/20/gkpj)")
    text = formatted("restore failed: %s", None, dump)
    assert_free_of_seeded(text)
    assert "[parameters: <withheld>]" in text
    assert "UNIQUE constraint failed: candidate.mobile" in text
    assert "INSERT INTO candidate" in text


def test_postgres_detail_and_context_lines_are_replaced() -> None:
    server = (f'duplicate key value violates unique constraint "uq_candidate_name"\n'
              f"DETAIL:  Key (name)=({NAME}) already exists.\n"
              f"CONTEXT:  unnamed portal parameter $1 = '{NAME}'")
    text = formatted("%s", None, server)
    assert NAME not in text
    assert 'violates unique constraint "uq_candidate_name"' in text


def test_the_time_uuids_and_server_addresses_are_left_alone() -> None:
    text = "2026-11-02 13:45:12,345 job 0c8f1d6e-5a4b-4e8f-9d2c-7b6a5f4e3d2c on postgres@127.0.0.1:5432"
    assert redaction.redact(text) == text


# --- exceptions -------------------------------------------------------------------------


def integrity_error_from_sqlite() -> BaseException:
    """A real IntegrityError of SQLAlchemy over sqlite3, its parameters the seeded values,
    its driver's message too (a check failing with the row's own words)."""
    engine = sa.create_engine("sqlite://")  # hide_parameters off, as a careless engine
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE candidate (name TEXT, mobile TEXT UNIQUE, "
                             "id_number TEXT, email TEXT, resume TEXT)"))
        insert = sa.text("INSERT INTO candidate VALUES (:n, :m, :i, :e, :r)")
        values = {"n": NAME, "m": MOBILE, "i": ID_NUMBER, "e": EMAIL, "r": RESUME}
        conn.execute(insert, values)

        def again() -> None:
            try:
                conn.execute(insert, values)
            except sa_exc.IntegrityError as exc:
                # The driver's message made to quote the row, as PostgreSQL's DETAIL does.
                exc.orig.args = (f"UNIQUE constraint failed: {NAME} {MOBILE} {RESUME}",)
                raise
        return caught(again)


def test_a_driver_error_keeps_its_types_and_frames_but_no_data() -> None:
    exc = integrity_error_from_sqlite()
    assert NAME in str(exc) and NAME in str(exc.__cause__)  # the test's premise
    text = formatted("restore failed", exc)
    assert_free_of_seeded(text)
    assert "sqlite3.IntegrityError: [SQLITE_CONSTRAINT_UNIQUE] (message withheld" in text
    assert "sqlalchemy.exc.IntegrityError: [gkpj] (message withheld" in text
    assert "The above exception was the direct cause of the following exception" in text
    assert 'in again\n' in text and "conn.execute(insert, values)" in text


def test_a_statement_error_keeps_its_type_but_no_parameters() -> None:
    engine = sa.create_engine("sqlite://")
    query = sa.text("SELECT :born").bindparams(sa.bindparam("born", type_=sa.DateTime))

    def run() -> None:
        with engine.connect() as conn:
            conn.execute(query, {"born": f"{NAME} {ID_NUMBER}"})

    exc = caught(run)
    assert isinstance(exc, sa_exc.StatementError) and NAME in str(exc)
    text = formatted("import failed", exc)
    assert_free_of_seeded(text)
    assert "sqlalchemy.exc.StatementError" in text and "in run\n" in text


def test_a_driver_error_built_by_hand_is_withheld_too() -> None:
    orig = sqlite3.OperationalError(f"no such column: {NAME}")
    wrapped = sa_exc.OperationalError("SELECT name FROM candidate WHERE mobile = ?",
                                      (MOBILE,), orig)

    def fail() -> None:
        raise wrapped from orig

    text = formatted("query failed", caught(fail))
    assert_free_of_seeded(text)
    assert "sqlalchemy.exc.OperationalError" in text


def test_messages_of_our_own_code_that_may_quote_values_are_withheld() -> None:
    def fail() -> None:
        try:
            {}[NAME]
        except KeyError as exc:
            raise ValueError(f"no candidate {NAME}, {MOBILE}") from exc

    text = formatted("lookup failed", caught(fail))
    assert_free_of_seeded(text)
    assert "KeyError: (message withheld" in text and "ValueError: (message withheld" in text
    assert "{}[NAME]" in text  # the source line: code, not data


def test_messages_about_code_are_kept_and_notes_only_counted() -> None:
    def fail() -> None:
        try:
            None.name  # type: ignore[attr-defined]  # noqa: B018
        except AttributeError as exc:
            exc.add_note(f"while showing {NAME}")
            raise

    text = formatted("showing failed", caught(fail))
    assert "AttributeError: 'NoneType' object has no attribute 'name' (1 note(s) withheld)" in text
    assert NAME not in text


def test_an_hrdesk_error_keeps_its_code_but_not_its_parameters() -> None:
    def fail() -> None:
        try:
            raise errors.FileProblem(path=f"/home/hr/{RESUME}", reason="unreadable")
        except errors.FileProblem as exc:
            raise RuntimeError("attach failed") from exc

    text = formatted("attach failed", caught(fail))
    assert_free_of_seeded(text)
    assert "hrdesk.errors.FileProblem: [file.problem] (parameters withheld: path, reason)" in text


def test_an_os_error_keeps_its_errno_but_not_its_file_name() -> None:
    exc = caught(lambda: open(f"/nonexistent/{RESUME}", "rb"))
    text = formatted("open failed", exc)
    assert_free_of_seeded(text)
    assert "FileNotFoundError: [Errno 2]" in text


def test_members_of_an_exception_group_are_withheld() -> None:
    def fail() -> None:
        raise ExceptionGroup("batch", [ValueError(NAME), TypeError("bad operand")])

    text = formatted("batch failed", caught(fail))
    assert NAME not in text
    assert "TypeError: bad operand" in text


def test_a_rendering_cached_by_another_handler_is_not_reused() -> None:
    exc = integrity_error_from_sqlite()
    record = logging.LogRecord("hrdesk.test", logging.ERROR, __file__, 1, "restore failed",
                               (), (type(exc), exc, exc.__traceback__))
    assert NAME in logging.Formatter().format(record)  # caches record.exc_text
    assert_free_of_seeded(logs.RedactingFormatter(logs.FORMAT).format(record))


def test_a_record_that_cannot_be_formatted_does_not_show_its_arguments() -> None:
    text = formatted("%d candidates", None, NAME)
    assert NAME not in text and "could not be written" in text


# --- what reaches the file ---------------------------------------------------------------


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logs.configure()
    assert path is not None
    yield path
    logs.close()


@pytest.mark.log_expected("task board.move failed", "Unexpected type")
def test_the_gui_and_libraries_log_through_the_formatter_too(log_file: Path) -> None:
    exc = integrity_error_from_sqlite()
    logging.getLogger("ui.tasks").error("task %s failed", "board.move", exc_info=exc)
    logging.getLogger("pypdf._reader").warning("Unexpected type '/%s'", RESUME)
    written = log_file.read_text(encoding="utf-8")
    assert_free_of_seeded(written)
    assert "ERROR ui.tasks: task board.move failed" in written
    assert "sqlalchemy.exc.IntegrityError" in written
    assert "WARNING pypdf._reader: (message withheld" in written


@pytest.mark.log_expected("unexpected error")
def test_a_crash_is_recorded_with_its_chain(log_file: Path) -> None:
    logs.record_crash(integrity_error_from_sqlite())
    written = log_file.read_text(encoding="utf-8")
    assert_free_of_seeded(written)
    assert "ERROR hrdesk: unexpected error" in written and "in again" in written


# --- properties -------------------------------------------------------------------------

# Text around a number: anything but digits (a digit next to it makes it a longer number).
_AROUND = st.text(st.characters(exclude_categories=("Nd",), exclude_characters="\x00"),
                  max_size=30)
_DIGITS = st.text("0123456789", min_size=1, max_size=1)


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    digits = "1" + draw(st.sampled_from("3456789")) + "".join(
        draw(st.lists(_DIGITS, min_size=9, max_size=9)))
    sep = draw(st.sampled_from(["", " ", "-", "\u3000"]))
    prefix = draw(st.sampled_from(["", "+86 ", "0086", "86"]))
    return prefix + sep.join((digits[:3], digits[3:7], digits[7:]))


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    area = "".join(draw(st.lists(_DIGITS, min_size=6, max_size=6)))
    day = draw(st.dates())
    born = f"{day.year:04d}{day.month:02d}{day.day:02d}"
    serial = "".join(draw(st.lists(_DIGITS, min_size=3, max_size=3)))
    first17 = area + born + serial
    sep = draw(st.sampled_from(["", " "]))
    return sep.join((area, born, serial + identity.id_check_char(first17)))


@given(before=_AROUND, number=st.one_of(mobiles(), id_numbers()), after=_AROUND)
def test_numbers_inside_any_text_are_replaced(before: str, number: str, after: str) -> None:
    text = redaction.redact(before + number + after)
    digits = "".join(c for c in number if c.isdigit())
    assert number not in text
    assert digits[-8:] not in "".join(c for c in text if c.isdigit())


@given(st.text(st.characters(exclude_categories=("Nd",)), max_size=200))
def test_text_without_numbers_or_addresses_is_kept(text: str) -> None:
    assume("@" not in text and "[parameters: " not in text
           and "DETAIL:" not in text and "CONTEXT:" not in text)
    assert redaction.redact(text) == text
