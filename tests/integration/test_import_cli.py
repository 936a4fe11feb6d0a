"""``hrdesk import-resumes``: JSON summary, dry run, exit status of an unreadable file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hrdesk_app
from tests.integration.cli_plant import cli_plant, location  # noqa: F401 - fixtures
from tests.integration.test_import_plan import ROWS, table_counts, write_sheet


@pytest.fixture
def plant(cli_plant):  # type: ignore[no-untyped-def]  # noqa: F811 - the fixture
    cli_plant.candidate("张三", 1)
    cli_plant.candidate("钱七", 2)
    return cli_plant


def _run(plant, *args: str) -> int:  # type: ignore[no-untyped-def]
    return hrdesk_app.main(["--db", str(plant.location.path), "import-resumes", *args, "--user", "hr.li"])


def test_json_summary_and_dry_run(plant, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  ) -> None:
    path = write_sheet(tmp_path / "batch.xlsx", ROWS)
    before = table_counts(plant.ws)
    assert _run(plant, str(path), "--job", plant.job.code, "--dry-run", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["file"], summary["rows"], summary["dry_run"]) == (str(path), 5, True)
    assert summary["counts"] == {"new": 1, "updated": 1, "same_as_stored": 1, "same_as_row": 0,
                                 "possible_duplicate": 1, "rejected": 1}
    # Every row under its one outcome, with the person or row it matched.
    outcomes = summary["outcomes"]
    assert {o: [e["row"] for e in found] for o, found in outcomes.items()} == {
        "new": [3], "updated": [6], "same_as_stored": [2], "same_as_row": [],
        "possible_duplicate": [5], "rejected": [4]}
    assert outcomes["updated"][0]["changes"] == ["email"]
    assert outcomes["same_as_stored"][0]["matched"]["name"] == "张三"
    assert outcomes["possible_duplicate"][0]["matched"] == {"row": 3, "name": "李四",
                                                             "key": "mobile"}
    assert "mobile" in summary["rejected"][0]["reason"]
    after = table_counts(plant.ws)
    # Signing in is audited (the user's last sign-in); the dry run itself writes nothing.
    assert after["audit_entries"] == before["audit_entries"] + 1
    assert {k: v for k, v in after.items() if k != "audit_entries"} == \
        {k: v for k, v in before.items() if k != "audit_entries"}
    assert _run(plant, str(path), "--job", plant.job.code, "--json") == 0
    done = json.loads(capsys.readouterr().out)
    assert done["counts"] == summary["counts"] and done["queued"] == 1
    assert all("candidate_id" in e for o in ("new", "updated", "possible_duplicate")
               for e in done["outcomes"][o])
    assert table_counts(plant.ws)["candidates"] == before["candidates"] + 2


def test_an_unreadable_file_exits_with_one_line(plant, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    assert _run(plant, str(broken), "--json") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("hrdesk: ")


def test_the_report_holds_the_rejected_rows_with_their_reason(plant, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    from openpyxl import load_workbook

    path = write_sheet(tmp_path / "batch.xlsx", ROWS)
    report = tmp_path / "rejected.xlsx"
    assert _run(plant, str(path), "--dry-run", "--report", str(report)) == 0
    assert "rejected" in capsys.readouterr().out
    sheet = load_workbook(report).active
    header = [c.value for c in sheet[1]]
    assert header[-1] == "原因 / Reason"
    reasons = [row[-1].value for row in sheet.iter_rows(min_row=2)]
    assert any("mobile" in (reason or "") for reason in reasons)


def _language(monkeypatch: pytest.MonkeyPatch, lang: str | None) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    if lang:
        monkeypatch.setenv("LANG", lang)


def test_the_reasons_are_english_without_a_chinese_locale(plant, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _language(monkeypatch, None)
    monkeypatch.setattr("locale.getlocale", lambda *_: ("en_US", "UTF-8"))
    assert _run(plant, str(write_sheet(tmp_path / "batch.xlsx", ROWS)), "--dry-run") == 0
    assert "  row 4: Mobile number 1380000 is not a mainland mobile number (11 digits " \
           "starting with 13 to 19)." in capsys.readouterr().out.splitlines()


def test_the_reasons_are_chinese_under_a_chinese_locale(plant, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from hrdesk import i18n
    from hrdesk.imports import problems

    _language(monkeypatch, "zh_CN.UTF-8")
    translated = {(i18n.PROBLEM_CONTEXT, problems.TEMPLATES["mobile.invalid"]):
                  "手机号 {value} 不是大陆手机号。"}
    monkeypatch.setattr(i18n, "_catalogue", lambda: translated)
    path = write_sheet(tmp_path / "batch.xlsx", ROWS)
    report = tmp_path / "rejected.xlsx"
    assert _run(plant, str(path), "--json", "--report", str(report)) == 0  # not a dry run
    summary = json.loads(capsys.readouterr().out)
    assert summary["rejected"] == [{"row": 4, "reason": "手机号 1380000 不是大陆手机号。"}]
    from openpyxl import load_workbook

    reasons = [row[-1].value for row in load_workbook(report).active.iter_rows(min_row=2)]
    assert "手机号 1380000 不是大陆手机号。" in reasons
