"""Demo data: a realistic equipment maker, made through the services.

Everything goes through the same use cases as real work, so the demo obeys
every rule (and its audit chain verifies). Later issues add jobs, pipelines
and history on top of this.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from hrdesk import errors, identity
from hrdesk.models.org import User
from hrdesk.security.actor import Actor, RoleScope
from hrdesk.services import accounts, candidates, org
from hrdesk.services.session import actor_of
from hrdesk.services.dto import DemoAccount
from hrdesk.services.workspace import Workspace

COMPANY = "华东智能装备有限公司"
DEMO_PASSWORD = "hrdesk-demo"
BATCH = 1_000

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳思晨雪梦琳雨婷宏志海波建国亮飞鑫博文"
_AREAS = ("320583", "320412", "320506", "320211", "341122", "410102", "421023", "510104",
          "360722", "430521", "370305", "130104", "612328", "450802")
_CITIES = ("昆山", "常州", "苏州", "无锡", "南京", "合肥", "郑州", "成都", "武汉", "长沙")
_EDUCATION = (("初中", 8), ("高中", 12), ("中专", 18), ("大专", 30), ("本科", 26),
              ("硕士", 5), ("博士", 1))
_SCHOOLS = ("常州机电职业技术学院", "苏州工业职业技术学院", "江苏理工学院", "南京工程学院",
            "合肥工业大学", "河南机电职业学院", "昆山市第一中等专业学校", "江南大学",
            "南京航空航天大学", "无锡职业技术学院")
_MAJORS = ("数控技术", "机电一体化", "焊接技术与自动化", "电气自动化", "机械设计制造及其自动化",
           "模具设计与制造", "工业机器人技术", "质量管理", "材料成型及控制工程", "工商管理")

# (username, display name, roles, site code, department name)
_PEOPLE = (
    ("admin", "系统管理员 周敏", ("admin",), None, None),
    ("hr.li", "招聘专员 李娜", ("hr",), "KS", "人力资源部"),
    ("hr.chen", "HR经理 陈静", ("hr",), "KS", "人力资源部"),
    ("hr.zhao", "招聘专员 赵雪", ("hr",), "CZ", "人力资源部"),
    ("mgr.wang", "生产部经理 王强", ("manager",), "KS", "生产部"),
    ("mgr.sun", "质量部经理 孙磊", ("manager",), "KS", "质量部"),
    ("mgr.liu", "技术部经理 刘洋", ("manager", "interviewer"), "KS", "技术研发部"),
    ("int.zhang", "机加工车间主任 张军", ("interviewer",), "KS", "机加工车间"),
    ("int.wu", "设备主管 吴涛", ("interviewer",), "CZ", "设备部"),
    ("exec.huang", "厂长 黄建国", ("executive",), "KS", None),
    ("exec.gm", "总经理 徐宏", ("executive",), None, None),
)
_SITES = (("KS", "昆山工厂", "昆山"), ("CZ", "常州工厂", "常州"))
_DEPARTMENTS = (  # (site, name, parent)
    ("KS", "人力资源部", None), ("KS", "生产部", None), ("KS", "机加工车间", "生产部"),
    ("KS", "装配车间", "生产部"), ("KS", "焊接车间", "生产部"), ("KS", "质量部", None),
    ("KS", "技术研发部", None), ("CZ", "人力资源部", None), ("CZ", "生产部", None),
    ("CZ", "设备部", None),
)


def demo_accounts() -> list[DemoAccount]:
    return [DemoAccount(u, DEMO_PASSWORD, roles[0], name) for u, name, roles, _s, _d in _PEOPLE]


def fill(ws: Workspace, accounts_: list[DemoAccount], size: int,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None, seed: int = 20261128) -> None:
    if not 0 <= size <= 1_000_000:
        raise errors.InvalidField(field="size", reason="0 to 1,000,000")
    admin = _admin_actor(ws)
    sites = {code: org.create_site(ws, admin, code, name, city) for code, name, city in _SITES}
    depts: dict[tuple[str, str], object] = {}
    for site, name, parent in _DEPARTMENTS:
        parent_id = depts[(site, parent)].id if parent else None  # type: ignore[attr-defined]
        depts[(site, name)] = org.create_department(ws, admin, sites[site].id, name, parent_id)
    users = {}
    for username, display, roles, site, dept in _PEOPLE[1:]:
        site_id = sites[site].id if site else None
        dept_info = depts.get((site, dept)) if site and dept else None
        dept_id = dept_info.id if dept_info else None  # type: ignore[attr-defined]
        grants = tuple(RoleScope(r, site_id if r == "hr" else None,
                                 dept_id if r == "manager" else None) for r in roles)
        users[username] = accounts.create_user(ws, admin, accounts.NewUser(
            username, display, DEMO_PASSWORD, grants, site_id=site_id, department_id=dept_id))
    for (site, dept), head in ((("KS", "生产部"), "mgr.wang"), (("KS", "质量部"), "mgr.sun"),
                               (("KS", "技术研发部"), "mgr.liu"),
                               (("KS", "机加工车间"), "int.zhang"), (("CZ", "设备部"), "int.wu")):
        org.set_department_head(ws, admin, depts[(site, dept)].id,  # type: ignore[attr-defined]
                                users[head].id)
    hr_actor = _actor_for(ws, users["hr.li"])
    _add_people(ws, hr_actor, size, random.Random(seed), progress, cancelled)


def _add_people(ws: Workspace, actor: Actor, size: int, rng: random.Random,
                progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None) -> None:
    done = 0
    used_mobiles: set[str] = set()
    while done < size:
        if cancelled and cancelled():
            raise errors.Cancelled()  # the caller discards the half-made demo
        batch = [_person(rng, used_mobiles) for _ in range(min(BATCH, size - done))]
        candidates.add_candidates(ws, actor, batch)
        done += len(batch)
        if progress:
            progress(done, size)


def _person(rng: random.Random, used_mobiles: set[str]) -> candidates.NewCandidate:
    surname = rng.choice(_SURNAMES)
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    birth = dt.date(1972, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 33))
    first17 = f"{rng.choice(_AREAS)}{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    id_number = first17 + identity.id_check_char(first17)
    while True:
        mobile = f"1{rng.choice('3456789')}{rng.randrange(0, 10**9):09d}"
        if mobile not in used_mobiles:
            used_mobiles.add(mobile)
            break
    education = rng.choices([e for e, _ in _EDUCATION], [w for _, w in _EDUCATION])[0]
    age = (dt.date(2026, 11, 1) - birth).days // 365
    years = max(0, min(age - 18, int(rng.expovariate(1 / 6))))
    return candidates.NewCandidate(
        name=surname + given, mobile=mobile, id_number=id_number,
        email=f"u{mobile[-8:]}@example.cn" if rng.random() < 0.6 else None,
        education=education, school=rng.choice(_SCHOOLS), major=rng.choice(_MAJORS),
        years_experience=years, city=rng.choice(_CITIES),
    )


def _admin_actor(ws: Workspace) -> Actor:
    with ws.db.unit_of_work(read_only=True) as uow:
        admin = uow.session.scalar(select(User).where(User.username == "admin"))
        assert admin is not None
        return actor_of(admin)


def _actor_for(ws: Workspace, info: accounts.UserInfo) -> Actor:
    return Actor(info.id, info.username, info.display_name, info.roles)
