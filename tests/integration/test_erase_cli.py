"""`hrdesk erase`: done for HR, refused with one clear line otherwise, nothing lost."""

from __future__ import annotations

import uuid

import pytest

import hrdesk_app
from hrdesk.services import applications, candidates
from tests.integration.cli_plant import cli_plant, location  # noqa: F401 - the fixtures


def _erase(plant, capsys, person: str, user: str = "hr.li",  # type: ignore[no-untyped-def]
           reason: str = "本人申请删除") -> tuple[int, str, str]:
    code = hrdesk_app.main(["--db", str(plant.location.path), "erase", person, "--reason", reason,
                     "--user", user], plant.clock)
    out, err = capsys.readouterr()
    return code, out, err


def test_erase_from_the_command_line(cli_plant, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]  # noqa: F811 - the fixture
    hr = cli_plant.actor("hr.li")
    person = cli_plant.candidate("欧阳命令", 41)
    app = applications.apply(cli_plant.ws, hr, person, cli_plant.job.id).application_id
    code, _out, err = _erase(cli_plant, capsys, str(person))
    assert code == 1 and cli_plant.job.code in err and "open application" in err
    assert candidates.get_candidate(cli_plant.ws, hr, person).name == "欧阳命令"
    applications.reject(cli_plant.ws, hr, app, "skills")
    code, _out, err = _erase(cli_plant, capsys, str(person), user="int.wu")
    assert code == 1 and "not allowed" in err
    code, out, err = _erase(cli_plant, capsys, str(person))
    assert code == 0 and str(person) in out and "1 application(s) kept" in out, err
    assert "欧阳命令" not in out + err
    code, _out, err = _erase(cli_plant, capsys, str(person))
    assert code == 1 and "already erased" in err
    code, _out, err = _erase(cli_plant, capsys, "not-an-id")
    assert code == 1 and "CANDIDATE_ID" in err
    code, _out, err = _erase(cli_plant, capsys, str(uuid.uuid4()))
    assert code == 1 and err.count("\n") == 1
