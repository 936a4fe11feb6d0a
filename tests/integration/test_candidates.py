"""Candidates on both backends: duplicates, edits that collide, merges, search and scope."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from hrdesk import errors, identity
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.models.applications import TimelineEvent
from hrdesk.security.actor import Actor
from hrdesk.services import (
    accounts,
    applications,
    attachments,
    audit_log,
    candidate_merge,
    candidate_privacy,
    candidate_search,
    candidates,
    jobs,
    org,
    session,
)
from hrdesk.services.candidates import CandidateChanges, NewCandidate

PASSWORD = "desk-password-1"
FIRST17 = "32058319900307251"
ID_NUMBER = FIRST17 + identity.id_check_char(FIRST17)  # born 1990-03-07, a man
OTHER17 = "11010519920815002"
OTHER_ID = OTHER17 + identity.id_check_char(OTHER17)  # born 1992-08-15, a woman
FULLWIDTH = str.maketrans("0123456789Xx@.", "０１２３４５６７８９Ｘｘ＠．")


@dataclasses.dataclass
class Desk:
    """An HR office: two recruiters, two interviewers, a manager, two open jobs."""

    sessions: dict[str, session.Session]
    users: dict[str, uuid.UUID]
    job_a: jobs.JobInfo
    job_b: jobs.JobInfo

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.sessions["hr.li"].workspace

    def actor(self, username: str):  # type: ignore[no-untyped-def]
        return self.sessions[username].actor


@pytest.fixture
def desk(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    ws, admin = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, admin, "KS", "昆山工厂", "昆山")
    workshop = org.create_department(ws, admin, site.id, "机加工车间")
    people = {"hr.li": ("招聘专员 李娜", RoleScope("hr")),
              "hr.chen": ("HR经理 陈静", RoleScope("hr")),
              "int.wu": ("设备主管 吴涛", RoleScope("interviewer")),
              "int.zhou": ("车间主任 周军", RoleScope("interviewer")),
              "mgr.wang": ("生产部经理 王强", RoleScope("manager", None, workshop.id))}
    users = {name: accounts.create_user(ws, admin, accounts.NewUser(
        name, shown, PASSWORD, (grant,))).id for name, (shown, grant) in people.items()}
    opened = {name: session.open_session(ws.location, name, PASSWORD, clock) for name in people}
    hr = opened["hr.li"]
    job_a = jobs.create_job(hr.workspace, hr.actor, jobs.JobDraft("数控车工", workshop.id, 2))
    job_b = jobs.create_job(hr.workspace, hr.actor, jobs.JobDraft("焊工", workshop.id, 1))
    yield Desk(opened, users, job_a, job_b)
    for one in opened.values():
        one.close()


def _zhang(**changes) -> NewCandidate:  # type: ignore[no-untyped-def]
    person = NewCandidate("张伟", mobile="13912345687", id_number=ID_NUMBER,
                          email="ZhangWei@Example.cn", education="大专", school="常州机电职业技术学院",
                          major="数控技术", years_experience=6, city="昆山",
                          certificates=("数控车工中级",), skills=("数控编程", "FANUC"),
                          tags=("夜班可",), expected_salary="8000-9000",
                          extra={"籍贯": "江苏", "到岗日期": dt.date(2026, 12, 1)})
    return dataclasses.replace(person, **changes)


def _li(**changes) -> NewCandidate:  # type: ignore[no-untyped-def]
    return dataclasses.replace(NewCandidate(
        "李静", mobile="13800001111", id_number=OTHER_ID, email="lijing@example.cn",
        skills=("焊接",), school="江苏理工学院"), **changes)


def _events(desk: Desk, candidate_id: uuid.UUID) -> list[str]:
    with desk.ws.db.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(select(TimelineEvent.kind).where(
            TimelineEvent.candidate_id == candidate_id).order_by(TimelineEvent.at,
                                                                 TimelineEvent.kind)))


def test_a_new_candidate_is_checked_stored_and_read_back(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    made = candidates.create_candidate(desk.ws, hr, _zhang(
        mobile="+86 139-1234-5687", id_number=ID_NUMBER.lower(), gender="男",
        birth_date=dt.date(1990, 3, 7)))
    again = candidates.get_candidate(desk.ws, hr, made.id)
    assert again == made
    shown = candidate_privacy.reveal(desk.ws, hr, made.id)
    assert (shown.mobile, shown.id_number, made.gender, made.birth_date) == (
        "13912345687", ID_NUMBER, "M", dt.date(1990, 3, 7))
    assert shown.expected_salary == "8000-9000" and made.has_expected_salary
    assert made.mobile == "139****5687" and made.expected_salary is None  # masked for all
    assert made.extra == (("到岗日期", "2026-12-01"), ("籍贯", "江苏"))
    assert made.skills == ("数控编程", "FANUC") and made.applications == ()
    assert _events(desk, made.id) == ["created"]


def test_duplicates_are_refused_on_each_number_in_any_spelling(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    first = candidates.create_candidate(desk.ws, hr, _zhang())
    spellings = [
        ("mobile", _li(mobile="139 1234 5687")),
        ("mobile", _li(mobile="13912345687".translate(FULLWIDTH))),
        ("email", _li(email="  zhangwei@EXAMPLE.CN ")),
        ("email", _li(email="ZhangWei@Example.cn".translate(FULLWIDTH))),
        ("ID number", _li(id_number=" ".join([ID_NUMBER[:6], ID_NUMBER[6:14], ID_NUMBER[14:]]))),
        ("ID number", _li(id_number=ID_NUMBER.translate(FULLWIDTH))),
    ]
    for field, person in spellings:
        with pytest.raises(errors.DuplicateCandidate) as refused:
            candidates.create_candidate(desk.ws, hr, person)
        assert refused.value.params == {"name": "张伟", "identity_key": field}, person
    assert candidate_search.count(desk.ws, hr) == 1
    found = candidate_merge.find_duplicates(desk.ws, hr, _li(mobile="139-1234-5687",
                                                             email="ZHANGWEI@example.cn"))
    assert [(m.candidate_id, m.fields) for m in found] == [(first.id, ("mobile", "email"))]
    # HR looked and says it is someone else: stored, and then found as a duplicate.
    second = candidates.create_candidate(desk.ws, hr, _li(email="zhangwei@example.cn"),
                                         on_duplicate="allow")
    assert [m.name for m in candidate_merge.find_duplicates(desk.ws, hr, second.id)] == ["张伟"]


def test_bad_numbers_and_contradictions_name_the_field_and_store_nothing(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    broken_id = ID_NUMBER[:17] + ("1" if ID_NUMBER[17] != "1" else "2")
    cases = [
        ("id_number", _zhang(id_number=broken_id)),
        ("birth_date", _zhang(birth_date=dt.date(1990, 7, 3))),
        ("gender", _zhang(gender="女")),
        ("mobile", _zhang(mobile="1391234567")),
        ("email", _zhang(email="zhangwei.example.cn")),
        ("years_experience", _zhang(years_experience=61)),
        ("name", _zhang(name="  ")),
    ]
    for field, person in cases:
        with pytest.raises(errors.InvalidField) as refused:
            candidates.create_candidate(desk.ws, hr, person)
        assert refused.value.params["field"] == field
    with pytest.raises(errors.InvalidRow) as refused:
        candidates.add_candidates(desk.ws, hr, [_li(), _zhang(id_number=broken_id)])
    assert (refused.value.params["row"], refused.value.params["field"]) == (2, "id_number")
    assert candidate_search.count(desk.ws, hr) == 0
    assert candidate_search.search_candidates(desk.ws, hr).total == 0


def test_an_edit_on_a_stale_version_names_who_changed_it(desk: Desk, clock: FixedClock) -> None:
    li, chen = desk.actor("hr.li"), desk.actor("hr.chen")
    made = candidates.create_candidate(desk.ws, li, _zhang())
    clock.advance(minutes=30)
    changed = candidates.update_candidate(desk.ws, chen, made.id, CandidateChanges(
        mobile="137 0000 2222", city="苏州", email=None), expected_version=made.version)
    assert (changed.mobile, changed.city, changed.email) == ("137****2222", "苏州", None)
    assert changed.version == made.version + 1
    with pytest.raises(errors.ChangedMeanwhile) as refused:
        candidates.update_candidate(desk.ws, li, made.id, CandidateChanges(city="无锡"),
                                    expected_version=made.version)
    assert refused.value.params == {"by": "HR经理 陈静", "at": "2026-11-02 09:30"}
    assert candidates.get_candidate(desk.ws, li, made.id).city == "苏州"
    # Digests follow the edit: the new number finds the person, the old one no longer.
    assert [c.id for c in candidates.find_by_mobile(desk.ws, li, "13700002222")] == [made.id]
    assert candidates.find_by_mobile(desk.ws, li, "13912345687") == []
    assert _events(desk, made.id) == ["created", "updated"]


def test_an_edit_is_validated_and_refuses_someone_elses_number(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    zhang = candidates.create_candidate(desk.ws, hr, _zhang())
    li = candidates.create_candidate(desk.ws, hr, _li())
    with pytest.raises(errors.DuplicateCandidate) as refused:
        candidates.update_candidate(desk.ws, hr, li.id, CandidateChanges(
            mobile="13912345687"), expected_version=li.version)
    assert refused.value.params == {"name": "张伟", "identity_key": "mobile"}
    with pytest.raises(errors.InvalidField):
        candidates.update_candidate(desk.ws, hr, zhang.id, CandidateChanges(
            birth_date=dt.date(1991, 1, 1)), expected_version=zhang.version)
    # A new ID number brings its own birth date and gender.
    new_id = candidates.update_candidate(desk.ws, hr, zhang.id, CandidateChanges(
        id_number=OTHER17[:16] + "3" + identity.id_check_char(OTHER17[:16] + "3")),
        expected_version=zhang.version)
    assert (new_id.birth_date, new_id.gender) == (dt.date(1992, 8, 15), "M")


def test_tags_are_normalised_and_leave_an_event(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    made = candidates.create_candidate(desk.ws, hr, _zhang())
    tagged = candidates.set_tags(desk.ws, hr, made.id, [" 焊接 ", "ＦＡＳＴ", "fast", "", "急招"])
    assert tagged.tags == ("焊接", "FAST", "急招") and tagged.version == made.version + 1
    assert candidates.set_tags(desk.ws, hr, made.id, tagged.tags).version == tagged.version
    assert _events(desk, made.id) == ["created", "tags_changed"]
    with pytest.raises(errors.PermissionDenied):
        candidates.set_tags(desk.ws, desk.actor("int.wu"), made.id, ["x"])


def test_a_merge_keeps_both_histories(desk: Desk, clock: FixedClock, admin_session) -> None:  # type: ignore[no-untyped-def]
    hr = desk.actor("hr.li")
    keep = candidates.create_candidate(desk.ws, hr, _zhang(email=None, tags=("夜班可",)))
    gone = candidates.create_candidate(desk.ws, hr, _li(
        name="张伟（重复）", mobile="13912345687", id_number=None, email="zw@example.cn",
        tags=("急招", "夜班可"), skills=("焊接",)), on_duplicate="allow")
    clock.advance(hours=1)
    applications.apply(desk.ws, hr, keep.id, desk.job_a.id)
    applications.apply(desk.ws, hr, gone.id, desk.job_b.id)
    attachments.add_attachment(desk.ws, hr, gone.id, "张伟.txt", "张伟 焊工".encode())
    merged = candidate_merge.merge_candidates(desk.ws, hr, keep.id, gone.id)
    # The resume moved with a Core update: still every row as the audit log left it.
    assert [a.filename for a in attachments.list_attachments(desk.ws, hr, keep.id)] == \
        ["张伟.txt"]
    assert audit_log.verify(admin_session.workspace, admin_session.actor).ok
    assert merged.email == "zw@example.cn"
    assert candidate_privacy.reveal(desk.ws, hr, merged.id).id_number == ID_NUMBER
    assert merged.tags == ("夜班可", "急招")
    assert merged.skills == ("数控编程", "FANUC", "焊接")
    assert sorted(a.job_code for a in merged.applications) == sorted(
        [desk.job_a.code, desk.job_b.code])
    assert _events(desk, keep.id) == ["created", "created", "applied", "applied",
                                      "attachment_added", "merged"]
    assert _events(desk, gone.id) == []
    # The merged row stays (audit, old links) but leaves every list and search.
    assert candidates.get_candidate(desk.ws, hr, gone.id).merged_into_id == keep.id
    assert candidate_search.count(desk.ws, hr) == 1
    assert [c.id for c in candidate_search.search_candidates(desk.ws, hr, "张伟").items] == [keep.id]
    assert [c.id for c in candidates.find_by_mobile(desk.ws, hr, "13912345687")] == [keep.id]
    with pytest.raises(errors.InvalidState):
        candidate_merge.merge_candidates(desk.ws, hr, keep.id, gone.id)
    with pytest.raises(errors.InvalidState):
        candidates.update_candidate(desk.ws, hr, gone.id, CandidateChanges(city="x"), 2)


def test_merges_that_cannot_be_done_change_nothing(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    keep = candidates.create_candidate(desk.ws, hr, _zhang())
    gone = candidates.create_candidate(desk.ws, hr, _li())
    with pytest.raises(errors.MergeIntoItself):
        candidate_merge.merge_candidates(desk.ws, hr, keep.id, keep.id)
    with pytest.raises(errors.NotFound):
        candidate_merge.merge_candidates(desk.ws, hr, keep.id, uuid.uuid4())
    with pytest.raises(errors.PermissionDenied):
        candidate_merge.merge_candidates(desk.ws, desk.actor("mgr.wang"), keep.id, gone.id)
    applications.apply(desk.ws, hr, keep.id, desk.job_a.id)
    applications.apply(desk.ws, hr, gone.id, desk.job_a.id)
    with pytest.raises(errors.MergeConflict) as refused:
        candidate_merge.merge_candidates(desk.ws, hr, keep.id, gone.id)
    assert desk.job_a.code in refused.value.params["job"]
    assert "数控车工" in str(refused.value)
    after = candidates.get_candidate(desk.ws, hr, gone.id)
    assert after.merged_into_id is None and after.version == gone.version
    assert [a.job_code for a in after.applications] == [desk.job_a.code]
    assert candidate_search.count(desk.ws, hr) == 2


def test_search_by_name_number_and_skill(desk: Desk) -> None:
    hr = desk.actor("hr.li")
    zhang = candidates.create_candidate(desk.ws, hr, _zhang())
    li = candidates.create_candidate(desk.ws, hr, _li(tags=("急招",)))

    def ids(text: str, order: str = "name") -> list[uuid.UUID]:
        return [c.id for c in candidate_search.search_candidates(desk.ws, hr, text, order=order).items]

    assert ids("张") == [zhang.id] and ids("伟") == [zhang.id]
    assert sorted(ids("")) == sorted([li.id, zhang.id])
    assert ids("１３９ １２３４ ５６８７") == [zhang.id]
    assert ids(ID_NUMBER.lower()) == [zhang.id]
    assert ids("1391234") == []  # part of a number is no match: numbers are encrypted
    assert ids("数控") == [zhang.id] and ids("fanuc") == [zhang.id]
    assert ids("焊接") == [li.id] and ids("急招") == [li.id]
    assert ids("理工") == [li.id] and ids("LIJING@") == [li.id]
    assert ids("数控 昆山") == [] and ids("数控 常州") == [zhang.id]
    assert ids("100%") == [] and ids("_") == []
    page = candidate_search.search_candidates(desk.ws, hr, limit=1, offset=1, order="created_at")
    assert page.total == 2 and len(page.items) == 1
    with pytest.raises(errors.InvalidField):
        candidate_search.search_candidates(desk.ws, hr, order="mobile")


def test_json_columns_keep_chinese_as_typed_and_older_escaped_rows_are_found(
        desk: Desk) -> None:
    import json

    from sqlalchemy import text

    from hrdesk.dto.candidates import CandidateFilters

    hr = desk.actor("hr.li")
    li = candidates.create_candidate(desk.ws, hr, _li(tags=("急招",)))
    old = candidates.create_candidate(desk.ws, hr, _zhang(skills=(), tags=()))
    with desk.ws.db.unit_of_work(hr, "test") as uow:
        stored = uow.session.execute(text("SELECT CAST(skills AS TEXT), CAST(tags AS TEXT) "
                                          "FROM candidates WHERE name = '李静'")).one()
        assert [str(v) for v in stored] == ['["焊接"]', '["急招"]']
        # As rows written before December 2026 hold it: backslash-u escapes.
        uow.session.execute(text("UPDATE candidates SET skills = :skills, tags = :tags "
                                 "WHERE name = '张伟'"),
                            {"skills": json.dumps(["氩弧焊"]), "tags": json.dumps(["夜班"])})
        uow.commit()

    def ids(term: str) -> list[uuid.UUID]:
        return [c.id for c in candidate_search.search_candidates(desk.ws, hr, term).items]

    assert sorted(ids("焊")) == sorted([li.id, old.id])
    assert ids("氩弧焊") == [old.id] and ids("急招") == [li.id]
    tagged = CandidateFilters(tag="夜班")
    assert [c.id for c in candidate_search.search_candidates(
        desk.ws, hr, filters=tagged).items] == [old.id]


def test_interviewers_see_only_assigned_people_masked(desk: Desk) -> None:
    hr, wu, zhou = desk.actor("hr.li"), desk.actor("int.wu"), desk.actor("int.zhou")
    zhang = candidates.create_candidate(desk.ws, hr, _zhang())
    li = candidates.create_candidate(desk.ws, hr, _li())
    assert candidate_search.count(desk.ws, wu) == 0
    assert candidate_search.search_candidates(desk.ws, wu).items == ()
    first = applications.apply(desk.ws, hr, zhang.id, desk.job_a.id)
    applications.apply(desk.ws, hr, zhang.id, desk.job_b.id)
    applications.apply(desk.ws, hr, li.id, desk.job_a.id)
    applications.assign_interviewers(desk.ws, hr, first.application_id, [desk.users["int.wu"]])

    page = candidate_search.search_candidates(desk.ws, wu, "张伟")
    assert [c.id for c in page.items] == [zhang.id] and page.total == 1
    row = page.items[0]
    assert row.mobile == "139****5687"
    assert row.id_number == ID_NUMBER[:4] + "*" * 12 + ID_NUMBER[-2:]
    seen = candidates.get_candidate(desk.ws, wu, zhang.id)
    assert seen.expected_salary is None and seen.mobile == "139****5687"
    assert [a.job_code for a in seen.applications] == [desk.job_a.code]  # not job B
    assert candidate_search.count(desk.ws, wu) == 1
    for text in ("", "李静", "13800001111", OTHER_ID):
        assert li.id not in [c.id for c in candidate_search.search_candidates(desk.ws, wu, text).items]
    assert candidates.find_by_mobile(desk.ws, wu, "13800001111") == []
    with pytest.raises(errors.NotFound):
        candidates.get_candidate(desk.ws, wu, li.id)
    with pytest.raises(errors.NotFound):
        candidates.get_candidate(desk.ws, zhou, zhang.id)
    assert candidate_search.count(desk.ws, zhou) == 0
    # An application opens its person's file for whoever may see the person, and looks
    # missing to whoever may not (a workbench row names the application).
    assert candidates.candidate_of_application(desk.ws, wu, first.application_id) == zhang.id
    with pytest.raises(errors.NotFound):
        candidates.candidate_of_application(desk.ws, zhou, first.application_id)
    with pytest.raises(errors.NotFound) as gone:
        candidates.candidate_of_application(desk.ws, hr, uuid.uuid4())
    assert gone.value.params["entity"] == "application"
    # HR sees masked numbers too, and may reveal them (test_candidate_privacy).
    plain = candidates.get_candidate(desk.ws, hr, zhang.id)
    assert plain.mobile == "139****5687" and plain.expected_salary is None
    with pytest.raises(errors.PermissionDenied):  # administrators keep out of candidates
        candidate_search.search_candidates(desk.ws, Actor(None, "admin", "管理员", (RoleScope("admin"),)))
