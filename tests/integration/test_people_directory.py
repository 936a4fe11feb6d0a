"""The people pickers' list: active users with names and roles, for HR and managers only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.services import accounts, people_directory
from tests.integration import plant as plant_

START = dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module", params=plant_.BACKENDS)
def plant(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[plant_.Plant]:
    yield from plant_.module_plant(request.param, tmp_path_factory.mktemp("people"),
                                   FixedClock(START, tick=dt.timedelta(milliseconds=10)))


def test_hr_and_managers_list_active_people_with_roles(plant: plant_.Plant) -> None:
    for username in ("hr.li", "mgr.wang"):
        people = {p.display_name: p for p in
                  people_directory.list_people(plant.ws, plant.actor(username))}
        assert people["lead.zhang"].roles == ("manager",)
        assert people["int.wu"].roles == ("interviewer",)
        assert people["int.wu"].department_id == plant.workshop_id


def test_deactivated_people_are_left_out(plant: plant_.Plant) -> None:
    admin = plant.actor(plant_.ADMIN)
    user_id = plant.actor("int.zhou").user_id
    assert user_id is not None
    accounts.set_active(plant.ws, admin, user_id, False)
    try:
        names = {p.display_name for p in
                 people_directory.list_people(plant.ws, plant.actor("hr.li"))}
        assert "int.zhou" not in names and "int.wu" in names
    finally:
        accounts.set_active(plant.ws, admin, user_id, True)


@pytest.mark.parametrize("username", ["int.wu", "exec.huang"])
def test_interviewers_and_executives_may_not_list(plant: plant_.Plant, username: str) -> None:
    with pytest.raises(errors.PermissionDenied):
        people_directory.list_people(plant.ws, plant.actor(username))


def test_people_come_in_pinyin_order(plant: plant_.Plant) -> None:
    admin = plant.actor(plant_.ADMIN)
    for username, name in (("zhang.san", "张三"), ("chen.ming", "陈明"), ("shan.li", "单丽")):
        accounts.create_user(plant.ws, admin, accounts.NewUser(
            username, name, "people-password-1", (RoleScope("interviewer"),)))
    names = [p.display_name for p in people_directory.list_people(plant.ws,
                                                                  plant.actor("hr.li"))]
    # 单 read as the surname shan: after 陈 (chen), before 张 (zhang).
    assert [n for n in names if n in ("张三", "陈明", "单丽")] == ["陈明", "单丽", "张三"]
