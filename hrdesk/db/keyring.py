"""The key ring: each user's keys sealed by their password, and by the recovery code.

Each slot holds the keys its user's roles need (``security.key_policy``), sealed
with AES-GCM under a key derived from a secret (a password, the recovery code) with
Argon2id, a memory-hard KDF, plus the user's own X25519 key pair. Changing a
password re-seals one slot; the data is never re-encrypted. A key a user's roles
need but the slot lacks (a role granted later, a password reset by an administrator
who does not hold it) reaches them as an envelope sealed to their public key by a
colleague's session that holds it; their next sign-in takes it into the slot.

Slots written before keys were split hold one master key from which everything
was derived; they still open (``KeySet.from_master``).

The ring also counts failed sign-ins per user name, because a wrong password
cannot open the database to count there. Entries are small JSON documents in
a key–value store: a file beside an SQLite database, or the ``keyring`` table
of a PostgreSQL database.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hmac
import json
import os
import re
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdesk import errors
from hrdesk.db.crypto import KeySet, Purpose

# OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
KDF_PARAMS: dict[str, int] = {"time_cost": 2, "memory_cost": 19_456, "parallelism": 1}
FORMAT = "hrdesk-keyring"
SLOT_FORMAT = 2  # absent: a slot from before the split, holding the master key
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: it gets typed from paper

Payload = dict[str, Any]


class KeyValueStore(Protocol):
    def get(self, name: str) -> Payload | None: ...
    def put(self, name: str, payload: Payload) -> None: ...
    def delete(self, name: str) -> None: ...
    def update(self, name: str, change: Callable[[Payload | None], Payload]) -> Payload: ...
    def items(self) -> dict[str, Payload]: ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def _kek(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, hash_len=32, type=Type.ID,
        time_cost=params["time_cost"], memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
    )


@dataclasses.dataclass(frozen=True)
class OpenedSlot:
    """What a secret opened: the keys, and the owner's private key (None for the
    recovery slot and for slots from before the split)."""

    keys: KeySet
    private: bytes | None = None
    legacy: bool = False


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys: a user's, or the backups'."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def seal(keys: KeySet, secret: str, label: str, private: bytes | None = None) -> Payload:
    """A slot holding ``keys`` (and the owner's private key), opened by ``secret``."""
    salt, nonce = os.urandom(16), os.urandom(12)
    body: dict[str, Any] = {"keys": {p.value: _b64(k) for p, k in keys.items().items()}}
    if private is not None:
        body["private"] = _b64(private)
    sealed = AESGCM(_kek(secret, salt, KDF_PARAMS)).encrypt(
        nonce, json.dumps(body).encode("utf-8"), label.encode())
    slot: Payload = {"format": SLOT_FORMAT, "kdf": "argon2id", **KDF_PARAMS,
                     "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed),
                     # In clear, so a colleague's session can tell what to send this user.
                     "holds": sorted(p.value for p in keys.purposes)}
    if private is not None:
        slot["public"] = _b64(public_of(private))
    return slot


def seal_legacy(keys: KeySet, secret: str, label: str) -> Payload:
    """A slot of a ring from before the split: the one master key everything derives from."""
    if keys.legacy_master is None:
        raise ValueError("only a key set opened from a master key can seal a legacy slot")
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(secret, salt, KDF_PARAMS)).encrypt(nonce, keys.legacy_master,
                                                            label.encode())
    return {"kdf": "argon2id", **KDF_PARAMS, "salt": _b64(salt), "nonce": _b64(nonce),
            "sealed": _b64(sealed)}


def open_slot(slot: Payload, secret: str, label: str) -> OpenedSlot | None:
    params = {k: int(slot[k]) for k in KDF_PARAMS}
    kek = _kek(secret, _unb64(slot["salt"]), params)
    try:
        raw = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["sealed"]), label.encode())
    except InvalidTag:
        return None
    if slot.get("format") != SLOT_FORMAT:
        return OpenedSlot(KeySet.from_master(raw), legacy=True)
    body = json.loads(raw)
    keys = KeySet({Purpose(p): _unb64(k) for p, k in body["keys"].items()
                   if p in Purpose._value2member_map_})
    private = _unb64(body["private"]) if body.get("private") else None
    return OpenedSlot(keys, private)


def holds(slot: Payload | None) -> frozenset[Purpose]:
    """The purposes a slot says it holds (a slot from before the split holds all)."""
    if not slot:
        return frozenset()
    if slot.get("format") != SLOT_FORMAT:
        return frozenset(Purpose)
    return frozenset(Purpose(p) for p in slot.get("holds", ()) if p in Purpose._value2member_map_)


def slot_public(slot: Payload | None) -> bytes | None:
    return _unb64(slot["public"]) if slot and slot.get("public") else None


# --- envelopes: a key sent to one user's public key -------------------------------------


def _envelope_key(shared: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"hrdesk/envelope/" + purpose.encode()).derive(shared)


def seal_to(public: bytes, purpose: Purpose, key: bytes) -> Payload:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = os.urandom(12)
    sealed = AESGCM(_envelope_key(shared, purpose.value)).encrypt(nonce, key, public)
    return {"ephemeral": _b64(ephemeral.public_key().public_bytes_raw()),
            "nonce": _b64(nonce), "sealed": _b64(sealed)}


