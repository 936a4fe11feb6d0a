"""Source channels and their costs, on both backends; each application records its channel.

One plant per backend for the module: each test makes the channels it changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from hrdesk import error_text, errors
from hrdesk.clock import FixedClock
from hrdesk.db import backup
from hrdesk.services import (
    applications,
    audit_log,
    boards,
    channels,
    jobs,
    maintenance,
)
from hrdesk.vocabulary import as_is
from hrdesk.workflow.reference import CHANNELS
from tests.integration import plant as plant_

ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture(scope="module", params=plant_.BACKENDS)
def plant(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[plant_.Plant]:
    yield from plant_.module_plant(request.param, tmp_path_factory.mktemp("channels"),
                                   FixedClock(dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC),
                       tick=dt.timedelta(milliseconds=10)))


def _invalid(call, field: str) -> str:  # type: ignore[no-untyped-def]
    """The reason of the InvalidField ``call`` raises, which must name ``field``, in
    English with the values it names filled in."""
    with pytest.raises(errors.InvalidField) as caught:
        call()
    assert caught.value.params["field"] == field
    return str(error_text.said_params(caught.value.params, as_is)["reason"])


def test_shipped_channels_and_the_life_of_a_new_one(plant) -> None:  # type: ignore[no-untyped-def]
    ws, admin = plant.ws, plant.actor(ADMIN)
    listed = {c.name: c.kind for c in channels.list_channels(ws, admin)}
    assert dict(CHANNELS).items() <= listed.items()
    made = channels.create_channel(ws, admin, "  钉钉  招聘 ", "job_board")
    assert (made.name, made.kind, made.active) == ("钉钉 招聘", "job_board", True)
    renamed = channels.rename(ws, admin, made.id, "钉钉人才", made.version)
    assert renamed.version > made.version
    # Renaming to the same name is no change at all.
    assert channels.rename(ws, admin, made.id, "钉钉人才", renamed.version) == renamed
    with pytest.raises(errors.ConcurrentChange):
        channels.set_active(ws, admin, made.id, False, made.version)
    off = channels.set_active(ws, admin, made.id, False, renamed.version)
    assert "钉钉人才" not in {c.name for c in channels.list_channels(ws, admin)}
    assert off in channels.list_channels(ws, admin, include_inactive=True)
    # Back on; every write was audited under its use case.
    channels.set_active(ws, admin, made.id, True, off.version)
    assert [r.action for r in audit_log.recent(ws, admin, entity_id=str(made.id))] == [
        "channels.set_active", "channels.set_active", "channels.rename",
        "channels.create_channel"]


def test_names_and_kinds_are_checked(plant) -> None:  # type: ignore[no-untyped-def]
    ws, hr = plant.ws, plant.actor("hr.li")
    assert _invalid(lambda: channels.create_channel(ws, hr, "  ", "referral"),
                    "name") == "required"
    assert _invalid(lambda: channels.create_channel(ws, hr, "x" * 101, "referral"),
                    "name") == "at most 100 characters"
    # Compared blind to case and spacing: "boss直聘 " is the shipped BOSS直聘.
    assert "BOSS直聘" in _invalid(lambda: channels.create_channel(ws, hr, "boss直聘 ",
                                                                   "job_board"), "name")
    assert _invalid(lambda: channels.create_channel(ws, hr, "抖音", "tiktok"),
                    "kind") == "unknown kind tiktok"
    mine = channels.create_channel(ws, hr, "抖音", "other")
    assert "猎聘" in _invalid(lambda: channels.rename(ws, hr, mine.id, "猎聘", mine.version),
                             "name")
    with pytest.raises(errors.NotFound):
        channels.rename(ws, hr, uuid.uuid4(), "无此渠道", 1)


def test_costs_are_checked_and_found_by_period(plant) -> None:  # type: ignore[no-untyped-def]
    ws, hr = plant.ws, plant.actor("hr.li")
    board = channels.create_channel(ws, hr, "前程无忧·校招专区", "job_board")
    fair = channels.create_channel(ws, hr, "秋季人才市场", "job_fair")
    add = channels.add_cost
    assert _invalid(lambda: add(ws, hr, board.id, OCTOBER[1], OCTOBER[0], Decimal(1)),
                    "period_end") == "must not be before period_start"
    for amount, reason in ((Decimal(-1), "must not be negative"),
                           (Decimal("0.005"), "at most two decimal places"),
                           (0.1, "give a decimal amount, not a float"),
                           ("一千", "not a number: 一千"), (Decimal("NaN"), "not a number: NaN"),
                           (Decimal("1E10"), "at most 9999999999.99")):
        assert _invalid(lambda a=amount: add(ws, hr, board.id, *OCTOBER, a),  # type: ignore[misc]
                        "amount") == reason
    with pytest.raises(errors.NotFound):
        add(ws, hr, uuid.uuid4(), *OCTOBER, Decimal(1))
    october = add(ws, hr, board.id, *OCTOBER, Decimal("3000.5"), "  年度会员（分摊） ")
    assert (october.amount, october.note, october.channel_name) == (
        Decimal("3000.50"), "年度会员（分摊）", "前程无忧·校招专区")
    add(ws, hr, board.id, *NOVEMBER, "3000")
    # A channel no longer used may still receive a late invoice.
    off = channels.set_active(ws, hr, fair.id, False, fair.version)
    add(ws, hr, off.id, dt.date(2026, 10, 20), dt.date(2026, 10, 20), 0)

    def found(**query) -> list[tuple[str, dt.date, Decimal]]:  # type: ignore[no-untyped-def]
        return [(c.channel_name, c.period_start, c.amount)
                for c in channels.costs(ws, hr, **query) if c.channel_id in (board.id, fair.id)]

    assert found() == [("前程无忧·校招专区", OCTOBER[0], Decimal("3000.50")),
                       ("秋季人才市场", dt.date(2026, 10, 20), Decimal("0.00")),
                       ("前程无忧·校招专区", NOVEMBER[0], Decimal("3000.00"))]
    assert found(channel_id=board.id, start=dt.date(2026, 10, 31)) == [
        ("前程无忧·校招专区", OCTOBER[0], Decimal("3000.50")),
        ("前程无忧·校招专区", NOVEMBER[0], Decimal("3000.00"))]
    assert found(start=dt.date(2026, 10, 21), end=dt.date(2026, 10, 31)) == [
        ("前程无忧·校招专区", OCTOBER[0], Decimal("3000.50"))]
    assert found(end=dt.date(2026, 9, 30)) == []
    assert _invalid(lambda: channels.costs(ws, hr, start=NOVEMBER[0], end=OCTOBER[0]),
                    "end") == "must not be before start"


def test_anyone_may_list_but_only_channel_managers_write(plant) -> None:  # type: ignore[no-untyped-def]
    ws = plant.ws
    for reader in ("int.wu", "exec.huang", "mgr.wang"):
        assert dict(CHANNELS).items() <= {
            c.name: c.kind for c in channels.list_channels(ws, plant.actor(reader))}.items()
    interviewer = plant.actor("int.wu")
    some = channels.list_channels(ws, interviewer)[0]
    for write in (lambda: channels.create_channel(ws, interviewer, "抖音直播", "other"),
                  lambda: channels.rename(ws, interviewer, some.id, "抖音直播", some.version),
                  lambda: channels.set_active(ws, interviewer, some.id, False, some.version),
                  lambda: channels.add_cost(ws, interviewer, some.id, *OCTOBER, 1),
                  lambda: channels.costs(ws, interviewer)):
        with pytest.raises(errors.PermissionDenied):
            write()


def test_each_application_records_its_channel(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    referral = channels.create_channel(plant.ws, hr, "老员工推荐", "referral")
    fair = channels.create_channel(plant.ws, hr, "春风行动招聘会", "job_fair")
    job = jobs.create_job(plant.ws, hr, jobs.JobDraft("电工", plant.workshop_id, 2))
    for name, serial, channel in (("张伟", 1, referral.id), ("李强", 2, fair.id),
                                  ("王芳", 3, None)):
        applications.apply(plant.ws, hr, plant.candidate(name, serial), job.id,
                           channel_id=channel)

    def cards() -> dict[str, str | None]:
        board = boards.load(plant.ws, hr, job.id)
        return {c.name: c.channel for column in board.columns for c in column.cards}

    assert cards() == {"张伟": "老员工推荐", "李强": "春风行动招聘会", "王芳": None}
    # The application points at the channel: a new name shows at once, and retiring
    # the channel does not rewrite where people came from.
    channels.rename(plant.ws, hr, referral.id, "员工内推", referral.version)
    channels.set_active(plant.ws, hr, fair.id, False, fair.version)
    assert cards() == {"张伟": "员工内推", "李强": "春风行动招聘会", "王芳": None}


def test_an_unknown_or_retired_channel_is_refused(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    job = jobs.create_job(plant.ws, hr, jobs.JobDraft("焊工", plant.workshop_id, 1))
    with pytest.raises(errors.NotFound):
        applications.apply(plant.ws, hr, plant.candidate("赵敏", 4), job.id,
                           channel_id=uuid.uuid4())
    with pytest.raises(errors.NotFound):
        jobs.update_job(plant.ws, hr, job.id, job.version, channel_ids=[uuid.uuid4()])
    retired = channels.create_channel(plant.ws, hr, "停用的中介", "agency")
    channels.set_active(plant.ws, hr, retired.id, False, retired.version)
    with pytest.raises(errors.InvalidState):
        applications.apply(plant.ws, hr, plant.candidate("孙磊", 5), job.id,
                           channel_id=retired.id)


def test_a_backup_keeps_channel_costs_to_the_cent(plant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, admin = plant.ws, plant.actor(ADMIN)
    agency = channels.create_channel(ws, admin, "猎头（年度）", "agency")
    cost = channels.add_cost(ws, admin, agency.id, *OCTOBER, Decimal("1234.56"))
    made = maintenance.make_backup(ws, admin, tmp_path / "with-costs.hdbk")
    opened = backup.open_backup(made.path)
    frame_key = opened.frame_key(plant[ADMIN].workspace.keys)
    rows = [row for frame in backup.read_frames(opened, frame_key)
            if frame.get("table") == "channel_costs" for row in frame["rows"]]
    [kept] = [row for row in rows if row["id"] == str(cost.id)]
    assert Decimal(kept["amount"]) == Decimal("1234.56")
