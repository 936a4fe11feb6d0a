"""The floor under a resume import: the same file read by calamine alone, and rows of
the same shape written with the raw driver alone (``executemany``), into the same
encrypted database, in the same run as the import (issue 11).

What the driver writes per row of the sheet, as an import of new people does:
a candidate row (with the lookup columns and their indexes), one audit row whose
hash chains to the one before (SHA-256 of the previous hash and the row's text), and
one timeline row; then one commit. No field encryption, no normalising, no identity
rules: those are ours, and the ratio to this floor is what they cost. Keys are the
import's own time-ordered ids (``bulk.ordered_id``): random ones would make the floor
pay for scattered index pages, which the import does not.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from hrdesk.db.bulk import ordered_id

CHUNK = 10_000


def read_floor(path: Path) -> tuple[float, list[list[Any]]]:
    """Seconds for calamine to read the first sheet, and its rows."""
    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return time.perf_counter() - started, rows


def write_floor(connection: Any, rows: list[list[Any]], at: str) -> float:
    """Seconds to write ``rows`` (header first) with the DBAPI ``connection`` alone."""
    started = time.perf_counter()
    cursor = connection.cursor()
    # One transaction, as the import's (the engine leaves the driver in autocommit).
    cursor.execute("BEGIN IMMEDIATE")
    cursor.execute("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
    seq, previous = cursor.fetchone()
    body = rows[1:]
    for start in range(0, len(body), CHUNK):
        people, audits, events = [], [], []
        for cells in body[start:start + CHUNK]:
            key = ordered_id().hex
            name, mobile, email, id_number = (str(c) for c in (cells[0], cells[2], cells[3],
                                                               cells[4]))
            people.append((key, name, name, email, email.lower(),
                           hashlib.sha256(mobile.encode()).hexdigest(),
                           hashlib.sha256(id_number.encode()).hexdigest(),
                           json.dumps({"自我评价": str(cells[11])}, ensure_ascii=False), at))
            seq += 1
            text = json.dumps({"name": name, "email": email}, ensure_ascii=False)
            digest = hashlib.sha256((previous + text).encode()).hexdigest()
            audits.append((ordered_id().hex, seq, at, "hr.li", "import", "create", "candidates", key,
                           text, previous, digest))
            previous = digest
            events.append((ordered_id().hex, at, "导入", "imported", key))
        cursor.executemany(
            "INSERT INTO candidates (id, name, name_key, email, email_normalised, "
            "mobile_digest, id_number_digest, extra, created_at, certificates, skills, tags, "
            "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]', '[]', 1)", people)
        cursor.executemany(
            "INSERT INTO audit_entries (id, seq, at, actor_name, action, operation, "
            "entity_type, entity_id, changes, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", audits)
        cursor.executemany(
            "INSERT INTO timeline_events (id, at, actor_name, kind, candidate_id, data) "
            "VALUES (?, ?, ?, ?, ?, '{}')", events)
    cursor.execute("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                   (seq, previous))
    connection.commit()
    return time.perf_counter() - started
