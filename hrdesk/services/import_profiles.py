"""Named mapping profiles: how one source's columns map, so its next file maps itself.

A profile is stored as a company setting (``import_profile.<name>``): the
headers it was saved from and the field of each. A new file takes the profile
whose headers it shares most (at least ``MIN_LIKENESS`` of them); columns the
profile does not know fall back to the automatic mapping.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import select

from hrdesk import errors
from hrdesk.imports import fields, mapping
from hrdesk.models.settings import Setting
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace

PREFIX = "import_profile."
NAME_MAX = 60 - len(PREFIX)  # the settings key holds 60 characters
MIN_LIKENESS = 0.6


@dataclasses.dataclass(frozen=True)
class MappingProfile:
    name: str
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]

    def fields_by_header(self) -> dict[str, str | None]:
        return {mapping.normalise_header(h): f
                for h, f in zip(self.headers, self.mapping, strict=True)}


def save_profile(ws: Workspace, actor: Actor, name: str, headers: Sequence[str],
                 chosen: Sequence[str | None]) -> MappingProfile:
    """Creates or replaces the profile ``name``."""
    require(actor, Permission.EDIT_CANDIDATES)
    name = " ".join(name.split())
    if not name or len(name) > NAME_MAX:
        raise errors.InvalidField(field="profile name", reason="1 to {limit} characters",
                                  limit=NAME_MAX)
    if len(headers) != len(chosen):
        raise errors.InvalidField(field="mapping", reason="one field (or none) per column")
    unknown = [f for f in chosen if f is not None and f not in fields.FIELDS]
    if unknown:
        raise errors.InvalidField(field="mapping", reason="no field “{value}”",
                                  value=unknown[0])
    profile = MappingProfile(name, tuple(str(h) for h in headers), tuple(chosen))
    with ws.db.unit_of_work(actor, "imports.save_profile") as uow:
        row = uow.session.get(Setting, PREFIX + name) or Setting(key=PREFIX + name)
        row.value = {"headers": list(profile.headers), "mapping": list(profile.mapping)}
        uow.session.add(row)
        uow.commit()
    return profile


def list_profiles(ws: Workspace, actor: Actor) -> list[MappingProfile]:
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        rows = uow.session.scalars(select(Setting).where(Setting.key.startswith(PREFIX))
                                   .order_by(Setting.key))
        return [_profile(r) for r in rows]


def get_profile(ws: Workspace, actor: Actor, name: str) -> MappingProfile:
    require(actor, Permission.EDIT_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        row = uow.session.get(Setting, PREFIX + " ".join(name.split()))
        if row is None:
            raise errors.NotFound(entity="mapping profile", key=name)
        return _profile(row)


def find_profile_for(ws: Workspace, actor: Actor,
                     headers: Sequence[str]) -> MappingProfile | None:
    """The profile whose saved headers are most like these, if any is like enough."""
    mine = {mapping.normalise_header(h) for h in headers if str(h).strip()}
    best, best_score = None, MIN_LIKENESS
    for profile in list_profiles(ws, actor):
        theirs = set(profile.fields_by_header())
        score = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        if score >= best_score:
            best, best_score = profile, score
    return best


def apply(profile: MappingProfile, headers: Sequence[str]) -> tuple[str | None, ...]:
    known = profile.fields_by_header()
    automatic = mapping.auto_map(headers)
    return tuple(known.get(mapping.normalise_header(h), auto)
                 for h, auto in zip(headers, automatic, strict=True))


def mapping_for(ws: Workspace, actor: Actor, headers: Sequence[str],
                given: Sequence[str | None] | None,
                name: str | None) -> tuple[tuple[str | None, ...], str | None]:
    """(mapping, profile used): as given, else the named profile, else the likest
    saved profile, else the automatic mapping."""
    if given is not None:
        return tuple(given), name
    profile = get_profile(ws, actor, name) if name else find_profile_for(ws, actor, headers)
    if profile is None:
        return mapping.auto_map(headers), None
    return apply(profile, headers), profile.name


def _profile(row: Setting) -> MappingProfile:
    value = row.value or {}
    return MappingProfile(row.key[len(PREFIX):], tuple(value.get("headers", ())),
                          tuple(value.get("mapping", ())))
