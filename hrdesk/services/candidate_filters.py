"""What the candidates list's filters offer: the values found in the data, and the fixed
lists (the filters themselves are ``dto.candidates.CandidateFilters``, applied in SQL by
``candidate_search.search_candidates``)."""

from __future__ import annotations

from sqlalchemy import select

from hrdesk.dto.candidates import FilterChoices
from hrdesk.education import EDUCATION_LEVELS
from hrdesk.models.candidates import Candidate
from hrdesk.models.channels import Channel
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.vocabulary import Permission
from hrdesk.workspace.unlocked import Workspace


def choices(ws: Workspace, actor: Actor) -> FilterChoices:
    require(actor, Permission.VIEW_CANDIDATES)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        # Distinct values of small-vocabulary columns: one scan each, once per screen.
        found = {e for e in uow.session.scalars(select(Candidate.education).distinct()) if e}
        cities = sorted(c for c in uow.session.scalars(select(Candidate.city).distinct()) if c)
        channels = tuple((c.id, c.name) for c in uow.session.execute(
            select(Channel.id, Channel.name).where(Channel.active.is_(True))
            .order_by(Channel.name)))
    known = [e for e in EDUCATION_LEVELS if e in found]
    return FilterChoices((*known, *sorted(found - set(known))), tuple(cities), channels)
