"""The pages of an SQLCipher file, decrypted one by one: free pages and the free space
inside pages included, which no query shows (SQLCipher 4 defaults, raw key)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16  # the IV (16 bytes) and HMAC-SHA512 (64) end each page


def _page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    clear = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return clear.update(page[start:PAGE - RESERVE]) + clear.finalize()


def decrypted(path: Path, key_hex: str) -> bytes:
    """Every page of the file and of its write-ahead log, in clear."""
    key = bytes.fromhex(key_hex)
    data = path.read_bytes()
    pages = [_page(key, data[i:i + PAGE], i == 0) for i in range(0, len(data), PAGE)]
    wal = Path(str(path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        pages += [_page(key, frames[i + 24:i + 24 + PAGE], False)
                  for i in range(0, len(frames) - 24, 24 + PAGE)]
    return b"".join(pages)
