"""Every audit entry, every column, searched for personal values in clear."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine


def clear_in_audit(engine: Engine, seeds: Iterable[str]) -> list[tuple[int, str]]:
    """(seq, seed) of each entry holding a seed in any column, as text or JSON escape."""
    forms = [(seed, (seed, json.dumps(seed)[1:-1])) for seed in seeds]
    hits = []
    with engine.connect() as conn:
        for row in conn.execute(text("SELECT * FROM audit_entries ORDER BY seq")).mappings():
            said = " ".join(str(v) for v in row.values())
            hits += [(row["seq"], seed) for seed, ways in forms
                     if any(way in said for way in ways)]
    return hits
