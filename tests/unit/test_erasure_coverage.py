"""Erasure covers every table and column that refers to a candidate, found by
introspection: a new one fails here until ``security.erasure_map`` says what
erasing a person does to it."""

from __future__ import annotations

from sqlalchemy import Table

import hrdesk.models  # noqa: F401 - every table registered
from hrdesk.models.base import Base
from hrdesk.security.erasure_map import COVERAGE, DELETE, NOTICES, by_table


def _references() -> set[tuple[str, str, str]]:
    """(table, column, table it points at) for every foreign key that leads to a
    candidate, directly or through a table that does (applications, tasks …)."""
    reached, found = {"candidates"}, set()
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target in reached and (table.name, fk.parent.name, target) not in found:
                    found.add((table.name, fk.parent.name, target))
                    reached.add(table.name)
                    grew = True
    return found


def test_every_reference_to_a_candidate_is_covered() -> None:
    covered = {(c.table, column, target) for c in COVERAGE for column, target in c.links.items()}
    assert _references() - covered == set(), "add these to security.erasure_map"
    # The person's own row is theirs by its key, which is no foreign key.
    assert covered - _references() == {("candidates", "id", "candidates")}, \
        "the map names links the schema lacks"


def _columns(table: Table) -> set[str]:
    return {c.name for c in table.columns}


def test_every_column_of_a_kept_row_was_decided_about() -> None:
    """A new free-text column on, say, applications must be cleared or declared kept."""
    tables = Base.metadata.tables
    for cover in (*COVERAGE, NOTICES):
        if cover.action == DELETE:
            continue
        decided = set(cover.links) | set(cover.cleared) | set(cover.scrubbed) | set(cover.kept)
        assert _columns(tables[cover.table]) == decided, cover.table


def test_the_map_has_one_entry_per_table() -> None:
    assert len(by_table()) == len(COVERAGE)
