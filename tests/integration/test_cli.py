"""The admin verbs, as a script would call them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdesk import __version__
from hrdesk.db import migrate
from hrdesk_app import main

PASSWORD = "cli-admin-password"


@pytest.fixture
def with_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HRDESK_PASSWORD", PASSWORD)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_backup_restore_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    with_password: None) -> None:
    db = str(tmp_path / "plant.db")
    code, out, _ = _run(capsys, "--db", db, "init", "--company", "华东智能装备", "--admin", "admin")
    assert code == 0 and "Recovery code" in out
    code, out, _ = _run(capsys, "--db", db, "verify-audit", "--user", "admin")
    assert code == 0 and "intact" in out
    code, out, _ = _run(capsys, "--db", db, "backup", str(tmp_path / "b.hdbk"), "--user", "admin")
    assert code == 0 and (tmp_path / "b.hdbk").exists()
    copy = str(tmp_path / "copy.db")
    code, out, _ = _run(capsys, "--db", copy, "restore", str(tmp_path / "b.hdbk"),
                        "--user", "admin")
    assert code == 0 and "Restored" in out
    code, out, _ = _run(capsys, "--db", copy, "migrate", "--user", "admin")
    assert code == 0 and migrate.HEAD in out


def test_init_then_default_location_is_remembered(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  with_password: None) -> None:
    code, _, _ = _run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--company", "厂")
    assert code == 0 and (tmp_path / "d" / "hrdesk.db").exists()
    code, _, _ = _run(capsys, "--data-dir", str(tmp_path / "d"), "verify-audit",
                        "--user", "admin")
    assert code == 0


def test_errors_are_one_line_without_traceback(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    monkeypatch.setenv("HRDESK_PASSWORD", "whatever")
    code, out, err = _run(capsys, "--db", str(junk), "verify-audit", "--user", "admin")
    assert code == 1 and out == ""
    assert err.strip() == f"hrdesk: {junk} is not an hrdesk database."
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, _, err = _run(capsys, "--db", str(junk), "verify-audit", "--user", "admin")
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_wrong_password_and_broken_chain_exit_non_zero(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       with_password: None) -> None:
    db = str(tmp_path / "plant.db")
    assert _run(capsys, "--db", db, "init", "--company", "厂")[0] == 0
    monkeypatch.setenv("HRDESK_PASSWORD", "wrong-password")
    code, _, err = _run(capsys, "--db", db, "verify-audit", "--user", "admin")
    assert code == 1 and err.strip() == "hrdesk: Wrong user name or password."


def test_password_from_standard_input(tmp_path: Path) -> None:
    env = {**os.environ, "HRDESK_DATA_DIR": str(tmp_path / "d")}
    env.pop("HRDESK_PASSWORD", None)
    db = str(tmp_path / "p.db")
    made = subprocess.run([sys.executable, "-m", "hrdesk_app", "--db", db, "init", "--company",
                           "厂"], input=PASSWORD + "\n", capture_output=True, text=True, env=env,
                          timeout=60)
    assert made.returncode == 0, made.stderr
    bad = subprocess.run([sys.executable, "-m", "hrdesk_app", "--db", db, "verify-audit", "--user",
                          "admin"], input="nope\n", capture_output=True, text=True, env=env,
                         timeout=60)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert bad.stderr.strip() == "hrdesk: Wrong user name or password."


def test_demo_fills_a_database_through_the_services(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = _run(capsys, "--db", db, "demo", "--size", "1500")
    assert code == 0
    assert "hr.li" in out and "hrdesk-demo" in out
    os.environ["HRDESK_PASSWORD"] = "hrdesk-demo"
    try:
        code, out, _ = _run(capsys, "--db", db, "verify-audit", "--user", "admin")
    finally:
        del os.environ["HRDESK_PASSWORD"]
    assert code == 0
    # 1,500 candidates, each an audit entry, plus the organisation and its people.
    assert int(out.split(":")[1].split()[0]) > 1_500


def test_recover_with_the_code(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, with_password: None) -> None:
    db = str(tmp_path / "plant.db")
    code, out, _ = _run(capsys, "--db", db, "init", "--company", "厂")
    recovery = out.split(": ")[-1].strip()
    monkeypatch.setenv("HRDESK_RECOVERY_CODE", recovery)
    monkeypatch.setenv("HRDESK_PASSWORD", "a-new-password-1")
    code, out, _ = _run(capsys, "--db", db, "recover", "--user", "admin")
    assert code == 0
    code, out, _ = _run(capsys, "--db", db, "verify-audit", "--user", "admin")
    assert code == 0
