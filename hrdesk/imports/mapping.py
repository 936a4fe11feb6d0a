"""Which candidate field a sheet column holds, from its header.

The spellings are those of the job boards' exports (BOSS直聘, 智联招聘, 前程无忧/51job,
猎聘, 58同城) and of sheets typed in HR offices. Headers are compared after
``normalise_header``, so "工作年限（年）", "工作年限(年)" and " 工作年限：" are one word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from hrdesk.imports import fields

_SPELLINGS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "name", "全名", "真实姓名", "中文名", "中文姓名", "fullname",
             "候选人", "应聘者", "求职者", "应聘人", "人选", "candidate", "candidatename"),
    "mobile": ("手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "电话号码",
               "移动电话", "联系手机", "手机/电话", "电话/手机", "手机号/电话", "联系号码",
               "mobile", "mobilephone", "mobileno", "mobilenumber", "phone", "phoneno",
               "phonenumber", "cellphone", "cell", "tel", "telephone", "contact"),
    "email": ("邮箱", "email", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "电子邮件地址",
              "电子信箱", "mail", "emailaddress"),
    "id_number": ("身份证", "身份证号", "身份证号码", "证件号码", "证件号", "身份证件号码",
                  "公民身份号码", "身份号码", "身份证编号", "idnumber", "idcard", "idcardno",
                  "idno", "id"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "生日", "出生年月", "出生年月日", "出生时间", "出生日",
                   "birthdate", "birthday", "dateofbirth", "dob"),
    "education": ("学历", "最高学历", "学历层次", "文化程度", "教育程度", "最高学位", "学位",
                  "education", "degree", "educationlevel"),
    "school": ("毕业院校", "学校", "毕业学校", "院校", "学校名称", "毕业院校名称", "school",
               "university", "college", "graduatedfrom"),
    "major": ("专业", "所学专业", "主修专业", "毕业专业", "专业名称", "major"),
    "years_experience": ("工作年限", "工作经验", "经验", "工作年份", "工龄", "从业年限",
                         "从业经验", "工作经验年限", "相关工作经验", "years", "experience",
                         "yearsofexperience", "workexperience", "workyears"),
    "city": ("现居住地", "所在城市", "居住地", "城市", "现居城市", "现居住城市", "所在地",
             "现居地", "居住城市", "所在地区", "目前所在地", "现所在地", "现居住地址", "city",
             "location", "currentcity"),
    "expected_salary": ("期望薪资", "期望月薪", "薪资要求", "期望薪水", "期望工资", "薪资期望",
                        "期望薪酬", "要求薪资", "期望待遇", "期望年薪", "期望收入", "薪酬要求",
                        "待遇要求", "expectedsalary", "salaryexpectation", "salary"),
    "skills": ("技能", "专业技能", "技能特长", "技能标签", "特长", "专长", "skills", "skill"),
    "certificates": ("证书", "资格证书", "职业资格证书", "证书名称", "获得证书", "所获证书",
                     "资质证书", "技能证书", "职业证书", "certificates", "certificate",
                     "certifications"),
    "tags": ("标签", "简历标签", "人才标签", "tags", "tag", "labels"),
    "channel": ("来源", "渠道", "简历来源", "来源渠道", "招聘渠道", "应聘渠道", "简历渠道",
                "source", "channel"),
    "wanted_job": ("期望职位", "应聘职位", "应聘岗位", "意向岗位", "意向职位", "期望岗位",
                   "求职意向", "投递职位", "投递岗位", "应聘职务", "申请职位", "申请岗位",
                   "沟通职位", "职位", "岗位", "职位名称", "岗位名称", "position", "job",
                   "jobtitle", "appliedposition"),
    "self_description": ("自我评价", "个人简介", "自我介绍", "个人评价", "自我描述",
                         "个人优势", "个人总结", "个人描述", "summary", "aboutme",
                         "selfintroduction", "selfdescription"),
    "notes": ("备注", "备注信息", "说明", "hr备注", "notes", "note", "remark", "remarks",
              "comment", "comments"),
}

# Words put before a field's name that change nothing: "候选人手机" is "手机".
_SUBJECTS = ("候选人", "应聘者", "求职者", "应聘人", "本人", "个人", "candidate")

_ANNOTATION = re.compile(r"[(\[【<][^)\]】>]*[)\]】>]")  # (年), (元/月), 【必填】, [yyyy-mm-dd]
_FILLER = re.compile(r"[\s:_\-*#.。]")  # spaces, colons, "E-mail", "姓名*" (required)


def normalise_header(text: str) -> str:
    """The header as compared: half-width, lower case, annotations and fillers dropped."""
    folded = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    return _FILLER.sub("", _ANNOTATION.sub("", folded))


_FIELD_OF: dict[str, str] = {
    normalise_header(word): field for field, words in _SPELLINGS.items() for word in words
}
for _subject in _SUBJECTS:  # the plain spellings win: "个人简介" stays a self-description
    for _word, _field in list(_FIELD_OF.items()):
        _FIELD_OF.setdefault(_subject + _word, _field)
assert set(_FIELD_OF.values()) <= set(fields.FIELDS)

# Every header spelling known, normalised: a row holding several is the header row.
HEADER_WORDS: frozenset[str] = frozenset(_FIELD_OF)


def field_of(header: str) -> str | None:
    """The field a header names, or None for a column kept as an extra attribute."""
    return _FIELD_OF.get(normalise_header(header))


def auto_map(headers: Sequence[str]) -> tuple[str | None, ...]:
    """One field or None per column. A field goes to the first column that names it;
    a later column naming it again stays an extra attribute (nothing is overwritten)."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        field = field_of("" if header is None else str(header))
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        mapping.append(field)
    return tuple(mapping)
