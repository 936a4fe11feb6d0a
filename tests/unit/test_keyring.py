from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hrdesk.db import keyring
from hrdesk.db.crypto import MasterKey


def test_a_slot_opens_only_with_its_secret_and_name() -> None:
    key = MasterKey.generate()
    slot = keyring.seal(key, "secret-password", "slot:li")
    opened = keyring.open_slot(slot, "secret-password", "slot:li")
    assert opened is not None and opened.raw == key.raw
    assert keyring.open_slot(slot, "secret-passworD", "slot:li") is None
    # A slot copied under another user's name does not open either.
    assert keyring.open_slot(slot, "secret-password", "slot:wang") is None


def test_the_slot_never_holds_the_key_or_secret_in_clear() -> None:
    key = MasterKey.generate()
    text = str(keyring.seal(key, "secret-password", "slot:li"))
    assert "secret-password" not in text and key.raw.hex() not in text
    assert "MasterKey(…)" == repr(key)


@settings(max_examples=50)
@given(st.text(alphabet="abcdefghjkmnpqrstuvwxyz23456789- ", min_size=0, max_size=40))
def test_recovery_code_normalisation_is_idempotent(text: str) -> None:
    once = keyring.normalise_recovery_code(text)
    assert keyring.normalise_recovery_code(once) == once


def test_recovery_code_typed_sloppily_still_matches() -> None:
    code = keyring.new_recovery_code()
    assert len(code) == 29 and code.count("-") == 4
    assert keyring.normalise_recovery_code(code.lower().replace("-", " ")) == code


def test_file_store_survives_and_reports_garbage(tmp_path: Path) -> None:
    store = keyring.FileStore(tmp_path / "x.keys")
    store.put("a", {"n": 1})
    store.update("a", lambda old: {"n": (old or {})["n"] + 1})
    assert keyring.FileStore(tmp_path / "x.keys").get("a") == {"n": 2}
    (tmp_path / "x.keys").write_text("not json")
    try:
        store.get("a")
    except keyring.KeyringUnreadable as exc:
        assert exc.path == tmp_path / "x.keys"
    else:
        raise AssertionError("garbage accepted")
