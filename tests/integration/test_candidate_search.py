"""The candidates list's SQL on both backends: each filter, each order, counting, scope."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from hrdesk import errors, identity
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.dto.candidates import CandidateFilters
from hrdesk.services import (
    accounts,
    applications,
    candidate_filters,
    candidate_search,
    candidates,
    channels,
    jobs,
    org,
    session,
)

PASSWORD = "search-password-1"

# name, education, years, city, school, tags — created a day apart, in this order.
PEOPLE = (
    ("王芳", "本科", 2, "苏州", "江南大学", ("夜班可",)),
    ("李强", "高中", 12, "常州", None, ("叉车证", "急招")),
    ("张伟", "大专", 6, "昆山", "常州机电职业技术学院", ()),
    ("陈静", "硕士", None, None, "南京工程学院", ("急招",)),
    ("刘洋", "初中", 0, "合肥", "无锡职业技术学院", ("Night Shift",)),
)


@dataclasses.dataclass
class Office:
    ws: object
    sessions: dict[str, session.Session]
    ids: dict[str, uuid.UUID]
    channel: dict[str, uuid.UUID]
    job_a: jobs.JobInfo
    job_b: jobs.JobInfo
    first_day: dt.datetime

    def actor(self, username: str):  # type: ignore[no-untyped-def]
        return self.sessions[username].actor

    def names(self, text: str = "", username: str = "hr.li", **options) -> list[str]:  # type: ignore[no-untyped-def]
        page = candidate_search.search_candidates(self.ws, self.actor(username), text, limit=500,
                                            **options)
        return [c.name for c in page.items]


@pytest.fixture
def office(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    ws, admin = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, admin, "KS", "昆山工厂", "昆山")
    workshop = org.create_department(ws, admin, site.id, "机加工车间")
    for name, grant in (("hr.li", RoleScope("hr")), ("int.wu", RoleScope("interviewer"))):
        accounts.create_user(ws, admin, accounts.NewUser(name, name, PASSWORD, (grant,)))
    opened = {n: session.open_session(ws.location, n, PASSWORD, clock) for n in ("hr.li", "int.wu")}
    hr = opened["hr.li"].actor
    ws = opened["hr.li"].workspace  # the recruiter's keys: candidates' numbers and digests
    job_a = jobs.create_job(ws, hr, jobs.JobDraft("数控车工", workshop.id, 2))
    job_b = jobs.create_job(ws, hr, jobs.JobDraft("焊工", workshop.id, 1))
    first_day = clock.now()
    ids = {}
    for serial, (name, education, years, city, school, tags) in enumerate(PEOPLE, start=1):
        first17 = f"32058319900101{serial:03d}"
        ids[name] = candidates.create_candidate(ws, hr, candidates.NewCandidate(
            name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17),
            education=education, years_experience=years, city=city, school=school,
            tags=tags)).id
        clock.advance(days=1)
    by_name = {c.name: c.id for c in channels.list_channels(ws, hr)}
    # 王芳 applied to A through BOSS直聘 and later to B (rejected); 李强 to A via 58同城;
    # 张伟 to B via BOSS直聘 (withdrawn); 陈静 and 刘洋 never applied.
    applications.apply(ws, hr, ids["王芳"], job_a.id, by_name["BOSS直聘"])
    clock.advance(hours=1)
    later = applications.apply(ws, hr, ids["王芳"], job_b.id, by_name["58同城"])
    applications.withdraw(ws, hr, later.application_id)
    first = applications.apply(ws, hr, ids["李强"], job_a.id, by_name["58同城"])
    gone = applications.apply(ws, hr, ids["张伟"], job_b.id, by_name["BOSS直聘"])
    applications.withdraw(ws, hr, gone.application_id)
    applications.assign_interviewers(ws, hr, first.application_id,
                                     [opened["int.wu"].actor.user_id])
    yield Office(ws, opened, ids, by_name, job_a, job_b, first_day)
    for one in opened.values():
        one.close()


def test_each_column_sorts_both_ways_with_empty_values_last(office: Office) -> None:
    expected = {  # ascending; names by pinyin, other text by code point, education by level
        "name": ["陈静", "李强", "刘洋", "王芳", "张伟"],
        "education": ["刘洋", "李强", "张伟", "王芳", "陈静"],
        "years_experience": ["刘洋", "王芳", "张伟", "李强", "陈静"],
        "city": ["刘洋", "李强", "张伟", "王芳", "陈静"],
        "school": ["陈静", "张伟", "刘洋", "王芳", "李强"],
        "created_at": ["王芳", "李强", "张伟", "陈静", "刘洋"],
    }
    empty = {"years_experience": ["陈静"], "city": ["陈静"], "school": ["李强"]}
    for order, ascending in expected.items():
        assert office.names(order=order, descending=False) == ascending, order
        last = empty.get(order, [])
        descending = [n for n in reversed(ascending) if n not in last] + last
        assert office.names(order=order, descending=True) == descending, order
    # The natural directions: names A to Z, the newest first.
    assert office.names() == expected["name"]
    assert office.names(order="created_at") == list(reversed(expected["created_at"]))
    with pytest.raises(errors.InvalidField):
        office.names(order="mobile")


def test_text_filters_match_whole_values(office: Office) -> None:
    assert office.names(filters=CandidateFilters(education="大专")) == ["张伟"]
    assert office.names(filters=CandidateFilters(city="昆山")) == ["张伟"]
    assert office.names(filters=CandidateFilters(tag="急招")) == ["陈静", "李强"]
    assert office.names(filters=CandidateFilters(tag="night shift")) == ["刘洋"]
    assert office.names(filters=CandidateFilters(tag="急")) == []  # a whole tag, not a part
    assert office.names(filters=CandidateFilters(tag="急招", city="常州")) == ["李强"]
    assert office.names("学院", filters=CandidateFilters(education="初中")) == ["刘洋"]


def test_application_filters(office: Office) -> None:
    boss, tongcheng = office.channel["BOSS直聘"], office.channel["58同城"]
    assert office.names(filters=CandidateFilters(channel_id=boss)) == ["王芳", "张伟"]
    assert office.names(filters=CandidateFilters(channel_id=tongcheng)) == ["李强", "王芳"]
    assert office.names(filters=CandidateFilters(job_id=office.job_a.id)) == ["李强", "王芳"]
    assert office.names(filters=CandidateFilters(job_id=office.job_b.id,
                                                 channel_id=boss)) == ["张伟"]
    # The latest application decides: 王芳's later one was withdrawn.
    assert office.names(filters=CandidateFilters(status="active")) == ["李强"]
    assert office.names(filters=CandidateFilters(status="withdrawn")) == ["王芳", "张伟"]
    assert office.names(filters=CandidateFilters(status="none")) == ["陈静", "刘洋"]
    with pytest.raises(errors.InvalidField):
        office.names(filters=CandidateFilters(status="sleeping"))


def test_created_range_is_from_inclusive_before_exclusive(office: Office) -> None:
    day = dt.timedelta(days=1)
    start = office.first_day + day
    assert office.names(order="created_at", descending=False, filters=CandidateFilters(
        created_from=start, created_before=start + 2 * day)) == ["李强", "张伟"]
    # The same moment in plant time selects the same people.
    plant = start.astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert office.names(filters=CandidateFilters(created_from=plant)) == \
        office.names(filters=CandidateFilters(created_from=start))
    assert office.names(filters=CandidateFilters(created_before=office.first_day)) == []


def test_counting_can_stop_early_or_be_skipped(office: Office) -> None:
    hr = office.actor("hr.li")
    full = candidate_search.search_candidates(office.ws, hr, limit=2)
    assert (full.total, full.total_capped, len(full.items)) == (5, False, 2)
    capped = candidate_search.search_candidates(office.ws, hr, limit=2, count_up_to=3)
    assert (capped.total, capped.total_capped) == (3, True)
    exact = candidate_search.search_candidates(office.ws, hr, limit=2, count_up_to=5)
    assert (exact.total, exact.total_capped) == (5, False)
    skipped = candidate_search.search_candidates(office.ws, hr, limit=2, offset=4, count_up_to=0)
    assert (skipped.total, [c.name for c in skipped.items]) == (0, ["张伟"])
    pages = [c.name for offset in (0, 2, 4) for c in candidate_search.search_candidates(
        office.ws, hr, limit=2, offset=offset, order="school", count_up_to=0).items]
    assert pages == office.names(order="school")  # pages neither overlap nor skip


def test_an_interviewer_sees_and_filters_only_what_is_assigned(office: Office) -> None:
    assert office.names(username="int.wu") == ["李强"]
    page = candidate_search.search_candidates(office.ws, office.actor("int.wu"))
    assert page.total == 1 and "*" in (page.items[0].mobile or "")
    # Filters on applications look only at the visible ones: 王芳's are not, so no match.
    boss = office.channel["BOSS直聘"]
    assert office.names(username="int.wu", filters=CandidateFilters(channel_id=boss)) == []
    assert office.names(username="int.wu", filters=CandidateFilters(status="active")) == ["李强"]
    assert office.names(username="int.wu", filters=CandidateFilters(status="none")) == []
    assert office.names("王芳", "int.wu") == [] and office.names("13900000001", "int.wu") == []


def test_filter_choices_list_what_is_in_the_data(office: Office) -> None:
    found = candidate_filters.choices(office.ws, office.actor("hr.li"))
    assert found.educations == ("初中", "高中", "大专", "本科", "硕士")
    assert found.cities == tuple(sorted(("苏州", "常州", "昆山", "合肥")))
    assert {"BOSS直聘", "58同城"} <= {name for _id, name in found.channels}
    assert "none" in found.statuses and "active" in found.statuses
