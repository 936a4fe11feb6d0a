"""Headers of job-board exports and office sheets map to candidate fields by themselves."""

from __future__ import annotations

import pytest

from hrdesk.imports import fields, mapping

SPELLINGS = {
    "name": ["姓名", "名字", "Name", "NAME", "候选人姓名", "姓名*", "姓名："],
    "mobile": ["手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "Mobile", "Phone",
               "手机号码（必填）", "Mobile Phone", "候选人手机"],
    "email": ["邮箱", "E-mail", "Email", "e-mail", "电子邮件", "电子邮箱", "邮箱地址"],
    "education": ["学历", "最高学历", "Education"],
    "years_experience": ["工作年限", "工作经验", "工作年限（年）", "工作年限(年)", "经验", "Years",
                         "工作年限 (年)"],
    "wanted_job": ["期望职位", "应聘职位", "应聘岗位", "意向岗位"],
    "channel": ["来源", "渠道", "简历来源", "Source"],
    "id_number": ["身份证", "身份证号", "身份证号码", "证件号码"],
    "birth_date": ["出生日期", "生日", "出生年月"],
    "gender": ["性别", "Gender"],
    "city": ["现居住地", "所在城市", "居住地", "城市", "现居城市"],
    "expected_salary": ["期望薪资", "期望月薪", "薪资要求", "期望薪资(元/月)", "期望月薪（元）"],
    "school": ["毕业院校", "学校"],
    "major": ["专业"],
    "skills": ["技能", "专业技能"],
    "certificates": ["证书", "资格证书"],
    "self_description": ["自我评价", "个人简介", "自我介绍", "个人优势"],
    "notes": ["备注"],
    "tags": ["标签"],
}


@pytest.mark.parametrize(("field", "header"),
                         [(f, h) for f, hs in SPELLINGS.items() for h in hs])
def test_each_known_spelling_maps_to_its_field(field: str, header: str) -> None:
    assert mapping.auto_map([header]) == (field,)
    assert mapping.normalise_header(header) in mapping.HEADER_WORDS


def test_every_importable_field_has_a_spelling() -> None:
    assert set(SPELLINGS) == set(fields.FIELDS)


def test_full_width_header_is_read_as_half_width() -> None:
    assert mapping.normalise_header("Ｅ－ｍａｉｌ") == "email"
    assert mapping.normalise_header("　工作年限（年）：") == "工作年限"
    assert mapping.auto_map(["ＮＡＭＥ"]) == ("name",)


def test_unknown_columns_stay_unmapped() -> None:
    assert mapping.auto_map(["年龄", "紧急联系人电话", "工作经历", "", "目前薪资"]) == (
        None, None, None, None, None)


def test_a_field_goes_to_the_first_column_naming_it() -> None:
    assert mapping.auto_map(["手机", "姓名", "手机号码", "联系电话"]) == (
        "mobile", "name", None, None)


def test_a_typical_boss_export_maps_whole() -> None:
    headers = ["姓名", "性别", "年龄", "手机号", "邮箱", "最高学历", "毕业院校", "专业",
               "工作经验", "期望职位", "期望薪资", "现居城市", "个人优势", "沟通时间"]
    assert mapping.auto_map(headers) == (
        "name", "gender", None, "mobile", "email", "education", "school", "major",
        "years_experience", "wanted_job", "expected_salary", "city", "self_description", None)
