"""``hrdesk duplicates``: the queue as JSON for scripts, and HR's two answers."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

import hrdesk_app
from hrdesk.services import candidates, duplicates
from tests.integration.cli_plant import cli_plant, location  # noqa: F401 - fixtures
from tests.integration.test_import_plan import write_sheet


def _run(plant, *args: str) -> int:  # type: ignore[no-untyped-def]
    return hrdesk_app.main(["--db", str(plant.location.path), "duplicates", *args, "--user", "hr.li"])


def test_the_queue_lists_merges_and_remembers(cli_plant, tmp_path: Path,  # noqa: F811
                                              capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_sheet(tmp_path / "pairs.xlsx", [
        ["陈静", "13700002222", "chen@example.cn"], ["陈晶", "13700003333", "chen@example.cn"],
        ["刘洋", "13700004444", "liu@example.cn"], ["刘阳", "13700005555", "liu@example.cn"]],
        ["姓名", "手机", "邮箱"])
    assert hrdesk_app.main(["--db", str(cli_plant.location.path), "import-resumes", str(sheet),
                     "--user", "hr.li", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["queued"] == 2
    assert _run(cli_plant, "--json") == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    assert len(pairs) == 2 and {p["shared"] for p in pairs} == {"email"}
    first, second = pairs
    assert first["first"]["mobile"].startswith("137****")  # masked, as on screen
    assert _run(cli_plant, "--different", first["id"], "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"pair": first["id"], "decided": "different"}
    keep = second["first"]["candidate_id"]
    assert _run(cli_plant, "--merge", second["id"], "--keep", keep, "--take", "name",
                "--json") == 0
    assert json.loads(capsys.readouterr().out)["kept"] == keep
    hr = cli_plant.actor("hr.li")
    assert duplicates.open_pairs(cli_plant.ws, hr) == []
    assert candidates.get_candidate(cli_plant.ws, hr, uuid.UUID(keep)).name == \
        second["second"]["name"]
    # A pair decided already, or one that does not exist: one line, exit 1, nothing changed.
    assert _run(cli_plant, "--different", first["id"]) == 1
    assert "hrdesk: " in capsys.readouterr().err
    assert _run(cli_plant, "--merge", first["id"]) == 1
