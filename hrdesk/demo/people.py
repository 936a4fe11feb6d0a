"""Made-up but plausible people: Chinese names, valid ID numbers, mainland mobiles."""

from __future__ import annotations

import datetime as dt
import random

from hrdesk import identity
from hrdesk.services.candidates import NewCandidate

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
_SKILLS = ("数控车床", "FANUC系统", "CAD制图", "SolidWorks", "氩弧焊", "二氧化碳保护焊",
           "PLC编程", "电工操作", "钳工装配", "三坐标测量", "5S管理", "精益生产")
_CERTIFICATES = ("电工证", "焊工证", "叉车证", "数控车工中级", "质量工程师", "CAD一级")


class PeopleMaker:
    """Each call makes one more person; mobiles and ID numbers never repeat within a run
    (the database holds one live person per ID number)."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self._mobiles: set[str] = set()
        self._id_numbers: set[str] = set()

    def person(self) -> NewCandidate:
        rng = self.rng
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN)
                                               for _ in range(rng.choice((1, 2, 2))))
        birth = self.today - dt.timedelta(days=rng.randrange(365 * 19, 365 * 52))
        first17 = self._first17(birth)
        mobile = self._mobile()
        education = rng.choices([e for e, _ in _EDUCATION], [w for _, w in _EDUCATION])[0]
        age = (self.today - birth).days // 365
        return NewCandidate(
            name=name, mobile=mobile, id_number=first17 + identity.id_check_char(first17),
            email=f"u{mobile[-8:]}@example.cn" if rng.random() < 0.6 else None,
            education=education, school=rng.choice(_SCHOOLS), major=rng.choice(_MAJORS),
            years_experience=max(0, min(age - 18, int(rng.expovariate(1 / 6)))),
            city=rng.choice(_CITIES), skills=tuple(rng.sample(_SKILLS, rng.randint(1, 3))),
            certificates=tuple(rng.sample(_CERTIFICATES, rng.randint(0, 2))),
        )

    def _first17(self, birth: dt.date) -> str:
        while True:
            first17 = f"{self.rng.choice(_AREAS)}{birth:%Y%m%d}{self.rng.randrange(0, 1000):03d}"
            if first17 not in self._id_numbers:
                self._id_numbers.add(first17)
                return first17

    def _mobile(self) -> str:
        while True:
            mobile = f"1{self.rng.choice('3456789')}{self.rng.randrange(0, 10**9):09d}"
            if mobile not in self._mobiles:
                self._mobiles.add(mobile)
                return mobile
