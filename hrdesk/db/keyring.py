"""The key ring: the master key wrapped once per user and once by the recovery code.

Each slot holds the master key sealed with AES-GCM under a key derived from a
secret (a password, the recovery code) with Argon2id, a memory-hard KDF.
Changing a password re-seals one slot; the data is never re-encrypted.

The ring also counts failed sign-ins per user name, because a wrong password
cannot open the database to count there. Entries are small JSON documents in
a key–value store: a file beside an SQLite database, or the ``keyring`` table
of a PostgreSQL database.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrdesk.db.crypto import MasterKey

# OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane.
KDF_PARAMS = {"time_cost": 2, "memory_cost": 19_456, "parallelism": 1}
FORMAT = "hrdesk-keyring"
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


def _kek(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, hash_len=32, type=Type.ID,
        time_cost=params["time_cost"], memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
    )


def seal(key: MasterKey, secret: str, label: str) -> Payload:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(secret, salt, KDF_PARAMS)).encrypt(nonce, key.raw, label.encode())
    return {"kdf": "argon2id", **KDF_PARAMS, "salt": _b64(salt), "nonce": _b64(nonce),
            "sealed": _b64(sealed)}


def open_slot(slot: Payload, secret: str, label: str) -> MasterKey | None:
    params = {k: int(slot[k]) for k in KDF_PARAMS}
    kek = _kek(secret, base64.b64decode(slot["salt"]), params)
    try:
        raw = AESGCM(kek).decrypt(base64.b64decode(slot["nonce"]),
                                  base64.b64decode(slot["sealed"]), label.encode())
    except InvalidTag:
        return None
    return MasterKey(raw)


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


class FileStore:
    """The key ring of an SQLite database: a JSON file replaced atomically on write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def _read(self) -> dict[str, Payload]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise KeyringUnreadable(self.path) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyringUnreadable(self.path)
        return dict(data.get("entries", {}))

    def _write(self, entries: dict[str, Payload]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"format": FORMAT, "version": 1, "entries": entries}, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(body)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock_path = self.path.with_name(self.path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(lock_path, "a+b") as handle:
            _lock_file(handle)
            yield

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


def _lock_file(handle: Any) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
    else:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


class KeyringUnreadable(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