def open_sealed(envelope: Payload, private: bytes, purpose: Purpose) -> bytes | None:
    me = X25519PrivateKey.from_private_bytes(private)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(_unb64(envelope["ephemeral"])))
        return AESGCM(_envelope_key(shared, purpose.value)).decrypt(
            _unb64(envelope["nonce"]), _unb64(envelope["sealed"]),
            me.public_key().public_bytes_raw())
    except (InvalidTag, KeyError, ValueError):
        return None  # sealed to an older key pair of this user: of no use any more


def open_envelopes(entry: Payload | None, private: bytes | None) -> dict[Purpose, bytes]:
    if not entry or private is None:
        return {}
    found: dict[Purpose, bytes] = {}
    for name, envelope in entry.get("keys", {}).items():
        if name in Purpose._value2member_map_:
            key = open_sealed(envelope, private, Purpose(name))
            if key is not None:
                found[Purpose(name)] = key
    return found


def add_envelopes(old: Payload | None, public: bytes, keys: dict[Purpose, bytes]) -> Payload:
    entry = {"keys": dict((old or {}).get("keys", {}))}
    for purpose, key in keys.items():
        entry["keys"][purpose.value] = seal_to(public, purpose, key)
    return entry


def pending(entry: Payload | None) -> frozenset[Purpose]:
    return frozenset(Purpose(p) for p in (entry or {}).get("keys", {})
                     if p in Purpose._value2member_map_)


def grant_name(username: str) -> str:
    return "grant:" + username.strip().casefold()


def custody_name(username: str) -> str:
    """Keys the creator of a database holds only to hand on to the first colleague
    whose role needs them (an administrator has no use for candidates' numbers)."""
    return "custody:" + username.strip().casefold()


def key_check(purpose: Purpose, key: bytes) -> str:
    """A value that tells a right key from a wrong one without revealing it."""
    return hmac.new(key, b"hrdesk/check/" + purpose.value.encode(), "sha256").hexdigest()[:32]


def names_of(entries: Iterable[str], prefix: str) -> list[str]:
    return [name[len(prefix):] for name in entries if name.startswith(prefix)]


def burn_equivalent_time(secret: str) -> None:
    """Spend what opening a slot costs, so unknown user names don't answer faster."""
    _kek(secret, b"\0" * 16, KDF_PARAMS)


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(chars[i:i + 5] for i in range(0, 25, 5))


def normalise_recovery_code(code: str) -> str:
    chars = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(chars[i:i + 5] for i in range(0, len(chars), 5))


def slot_name(username: str) -> str:
    return "slot:" + username.strip().casefold()


def attempts_name(username: str) -> str:
    return "attempts:" + username.strip().casefold()


RECOVERY = "recovery"
META = "meta"


#: The suffix of a temporary copy of a ring file (mkstemp's; older versions had no "tmp-").
_TEMPORARY = re.compile(r"\.(tmp-)?[a-z0-9_]{8}")


class FileStore:
    """The key ring of an SQLite database: a JSON file replaced atomically on write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def _read(self) -> dict[str, Payload]:
        self._clear_killed_copies()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise KeyringUnreadable(self.path) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyringUnreadable(self.path)
        return dict(data.get("entries", {}))

    def _killed_copies(self) -> list[Path]:
        return [p for p in self.path.parent.glob(self.path.name + ".*")
                if _TEMPORARY.fullmatch(p.name[len(self.path.name):])]

    def _clear_killed_copies(self) -> None:
        """A temporary copy beside the ring that no writer holds is a killed writer's:
        a full copy of every slot, which must not stay (the next reader removes it)."""
        left = self._killed_copies()
        if not left:
            return
        with self._locked(wait=False) as held:
            if held:
                for stale in left:
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def _write(self, entries: dict[str, Payload]) -> None:
        """Called holding the ring's lock."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for stale in self._killed_copies():
            with contextlib.suppress(OSError):
                stale.unlink()
        body = json.dumps({"format": FORMAT, "version": 1, "entries": entries}, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(body)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            known = errors.of_environment(exc) if isinstance(exc, OSError) else None
            if known is not None:  # no room: the ring as it was, and a message that says so
                raise known from exc
            raise

    @contextlib.contextmanager
    def _locked(self, wait: bool = True) -> Iterator[bool]:
        """Holds the ring's lock; ``wait=False`` yields False at once when someone else
        holds it."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        # Empty, but like every file beside the database, its owner's alone.
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                             0o600)
        with os.fdopen(descriptor, "a+b") as handle:
            yield _lock_file(handle, wait)

    def get(self, name: str) -> Payload | None:
        return self._read().get(name)

    def items(self) -> dict[str, Payload]:
        return self._read()

    def put(self, name: str, payload: Payload) -> None:
        self.update(name, lambda _old: payload)

    def delete(self, name: str) -> None:
        with self._locked():
            entries = self._read()
            if entries.pop(name, None) is not None:
                self._write(entries)

    def update(self, name: str, change: Callable[[Payload | None], Payload]) -> Payload:
        with self._locked():
            entries = self._read()
            entries[name] = change(entries.get(name))
            self._write(entries)
            return entries[name]


def _lock_file(handle: Any, wait: bool = True) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


class KeyringUnreadable(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
