from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from hrdesk.db import keyring
from hrdesk.db.crypto import KeySet, Purpose


def test_a_slot_opens_only_with_its_secret_and_name() -> None:
    keys = KeySet.generate().only({Purpose.DATABASE, Purpose.DOCUMENTS})
    private, public = keyring.new_key_pair()
    slot = keyring.seal(keys, "secret-password", "slot:li", private)
    opened = keyring.open_slot(slot, "secret-password", "slot:li")
    assert opened is not None and opened.keys.items() == keys.items()
    assert opened.private == private and keyring.slot_public(slot) == public
    assert keyring.holds(slot) == {Purpose.DATABASE, Purpose.DOCUMENTS}
    assert keyring.open_slot(slot, "secret-passworD", "slot:li") is None
    # A slot copied under another user's name does not open either.
    assert keyring.open_slot(slot, "secret-password", "slot:wang") is None


def test_the_slot_never_holds_a_key_or_the_secret_in_clear() -> None:
    keys = KeySet.generate()
    private, _public = keyring.new_key_pair()
    text = str(keyring.seal(keys, "secret-password", "slot:li", private))
    assert "secret-password" not in text and private.hex() not in text
    for key in keys.items().values():
        assert key.hex() not in text and keyring._b64(key) not in text
    assert "KeySet(" in repr(keys) and keys.get(Purpose.PERSONAL).hex() not in repr(keys)


def test_a_slot_from_before_the_split_still_opens_to_every_derived_key() -> None:
    master = bytes(range(32))
    legacy = KeySet.from_master(master)
    slot = keyring.seal_legacy(legacy, "secret-password", "slot:li")
    opened = keyring.open_slot(slot, "secret-password", "slot:li")
    assert opened is not None and opened.legacy and opened.private is None
    assert opened.keys.items() == legacy.items()
    assert keyring.holds(slot) == frozenset(Purpose)  # it could open everything


def test_an_envelope_opens_only_with_its_recipient_key_and_purpose() -> None:
    mine, my_public = keyring.new_key_pair()
    theirs, _ = keyring.new_key_pair()
    key = KeySet.generate().get(Purpose.PERSONAL)
    entry = keyring.add_envelopes(None, my_public, {Purpose.PERSONAL: key})
    assert keyring.pending(entry) == {Purpose.PERSONAL}
    assert keyring.open_envelopes(entry, mine) == {Purpose.PERSONAL: key}
    assert keyring.open_envelopes(entry, theirs) == {}
    # Relabelled as another purpose, the envelope no longer opens.
    moved = {"keys": {"lookup": entry["keys"]["personal"]}}
    assert keyring.open_envelopes(moved, mine) == {}


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


def test_a_copy_left_by_a_killed_writer_goes_with_the_next_write(tmp_path: Path) -> None:
    """A full copy of every slot beside the ring would keep opening the keys with
    passwords changed since."""
    store = keyring.FileStore(tmp_path / "x.db.keys")
    store.put("a", {"n": 1})
    for left in ("x.db.keys.tmp-ab12cd34", "x.db.keys.k3j_9x0a"):  # this version's, older
        (tmp_path / left).write_text("{}")
    (tmp_path / "x.db.keys.lock").touch()
    store.put("b", {"n": 2})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db.keys", "x.db.keys.lock"]


def test_a_full_disk_or_a_busy_file_is_told_as_such() -> None:
    import sqlite3

    from hrdesk import errors

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    limit = OSError(27, "File too large")
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert isinstance(errors.of_environment(full), errors.StorageFull)
    assert isinstance(errors.of_environment(limit), errors.StorageFull)
    assert isinstance(errors.of_environment(busy), errors.DatabaseBusy)
    assert errors.of_environment(ValueError("a bug")) is None


def test_the_key_ring_table_store_names_the_models_columns() -> None:
    # The database layer names the table itself (it may not import the models): a
    # renamed column must be renamed in both places.
    from hrdesk.db.keyring_table import KEYRING
    from hrdesk.models.keyring import KeyringEntry

    assert KEYRING.name == KeyringEntry.__tablename__
    assert set(KEYRING.c.keys()) == set(KeyringEntry.__table__.c.keys())
