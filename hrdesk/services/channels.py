"""Source channels (job boards, referral, campus, agency …) and what each one cost.

Every application records the channel it came through; with the costs entered
here, reports can say what one hire cost per channel. HR and administrators
keep the list; anyone signed in may read it (the application form offers it).
A channel that is no longer used is deactivated, never deleted: old
applications and costs keep pointing at it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from hrdesk import errors
from hrdesk.models.channels import CHANNEL_KINDS, Channel, ChannelCost
from hrdesk.security.actor import Actor
from hrdesk.security.permissions import require
from hrdesk.uow import UnitOfWork
from hrdesk.vocabulary import Permission
from hrdesk.workflow import concurrency
from hrdesk.workspace.unlocked import Workspace

NAME_LENGTH = 100  # models.channels.Channel.name
NOTE_LENGTH = 200  # models.channels.ChannelCost.note
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2)
KINDS = CHANNEL_KINDS  # what a channel may be; the UI offers these (it never imports models)


@dataclasses.dataclass(frozen=True)
class ChannelInfo:
    id: uuid.UUID
    name: str
    kind: str
    active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class ChannelCostInfo:
    id: uuid.UUID
    channel_id: uuid.UUID
    channel_name: str
    period_start: dt.date
    period_end: dt.date
    amount: Decimal
    note: str | None


# --- the list ---------------------------------------------------------------------------


def list_channels(ws: Workspace, actor: Actor,
                  include_inactive: bool = False) -> list[ChannelInfo]:
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        query = select(Channel).order_by(Channel.name)
        if not include_inactive:
            query = query.where(Channel.active.is_(True))
        return [_info(c) for c in uow.session.scalars(query)]


def create_channel(ws: Workspace, actor: Actor, name: str, kind: str) -> ChannelInfo:
    require(actor, Permission.MANAGE_CHANNELS)
    name = _clean_name(name)
    if kind not in CHANNEL_KINDS:
        raise errors.InvalidField(field="kind", reason="unknown kind {value}", value=kind)
    with ws.db.unit_of_work(actor, "channels.create_channel") as uow:
        _name_free(uow, name)
        channel = Channel(name=name, kind=kind, active=True)
        uow.session.add(channel)
        _commit(uow, name)
        return _info(channel)


def rename(ws: Workspace, actor: Actor, channel_id: uuid.UUID, name: str,
           expected_version: int) -> ChannelInfo:
    require(actor, Permission.MANAGE_CHANNELS)
    name = _clean_name(name)
    with ws.db.unit_of_work(actor, "channels.rename") as uow:
        channel = _get(uow, channel_id, expected_version)
        if channel.name != name:
            _name_free(uow, name, exclude=channel.id)
            channel.name = name
            _commit(uow, name)
        return _info(channel)


def set_active(ws: Workspace, actor: Actor, channel_id: uuid.UUID, active: bool,
               expected_version: int) -> ChannelInfo:
    """Deactivated channels leave the pickers; what already points at them keeps them."""
    require(actor, Permission.MANAGE_CHANNELS)
    with ws.db.unit_of_work(actor, "channels.set_active") as uow:
        channel = _get(uow, channel_id, expected_version)
        if channel.active != active:
            channel.active = active
            uow.commit()
        return _info(channel)


# --- costs ------------------------------------------------------------------------------


def add_cost(ws: Workspace, actor: Actor, channel_id: uuid.UUID, period_start: dt.date,
             period_end: dt.date, amount: Decimal | int | str,
             note: str | None = None) -> ChannelCostInfo:
    """What a channel cost over a period: a board subscription, an agency invoice."""
    require(actor, Permission.MANAGE_CHANNELS)
    if period_end < period_start:
        raise errors.InvalidField(field="period_end", reason="must not be before period_start")
    value = _clean_amount(amount)
    note = (note or "").strip() or None
    if note is not None and len(note) > NOTE_LENGTH:
        raise errors.InvalidField(field="note", reason="at most {limit} characters",
                                  limit=NOTE_LENGTH)
    with ws.db.unit_of_work(actor, "channels.add_cost") as uow:
        # Costs may still arrive for a channel no longer used: inactive ones are fine.
        channel = _get(uow, channel_id)
        cost = ChannelCost(channel_id=channel.id, period_start=period_start,
                           period_end=period_end, amount=value, note=note)
        uow.session.add(cost)
        uow.commit()
        return _cost_info(cost, channel.name)


def costs(ws: Workspace, actor: Actor, channel_id: uuid.UUID | None = None,
          start: dt.date | None = None, end: dt.date | None = None) -> list[ChannelCostInfo]:
    """Costs whose period overlaps [start, end] (either may be open), oldest first.

    Spending is the channel managers' business, so reading it takes the same
    permission as entering it."""
    require(actor, Permission.MANAGE_CHANNELS)
    if start is not None and end is not None and end < start:
        raise errors.InvalidField(field="end", reason="must not be before start")
    query = (select(ChannelCost, Channel.name).join(Channel, Channel.id == ChannelCost.channel_id)
             .order_by(ChannelCost.period_start, Channel.name, ChannelCost.period_end,
                       ChannelCost.id))
    if channel_id is not None:
        query = query.where(ChannelCost.channel_id == channel_id)
    if start is not None:
        query = query.where(ChannelCost.period_end >= start)
    if end is not None:
        query = query.where(ChannelCost.period_start <= end)
    with ws.db.unit_of_work(actor, read_only=True) as uow:
        return [_cost_info(cost, name) for cost, name in uow.session.execute(query)]


# --- helpers ----------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidField(field="name", reason="required")
    if len(name) > NAME_LENGTH:
        raise errors.InvalidField(field="name", reason="at most {limit} characters",
                                  limit=NAME_LENGTH)
    return name


def _clean_amount(amount: Decimal | int | str) -> Decimal:
    # A float would bring binary rounding into money; bool is an int to Python.
    if isinstance(amount, (bool, float)):
        raise errors.InvalidField(field="amount", reason="give a decimal amount, not a float")
    try:
        value = Decimal(str(amount).strip()) if isinstance(amount, str) else Decimal(amount)
    except InvalidOperation:
        raise errors.InvalidField(field="amount", reason="not a number: {value}",
                                  value=str(amount)) from None
    if not value.is_finite():
        raise errors.InvalidField(field="amount", reason="not a number: {value}",
                                  value=str(amount))
    if value < 0:
        raise errors.InvalidField(field="amount", reason="must not be negative")
    if value != value.quantize(CENT):
        raise errors.InvalidField(field="amount", reason="at most two decimal places")
    if value > MAX_AMOUNT:
        raise errors.InvalidField(field="amount", reason="at most {limit}", limit=MAX_AMOUNT)
    return value.quantize(CENT)


def _name_free(uow: UnitOfWork, name: str, exclude: uuid.UUID | None = None) -> None:
    # Compared case-blind ("boss直聘" is BOSS直聘); the table is a few dozen rows.
    wanted = name.casefold()
    for other_id, other in uow.session.execute(select(Channel.id, Channel.name)):
        if other_id != exclude and other.casefold() == wanted:
            raise errors.InvalidField(field="name", reason="{value} is already used",
                                      value=other)


def _commit(uow: UnitOfWork, name: str) -> None:
    try:
        uow.commit()
    except IntegrityError:
        # Someone saved the same name between our check and our write.
        raise errors.InvalidField(field="name", reason="{value} is already used",
                                  value=name) from None


def _get(uow: UnitOfWork, channel_id: uuid.UUID,
         expected_version: int | None = None) -> Channel:
    channel = uow.session.get(Channel, channel_id)
    if channel is None:
        raise errors.NotFound(entity="channel", key=str(channel_id))
    concurrency.check_version(uow, channel, expected_version, channel.name)
    return channel


def _info(channel: Channel) -> ChannelInfo:
    return ChannelInfo(channel.id, channel.name, channel.kind, channel.active, channel.version)


def _cost_info(cost: ChannelCost, channel_name: str) -> ChannelCostInfo:
    # SQLite hands NUMERIC back through a float: back to whole cents.
    return ChannelCostInfo(cost.id, cost.channel_id, channel_name, cost.period_start,
                           cost.period_end, Decimal(cost.amount).quantize(CENT), cost.note)
